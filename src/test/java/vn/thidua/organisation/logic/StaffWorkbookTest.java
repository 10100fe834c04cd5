package vn.thidua.organisation.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;

/** The demo office's staff list as the clerk prints it: reopened with POI, content and page setup checked. */
class StaffWorkbookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int HEADER = 5;
    private static final List<String> HEADERS = List.of("STT", "Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ",
            "Đơn vị", "Loại", "Lãnh đạo", "Ngày bắt đầu", "Ngày kết thúc", "Quê quán", "Trú quán", "Trình độ chuyên môn",
            "Ghi chú");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TempDir
    static Path dir;

    private static List<StaffMember> staff;
    private static List<Unit> units;
    private static Path file;
    private static XSSFWorkbook workbook;
    private static XSSFSheet sheet;

    @BeforeAll
    static void exportTheDemoOffice() throws IOException {
        try (Services services = Services.open(dir.resolve("data"))) {
            DemoOffice.fill(services.database());
            staff = services.staff().all();
            units = services.units().all();
            file = dir.resolve("out").resolve("Danh sach can bo.xlsx");
            StaffWorkbook.export(staff, units, services.agency().agency().orElseThrow(), TODAY, file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        sheet = workbook.getSheetAt(0);
    }

    @AfterAll
    static void closeWorkbook() throws IOException {
        workbook.close();
    }

    @Test
    void theFileIsWrittenWholeWithNoTemporaryFileLeftBeside() throws IOException {
        try (Stream<Path> s = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()), s.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(List.of("Danh sách"), List.of(workbook.getSheetName(0)));
        assertEquals(1, workbook.getNumberOfSheets());
    }

    @Test
    void theTitleRowsNameTheOfficeTheListAndTheDate() {
        assertEquals(List.of("UBND TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ", "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG",
                "(Tính đến ngày 23/11/2026)"), IntStream.range(0, 4).mapToObj(r -> text(r, 0)).toList());
        assertEquals(null, sheet.getRow(4), "an empty row before the table");
        assertEquals(List.of("A1:D1", "A2:D2", "A3:O3", "A4:O4"),
                sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList());
        assertEquals(List.of(false, true, true, false), IntStream.range(0, 4)
                .mapToObj(r -> workbook.getFontAt(sheet.getRow(r).getCell(0).getCellStyle().getFontIndex()).getBold()).toList());
        assertEquals(List.of(12, 12, 14, 12), IntStream.range(0, 4).mapToObj(r -> (int) workbook.getFontAt(
                sheet.getRow(r).getCell(0).getCellStyle().getFontIndex()).getFontHeightInPoints()).toList());
    }

    @Test
    void theHeaderRowNamesTheColumnsInBoldWrappedText() {
        Row header = sheet.getRow(HEADER);
        assertEquals(HEADERS, IntStream.range(0, HEADERS.size()).mapToObj(c -> text(HEADER, c)).toList());
        assertEquals(HEADERS.size(), header.getLastCellNum());
        for (Cell cell : header) {
            assertTrue(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold(), "bold: " + cell.getAddress());
            assertTrue(cell.getCellStyle().getWrapText(), "wrapped: " + cell.getAddress());
        }
    }

    @Test
    void thePeopleAreListedInTheOfficialOrderWithEveryField() {
        Map<Long, String> unitNames = units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            StaffMember s = staff.get(i);
            expected.add(List.of(String.valueOf(i + 1), s.code(), s.fullName(), s.gender() == Gender.MALE ? "Nam" : "Nữ",
                    date(s.birthDate()), s.position(), unitNames.get(s.unitId()), kind(s.kind()), s.leader() ? "x" : "",
                    date(s.startDate()), date(s.endDate()), nz(s.hometown()), nz(s.residence()), nz(s.qualification()),
                    nz(s.note())));
        }
        List<List<String>> actual = new ArrayList<>();
        for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
            int row = r;
            actual.add(IntStream.range(0, HEADERS.size()).mapToObj(c -> text(row, c)).toList());
        }
        assertEquals(expected, actual);

        assertEquals(StaffOrder.sort(staff, units), staff, "the repository's order is the official one");
        assertEquals(List.of("1", "CB0001", "Trịnh Tuyết Mai", "Nữ", "12/04/1975", "Giám đốc", "Ban Giám đốc", "Công chức", "x",
                "01/09/1999", "", "Lạng Sơn", "Lạng Sơn", "Đại học", ""), actual.get(0));
        assertEquals(List.of("Trịnh Tuyết Mai", "Hoàng Văn Long", "Tô Thị Trang"),
                actual.subList(0, 3).stream().map(row -> row.get(2)).toList(), "director, then deputies by given name");
    }

    @Test
    void datesAreRealDatesShownDayMonthYear() {
        Cell birth = sheet.getRow(HEADER + 1).getCell(4);
        assertEquals(LocalDate.of(1975, 4, 12), birth.getLocalDateTimeCellValue().toLocalDate());
        assertEquals("dd/mm/yyyy", birth.getCellStyle().getDataFormatString());
    }

    @Test
    void columnsHaveTheirSetWidths() {
        List<Integer> widths = List.of(6, 10, 24, 8, 12, 20, 36, 15, 8, 12, 12, 15, 15, 15, 18);
        assertEquals(widths.stream().map(w -> w * 256).toList(),
                IntStream.range(0, HEADERS.size()).mapToObj(sheet::getColumnWidth).toList());
    }

    @Test
    void everyCellOfTheTableHasAThinBorderAndTimesNewRoman() {
        List<String> unbordered = new ArrayList<>();
        List<String> otherFonts = new ArrayList<>();
        for (int r = HEADER; r <= sheet.getLastRowNum(); r++) {
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = sheet.getRow(r).getCell(c);
                if (cell == null) {
                    unbordered.add("missing " + new org.apache.poi.ss.util.CellAddress(r, c));
                    continue;
                }
                CellStyle s = cell.getCellStyle();
                if (Stream.of(s.getBorderTop(), s.getBorderBottom(), s.getBorderLeft(), s.getBorderRight())
                        .anyMatch(b -> b != BorderStyle.THIN)) {
                    unbordered.add(cell.getAddress().formatAsString());
                }
                if (!"Times New Roman".equals(((XSSFCellStyle) s).getFont().getFontName())) {
                    otherFonts.add(cell.getAddress().formatAsString());
                }
            }
        }
        assertEquals(List.of(), unbordered);
        assertEquals(List.of(), otherFonts);
    }

    @Test
    void itPrintsOnA4LandscapeOnePageWideWithTheHeaderOnEveryPage() {
        PrintSetup print = sheet.getPrintSetup();
        assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
        assertTrue(print.getLandscape(), "landscape: fifteen columns");
        assertTrue(sheet.getFitToPage(), "fit to page");
        assertEquals(List.of((short) 1, (short) 0), List.of(print.getFitWidth(), print.getFitHeight()),
                "one page wide, as many pages tall as needed");
        assertEquals(new CellRangeAddress(HEADER, HEADER, -1, -1), sheet.getRepeatingRows());
        assertEquals("'Danh sách'!$A$1:$O$" + (HEADER + 1 + staff.size()), workbook.getPrintArea(0));
        assertEquals("Trang &P/&N", sheet.getFooter().getCenter());
        assertEquals(HEADER + 1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "rows above the people stay in view");
    }

    private static String text(int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        return c == null ? null : new DataFormatter().formatCellValue(c);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String kind(StaffKind kind) {
        return Map.of(StaffKind.CIVIL_SERVANT, "Công chức", StaffKind.PUBLIC_EMPLOYEE, "Viên chức",
                StaffKind.WORKER, "Người lao động").get(kind);
    }
}
