package vn.thidua.plans.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.document.Templates;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.Registration;

/** A plan's registrations written as .xlsx and .docx and read back with POI. */
class RegistrationWorkbookTest {

    @TempDir
    static Path dir;
    @TempDir
    Path out;

    private static Services services;
    private static Agency agency;
    private static Plan plan;
    private static LongFunction<String> formNames;
    private static List<RegistrationWorkbook.Line> lines;

    @BeforeAll
    static void registerUnderSeed003() {
        services = Services.open(dir.resolve("data"));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        agency = services.agency().agency().orElseThrow();
        long planId = services.plans().all().stream().filter(p -> Integer.valueOf(579).equals(p.number())).findFirst()
                .orElseThrow().id();
        plan = services.plans().get(planId);
        Map<String, Long> forms = services.catalogue().awardForms().stream()
                .collect(Collectors.toMap(AwardForm::code, AwardForm::id));
        Map<Long, String> names = services.catalogue().awardForms().stream()
                .collect(Collectors.toMap(AwardForm::id, AwardForm::name));
        formNames = names::get;
        Unit office = services.units().all().stream().filter(u -> "HTQT-VP".equals(u.shortName())).findFirst().orElseThrow();
        StaffMember trang = staff("Tô Thị Trang");
        services.registrations().save(new Registration(null, planId, null, trang.id(), forms.get("GK_SO"),
                "Hoàn thành xuất sắc nhiệm vụ được giao", LocalDate.of(2026, 3, 25)));
        services.registrations().save(new Registration(null, planId, office.id(), null, forms.get("BK_TINH"),
                "100% nhiệm vụ đúng tiến độ; 01 sáng kiến", LocalDate.of(2026, 3, 24)));
        lines = RegistrationWorkbook.lines(services.registrations().forPlan(planId), services.units().all(),
                services.staff().all(), formNames);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static StaffMember staff(String name) {
        return services.staff().all().stream().filter(m -> m.fullName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void linesPutUnitsFirstAndNamePositionAndUnitOfAPerson() {
        assertEquals(List.of(
                new RegistrationWorkbook.Line(vn.thidua.plans.model.Awardee.COLLECTIVE, "Phòng Hợp tác quốc tế - Văn phòng",
                        "", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "100% nhiệm vụ đúng tiến độ; 01 sáng kiến",
                        LocalDate.of(2026, 3, 24)),
                new RegistrationWorkbook.Line(vn.thidua.plans.model.Awardee.INDIVIDUAL, "Tô Thị Trang",
                        "Phó Giám đốc, Ban Giám đốc", "Giấy khen của Giám đốc Sở", "Hoàn thành xuất sắc nhiệm vụ được giao",
                        LocalDate.of(2026, 3, 25))), lines);
    }

    @Test
    void workbookHasTitleRowsABorderedTableAndPrintsOnA4Landscape() throws IOException {
        Path file = out.resolve("dang-ky").resolve("Đăng ký.xlsx");

        RegistrationWorkbook.writeXlsx(plan, agency, lines, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Đăng ký thi đua", sheet.getSheetName());
            assertEquals(List.of("UBND TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ", "DANH SÁCH ĐĂNG KÝ THI ĐUA",
                    "Đăng ký thi đua theo Kế hoạch số 579/KH-SNgV ngày 20/03/2026: " + plan.title()),
                    List.of(text(sheet, 0, 0), text(sheet, 1, 0), text(sheet, 2, 0), text(sheet, 3, 0)));
            assertTrue(wb.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(2, 2, 0, 5)), "the title spans the table");
            assertEquals(List.of("STT", "Tập thể, cá nhân", "Chức vụ, đơn vị công tác", "Danh hiệu, hình thức đăng ký",
                    "Nội dung cam kết", "Ngày đăng ký"), row(sheet, RegistrationWorkbook.HEADER_ROW));
            assertEquals(List.of("1", "Phòng Hợp tác quốc tế - Văn phòng", "", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                    "100% nhiệm vụ đúng tiến độ; 01 sáng kiến", "24/03/2026"), row(sheet, RegistrationWorkbook.HEADER_ROW + 1));
            assertEquals(List.of("2", "Tô Thị Trang", "Phó Giám đốc, Ban Giám đốc", "Giấy khen của Giám đốc Sở",
                    "Hoàn thành xuất sắc nhiệm vụ được giao", "25/03/2026"), row(sheet, RegistrationWorkbook.HEADER_ROW + 2));
            assertEquals(RegistrationWorkbook.HEADER_ROW + 2, sheet.getLastRowNum());
            for (int r = RegistrationWorkbook.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                for (Cell c : sheet.getRow(r)) {
                    XSSFCellStyle s = (XSSFCellStyle) c.getCellStyle();
                    assertEquals(List.of(BorderStyle.THIN, BorderStyle.THIN, BorderStyle.THIN, BorderStyle.THIN),
                            List.of(s.getBorderTop(), s.getBorderBottom(), s.getBorderLeft(), s.getBorderRight()));
                    assertEquals("Times New Roman", s.getFont().getFontName());
                }
            }
            assertTrue(sheet.getColumnWidth(4) > 3 * sheet.getColumnWidth(0), "the commitment gets room");
            assertTrue(sheet.getRow(RegistrationWorkbook.HEADER_ROW + 1).getHeightInPoints() >= 30,
                    "a row grows to its wrapped commitment: " + sheet.getRow(RegistrationWorkbook.HEADER_ROW + 1).getHeightInPoints());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(new CellRangeAddress(RegistrationWorkbook.HEADER_ROW, RegistrationWorkbook.HEADER_ROW, -1, -1),
                    sheet.getRepeatingRows());
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName()), files.map(Path::getFileName).toList(), "no temp file left");
        }
    }

    @Test
    void wordSummaryListsTheRegistrationsInATable() throws IOException {
        Path file = out.resolve("dang-ky.docx");

        RegistrationWorkbook.writeDocx(new DocxWriter(new Templates(dir.resolve("data"))), plan, agency, lines,
                LocalDate.of(2026, 3, 26), file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals("SỞ NGOẠI VỤ", header.getRow(0).getCell(0).getParagraphs().get(1).getText());
            assertEquals("Lạng Sơn, ngày 26 tháng 3 năm 2026", header.getRow(0).getCell(1).getParagraphs().get(3).getText());
            assertEquals(List.of("DANH SÁCH", "Đăng ký thi đua theo Kế hoạch số 579/KH-SNgV ngày 20/03/2026: "
                            + plan.title(), "", "Có 1 tập thể và 1 cá nhân đăng ký thi đua như sau:"),
                    doc.getParagraphs().subList(0, 4).stream().map(p -> p.getText()).toList());
            XWPFTable table = doc.getTables().get(1);
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow r : table.getRows()) {
                rows.add(r.getTableCells().stream().map(c -> c.getText()).toList());
            }
            assertEquals(List.of(
                    List.of("TT", "Tập thể, cá nhân", "Chức vụ, đơn vị công tác", "Danh hiệu, hình thức đăng ký",
                            "Nội dung cam kết"),
                    List.of("1", "Phòng Hợp tác quốc tế - Văn phòng", "", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                            "100% nhiệm vụ đúng tiến độ; 01 sáng kiến"),
                    List.of("2", "Tô Thị Trang", "Phó Giám đốc, Ban Giám đốc", "Giấy khen của Giám đốc Sở",
                            "Hoàn thành xuất sắc nhiệm vụ được giao")), rows);
            assertTrue(table.getRow(0).isRepeatHeader());
        }
    }

    @Test
    void aPlanWithoutRegistrationsSaysSo() {
        var d = RegistrationWorkbook.document(plan, agency, List.of(), LocalDate.of(2026, 3, 26));
        assertEquals(vn.thidua.common.document.Block.Paragraph.of("Chưa có tập thể, cá nhân nào đăng ký thi đua."),
                d.body().get(0));
    }

    private static String text(Sheet sheet, int r, int c) {
        return new DataFormatter().formatCellValue(sheet.getRow(r).getCell(c));
    }

    private static List<String> row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        List<String> out = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            out.add(new DataFormatter().formatCellValue(row.getCell(c)));
        }
        return out;
    }
}
