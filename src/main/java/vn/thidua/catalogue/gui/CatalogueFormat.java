package vn.thidua.catalogue.gui;

import java.math.BigDecimal;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietNumbers;

/** How the catalogue shows money and coefficients: "2.340.000 đ", "1,5", and a dash for none. */
final class CatalogueFormat {

    private CatalogueFormat() {
    }

    static String money(Long dong) {
        return dong == null ? Messages.get("catalogue.none") : Messages.get("catalogue.money", VietNumbers.grouped(dong));
    }

    static String coefficient(BigDecimal value) {
        return value == null ? Messages.get("catalogue.none") : VietNumbers.decimal(value);
    }

    static String whole(Integer value) {
        return value == null ? Messages.get("catalogue.none") : value.toString();
    }
}
