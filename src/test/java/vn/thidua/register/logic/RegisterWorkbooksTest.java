package vn.thidua.register.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.decisions.model.DecisionStatus;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.register.model.AwardEntry;
import vn.thidua.register.model.AwardOrigin;
import vn.thidua.register.model.AwardTotal;
import vn.thidua.register.model.ClassCount;
import vn.thidua.register.model.RecipientClass;

/** The register's tables reopened with POI: title, headers, rows, totals, borders and the print setup. */
class RegisterWorkbooksTest {

    private static final Agency AGENCY = new Agency("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ", "SNgV", "Lạng Sơn", null,
            null, null);
    private static final Unit LS = new Unit(1L, "Phòng Lãnh sự - Quản lý biên giới", "LS-QLBG", UnitType.ADMINISTRATIVE,
            1, true);
    private static final Unit TT = new Unit(2L, "Trung tâm Thông tin và Dịch vụ đối ngoại", "TTTTDVĐN",
            UnitType.PUBLIC_SERVICE, 2, true);
    private static final AwardForm GK = new AwardForm(8L, "GK_SO", "Giấy khen của Giám đốc Sở", "Giấy khen",
            AwardCategory.AWARD, true, true, "Giám đốc Sở", 8, true);
    private static final AwardForm BK = new AwardForm(7L, "BK_TINH", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
            "Bằng khen tỉnh", AwardCategory.AWARD, true, true, "Chủ tịch UBND tỉnh", 7, true);

    @TempDir
    Path dir;

    private static AwardEntry person(String name, Unit unit, AwardForm form, int year, long prize) {
        return new AwardEntry(1, 10L, null, name, unit.name(), form.id(), form.name(), form.category(), year,
                AwardOrigin.IMPORTED, "12/QĐ-SNgV", LocalDate.of(year, 12, 20), "Giám đốc Sở Ngoại vụ", "7", prize,
                false, null);
    }

    private static AwardEntry unit(Unit unit, AwardForm form, int year, long prize) {
        return new AwardEntry(2, null, unit.id(), unit.name(), unit.name(), form.id(), form.name(), form.category(),
                year, AwardOrigin.DECISION, "2345/QĐ-UBND", LocalDate.of(year + 1, 1, 15), "Chủ tịch UBND tỉnh", "118",
                prize, true, null);
    }

    @Test
    void theRegisterHasItsTitleHeadersRowsAndATotalsRowPrintedOnA4Landscape() throws IOException {
        Path file = dir.resolve("so.xlsx");
        RegisterWorkbooks.register(List.of(person("Nông Thị Lan", LS, GK, 2023, 540_000),
                unit(TT, BK, 2024, 7_020_000)), AGENCY, RegisterWorkbooks.years(2022, 2024), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(List.of("UBND TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ", "SỔ KHEN THƯỞNG", "Từ năm 2022 đến năm 2024"),
                    List.of(text(sheet, 0, 0), text(sheet, 1, 0), text(sheet, 2, 0), text(sheet, 3, 0)));
            assertEquals(List.of("STT", "Họ và tên / Tên tập thể", "Đơn vị", "Hình thức / danh hiệu", "Năm",
                    "Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Số sổ vàng", "Mức thưởng (đồng)",
                    "Chuyên đề/đột xuất", "Nguồn"), cells(sheet.getRow(5)));
            assertEquals(List.of("1", "Nông Thị Lan", "Phòng Lãnh sự - Quản lý biên giới", "Giấy khen của Giám đốc Sở",
                    "2023", "12/QĐ-SNgV", "20/12/2023", "Giám đốc Sở Ngoại vụ", "7", "540,000", "", "Nhập từ Excel"),
                    cells(sheet.getRow(6)));
            assertEquals("", text(sheet, 7, 2), "a unit's own award leaves the unit column empty");
            assertEquals("x", text(sheet, 7, 10));
            assertEquals("Tổng cộng: 2 lượt khen thưởng (1 tập thể, 1 cá nhân)", text(sheet, 8, 0));
            assertEquals(7_560_000d, sheet.getRow(8).getCell(9).getNumericCellValue());
            assertEquals(BorderStyle.THIN, sheet.getRow(6).getCell(1).getCellStyle().getBorderLeft());
            assertEquals("Times New Roman", wb.getFontAt(sheet.getRow(6).getCell(1).getCellStyle().getFontIndex())
                    .getFontName());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertEquals(List.of(5, 5), List.of(sheet.getRepeatingRows().getFirstRow(),
                    sheet.getRepeatingRows().getLastRow()));
        }
    }

    @Test
    void awardsByUnitAndFormCountEachUnitsOwnAndItsPeoplesWithTotals() throws IOException {
        Path file = dir.resolve("tong-hop.xlsx");
        RegisterWorkbooks.byUnitAndForm(List.of(person("Nông Thị Lan", LS, GK, 2024, 710_000),
                person("Lý Văn Nam", LS, BK, 2024, 3_510_000), unit(LS, GK, 2024, 1_410_000),
                unit(TT, BK, 2024, 7_020_000)), List.of(LS, TT), List.of(BK, GK), AGENCY, "Năm 2024", file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("TỔNG HỢP KHEN THƯỞNG THEO ĐƠN VỊ VÀ HÌNH THỨC", text(sheet, 2, 0));
            assertEquals(List.of("STT", "Đơn vị", "Bằng khen tỉnh", "Giấy khen", "Tập thể", "Cá nhân", "Tổng số",
                    "Tiền thưởng (đồng)"), cells(sheet.getRow(5)));
            assertEquals(List.of("1", LS.name(), "1", "2", "1", "2", "3", "5,630,000"), cells(sheet.getRow(6)));
            assertEquals(List.of("2", TT.name(), "1", "0", "1", "0", "1", "7,020,000"), cells(sheet.getRow(7)));
            assertEquals(List.of("Tổng cộng", "", "2", "2", "2", "2", "4", "12,650,000"), cells(sheet.getRow(8)));
            assertTrue(sheet.getPrintSetup().getLandscape());
        }
    }

    @Test
    void awardsAndMoneyByYearHaveASubtotalForAYearWithSeveralSources() throws IOException {
        Path file = dir.resolve("theo-nam.xlsx");
        RegisterWorkbooks.byYear(List.of(new AwardTotal(2023, "", 1, 10, 6_000_000),
                new AwardTotal(2024, "Quỹ thi đua, khen thưởng của Sở năm 2024", 2, 12, 10_000_000),
                new AwardTotal(2024, "Ngân sách tỉnh", 1, 3, 9_000_000)), 2023, 2024, AGENCY, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Từ năm 2023 đến năm 2024", text(sheet, 3, 0));
            assertEquals(List.of("1", "2023", "Không ghi nguồn", "1", "10", "11", "6,000,000"), cells(sheet.getRow(6)));
            assertEquals(List.of("Cộng năm 2024", "", "", "3", "15", "18", "19,000,000"), cells(sheet.getRow(9)));
            assertEquals(List.of("Tổng cộng", "", "", "4", "25", "29", "25,000,000"), cells(sheet.getRow(10)));
        }
    }

    @Test
    void theListAttachedToASignedDecisionHasCollectivesThenIndividualsWithTheirBookNumbersAndATotal() throws IOException {
        Decision decision = new Decision(5L, 3, 2025, LocalDate.of(2025, 12, 22), true, "Giám đốc Sở Ngoại vụ", "SNgV",
                "Lạng Sơn", null, null, GK.id(), null, null, List.of(), null, null, null, "Trịnh Tuyết Mai", null,
                List.of(new DecisionLine(null, 10L, null, GK.id(), 2025, "Nông Thị Lan", "Chuyên viên, " + LS.name(),
                                "02", 710_000L),
                        new DecisionLine(null, null, LS.id(), GK.id(), 2025, LS.name(), null, "01", 1_410_000L)),
                DecisionStatus.SIGNED, null, null);
        Path file = dir.resolve("danh-sach.xlsx");

        RegisterWorkbooks.decisionList(decision, GK.name(), AGENCY, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ", text(sheet, 2, 0));
            assertEquals("(Kèm theo Quyết định số 03/QĐ-SNgV ngày 22 tháng 12 năm 2025 của Giám đốc Sở Ngoại vụ)",
                    text(sheet, 3, 0));
            assertEquals(List.of("STT", "Tên tập thể / Họ và tên", "Chức vụ, đơn vị công tác", "Số sổ vàng",
                    "Mức thưởng (đồng)"), cells(sheet.getRow(5)));
            assertEquals("I. TẬP THỂ", text(sheet, 6, 0));
            assertEquals(List.of("1", LS.name(), "", "01", "1,410,000"), cells(sheet.getRow(7)));
            assertEquals("II. CÁ NHÂN", text(sheet, 8, 0));
            assertEquals(List.of("1", "Nông Thị Lan", "Chuyên viên, " + LS.name(), "02", "710,000"),
                    cells(sheet.getRow(9)));
            assertEquals(List.of("Tổng cộng: 1 tập thể, 1 cá nhân", "", "", "", "2,120,000"), cells(sheet.getRow(10)));
            assertTrue(sheet.getPrintSetup().getLandscape());
        }
    }

    @Test
    void awardsByClassHaveTheStatisticsClassesUnderTwoRepeatedHeaderRowsAndTotals() throws IOException {
        Path file = dir.resolve("doi-tuong.xlsx");
        RegisterWorkbooks.byClass(List.of(new ClassCount(GK.id(), RecipientClass.WORKER, 5, 2_700_000),
                new ClassCount(GK.id(), RecipientClass.MANAGER, 2, 1_080_000),
                new ClassCount(GK.id(), RecipientClass.ADMINISTRATIVE, 1, 1_080_000),
                new ClassCount(BK.id(), RecipientClass.DEPARTMENT_LEADER, 1, 2_340_000)), List.of(BK, GK), AGENCY,
                "Năm 2024", file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("THỐNG KÊ KHEN THƯỞNG THEO ĐỐI TƯỢNG", text(sheet, 2, 0));
            assertEquals(List.of("STT", "Danh hiệu thi đua, hình thức khen thưởng", "Tập thể", "", "", "", "", "", "", "",
                    "Cá nhân", "", "", "", "", "", "", "Tổng số", "Tiền thưởng (đồng)"), cells(sheet.getRow(5)));
            assertEquals(List.of("", "", "Cơ quan Đảng, đoàn thể", "Cơ quan hành chính", "Đơn vị sự nghiệp", "Doanh nghiệp",
                    "Hợp tác xã", "Hộ gia đình", "Khác", "Cộng", "Lãnh đạo cấp tỉnh trở lên",
                    "Lãnh đạo cấp sở và tương đương", "Từ phó phòng trở lên", "Người trực tiếp công tác, lao động",
                    "Doanh nhân", "Khác", "Cộng", "", ""), cells(sheet.getRow(6)));
            assertEquals(List.of("1", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "0", "0", "0", "0", "0", "0", "0", "0",
                    "0", "1", "0", "0", "0", "0", "1", "1", "2,340,000"), cells(sheet.getRow(7)));
            assertEquals(List.of("2", "Giấy khen của Giám đốc Sở", "0", "1", "0", "0", "0", "0", "0", "1",
                    "0", "0", "2", "5", "0", "0", "7", "8", "4,860,000"), cells(sheet.getRow(8)));
            assertEquals("Tổng cộng", text(sheet, 9, 0));
            assertEquals(List.of("1", "8", "9", "7,200,000"), List.of(text(sheet, 9, 9), text(sheet, 9, 16),
                    text(sheet, 9, 17), text(sheet, 9, 18)));
            assertEquals(List.of(5, 6), List.of(sheet.getRepeatingRows().getFirstRow(),
                    sheet.getRepeatingRows().getLastRow()));
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertTrue(sheet.getMergedRegions().stream().anyMatch(m -> m.formatAsString().equals("C6:J6")));
        }
    }

    private static String text(Sheet sheet, int r, int c) {
        Cell cell = sheet.getRow(r).getCell(c);
        return cell == null ? "" : new DataFormatter(java.util.Locale.US).formatCellValue(cell);
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        DataFormatter f = new DataFormatter(java.util.Locale.US);
        for (int i = 0; i < row.getLastCellNum(); i++) {
            out.add(row.getCell(i) == null ? "" : f.formatCellValue(row.getCell(i)));
        }
        return out;
    }
}
