package vn.thidua.plans.logic;

import vn.thidua.plans.model.PlanDate;

/** How a plan's number and date read in lists and headers: "579/KH-SNgV", "05/01/2026", "01/2026". */
public final class PlanNumbers {

    private PlanNumbers() {
    }

    /** Numbers under 10 with a leading zero, as the register writes them. */
    public static String number(Integer n) {
        return n == null ? "" : String.format("%02d", n);
    }

    /** "579/KH-SNgV"; a draft reads "/KH-SNgV", as the paper leaves the number blank before signing. */
    public static String symbol(Integer number, String code, String agencyCode) {
        String suffix = agencyCode == null || agencyCode.isBlank() ? code : code + "-" + agencyCode;
        return number(number) + "/" + suffix;
    }

    /** "20/03/2026", "03/2026" or "2026", as much as is known. */
    public static String date(PlanDate d) {
        if (d == null) {
            return "";
        }
        if (d.month() == null) {
            return String.valueOf(d.year());
        }
        String monthYear = String.format("%02d/%d", d.month(), d.year());
        return d.day() == null ? monthYear : String.format("%02d/", d.day()) + monthYear;
    }
}
