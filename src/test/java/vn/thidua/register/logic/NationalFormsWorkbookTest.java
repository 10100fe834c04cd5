package vn.thidua.register.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.register.model.FilledForm;
import vn.thidua.register.model.FormLine;

/** The forms' workbook reopened with POI: the official layout, the figures as filled, and the print setup. */
class NationalFormsWorkbookTest {

    private static final int FIRST_HEADING = NationalFormsWorkbook.HEADING_ROW;

    @TempDir
    Path dir;

    @Test
    void eachFormIsASheetInTheCircularsLayout() throws IOException {
        Path file = dir.resolve("bieu.xlsx");
        List<FilledForm> forms;
        try (Services s = Services.open(dir.resolve("data"))) {
            NationalFormsTest.handMade(s);
            forms = NationalForms.fill(NationalForms.facts(s.database(), 2025), s.catalogue().awardForms());
            NationalFormsWorkbook.write(forms, s.agency().agency().orElseThrow(), file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Biểu 0601", "Biểu 0602", "Biểu 0603", "Biểu 0604", "Biểu 0605"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4)));

            XSSFSheet movements = wb.getSheetAt(0);
            assertEquals(List.of("Biểu số: 0601.N/BNV-TĐKT", "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023",
                    "Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo"), List.of(text(movements, 0, 0), text(movements, 1, 0),
                    text(movements, 2, 0)));
            assertEquals("Đơn vị báo cáo: Sở Ngoại vụ", text(movements, 0, 2));
            assertEquals("Đơn vị nhận báo cáo: Sở Nội vụ tỉnh Lạng Sơn", text(movements, 1, 2));
            assertEquals("SỐ PHONG TRÀO THI ĐUA", text(movements, 4, 0));
            assertEquals("Thời điểm báo cáo: Năm 2025", text(movements, 5, 0));
            assertEquals("Đơn vị tính: Phong trào", text(movements, 6, 0));
            assertEquals(List.of("", "Mã số", "Tổng số", "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua",
                    "", ""), rowTexts(movements, FIRST_HEADING, 6));
            assertEquals(List.of("", "", "", "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)",
                    "Cấp bộ, ban ngành đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương",
                    "Cơ quan, tổ chức, đơn vị"), rowTexts(movements, FIRST_HEADING + 1, 6));
            assertEquals(List.of("A", "B", "1=(2+3+4)", "2", "3", "4"), rowTexts(movements, FIRST_HEADING + 2, 6));
            assertTrue(movements.getMergedRegions().containsAll(List.of(
                    new CellRangeAddress(FIRST_HEADING, FIRST_HEADING + 1, 0, 0),
                    new CellRangeAddress(FIRST_HEADING, FIRST_HEADING + 1, 1, 1),
                    new CellRangeAddress(FIRST_HEADING, FIRST_HEADING + 1, 2, 2),
                    new CellRangeAddress(FIRST_HEADING, FIRST_HEADING, 3, 5))), movements.getMergedRegions().toString());
            int first = FIRST_HEADING + 3;
            assertEquals(List.of("01", "", "02", "03", "04", "05", "", "06", "07", "08", "09", "10", "", "11", "12"),
                    column(movements, first, 15, 1));
            assertEquals(List.of("Tổng số", "01", "4", "0", "0", "4"), rowTexts(movements, first, 6));
            assertEquals(List.of("- Từ 5 năm trở lên", "10", "1", "0", "0", "1"), rowTexts(movements, first + 11, 6));
            assertEquals(List.of("3. Chia theo phương thức tổ chức phong trào thi đua", "", "", "", "", ""),
                    rowTexts(movements, first + 12, 6));
            assertTrue(movements.getRow(first).getCell(0).getCellStyle().getFont().getBold());
            assertEquals("Times New Roman", movements.getRow(first).getCell(2).getCellStyle().getFont().getFontName());
            int signs = first + 16;
            assertEquals("Lạng Sơn, ngày …… tháng …… năm ……", text(movements, signs, 2));
            assertEquals(List.of("Người lập biểu", "Thủ trưởng đơn vị"), List.of(text(movements, signs + 1, 0),
                    text(movements, signs + 1, 2)));
            assertEquals(List.of("(Ký, họ tên)", "(Ký, họ tên, đóng dấu)"), List.of(text(movements, signs + 2, 0),
                    text(movements, signs + 2, 2)));

            XSSFSheet state = wb.getSheetAt(1);
            assertEquals("SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC", text(state, 4, 0));
            assertEquals(List.of("", "Mã số", "Đơn vị tính", "Tổng số", "Chia ra"),
                    rowTexts(state, FIRST_HEADING, 5));
            assertEquals(List.of("Tập thể", "Cá nhân", "Cá nhân", "Cá nhân", "Tập thể", "Cá nhân", "Tập thể", "Tập thể",
                    "Cá nhân", "Cá nhân", "Tập thể", "Cá nhân"), rowTexts(state, FIRST_HEADING + 3, 16).subList(4, 16));
            assertEquals(List.of("A", "B", "C", "1", "2", "", "3", "4", "5", "", "6", "7", "", "8", "9", ""),
                    rowTexts(state, FIRST_HEADING + 4, 16));
            assertTrue(state.getMergedRegions().containsAll(List.of(
                    new CellRangeAddress(FIRST_HEADING, FIRST_HEADING, 4, 15),
                    new CellRangeAddress(FIRST_HEADING + 1, FIRST_HEADING + 2, 4, 5),
                    new CellRangeAddress(FIRST_HEADING + 1, FIRST_HEADING + 2, 11, 12),
                    new CellRangeAddress(FIRST_HEADING + 4, FIRST_HEADING + 4, 14, 15))), state.getMergedRegions().toString());
            assertEquals("Bằng khen của Thủ tướng Chính phủ", text(state, FIRST_HEADING + 1, 11));
            int stateFirst = FIRST_HEADING + 5;
            assertEquals(List.of("01", "", "02", "03", "", "06", "07", "08", "09", "10", "11", "12", "13", "14", "", "15",
                    "16", "17", "18", "19", "20", "21"), column(state, stateFirst, 22, 1));
            assertEquals(List.of("Tổng số", "01", ""), rowTexts(state, stateFirst, 3));
            for (int c = 3; c < 16; c++) {
                assertEquals(CellType.BLANK, state.getRow(stateFirst).getCell(c).getCellType(), "empty cell " + c);
            }

            XSSFSheet provincial = wb.getSheetAt(2);
            int p = FIRST_HEADING + 3;
            assertEquals(List.of("A", "B", "C", "1=(2+3+4+5)", "2", "3", "4", "5"), rowTexts(provincial, p - 1, 8));
            assertEquals(List.of("Tổng số", "01", "", "5", "3", "1", "1", ""), rowTexts(provincial, p, 8));
            assertEquals(List.of("Trong đó: Doanh nghiệp", "03", "Doanh nghiệp", "0", "0", "0", "0", ""),
                    rowTexts(provincial, p + 3, 8));
            assertEquals(List.of("- Chuyên đề", "12", "", "", "", "0", "0", ""), rowTexts(provincial, p + 13, 8));
            linesAddUp(provincial, p, forms.get(2));
            linesAddUp(movements, first, forms.get(0));

            XSSFSheet servants = wb.getSheetAt(4);
            assertEquals(List.of("", "Mã số", "Số lượng (Người)", ""), rowTexts(servants, FIRST_HEADING, 4));
            assertEquals(List.of("", "", "Tổng số", "Trong đó: Nữ"), rowTexts(servants, FIRST_HEADING + 1, 4));
            assertEquals("15", text(servants, FIRST_HEADING + 3 + 17, 1));

            for (int i = 0; i < 5; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                PrintSetup print = sheet.getPrintSetup();
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), sheet.getSheetName());
                assertEquals(i < 3, print.getLandscape(), sheet.getSheetName());
                assertTrue(sheet.getFitToPage());
                assertEquals(1, print.getFitWidth());
                assertEquals(1, print.getFitHeight());
                int rows = forms.get(i).form().headingRows();
                assertEquals(new CellRangeAddress(FIRST_HEADING, FIRST_HEADING + rows - 1, -1, -1), sheet.getRepeatingRows());
                assertFalse(wb.getPrintArea(i).isEmpty());
            }
        }
    }

    @Test
    void theDemoOfficesWorkbookHoldsTheFiguresFilled() throws IOException {
        Path file = dir.resolve("demo.xlsx");
        List<FilledForm> forms;
        try (Services s = Services.open(dir.resolve("data"))) {
            Demo.fill(s.database(), LocalDate.of(2026, 11, 23));
            forms = NationalForms.fill(NationalForms.facts(s.database(), 2024), s.catalogue().awardForms());
            NationalFormsWorkbook.write(forms, s.agency().agency().orElseThrow(), file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 0; i < forms.size(); i++) {
                FilledForm form = forms.get(i);
                Sheet sheet = wb.getSheetAt(i);
                int r = FIRST_HEADING + form.form().headingRows();
                for (FormLine line : form.form().lines()) {
                    Row row = sheet.getRow(r++);
                    assertEquals(line.label(), row.getCell(0).getStringCellValue());
                    assertEquals(line.code(), row.getCell(1).getStringCellValue());
                    for (int c = 0; c < form.form().figureColumns(); c++) {
                        Cell cell = row.getCell(form.form().textColumns() + c);
                        Long expected = line.hasFigures() ? form.figure(line.code(), c) : null;
                        if (expected == null) {
                            assertEquals(CellType.BLANK, cell.getCellType(), line.code() + " " + c);
                        } else {
                            assertEquals(expected.doubleValue(), cell.getNumericCellValue(), line.code() + " " + c);
                        }
                    }
                }
            }
            linesAddUp(wb.getSheetAt(2), FIRST_HEADING + 3, forms.get(2));
            assertTrue(wb.getSheetAt(2).getRow(FIRST_HEADING + 3).getCell(3).getNumericCellValue() > 0,
                    "the demo's province awards decided in 2024");
        }
    }

    /** In the sheet, the total column of every fully filled line is the sum of the other figure columns. */
    private static void linesAddUp(Sheet sheet, int first, FilledForm form) {
        int r = first;
        int from = form.form().textColumns();
        for (FormLine line : form.form().lines()) {
            Row row = sheet.getRow(r++);
            if (!line.hasFigures()) {
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (int c = from; c < from + form.form().figureColumns(); c++) {
                Cell cell = row.getCell(c);
                if (cell.getCellType() == CellType.NUMERIC) {
                    values.add(cell.getNumericCellValue());
                } else {
                    values.add(null);
                }
            }
            if (values.get(0) != null && !values.subList(1, values.size()).stream().allMatch(v -> v == null)) {
                assertEquals(values.get(0), values.subList(1, values.size()).stream().mapToDouble(v -> v == null ? 0 : v)
                        .sum(), sheet.getSheetName() + " " + line.code());
            }
        }
    }

    private static String text(Sheet sheet, int r, int c) {
        Cell cell = sheet.getRow(r).getCell(c);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static List<String> rowTexts(Sheet sheet, int r, int columns) {
        List<String> out = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int c = 0; c < columns; c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null || cell.getCellType() == CellType.BLANK ? ""
                    : cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return out;
    }

    private static List<String> column(Sheet sheet, int first, int rows, int c) {
        List<String> out = new ArrayList<>();
        for (int r = first; r < first + rows; r++) {
            out.add(sheet.getRow(r).getCell(c).getStringCellValue());
        }
        return out;
    }
}
