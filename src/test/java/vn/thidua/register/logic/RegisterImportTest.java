package vn.thidua.register.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.RowProblem;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.register.model.AwardEntry;
import vn.thidua.register.model.AwardOrigin;

/** Past years' awards read from .xlsx files made here with POI, as a province's list would come. */
class RegisterImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] HEADERS = {"STT", "Họ và tên / Tên tập thể", "Ngày sinh", "Đơn vị",
        "Hình thức / danh hiệu", "Năm", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Số sổ vàng",
        "Mức thưởng", "Chuyên đề/đột xuất"};

    @TempDir
    Path dir;

    private Services services;
    private StaffMember person;
    private Unit consular;

    @BeforeEach
    void setUp() {
        services = Services.open(dir.resolve("data"));
        DemoOffice.fill(services.database());
        consular = services.units().all().stream().filter(u -> u.shortName().equals("LS-QLBG")).findFirst().orElseThrow();
        person = services.staff().all().stream().filter(s -> s.unitId().equals(consular.id()) && !s.leader())
                .findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void readsPeopleAndUnitsWithoutAccentsAndWritesThemAsImported() throws IOException {
        Path file = sheet(
                row("1", fold(person.fullName()), "", "", "giay khen", "2023", "12/QĐ-SNgV", "20/12/2023",
                        "Giám đốc Sở Ngoại vụ", "05", "540.000", ""),
                row("2", "Phòng Lãnh sự - Quản lý biên giới", "", "", "Bằng khen tỉnh", "2022", "2345/QĐ-UBND",
                        "15/01/2023", "Chủ tịch UBND tỉnh Lạng Sơn", "118", "3600000", ""),
                row("3", person.fullName(), "", consular.name(), "GK_SO", "2024", "30/QĐ-SNgV", "10/09/2024",
                        "Giám đốc Sở Ngoại vụ", "2", "", "x"));

        RegisterImport.Result result = read(file);

        assertEquals(List.of(), result.problems());
        assertEquals(3, result.additions().size());
        assertEquals(1, result.collectives());
        assertEquals(4_140_000L, result.money());
        assertEquals(3, RegisterImport.apply(services.database(), result));

        List<AwardEntry> history = services.register().personHistory(person.id());
        assertEquals(List.of(2023, 2024), history.stream().filter(e -> e.origin() == AwardOrigin.IMPORTED)
                .map(AwardEntry::year).toList());
        AwardEntry first = history.stream().filter(e -> e.year() == 2023 && e.origin() == AwardOrigin.IMPORTED)
                .findFirst().orElseThrow();
        assertEquals(new AwardEntry(first.id(), person.id(), null, person.fullName(), consular.name(),
                first.awardFormId(), "Giấy khen của Giám đốc Sở", first.category(), 2023, AwardOrigin.IMPORTED,
                "12/QĐ-SNgV", LocalDate.of(2023, 12, 20), "Giám đốc Sở Ngoại vụ", "05", 540_000L, false, null), first);
        assertTrue(history.stream().anyMatch(e -> e.year() == 2024 && e.thematic()));
        AwardEntry unit = services.register().unitHistory(consular.id()).stream()
                .filter(e -> e.origin() == AwardOrigin.IMPORTED).findFirst().orElseThrow();
        assertEquals("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", unit.awardName());
        assertEquals(3_600_000L, unit.prize());
    }

    @Test
    void everyBadRowIsReportedByRowAndColumnAndNothingIsWritten() throws IOException {
        int before = services.register().index().size();
        Path file = sheet(
                row("1", "Nguyễn Văn Không Có", "", "", "Giấy khen", "2023", "", "", "", "", "", ""),
                row("2", person.fullName(), "", "", "Huân chương Lao động", "2023", "", "", "", "", "", ""),
                row("3", person.fullName(), "", "", "Giấy khen", "hai nghìn", "", "", "", "", "", ""),
                row("4", person.fullName(), "", "", "Giấy khen", "2023", "", "31/02/2024", "", "", "", ""),
                row("5", person.fullName(), "", "", "Giấy khen", "2023", "", "", "", "", "năm trăm", ""),
                row("6", consular.name(), "", "", "Lao động tiên tiến", "2023", "", "", "", "", "", ""),
                row("7", person.fullName(), "", "", "Giấy khen", "2022", "1/QĐ", "", "", "", "", ""),
                row("8", person.fullName(), "", "", "Giấy khen", "2022", "1/QĐ", "", "", "", "", ""));

        RegisterImport.Result result = read(file);

        assertFalse(result.accepted());
        assertEquals(List.of(), result.additions());
        List<String> problems = result.problems().stream().map(RowProblem::toString).toList();
        assertEquals(List.of(
                "Dòng 3, cột \"Họ và tên / Tên tập thể\": không có cán bộ nào tên \"Nguyễn Văn Không Có\" và cũng không "
                        + "có đơn vị nào tên như vậy.",
                "Dòng 4, cột \"Hình thức / danh hiệu\": không có hình thức khen thưởng hay danh hiệu \"Huân chương Lao "
                        + "động\" trong danh mục.",
                "Dòng 5, cột \"Năm\": năm \"hai nghìn\" không hợp lệ (viết như 2024).",
                "Dòng 6, cột \"Ngày quyết định\": ngày \"31/02/2024\" không hợp lệ (cần dạng ngày/tháng/năm, ví dụ 05/01/1990).",
                "Dòng 7, cột \"Mức thưởng (đồng)\": mức thưởng \"năm trăm\" không hợp lệ (viết số đồng, như 710000 hoặc "
                        + "710.000).",
                "Dòng 8, cột \"Hình thức / danh hiệu\": \"Lao động tiên tiến\" không dùng để khen tập thể.",
                "Dòng 10, cột \"Họ và tên / Tên tập thể\": trùng với dòng 9 của tệp."), problems);
        assertThrows(UserException.class, () -> RegisterImport.apply(services.database(), result));
        assertEquals(before, services.register().index().size());
    }

    @Test
    void anAwardTheRegisterHoldsAlreadyIsRefusedSoAFileCannotBeReadTwice() throws IOException {
        Path file = sheet(row("1", person.fullName(), "", "", "Giấy khen", "2023", "12/QĐ-SNgV", "", "", "", "", ""));
        RegisterImport.apply(services.database(), read(file));

        RegisterImport.Result again = read(file);

        assertEquals(List.of("Dòng 3, cột \"Họ và tên / Tên tập thể\": sổ khen thưởng đã có Giấy khen của Giám đốc Sở "
                + "năm 2023 của " + person.fullName() + " theo cùng quyết định."),
                again.problems().stream().map(RowProblem::toString).toList());
    }

    @Test
    void namesakesAreToldApartByBirthDateAndElseRefused() throws IOException {
        StaffMember twin = services.staff().save(new StaffMember(null, null, person.fullName(), person.gender(),
                LocalDate.of(1990, 5, 5), "Chuyên viên", person.unitId(), person.kind(), false, null, null, null, null,
                null, null, null));
        Path file = sheet(
                row("1", person.fullName(), "05/05/1990", "", "Giấy khen", "2023", "", "", "", "", "", ""),
                row("2", person.fullName(), "", "", "Giấy khen", "2024", "", "", "", "", "", ""));

        RegisterImport.Result result = read(file);

        assertEquals(List.of("Dòng 4, cột \"Họ và tên / Tên tập thể\": có 2 cán bộ cùng tên \"" + person.fullName()
                + "\": ghi thêm ngày sinh hoặc đơn vị để phân biệt."),
                result.problems().stream().map(RowProblem::toString).toList());
        Path fixed = sheet(row("1", person.fullName(), "05/05/1990", "", "Giấy khen", "2023", "", "", "", "", "", ""));
        assertEquals(twin.id(), read(fixed).additions().get(0).staffId());
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichIsMissing() throws IOException {
        Path file = dir.resolve("thieu.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row header = wb.createSheet().createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Hình thức");
            wb.write(out);
        }
        assertEquals(List.of("Dòng 1, cột \"Năm\": thiếu cột này ở dòng tiêu đề."),
                read(file).problems().stream().map(RowProblem::toString).toList());
    }

    private RegisterImport.Result read(Path file) {
        return RegisterImport.read(file, services.units().all(), services.staff().all(),
                services.catalogue().awardForms(), services.register().index().entries(), TODAY);
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static String fold(String name) {
        return vn.thidua.common.text.VietText.fold(name);
    }

    /** A title row, the header row, then the rows, all as text cells. */
    private Path sheet(String[]... rows) throws IOException {
        Path file = dir.resolve("so-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sổ");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH KHEN THƯỞNG CÁC NĂM");
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int i = 0; i < rows[r].length; i++) {
                    if (!rows[r][i].isEmpty()) {
                        row.createCell(i).setCellValue(rows[r][i]);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }
}
