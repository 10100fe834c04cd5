package vn.thidua.register.logic;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;

/**
 * The columns of a register sheet, as the provincial lists head them. The export writes them in this order and the
 * import finds them by their header text (or a shorter one a province's sheet uses), wherever they stand.
 */
public enum RegisterColumn {
    NO, RECIPIENT, BIRTH_DATE, UNIT, AWARD, YEAR, DECISION_NUMBER, DECISION_DATE, ISSUER, GOLDEN_BOOK, PRIZE, THEMATIC,
    ORIGIN;

    public String header() {
        return Messages.label(this);
    }

    /** Header texts the import accepts for this column, folded: the own header and the bundle's alternatives. */
    List<String> acceptedHeaders() {
        List<String> out = new ArrayList<>();
        out.add(VietText.fold(header()));
        String others = switch (this) {
            case RECIPIENT -> Messages.get("registerImport.headers.recipient");
            case UNIT -> Messages.get("registerImport.headers.unit");
            case AWARD -> Messages.get("registerImport.headers.award");
            case YEAR -> Messages.get("registerImport.headers.year");
            case PRIZE -> Messages.get("registerImport.headers.prize");
            case THEMATIC -> Messages.get("registerImport.headers.thematic");
            default -> "";
        };
        for (String alt : others.split("\\|")) {
            if (!alt.isBlank()) {
                out.add(VietText.fold(alt));
            }
        }
        return out;
    }

    int width() {
        return switch (this) {
            case NO -> 6;
            case RECIPIENT -> 26;
            case BIRTH_DATE, DECISION_DATE -> 12;
            case UNIT -> 30;
            case AWARD -> 28;
            case YEAR -> 8;
            case DECISION_NUMBER -> 16;
            case ISSUER -> 22;
            case GOLDEN_BOOK -> 10;
            case PRIZE -> 14;
            case THEMATIC -> 11;
            case ORIGIN -> 12;
        };
    }
}
