package vn.thidua.common.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class Nd30LinesTest {

    @Test
    void daysUnderTenAndJanuaryAndFebruaryHaveALeadingZero() {
        assertEquals("ngày 05 tháng 01 năm 2026", Nd30Lines.date(LocalDate.of(2026, 1, 5)));
        assertEquals("ngày 09 tháng 02 năm 2026", Nd30Lines.date(LocalDate.of(2026, 2, 9)));
        assertEquals("ngày 15 tháng 3 năm 2026", Nd30Lines.date(LocalDate.of(2026, 3, 15)));
        assertEquals("ngày 31 tháng 12 năm 2025", Nd30Lines.date(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void placeAndDateLeaveTheDayBlankBeforeSigning() {
        assertEquals("Lạng Sơn, ngày 05 tháng 01 năm 2026",
                Nd30Lines.placeAndDate("Lạng Sơn", LocalDate.of(2026, 1, 5)));
        assertEquals("Lạng Sơn, ngày      tháng 01 năm 2026", Nd30Lines.placeAndMonth("Lạng Sơn", YearMonth.of(2026, 1)));
        assertEquals("Lạng Sơn, ngày      tháng 10 năm 2025", Nd30Lines.placeAndMonth("Lạng Sơn", YearMonth.of(2025, 10)));
    }

    @Test
    void numberLineWithANumberOrLeftBlank() {
        assertEquals("Số: 15/KH-SNgV", Nd30Lines.numberLine(15, Nd30Lines.symbol("KH", "SNgV")));
        assertEquals("Số: 05/QĐ-SNgV", Nd30Lines.numberLine(5, "QĐ-SNgV"));
        assertEquals("Số: 579/KH-SNgV", Nd30Lines.numberLine(579, "KH-SNgV"));
        assertEquals("Số:      /KH-SNgV", Nd30Lines.numberLine(null, "KH-SNgV"));
    }

    @Test
    void recipientsGetTheirDashesAndClosingMarks() {
        Recipients r = new Recipients(List.of("Như trên", "- Lãnh đạo Sở;", "Lưu trữ điện tử."), "VT, VP");
        assertEquals(List.of("- Như trên;", "- Lãnh đạo Sở;", "- Lưu trữ điện tử;", "- Lưu: VT, VP."), r.lines());
        assertEquals(List.of("- Lãnh đạo Sở;"), new Recipients(List.of("Lãnh đạo Sở"), "").lines());
    }

    @Test
    void signatureDirectOrOnBehalf() {
        assertEquals(List.of("GIÁM ĐỐC"), Signature.direct("GIÁM ĐỐC", "Trịnh Tuyết Mai").authority());
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
                Signature.onBehalf("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Tô Thị Trang").authority());
    }
}
