package vn.thidua.common.document;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The number and date lines as Nghị định 30/2020 writes them: numbers under 10, days under 10 and the months January
 * and February with a leading 0 ("Số: 05/KH-SNgV", "ngày 05 tháng 01 năm 2026", "ngày 15 tháng 3 năm 2026"); before
 * signing, the number and the day are left blank for the clerk to write in.
 */
public final class Nd30Lines {

    /** The blank left for a number or a day that is written in by hand after signing. */
    public static final String BLANK = "      ";
    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String RECIPIENTS_TITLE = "Nơi nhận:";

    private Nd30Lines() {
    }

    /** "ngày 05 tháng 01 năm 2026". */
    public static String date(LocalDate date) {
        return "ngày " + twoDigits(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm "
                + date.getYear();
    }

    /** "Lạng Sơn, ngày 05 tháng 01 năm 2026". */
    public static String placeAndDate(String place, LocalDate date) {
        return place.strip() + ", " + date(date);
    }

    /** "Lạng Sơn, ngày      tháng 01 năm 2026": the day left blank until signing. */
    public static String placeAndMonth(String place, YearMonth month) {
        return place.strip() + ", ngày" + BLANK + "tháng " + month(month.getMonthValue()) + " năm " + month.getYear();
    }

    /** "Lạng Sơn, ngày      tháng      năm 2026": day and month left blank until signing. */
    public static String placeAndYear(String place, int year) {
        return place.strip() + ", ngày" + BLANK + "tháng" + BLANK + "năm " + year;
    }

    /** "Số: 15/KH-SNgV", or "Số:      /KH-SNgV" when the number is null (a draft). */
    public static String numberLine(Integer number, String symbol) {
        return "Số: " + (number == null ? BLANK.substring(1) : twoDigits(number)) + "/" + symbol.strip();
    }

    /** "KH-SNgV" from the type code and the agency's code. */
    public static String symbol(String typeCode, String agencyCode) {
        return typeCode.strip() + "-" + agencyCode.strip();
    }

    private static String month(int month) {
        return month <= 2 ? twoDigits(month) : Integer.toString(month);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
