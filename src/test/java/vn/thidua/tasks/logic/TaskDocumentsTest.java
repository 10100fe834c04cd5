package vn.thidua.tasks.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.thidua.organisation.model.Agency;
import vn.thidua.tasks.model.ReportPeriod;

/** The appendix workbook and the progress report, written for the fixture's office and reopened with POI. */
class TaskDocumentsTest {

    @TempDir
    Path dir;

    private TaskFixture office;

    @BeforeEach
    void setUp() {
        office = new TaskFixture(dir.resolve("data"));
        office.services.agency().saveAll(new Agency("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ", "SNgV", "Lạng Sơn", null, null,
                null), office.services.agency().signers(), List.of());
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    @Test
    void theAppendixListsSectionsAAndBWithTheirTasksProgressAndPrintSetup() throws Exception {
        Path file = dir.resolve("phu-luc.xlsx");
        office.services.taskPrinter().appendix(2026, TaskFixture.TODAY, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("UBND TỈNH LẠNG SƠN", text(sheet, 0, 0));
            assertEquals("SỞ NGOẠI VỤ", text(sheet, 1, 0));
            assertEquals("PHỤ LỤC TRIỂN KHAI NHIỆM VỤ TRỌNG TÂM VÀ NHIỆM VỤ CÔNG TÁC NĂM 2026", text(sheet, 2, 0));
            assertEquals("(Kèm theo Kế hoạch số      /KH-SNgV của Sở Ngoại vụ; tiến độ đến ngày 23/11/2026)",
                    text(sheet, 3, 0));
            assertEquals(List.of("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành",
                    "Sản phẩm", "Tiến độ / kết quả"), row(sheet, TaskWorkbook.HEADER_ROW));
            int r = TaskWorkbook.HEADER_ROW + 1;
            assertEquals("A. NHIỆM VỤ TRỌNG TÂM", text(sheet, r, 0));
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(r, r, 0, 6)));
            assertEquals(List.of("1", "Hoàn thiện thể chế trong lĩnh vực đối ngoại", "HTQT-VP", "LS-QLBG", "30/09/2026",
                    "Quyết định ban hành quy chế", "Hoàn thành ngày 25/09/2026: Đã ban hành quy chế"), row(sheet, r + 1));
            assertEquals(List.of("2", "Nâng cao hiệu quả ngoại giao kinh tế", "HTQT-VP", "TTTTDVĐN", "Quý III",
                    "Hội nghị xúc tiến đầu tư", "Đang thực hiện, đạt 80% – quá hạn: Hội nghị lùi sang tháng 12"),
                    row(sheet, r + 2));
            assertEquals("Tháng 11", text(sheet, r + 3, 4));
            assertEquals("B. CHƯƠNG TRÌNH NHIỆM VỤ CÔNG TÁC", text(sheet, r + 4, 0));
            assertEquals("I. Công tác thông tin đối ngoại", text(sheet, r + 5, 0));
            assertEquals(List.of("1", "Sản xuất video quảng bá", "TTTTDVĐN", "", "Tháng 12", "Video 10 phút",
                    "Chưa báo cáo tiến độ"), row(sheet, r + 6));
            assertEquals(r + 6, sheet.getLastRowNum());
            assertTrue(sheet.getRow(r + 2).getHeightInPoints() > sheet.getRow(r + 6).getHeightInPoints(),
                    "a long result gets a taller row");
            assertEquals("Times New Roman", wb.getFontAt(sheet.getRow(r + 1).getCell(1).getCellStyle().getFontIndex())
                    .getFontName());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(new CellRangeAddress(TaskWorkbook.HEADER_ROW, TaskWorkbook.HEADER_ROW, -1, -1),
                    sheet.getRepeatingRows());
        }
    }

    @Test
    void theQuarterReportCountsReadsTheClosedQuarterAndEndsWithTheLandscapeAppendix() throws Exception {
        Path file = dir.resolve("bao-cao.docx");
        TaskPrinter.Written w = office.services.taskPrinter().progress(ReportPeriod.quarter(2026, 3), TaskFixture.TODAY, file);
        assertEquals(java.util.Map.of(), w.ratesWritten(), "only the year's report writes the rates");

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(paragraphs.contains("BÁO CÁO"), paragraphs::toString);
            assertTrue(paragraphs.contains("Kết quả thực hiện nhiệm vụ trọng tâm và nhiệm vụ công tác quý III năm 2026"));
            assertTrue(paragraphs.contains("Thực hiện Kế hoạch số       /KH-SNgV tháng 01/2026 của Sở Ngoại vụ về triển "
                    + "khai nhiệm vụ trọng tâm và nhiệm vụ công tác của Sở Ngoại vụ năm 2026; Sở Ngoại vụ báo cáo kết quả "
                    + "thực hiện nhiệm vụ trọng tâm và nhiệm vụ công tác quý III năm 2026 như sau:"), paragraphs::toString);
            assertTrue(paragraphs.contains("Kế hoạch có 4 nhiệm vụ (3 nhiệm vụ trọng tâm, 1 nhiệm vụ công tác). Đến ngày "
                    + "30/09/2026: đã hoàn thành 1 nhiệm vụ (1 đúng hạn, 0 chậm so với thời hạn); 3 nhiệm vụ đang triển "
                    + "khai, trong đó 1 nhiệm vụ quá hạn và 0 nhiệm vụ sắp đến hạn."), paragraphs::toString);
            assertTrue(paragraphs.contains("Nhiệm vụ quá hạn chưa hoàn thành (1):"));
            assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("- Nâng cao hiệu quả ngoại giao kinh tế – chủ trì: "
                    + "HTQT-VP; thời hạn: Quý III; đạt 80%.")), paragraphs::toString);
            assertTrue(paragraphs.contains("PHỤ LỤC"));

            List<XWPFTable> tables = doc.getTables();
            XWPFTable rates = tables.stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Đơn vị")).findFirst()
                    .orElseThrow();
            assertEquals(List.of(List.of("1", "Phòng Hợp tác quốc tế - Văn phòng", "2", "1", "50%"),
                    List.of("2", "Phòng Lãnh sự - Quản lý biên giới", "1", "0", "Chưa có nhiệm vụ đến hạn"),
                    List.of("3", "Trung tâm Thông tin và Dịch vụ đối ngoại", "1", "0", "Chưa có nhiệm vụ đến hạn")),
                    cells(rates).subList(1, 4));
            XWPFTable appendix = tables.get(tables.size() - 1);
            assertEquals(List.of("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành",
                    "Sản phẩm", "Tiến độ / kết quả"), cells(appendix).get(0));
            assertEquals("A. NHIỆM VỤ TRỌNG TÂM", cells(appendix).get(1).get(0));

            List<CTSectPr> sections = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());
            assertEquals(2, sections.size(), "the report, then the appendix in a section of its own");
            assertEquals(STPageOrientation.LANDSCAPE, sections.get(1).getPgSz().getOrient());
        }
    }

    @Test
    void theYearsReportWritesEachUnitsCompletionRateIntoItsYearlyRecord() {
        Path file = dir.resolve("bao-cao-nam.docx");
        TaskPrinter.Written w = office.services.taskPrinter().progress(ReportPeriod.year(2026), TaskFixture.TODAY, file);
        assertEquals(java.util.Map.of(office.htqt.id(), new BigDecimal("50.00")), w.ratesWritten());
        assertEquals(0, new BigDecimal("50").compareTo(
                office.services.records().unitYears(2026).get(office.htqt.id()).taskCompletion()));
    }

    private static String text(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null || row.getCell(c) == null ? "" : row.getCell(c).toString();
    }

    private static List<String> row(Sheet sheet, int r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
            String t = text(sheet, r, c);
            out.add(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
        }
        return out;
    }

    private static List<List<String>> cells(XWPFTable table) {
        List<List<String>> out = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            out.add(row.getTableCells().stream().map(c -> c.getText()).toList());
        }
        return out;
    }
}
