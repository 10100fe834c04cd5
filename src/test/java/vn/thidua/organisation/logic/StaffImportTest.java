package vn.thidua.organisation.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.RowProblem;
import vn.thidua.organisation.logic.StaffImport.Change;
import vn.thidua.organisation.logic.StaffImport.Plan;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.testsupport.StaffMemberBuilder;

/** The staff list goes out to Excel and comes back: unchanged, edited, or with rows that must be refused. */
class StaffImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> HEADERS = List.of("STT", "Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ",
            "Đơn vị", "Loại", "Lãnh đạo", "Ngày bắt đầu", "Ngày kết thúc", "Quê quán", "Trú quán", "Trình độ chuyên môn",
            "Ghi chú");
    private static final int CODE = 1;
    private static final int POSITION = 5;

    @TempDir
    Path dir;

    private Services services;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anExportedListReadBackUnchangedChangesNothing() throws IOException {
        DemoOffice.fill(services.database());
        Path file = export();

        assertEquals(new Plan(List.of(), List.of(), List.of()), read(file));
    }

    @Test
    void aDryRunShowsExactlyTheEditedAndAddedPeopleAndApplyingWritesThem() throws IOException {
        DemoOffice.fill(services.database());
        Path file = export();
        List<StaffMember> before = services.staff().all();
        StaffMember edited = before.stream().filter(s -> s.code().equals("CB0010")).findFirst().orElseThrow();
        Unit centre = services.units().all().get(3);
        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            rowWithCode(sheet, "CB0010").getCell(POSITION).setCellValue("Chuyên viên cao cấp");
            Row added = sheet.createRow(sheet.getLastRowNum() + 1);
            fill(added, "", "", nfd("Lục Thị  Thanh Nhàn"), "nữ", "5/1/1990", "Biên dịch viên",
                    "trung tâm thông tin và dịch vụ đối ngoại", "Viên chức", "", "01/03/2024", "", "", "", "", "");
            save(wb, file);
        }

        Plan plan = read(file);

        StaffMember newcomer = aStaffMember().named("Lục Thị Thanh Nhàn").female().born(1990, 1, 5).as("Biên dịch viên")
                .inUnit(centre).ofKind(StaffKind.PUBLIC_EMPLOYEE).working(LocalDate.of(2024, 3, 1), null)
                .withHometown(null).livingIn(null).qualified(null).build();
        StaffMember after = StaffMemberBuilder.from(edited).as("Chuyên viên cao cấp").build();
        assertEquals(new Plan(List.of(newcomer), List.of(new Change(edited, after, List.of("Chức vụ"))), List.of()), plan);
        assertEquals(before, services.staff().all(), "reading the file writes nothing");

        StaffImport.apply(services.database(), plan);

        String nextCode = String.format("CB%04d", before.size() + 1);
        assertEquals(Optional.of(after), services.staff().find(edited.id()));
        StaffMember stored = services.staff().all().stream().filter(s -> s.fullName().equals("Lục Thị Thanh Nhàn"))
                .findFirst().orElseThrow();
        assertEquals(StaffMemberBuilder.from(newcomer).withId(stored.id()).withCode(nextCode).build(), stored);
        assertEquals(before.size() + 1, services.staff().all().size());
        assertEquals(new Plan(List.of(), List.of(), List.of()), read(file), "after applying, the file matches the data");
    }

    @Test
    void aBlankGenderOrKindKeepsWhatIsStoredForAKnownPerson() throws IOException {
        DemoOffice.fill(services.database());
        Path file = export();
        try (Workbook wb = open(file)) {
            Row row = rowWithCode(wb.getSheetAt(0), "CB0034");
            assertEquals(List.of("Nam", "Viên chức"), List.of(row.getCell(3).getStringCellValue(),
                    row.getCell(7).getStringCellValue()), "a person the old defaults (Nữ, Công chức) would change");
            row.getCell(3).setBlank();
            row.getCell(7).setBlank();
            save(wb, file);
        }

        assertEquals(new Plan(List.of(), List.of(), List.of()), read(file));
    }

    @Test
    void newPeopleWithTheirOwnCodesKeepThemBesideNewPeopleNumberedByTheProgram() throws IOException {
        DemoOffice.fill(services.database());
        int count = services.staff().all().size();
        String nextCode = String.format("CB%04d", count + 1);
        Path file = export();
        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            fill(sheet.createRow(sheet.getLastRowNum() + 1), "", "", "Hoàng Thị Lan", "Nữ", "02/02/1991", "Chuyên viên",
                    "Ban Giám đốc", "Công chức");
            fill(sheet.createRow(sheet.getLastRowNum() + 1), "", nextCode, "Lò Văn Hải", "Nam", "03/03/1993", "Chuyên viên",
                    "Ban Giám đốc", "Công chức");
            save(wb, file);
        }

        StaffImport.apply(services.database(), read(file));

        List<StaffMember> all = services.staff().all();
        assertEquals(List.of(nextCode), all.stream().filter(s -> s.fullName().equals("Lò Văn Hải")).map(StaffMember::code).toList());
        assertEquals(count + 2, all.stream().map(StaffMember::code).distinct().count());
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryProblemByRowAndColumn() throws IOException {
        Unit office = services.units().save(aUnit().named("Văn phòng").shortened("VP").build());
        services.units().save(aUnit().named("Phòng Lãnh sự").ofType(UnitType.ADMINISTRATIVE).build());
        StaffMember existing = services.staff().save(aStaffMember().named("Trịnh Tuyết Mai").born(1975, 4, 12)
                .leading("Chánh Văn phòng").inUnit(office).build());
        Path file = dir.resolve("tu lam.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Cán bộ");
            fill(sheet.createRow(0), HEADERS.toArray(String[]::new));
            fill(sheet.createRow(1), "1", "", "", "Nữ", "12/03/1988", "Chuyên viên", "Văn phòng");
            fill(sheet.createRow(2), "2", "", "Nông Văn Hùng", "Nam", "", "Chuyên viên", "Phòng Tổ chức");
            fill(sheet.createRow(3), "3", "", "Hà Thị Ngọc", "Nữ", "31/02/1990", "Chuyên viên", "VP");
            fill(sheet.createRow(4), "4", "", "Lương Văn Khánh", "Nam", "07/07/1992", "Chuyên viên", "Phòng Lãnh sự",
                    "Công chức");
            fill(sheet.createRow(5), "5", "", "Lương  Văn Khánh", "Nam", "07/07/1992", "Chuyên viên chính", "Phòng Lãnh sự");
            fill(sheet.createRow(6), "6", "CB0001", "Trịnh Tuyết Mai", "Nữ", "12/04/1975", "Chánh Văn phòng", "Văn phòng");
            fill(sheet.createRow(7), "7", "CB0001", "Trịnh Tuyết Mai", "Nữ", "12/04/1975", "Giám đốc", "Văn phòng");
            fill(sheet.createRow(8), "8", "", "", "Nữ", "1/13/1990", "", "");
            fill(sheet.createRow(9), "9", "", "Hoàng Thị Lan", "", "02/02/1991", "Chuyên viên", "VP");
            save(wb, file);
        }

        Plan plan = read(file);

        assertEquals(List.of(
                "Dòng 2, cột \"Họ và tên\": thiếu họ và tên.",
                "Dòng 3, cột \"Đơn vị\": không có đơn vị \"Phòng Tổ chức\" trong danh sách đơn vị.",
                "Dòng 4, cột \"Ngày sinh\": ngày \"31/02/1990\" không hợp lệ (cần dạng ngày/tháng/năm, ví dụ 05/01/1990).",
                "Dòng 6, cột \"Họ và tên\": người này đã có ở dòng 5.",
                "Dòng 8, cột \"Họ và tên\": người này đã có ở dòng 7.",
                "Dòng 9, cột \"Họ và tên\": thiếu họ và tên.",
                "Dòng 9, cột \"Đơn vị\": thiếu đơn vị.",
                "Dòng 9, cột \"Ngày sinh\": ngày \"1/13/1990\" không hợp lệ (cần dạng ngày/tháng/năm, ví dụ 05/01/1990).",
                "Dòng 10, cột \"Giới tính\": thiếu giới tính (Nam hoặc Nữ).",
                "Dòng 10, cột \"Loại\": thiếu loại (Công chức, Viên chức hoặc Người lao động)."),
                plan.problems().stream().map(RowProblem::toString).toList());
        assertEquals(List.of(List.of(), List.of()), List.of(plan.additions(), plan.changes()));

        UserException refused = assertThrows(UserException.class, () -> StaffImport.apply(services.database(), plan));
        assertEquals("Tệp bị từ chối vì có 10 lỗi; không có dữ liệu nào được nhập.", refused.getMessage());
        assertEquals(List.of(existing), services.staff().all());
    }

    @Test
    void applyingAPlanWritesAllOfItOrNothing() {
        Unit office = services.units().save(aUnit().named("Văn phòng").build());
        StaffMember mai = services.staff().save(aStaffMember().named("Trịnh Tuyết Mai").inUnit(office).build());
        Plan plan = new Plan(
                List.of(aStaffMember().named("Lục Thị Thanh Nhàn").inUnit(office).build(),
                        aStaffMember().named("Nhàn").inUnit(office).build()),
                List.of(new Change(mai, StaffMemberBuilder.from(mai).as("Chánh Văn phòng").build(), List.of("Chức vụ"))),
                List.of());

        assertThrows(UserException.class, () -> StaffImport.apply(services.database(), plan));

        assertEquals(List.of(mai), services.staff().all());
    }

    @Test
    void aFileWithFewerColumnsChangesOnlyWhatItsColumnsSay() throws IOException {
        Unit office = services.units().save(aUnit().named("Văn phòng").build());
        StaffMember mai = services.staff().save(aStaffMember().named("Trịnh Tuyết Mai").born(1975, 4, 12)
                .leading("Chánh Văn phòng").inUnit(office).withAcademicTitle("Thạc sĩ").withNote("Phụ trách thi đua").build());
        StaffMember long_ = services.staff().save(aStaffMember().named("Hoàng Văn Long").male().born(1988, 1, 25)
                .inUnit(office).ofKind(StaffKind.WORKER).build());
        Path file = dir.resolve("rut gon.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            fill(sheet.createRow(0), "Mã cán bộ", "Họ và tên", "Đơn vị", "Chức vụ");
            fill(sheet.createRow(1), "CB0001", "Trịnh Tuyết Mai", "Văn phòng", "Chánh Văn phòng");
            fill(sheet.createRow(2), "CB0002", "Hoàng Văn Long", "Văn phòng", "Nhân viên lái xe");
            save(wb, file);
        }

        Plan plan = read(file);

        StaffMember after = StaffMemberBuilder.from(long_).as("Nhân viên lái xe").build();
        assertEquals(new Plan(List.of(), List.of(new Change(long_, after, List.of("Chức vụ"))), List.of()), plan,
                "columns the file lacks keep what the office has: birth dates, gender, kind, notes of " + mai.fullName());
    }

    @Test
    void aSheetWithoutTheNameColumnIsRefusedAtItsFirstRow() throws IOException {
        Path file = dir.resolve("sai mau.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            fill(wb.createSheet().createRow(0), "Tên", "Phòng");
            save(wb, file);
        }

        assertEquals(List.of("Dòng 1: Không tìm thấy dòng tiêu đề có cột \"Họ và tên\" trong trang đầu tiên."),
                read(file).problems().stream().map(RowProblem::toString).toList());
    }

    @Test
    void aFileThatIsNotASpreadsheetIsReportedByName() throws IOException {
        Path file = dir.resolve("ghi chu.xlsx");
        Files.writeString(file, "không phải Excel");

        UserException e = assertThrows(UserException.class, () -> read(file));

        assertEquals("Tệp ghi chu.xlsx không phải là bảng tính Excel (.xlsx) đọc được.", e.getMessage());
    }

    private Path export() throws IOException {
        Path file = dir.resolve("Danh sach can bo.xlsx");
        StaffWorkbook.export(services.staff().all(), services.units().all(), services.agency().agency().orElse(null), TODAY,
                file);
        return file;
    }

    private Plan read(Path file) {
        return StaffImport.read(file, services.units().all(), services.staff().all(), TODAY);
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static Row rowWithCode(Sheet sheet, String code) {
        DataFormatter f = new DataFormatter();
        for (Row row : sheet) {
            Cell c = row.getCell(CODE);
            if (c != null && f.formatCellValue(c).equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row with code " + code);
    }

    /** Cells as a clerk types them: text, dates included. */
    private static void fill(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }
}
