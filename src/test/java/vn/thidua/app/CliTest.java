package vn.thidua.app;

import static vn.thidua.app.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.decisions.logic.DecisionFixture;
import vn.thidua.decisions.model.Decision;
import vn.thidua.plans.model.Registration;
import vn.thidua.testsupport.NominationFixture;

/** The command line run in-process, as a clerk or a script would run it, with its output and exit status. */
class CliTest {

    private static final String SEE_HELP = "Xem hướng dẫn: java -jar thidua.jar --help";

    /** The demo office, made once for the class and copied for each test that needs one. */
    @RegisterExtension
    static final DemoTemplate DEMO = new DemoTemplate();

    @TempDir
    Path dir;

    private Path demoCopy() {
        return DEMO.copy(dir);
    }

    @Test
    void demoFillsAnEmptyFolder() {
        Path data = dir.resolve("moi");

        CliRun r = run(Map.of(), "--data", data.toString(), "demo");

        assertEquals(new CliRun(0, "Đã tạo dữ liệu mẫu trong " + data + ": 41 cán bộ, 4 đơn vị, 3 kế hoạch, 10 hồ sơ đề nghị khen thưởng, 2 cuộc họp Hội đồng.\n", ""), r);
        try (Services s = Services.open(data)) {
            assertEquals(List.of(41, 4), List.of(s.staff().all().size(), s.units().all().size()));
        }
    }

    @Test
    void demoRefusesAFolderThatAlreadyHoldsData() throws IOException {
        Path data = demoCopy();
        String staffBefore = run(data, "list", "staff").out();

        CliRun r = run(data, "demo");

        assertEquals(new CliRun(1, "", "Lỗi: Thư mục dữ liệu này đã có dữ liệu; dữ liệu mẫu chỉ được tạo trong thư mục trống. "
                + "Hãy chọn thư mục khác bằng --data.\n"), r);
        assertEquals(staffBefore, run(data, "list", "staff").out());
    }

    @Test
    void listUnitsPrintsIdFirstTabSeparatedInTheOfficialOrder() throws IOException {
        Path data = demoCopy();
        assertEquals(new CliRun(0, String.join("\n",
                "1\tBan Giám đốc\tBGĐ\tLãnh đạo Sở\tĐang hoạt động",
                "2\tPhòng Hợp tác quốc tế - Văn phòng\tHTQT-VP\tPhòng chuyên môn\tĐang hoạt động",
                "3\tPhòng Lãnh sự - Quản lý biên giới\tLS-QLBG\tPhòng chuyên môn\tĐang hoạt động",
                "4\tTrung tâm Thông tin và Dịch vụ đối ngoại\tTTTTDVĐN\tĐơn vị sự nghiệp\tĐang hoạt động") + "\n", ""),
                run(data, "list", "units"));

        try (Services s = Services.open(data)) {
            s.units().move(3, -1);
            s.units().setActive(4, false);
        }

        assertEquals(List.of("1\tBan Giám đốc\tBGĐ\tLãnh đạo Sở\tĐang hoạt động",
                "3\tPhòng Lãnh sự - Quản lý biên giới\tLS-QLBG\tPhòng chuyên môn\tĐang hoạt động",
                "2\tPhòng Hợp tác quốc tế - Văn phòng\tHTQT-VP\tPhòng chuyên môn\tĐang hoạt động",
                "4\tTrung tâm Thông tin và Dịch vụ đối ngoại\tTTTTDVĐN\tĐơn vị sự nghiệp\tNgừng hoạt động"),
                run(data, "list", "units").outLines());
    }

    @Test
    void listStaffPrintsIdFirstTabSeparatedInTheOfficialOrder() throws IOException {
        Path data = demoCopy();

        CliRun r = run(data, "list", "staff");

        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals(List.of(
                "1\tCB0001\tTrịnh Tuyết Mai\tNữ\t12/04/1975\tGiám đốc\tBan Giám đốc\tCông chức\tLãnh đạo",
                "3\tCB0003\tHoàng Văn Long\tNam\t25/01/1977\tPhó Giám đốc\tBan Giám đốc\tCông chức\tLãnh đạo",
                "2\tCB0002\tTô Thị Trang\tNữ\t03/09/1979\tPhó Giám đốc\tBan Giám đốc\tCông chức\tLãnh đạo"),
                lines.subList(0, 3));
        assertEquals(List.of(9), lines.stream().map(l -> l.split("\t", -1).length).distinct().toList(), "nine columns each");
        try (Services s = Services.open(data)) {
            assertEquals(s.staff().all().stream().map(m -> m.id() + "\t" + m.code()).toList(),
                    lines.stream().map(l -> l.substring(0, l.indexOf('\t', l.indexOf('\t') + 1))).toList());
        }
    }

    @Test
    void listPlansPrintsIdNumberDateTitleAndStatusNewestYearFirst() throws IOException {
        Path data = demoCopy();

        CliRun r = run(data, "list", "plans");

        LocalDate today = LocalDate.now();
        String draftDate = String.format("%02d/%d", today.getMonthValue(), today.getYear());
        assertEquals(List.of(0, ""), List.of(r.status(), r.err()));
        List<String[]> rows = r.outLines().stream().map(l -> l.split("\t", -1)).toList();
        assertEquals(List.of(
                List.of("579/KH-SNgV", "20/03/2026", "Phát động phong trào thi đua “100 ngày đêm quyết tâm thực hiện Kết luận "
                        + "của đồng chí Tổng Bí thư Tô Lâm làm việc với Ban Chấp hành Đảng bộ tỉnh Cao Bằng”", "Đã ban hành"),
                List.of("/KH-SNgV", draftDate, "Phát động phong trào thi đua thường xuyên năm " + today.getYear(), "Dự thảo"),
                List.of("01/KH-SNgV", "20/05/2025", "Phát động phong trào thi đua đặc biệt lập thành tích chào mừng Đại hội "
                        + "đảng bộ các cấp, Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVIII", "Đã ban hành")),
                rows.stream().map(c -> List.of(c).subList(1, 5)).toList());
        for (String[] row : rows) {
            assertEquals(5, row.length);
            Long.parseLong(row[0]);
        }
        CliRun help = run(data, "list", "plans", "--help");
        assertEquals(List.of(0, "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] list units|staff|plans|meetings|decisions | list "
                + "nominations --plan MÃ"), List.of(help.status(), help.outLines().get(0)));
    }

    @Test
    void copyPlanMakesNextYearsDraftAndAnUnknownIdIsAClearError() throws IOException {
        Path data = demoCopy();
        String id = run(data, "list", "plans").outLines().get(0).split("\t")[0];

        CliRun copied = run(data, "copy", "plan", id);

        assertEquals(0, copied.status());
        String newId = copied.out().replaceAll("^Đã tạo dự thảo mã số (\\d+): .*\n$", "$1");
        assertEquals("Đã tạo dự thảo mã số " + newId + ": Phát động phong trào thi đua “100 ngày đêm quyết tâm thực hiện Kết "
                + "luận của đồng chí Tổng Bí thư Tô Lâm làm việc với Ban Chấp hành Đảng bộ tỉnh Cao Bằng” (20/03/2027).\n",
                copied.out());
        assertEquals(4, run(data, "list", "plans").outLines().size());

        assertEquals(new CliRun(1, "", "Lỗi: Không có kế hoạch mã số 999.\n"), run(data, "copy", "plan", "999"));
        assertEquals(new CliRun(2, "", "Mã số kế hoạch \"abc\" không hợp lệ: cần một số (xem list plans).\n" + SEE_HELP + "\n"),
                run(data, "copy", "plan", "abc"));
        assertEquals(new CliRun(2, "", "Cách dùng: copy plan MÃ\n" + SEE_HELP + "\n"), run(data, "copy", "plan"));
    }

    @Test
    void exportStaffWritesTheListToTheNamedFile() throws IOException {
        Path data = demoCopy();
        Path file = dir.resolve("xuat").resolve("Danh sách.xlsx");

        CliRun r = run(data, "export", "staff", "--out", file.toString());

        assertEquals(new CliRun(0, "Đã xuất 41 cán bộ ra " + file + ".\n", ""), r);
        List<String> listed = run(data, "list", "staff").outLines().stream().map(l -> l.split("\t")[1]).toList();
        assertEquals(listed, codesIn(file), "the same people in the same order as list staff");
    }

    @Test
    void exportPlanPrintsThePlanAsAWordDocument() throws IOException {
        Path data = demoCopy();
        String id = planIdOf(data, "579/KH-SNgV");
        Path file = dir.resolve("in").resolve("KH 579.docx");

        CliRun r = run(data, "export", "plan", "--id", id, "--out", file.toString());

        assertEquals(new CliRun(0, "Đã in kế hoạch \"" + SEED_003_TITLE + "\" ra " + file + ".\n", ""), r);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("Số: 579/KH-SNgV", doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(3).getText());
            assertEquals(List.of("KẾ HOẠCH", SEED_003_TITLE),
                    doc.getParagraphs().subList(0, 2).stream().map(XWPFParagraph::getText).toList());
        }
        assertEquals(r, run(data, "export", "plan", "--out", file.toString(), "--id", id), "options in any order");
    }

    @Test
    void exportPlanRefusesAnUnknownIdAndAFolderThatCannotBeWritten() throws IOException {
        Path data = demoCopy();
        Path file = dir.resolve("KH.docx");

        assertEquals(new CliRun(1, "", "Lỗi: Không có kế hoạch mã số 999.\n"),
                run(data, "export", "plan", "--id", "999", "--out", file.toString()));
        assertFalse(Files.exists(file));

        Path notAFolder = Files.writeString(dir.resolve("tep-thuong"), "x");
        Path inside = notAFolder.resolve("KH.docx");
        CliRun r = run(data, "export", "plan", "--id", planIdOf(data, "579/KH-SNgV"), "--out", inside.toString());
        assertEquals(List.of(1, ""), List.of(r.status(), r.out()));
        assertTrue(r.err().startsWith("Lỗi: Không ghi được tệp " + inside + ": "), r.err());
    }

    @Test
    void exportRegistrationsWritesExcelOrWordByTheFileName() throws IOException {
        Path data = demoCopy();
        String id = planIdOf(data, "579/KH-SNgV");
        try (Services s = Services.open(data)) {
            long form = s.catalogue().awardForms().stream().filter(f -> f.code().equals("GK_SO")).findFirst().orElseThrow().id();
            long unit = s.units().all().get(1).id();
            s.registrations().save(new Registration(null, Long.parseLong(id), unit, null, form, "Hoàn thành 100% nhiệm vụ",
                    LocalDate.of(2026, 3, 25)));
        }
        Path xlsx = dir.resolve("dang-ky.xlsx");
        Path docx = dir.resolve("dang-ky.DOCX");

        CliRun excel = run(data, "export", "registrations", "--plan", id, "--out", xlsx.toString());
        CliRun word = run(data, "export", "registrations", "--plan", id, "--out", docx.toString());

        assertEquals(new CliRun(0, "Đã xuất 1 đăng ký thi đua của kế hoạch \"" + SEED_003_TITLE + "\" ra " + xlsx + ".\n", ""),
                excel);
        assertEquals(new CliRun(0, "Đã xuất 1 đăng ký thi đua của kế hoạch \"" + SEED_003_TITLE + "\" ra " + docx + ".\n", ""),
                word);
        try (Workbook wb = open(xlsx)) {
            Row row = wb.getSheetAt(0).getRow(6);
            assertEquals(List.of("1", "Phòng Hợp tác quốc tế - Văn phòng", "Hoàn thành 100% nhiệm vụ"),
                    List.of(new DataFormatter().formatCellValue(row.getCell(0)), row.getCell(1).getStringCellValue(),
                            row.getCell(4).getStringCellValue()));
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("Phòng Hợp tác quốc tế - Văn phòng", doc.getTables().get(1).getRow(1).getCell(1).getText());
        }
        assertEquals(new CliRun(1, "", "Lỗi: Không có kế hoạch mã số 999.\n"),
                run(data, "export", "registrations", "--plan", "999", "--out", xlsx.toString()));
    }

    @Test
    void exportPlanAndRegistrationsHaveTheirOwnHelpAndUsage() throws IOException {
        Path data = demoCopy();
        CliRun plan = run(data, "export", "plan", "--help");
        CliRun registrations = run(data, "export", "registrations", "-h");

        assertEquals(List.of(0, "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] export plan --id MÃ --out TỆP.docx", ""),
                List.of(plan.status(), plan.outLines().get(0), plan.err()));
        assertEquals(List.of(0, "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] export registrations --plan MÃ --out "
                + "TỆP.xlsx|TỆP.docx", ""), List.of(registrations.status(), registrations.outLines().get(0), registrations.err()));
        assertEquals(new CliRun(2, "", "Cách dùng: export plan --id MÃ --out TỆP.docx\n" + SEE_HELP + "\n"),
                run(data, "export", "plan", "--id", "2"));
        assertEquals(new CliRun(2, "", "Cách dùng: export registrations --plan MÃ --out TỆP.xlsx|TỆP.docx\n" + SEE_HELP + "\n"),
                run(data, "export", "registrations", "--plan", "2", "--out", "a.xlsx", "--plan", "3"));
        assertEquals(new CliRun(2, "", "Mã số kế hoạch \"abc\" không hợp lệ: cần một số (xem list plans).\n" + SEE_HELP + "\n"),
                run(data, "export", "plan", "--id", "abc", "--out", "a.docx"));
        assertEquals(new CliRun(2, "", "Cần nói xuất gì: export staff, plan, registrations, petition, minutes, dossier, nominations, decision, certificates hoặc report.\n" + SEE_HELP
                + "\n"), run(data, "export"));
    }

    private static final String SEED_003_TITLE = "Phát động phong trào thi đua “100 ngày đêm quyết tâm thực hiện Kết luận của "
            + "đồng chí Tổng Bí thư Tô Lâm làm việc với Ban Chấp hành Đảng bộ tỉnh Cao Bằng”";

    private static String planIdOf(Path data, String number) {
        return run(data, "list", "plans").outLines().stream().map(l -> l.split("\t")).filter(c -> c[1].equals(number))
                .findFirst().orElseThrow()[0];
    }

    @Test
    void importDryRunPrintsAdditionsAndChangesAndWritesNothing() throws IOException {
        Path data = demoCopy();
        Path file = dir.resolve("Danh sach.xlsx");
        run(data, "export", "staff", "--out", file.toString());
        String changedName;
        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            Row row = rowWithCode(sheet, "CB0010");
            changedName = row.getCell(2).getStringCellValue();
            row.getCell(5).setCellValue("Chuyên viên cao cấp");
            row.getCell(13).setCellValue("Thạc sĩ");
            fill(sheet.createRow(sheet.getLastRowNum() + 1), "", "", "Lục Thị Thanh Nhàn", "Nữ", "05/01/1990",
                    "Biên dịch viên", "TTTTDVĐN", "Viên chức");
            save(wb, file);
        }
        String before = run(data, "list", "staff").out();

        CliRun dry = run(data, "import", "staff", file.toString(), "--dry-run");

        assertEquals(new CliRun(0, String.join("\n",
                "Thêm: Lục Thị Thanh Nhàn (Trung tâm Thông tin và Dịch vụ đối ngoại)",
                "Sửa: CB0010 " + changedName + " — Chức vụ, Trình độ chuyên môn",
                "Chạy thử: sẽ thêm 1 người, sửa 1 người. Chưa ghi gì.") + "\n", ""), dry);
        assertEquals(before, run(data, "list", "staff").out());

        CliRun applied = run(data, "import", "staff", file.toString());

        assertEquals(0, applied.status(), applied.err());
        assertEquals("Đã nhập: thêm 1 người, sửa 1 người.", applied.outLines().get(applied.outLines().size() - 1));
        List<String> after = run(data, "list", "staff").outLines();
        assertEquals(42, after.size());
        assertEquals(1, after.stream().filter(l -> l.contains("\tCB0042\tLục Thị Thanh Nhàn\tNữ\t05/01/1990\tBiên dịch viên\t"
                + "Trung tâm Thông tin và Dịch vụ đối ngoại\tViên chức\t")).count());
    }

    @Test
    void aRejectedImportFailsWithEveryProblemOnStandardErrorAndWritesNothing() throws IOException {
        Path data = demoCopy();
        Path file = dir.resolve("loi.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            fill(sheet.createRow(0), "STT", "Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Đơn vị");
            fill(sheet.createRow(1), "1", "", "", "Nữ", "", "Chuyên viên", "Ban Giám đốc");
            fill(sheet.createRow(2), "2", "", "Nông Văn Hùng", "Nam", "", "", "Phòng Tổ chức");
            fill(sheet.createRow(3), "3", "", "Hà Thị Ngọc", "Nữ", "31/02/1990", "", "Ban Giám đốc");
            save(wb, file);
        }
        String before = run(data, "list", "staff").out();

        CliRun r = run(data, "import", "staff", file.toString(), "--dry-run");

        assertEquals(new CliRun(1, "", String.join("\n",
                "Tệp loi.xlsx bị từ chối: 3 lỗi, không có dữ liệu nào được nhập.",
                "  Dòng 2, cột \"Họ và tên\": thiếu họ và tên.",
                "  Dòng 3, cột \"Đơn vị\": không có đơn vị \"Phòng Tổ chức\" trong danh sách đơn vị.",
                "  Dòng 4, cột \"Ngày sinh\": ngày \"31/02/1990\" không hợp lệ (cần dạng ngày/tháng/năm, ví dụ 05/01/1990).")
                + "\n"), r);
        assertEquals(1, run(data, "import", "staff", file.toString()).status(), "refused without --dry-run too");
        assertEquals(before, run(data, "list", "staff").out());
    }

    @Test
    void helpWorksForTheProgramAndEveryCommandWithoutTouchingTheDataFolder() {
        Path data = dir.resolve("khong-tao");
        Map<String, String> env = Map.of("THIDUA_DATA", data.toString());
        CliRun programHelp = run(env, "--help");
        assertEquals(List.of(0, "ThiĐua – quản lý thi đua, khen thưởng", ""),
                List.of(programHelp.status(), programHelp.outLines().get(0), programHelp.err()));
        assertEquals(List.of(programHelp, programHelp), List.of(run(env, "-h"), run(env, "help")));
        assertEquals(new CliRun(2, programHelp.out(), ""), run(env), "no command at all: the help, as a usage error");

        Map<String, String> usage = Map.of(
                "demo", "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] demo",
                "list", "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] list units|staff|plans|meetings|decisions | list nominations --plan MÃ",
                "copy", "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] copy plan MÃ",
                "export", "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] export staff|plan|registrations|petition|minutes|dossier|nominations …",
                "import", "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] import staff TỆP.xlsx [--dry-run]");
        usage.forEach((command, firstLine) -> {
            CliRun r = run(env, command, "--help");
            assertEquals(List.of(0, firstLine, ""), List.of(r.status(), r.outLines().get(0), r.err()), command);
            assertEquals(r, run(env, command, "staff", "-h"), "help also after other words: " + command);
        });
        assertFalse(Files.exists(data), "help opens no data folder");
    }

    @Test
    void anUnknownCommandIsAVietnameseUsageError() {
        Path data = dir.resolve("khong-tao");
        Map<String, String> env = Map.of("THIDUA_DATA", data.toString());

        assertEquals(new CliRun(2, "", "Không có lệnh \"xoa\".\n" + SEE_HELP + "\n"), run(env, "xoa", "staff"));
        assertEquals(new CliRun(2, "", "Không có lệnh \"xoa\".\n" + SEE_HELP + "\n"), run(env, "xoa", "--help"));
        assertFalse(Files.exists(data));
    }

    @Test
    void wrongArgumentsAreUsageErrorsThatPointToTheHelp() throws IOException {
        Path data = demoCopy();

        assertEquals(new CliRun(2, "", "Cần nói liệt kê gì: list units, list staff, list plans, list meetings, list decisions hoặc list nominations --plan MÃ.\n" + SEE_HELP + "\n"),
                run(data, "list"));
        assertEquals(new CliRun(2, "", "Cần nói liệt kê gì: list units, list staff, list plans, list meetings, list decisions hoặc list nominations --plan MÃ.\n" + SEE_HELP + "\n"),
                run(data, "list", "people"));
        assertEquals(new CliRun(2, "", "Cách dùng: export staff --out TỆP.xlsx\n" + SEE_HELP + "\n"),
                run(data, "export", "staff"));
        assertEquals(new CliRun(2, "", "Cách dùng: import staff TỆP.xlsx [--dry-run]\n" + SEE_HELP + "\n"),
                run(data, "import", "staff"));
        assertEquals(new CliRun(2, "", "Thừa tham số: now\n" + SEE_HELP + "\n"), run(data, "demo", "now"));
        assertEquals(new CliRun(2, "", "Tùy chọn --data cần một thư mục.\n"), run(Map.of(), "list", "units", "--data"));
    }

    @Test
    void anEmptyDataValueIsAnErrorRatherThanTheDefaultFolder() throws IOException {
        Path data = demoCopy();
        Map<String, String> env = Map.of("THIDUA_DATA", data.toString());

        assertEquals(new CliRun(2, "", "Tùy chọn --data cần một thư mục.\n"), run(env, "--data=", "list", "units"),
                "a script's --data=$DIR with DIR unset must not work on another folder");
        assertEquals(new CliRun(2, "", "Tùy chọn --data cần một thư mục.\n"), run(env, "--data", " ", "list", "units"));
    }

    @Test
    void theDataFolderComesFromTheEnvironmentWhenNotGiven() throws IOException {
        Path data = demoCopy();

        CliRun r = run(Map.of("THIDUA_DATA", data.toString()), "list", "units");

        assertEquals(0, r.status(), r.err());
        assertEquals(4, r.outLines().size());
    }

    @Test
    void aDataFolderInUseByAnotherSessionGivesAClearMessage() throws IOException {
        Path data = demoCopy();
        CliRun whileOpen;
        try (Services window = Services.open(data)) {
            whileOpen = run(data, "list", "units");
        }

        assertEquals(new CliRun(1, "", "Lỗi: Thư mục dữ liệu " + data + " đang được một phiên ThiĐua khác (cửa sổ hoặc "
                + "dòng lệnh) sử dụng. Hãy dùng cửa sổ đang mở, hoặc đóng nó rồi mở lại.\n"), whileOpen);
        assertEquals(0, run(data, "list", "units").status(), "usable again once the other session closed");
    }

    @Test
    void checkPrintsEachNominationsVerdictWithItsFindingsAndThePlansQuotas() throws IOException {
        Path data = demoCopy();

        CliRun year = run(data, "check", "--year", "2025", "--date", "20/12/2025");

        assertEquals(0, year.status(), year.err());
        List<String> lines = year.out().lines().toList();
        assertEquals("Kiểm tra hồ sơ đề nghị tổng kết năm 2025 (ngày quyết định 20/12/2025)", lines.get(0));
        String refused = lines.stream().filter(l -> l.contains("\tChưa đủ tiêu chuẩn\t")).findFirst().orElseThrow();
        assertTrue(refused.endsWith("\tChiến sĩ thi đua cơ sở\tChưa đủ tiêu chuẩn\tCách 1: 2025: hoàn thành tốt nhiệm vụ ✗ "
                + "— cần hoàn thành xuất sắc nhiệm vụ"), refused);
        assertTrue(lines.contains("    Cách 2: 2025: 0 sáng kiến cấp cơ sở trở lên ✗ — cần ít nhất 1 sáng kiến cấp cơ sở "
                + "trở lên"), year.out());
        assertEquals(1, lines.stream().filter(l -> l.contains("\tChưa đủ tiêu chuẩn\t")).count(), year.out());

        CliRun plan = run(data, "check", "--plan", "1", "--date", "10/11/2025");
        assertEquals(0, plan.status(), plan.err());
        assertTrue(plan.out().contains("Giấy khen của Giám đốc Sở (cá nhân)\t4/3\tVượt\t03\n    1. "), plan.out());
        assertTrue(plan.out().contains("Giấy khen của Giám đốc Sở (tập thể)\t1/1\tTrong giới hạn\t01\n"), plan.out());

        assertEquals(2, run(data, "check", "--plan", "một").status());
        assertEquals(2, run(data, "check", "--plan", "1", "--date", "31/02/2025").status());
        CliRun unknown = run(data, "check", "--plan", "99");
        assertEquals(new CliRun(1, "", "Lỗi: Không có kế hoạch mã số 99.\n"), unknown);
    }

    @Test
    void listNominationsAndMeetingsPrintIdFirstTabSeparated() throws IOException {
        Path data = demoCopy();
        NominationFixture f;
        try (Services s = Services.open(data)) {
            f = NominationFixture.onDemo(s, 1, 3, true);
        }
        String planId = f.plan.id().toString();

        CliRun nominations = run(data, "list", "nominations", "--plan", planId);
        assertEquals(List.of(0, ""), List.of(nominations.status(), nominations.err()));
        assertEquals(4, nominations.outLines().size());
        List<String> first = List.of(nominations.outLines().get(0).split("\t", -1));
        assertEquals(List.of(f.nominations.get(0).toString(), "Giấy khen của Giám đốc Sở", "Hội đồng đã xét", "18/12/2025"),
                List.of(first.get(0), first.get(2), first.get(3), first.get(4)));

        CliRun meetings = run(data, "list", "meetings");
        assertEquals(new CliRun(0, f.meetingId + "\t18/12/2025\t01\t\t5/6\tĐã kết thúc\n", ""), meetings);

        assertEquals(new CliRun(1, "", "Lỗi: Không có kế hoạch mã số 999.\n"), run(data, "list", "nominations", "--plan", "999"));
        assertEquals(new CliRun(2, "", "Cách dùng: list nominations --plan MÃ\n" + SEE_HELP + "\n"),
                run(data, "list", "nominations"));
    }

    @Test
    void exportPetitionMinutesDossierAndNominationsWriteTheirFiles() throws IOException {
        Path data = demoCopy();
        NominationFixture f;
        try (Services s = Services.open(data)) {
            f = NominationFixture.onDemo(s, 1, 3, true);
        }
        String plan = f.plan.id().toString();
        String title = f.plan.title();
        Path petition = dir.resolve("TTr.docx");
        assertEquals(new CliRun(0, "Đã in tờ trình đề nghị khen thưởng 3 hồ sơ của kế hoạch \"" + title + "\" ra "
                + petition.toAbsolutePath() + ".\n", ""), run(data, "export", "petition", "--plan", plan, "--out",
                petition.toString()));
        assertEquals(List.of("TỜ TRÌNH", "TỜ TRÌNH"), typeLines(petition));

        Path minutes = dir.resolve("BB.docx");
        assertEquals(new CliRun(0, "Đã in biên bản họp Hội đồng ngày 18/12/2025 ra " + minutes.toAbsolutePath() + ".\n", ""),
                run(data, "export", "minutes", "--meeting", f.meetingId.toString(), "--out", minutes.toString()));
        assertEquals(List.of("BIÊN BẢN"), typeLines(minutes));

        Path one = dir.resolve("ho-so-1.docx");
        assertEquals(0, run(data, "export", "dossier", "--nomination", f.nominations.get(0).toString(), "--out",
                one.toString()).status());
        assertEquals(List.of("TỜ TRÌNH", "BIÊN BẢN", "BÁO CÁO THÀNH TÍCH", "TÓM TẮT THÀNH TÍCH", "DANH MỤC HỒ SƠ"),
                typeLines(one));

        Path whole = dir.resolve("ho-so.docx");
        CliRun r = run(data, "export", "dossier", "--plan", plan, "--out", whole.toString());
        assertEquals(new CliRun(0, "Đã in cả bộ hồ sơ của 3 tập thể, cá nhân theo kế hoạch \"" + title + "\" ra "
                + whole.toAbsolutePath() + ".\n", ""), r);
        assertEquals(List.of("TỜ TRÌNH", "TỜ TRÌNH", "BIÊN BẢN", "TÓM TẮT THÀNH TÍCH", "BÁO CÁO THÀNH TÍCH",
                "BÁO CÁO THÀNH TÍCH", "BÁO CÁO THÀNH TÍCH"), typeLines(whole));

        Path list = dir.resolve("DS.xlsx");
        assertEquals(new CliRun(0, "Đã xuất danh sách 4 hồ sơ đề nghị khen thưởng của kế hoạch \"" + title + "\" ra "
                + list.toAbsolutePath() + ".\n", ""), run(data, "export", "nominations", "--plan", plan, "--out",
                list.toString()));
        try (Workbook wb = open(list)) {
            assertEquals(List.of("Danh sách đề nghị", "Kết quả bỏ phiếu"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1)));
        }
    }

    @Test
    void theNominationExportsRefuseUnknownIdsBadIdsAndAFileThatCannotBeWritten() throws IOException {
        Path data = demoCopy();
        NominationFixture f;
        try (Services s = Services.open(data)) {
            f = NominationFixture.onDemo(s, 0, 3, true);
        }
        Path file = dir.resolve("x.docx");
        assertEquals(new CliRun(1, "", "Lỗi: Không có cuộc họp số 999.\n"),
                run(data, "export", "minutes", "--meeting", "999", "--out", file.toString()));
        assertEquals(new CliRun(1, "", "Lỗi: Không có hồ sơ đề nghị số 999.\n"),
                run(data, "export", "dossier", "--nomination", "999", "--out", file.toString()));
        assertEquals(new CliRun(1, "", "Lỗi: Không có kế hoạch mã số 999.\n"),
                run(data, "export", "petition", "--plan", "999", "--out", file.toString()));
        assertEquals(new CliRun(1, "", "Lỗi: Không có kế hoạch mã số 999.\n"),
                run(data, "export", "nominations", "--plan", "999", "--out", dir.resolve("x.xlsx").toString()));
        assertFalse(Files.exists(file));
        assertEquals(new CliRun(2, "", "Mã số cuộc họp \"abc\" không hợp lệ: cần một số (xem list meetings).\n" + SEE_HELP
                + "\n"), run(data, "export", "minutes", "--meeting", "abc", "--out", file.toString()));
        assertEquals(new CliRun(2, "", "Cách dùng: export dossier --nomination MÃ --out TỆP.docx, hoặc export dossier "
                + "--plan MÃ --out TỆP.docx\n" + SEE_HELP + "\n"), run(data, "export", "dossier", "--out", file.toString()));

        Path notAFolder = Files.writeString(dir.resolve("tep-thuong"), "x");
        Path inside = notAFolder.resolve("BB.docx");
        CliRun r = run(data, "export", "minutes", "--meeting", f.meetingId.toString(), "--out", inside.toString());
        assertEquals(List.of(1, ""), List.of(r.status(), r.out()));
        assertTrue(r.err().startsWith("Lỗi: Không ghi được tệp " + inside + ": "), r.err());

        CliRun help = run(data, "export", "dossier", "--help");
        assertEquals(List.of(0, "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] export dossier --nomination MÃ|--plan MÃ "
                + "--out TỆP.docx"), List.of(help.status(), help.outLines().get(0)));
    }

    @Test
    void listDecisionsPrintsIdFirstTabSeparatedAndTheDecisionExportsWriteTheirFiles() throws IOException {
        Path data = demoCopy();
        long signedId;
        long draftId;
        String plan;
        long yearEndTitle;
        long yearEndUnit;
        try (Services s = Services.open(data)) {
            // The demo signed three decisions: 01 the movement's Giấy khen, 02 CSTĐ cơ sở and 03 Tập thể LĐTT of 2025.
            Map<String, Long> bySymbol = s.decisions().all().stream()
                    .collect(java.util.stream.Collectors.toMap(d -> d.symbol(), d -> d.id()));
            Decision signed = s.decisions().get(bySymbol.get("01/QĐ-SNgV"));
            yearEndTitle = bySymbol.get("02/QĐ-SNgV");
            yearEndUnit = bySymbol.get("03/QĐ-SNgV");
            Decision draft = s.decisionDrafts().fromMeeting(DecisionFixture.meetingOn(s, LocalDate.of(2025, 12, 18)),
                    DecisionFixture.formId(s, "CSTD_CS"), LocalDate.of(2025, 12, 19));
            signedId = signed.id();
            draftId = draft.id();
            plan = signed.planId().toString();
        }

        CliRun list = run(data, "list", "decisions");
        assertEquals(List.of(0, ""), List.of(list.status(), list.err()));
        assertEquals(List.of(
                draftId + "\t/QĐ-SNgV\t\tGiám đốc Sở Ngoại vụ\tVề việc tặng Chiến sĩ thi đua cơ sở cho 01 cá nhân"
                        + "\t0/1\t0\tDự thảo",
                yearEndUnit + "\t03/QĐ-SNgV\t22/12/2025\tGiám đốc Sở Ngoại vụ\tVề việc tặng Tập thể lao động tiên tiến cho 01 "
                        + "tập thể\t1/0\t1.880.000\tĐã ký",
                yearEndTitle + "\t02/QĐ-SNgV\t22/12/2025\tGiám đốc Sở Ngoại vụ\tVề việc tặng Chiến sĩ thi đua cơ sở cho 01 "
                        + "cá nhân\t0/1\t2.340.000\tĐã ký",
                signedId + "\t01/QĐ-SNgV\t10/11/2025\tGiám đốc Sở Ngoại vụ\tVề việc tặng Giấy khen của Giám đốc Sở cho 01 "
                        + "tập thể, 03 cá nhân\t1/3\t3.540.000\tĐã ký"), list.outLines());

        Path decision = dir.resolve("QD.docx");
        assertEquals(new CliRun(0, "Đã in quyết định 01/QĐ-SNgV ra " + decision.toAbsolutePath() + ".\n", ""),
                run(data, "export", "decision", "--id", String.valueOf(signedId), "--out", decision.toString()));
        assertEquals(List.of("QUYẾT ĐỊNH"), typeLines(decision));
        Path draft = dir.resolve("QD-du-thao.docx");
        assertEquals(new CliRun(0, "Đã in dự thảo quyết định (mã số " + draftId + ") ra " + draft.toAbsolutePath() + ".\n",
                ""), run(data, "export", "decision", "--id", String.valueOf(draftId), "--out", draft.toString()));

        Path full = dir.resolve("GK.docx");
        assertEquals(new CliRun(0, "Đã in 4 giấy khen của quyết định 01/QĐ-SNgV ra " + full.toAbsolutePath() + ".\n", ""),
                run(data, "export", "certificates", "--decision", String.valueOf(signedId), "--out", full.toString()));
        Path blank = dir.resolve("GK-phoi.docx");
        assertEquals(new CliRun(0, "Đã in 4 giấy khen của quyết định 01/QĐ-SNgV lên phôi in sẵn ra "
                + blank.toAbsolutePath() + ".\n", ""), run(data, "export", "certificates", "--blank", "--decision",
                String.valueOf(signedId), "--out", blank.toString()));
        try (InputStream in = Files.newInputStream(full); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("GIẤY KHEN")));
        }
        try (InputStream in = Files.newInputStream(blank); XWPFDocument doc = new XWPFDocument(in)) {
            assertFalse(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("GIẤY KHEN")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Bà Đặng Thu Mai")));
        }

        Path report = dir.resolve("BC.docx");
        CliRun r = run(data, "export", "report", "--plan", plan, "--out", report.toString());
        assertEquals(List.of(0, ""), List.of(r.status(), r.err()));
        assertTrue(r.out().startsWith("Đã in báo cáo tổng kết phong trào của kế hoạch \"Phát động phong trào thi đua đặc "
                + "biệt"), r.out());
        assertEquals(List.of("BÁO CÁO"), typeLines(report));
    }

    @Test
    void theDecisionCommandsRefuseDraftsUnknownIdsAndWrongUsage() throws IOException {
        Path data = demoCopy();
        long draftId;
        try (Services s = Services.open(data)) {
            draftId = s.decisionDrafts().fromMeeting(DecisionFixture.meetingOn(s, LocalDate.of(2025, 12, 18)),
                    DecisionFixture.formId(s, "CSTD_CS"), LocalDate.of(2025, 12, 19)).id();
        }
        Path file = dir.resolve("x.docx");
        assertEquals(new CliRun(1, "", "Lỗi: Quyết định chưa ký: chưa in được giấy khen.\n"),
                run(data, "export", "certificates", "--decision", String.valueOf(draftId), "--out", file.toString()));
        assertEquals(new CliRun(1, "", "Lỗi: Không có quyết định số 999.\n"),
                run(data, "export", "decision", "--id", "999", "--out", file.toString()));
        assertEquals(new CliRun(1, "", "Lỗi: Không có kế hoạch mã số 999.\n"),
                run(data, "export", "report", "--plan", "999", "--out", file.toString()));
        assertFalse(Files.exists(file));
        assertEquals(new CliRun(2, "", "Mã số quyết định \"abc\" không hợp lệ: cần một số (xem list decisions).\n"
                + SEE_HELP + "\n"), run(data, "export", "decision", "--id", "abc", "--out", file.toString()));
        assertEquals(new CliRun(2, "", "Cách dùng: export certificates --decision MÃ --out TỆP.docx [--blank]\n" + SEE_HELP
                + "\n"), run(data, "export", "certificates", "--out", file.toString()));
        assertEquals(new CliRun(2, "", "Cách dùng: export report --plan MÃ --out TỆP.docx\n" + SEE_HELP + "\n"),
                run(data, "export", "report", "--plan", "1"));
        assertEquals(new CliRun(2, "", "Cách dùng: list decisions\n" + SEE_HELP + "\n"), run(data, "list", "decisions", "all"));

        Map<String, String> usage = Map.of(
                "decision", "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] export decision --id MÃ --out TỆP.docx",
                "certificates", "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] export certificates --decision MÃ --out "
                        + "TỆP.docx [--blank]",
                "report", "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] export report --plan MÃ --out TỆP.docx");
        usage.forEach((what, firstLine) -> {
            CliRun help = run(data, "export", what, "--help");
            assertEquals(List.of(0, firstLine, ""), List.of(help.status(), help.outLines().get(0), help.err()), what);
        });
        CliRun listHelp = run(data, "list", "decisions", "--help");
        assertEquals(List.of(0, "Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] list decisions"),
                List.of(listHelp.status(), listHelp.outLines().get(0)));
    }

    private static List<String> typeLines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().filter(p -> "ND30Type".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void exportRegisterWritesTheYearsAwardsWithATotalsRow() throws IOException {
        Path data = demoCopy();
        Path file = dir.resolve("so khen thuong.xlsx");

        CliRun r = run(data, "export", "register", "--from", "2022", "--to", "2024", "--out", file.toString());

        assertEquals(0, r.status(), r.err());
        int count = Integer.parseInt(r.out().replaceAll("^Đã xuất (\\d+) lượt khen thưởng từ năm 2022 đến năm 2024 ra .*\\s*$",
                "$1"));
        assertTrue(count > 100, r.out());
        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertEquals("SỔ KHEN THƯỞNG", f.formatCellValue(sheet.getRow(2).getCell(0)));
            assertEquals("Từ năm 2022 đến năm 2024", f.formatCellValue(sheet.getRow(3).getCell(0)));
            assertEquals("Họ và tên / Tên tập thể", f.formatCellValue(sheet.getRow(5).getCell(1)));
            assertEquals(6 + count, sheet.getLastRowNum());
            assertTrue(f.formatCellValue(sheet.getRow(6 + count).getCell(0)).startsWith("Tổng cộng: " + count + " lượt"));
        }
        assertEquals(new CliRun(2, "", "Năm bắt đầu 2024 sau năm kết thúc 2022.\n" + SEE_HELP + "\n"),
                run(data, "export", "register", "--from", "2024", "--to", "2022", "--out", file.toString()));
        assertEquals(new CliRun(2, "", "Cách dùng: export register --from NĂM --to NĂM --out TỆP.xlsx\n" + SEE_HELP + "\n"),
                run(data, "export", "register", "--from", "2022", "--out", file.toString()));
    }

    @Test
    void exportStatisticsCountsTheYearsAwardsByClassOfRecipient() throws IOException {
        Path data = demoCopy();
        Path file = dir.resolve("thong ke.xlsx");

        CliRun r = run(data, "export", "statistics", "--from", "2022", "--to", "2024", "--out", file.toString());

        assertEquals(0, r.status(), r.err());
        int count = Integer.parseInt(r.out().replaceAll("^Đã ghi thống kê khen thưởng theo đối tượng \\((\\d+) khen thưởng.*\\s*$",
                "$1"));
        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertEquals("THỐNG KÊ KHEN THƯỞNG THEO ĐỐI TƯỢNG", f.formatCellValue(sheet.getRow(2).getCell(0)));
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Tổng cộng", f.formatCellValue(total.getCell(0)));
            assertEquals(count, (int) total.getCell(17).getNumericCellValue(), "the file counts what the register holds");
        }
        assertEquals(new CliRun(2, "", "Cách dùng: export statistics --from NĂM --to NĂM --out TỆP.xlsx\n" + SEE_HELP + "\n"),
                run(data, "export", "statistics", "--to", "2024", "--out", file.toString()));
    }

    @Test
    void exportSummaryCountsAwardsByUnitAndFormForAYearOrAPlan() throws IOException {
        Path data = demoCopy();
        Path file = dir.resolve("tong hop.xlsx");

        CliRun year = run(data, "export", "summary", "--year", "2024", "--out", file.toString());

        assertEquals(0, year.status(), year.err());
        assertTrue(year.out().startsWith("Đã xuất tổng hợp "), year.out());
        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertEquals("TỔNG HỢP KHEN THƯỞNG THEO ĐƠN VỊ VÀ HÌNH THỨC", f.formatCellValue(sheet.getRow(2).getCell(0)));
            assertEquals("Năm 2024", f.formatCellValue(sheet.getRow(3).getCell(0)));
            assertEquals("Đơn vị", f.formatCellValue(sheet.getRow(5).getCell(1)));
            assertEquals("Tổng cộng", f.formatCellValue(sheet.getRow(sheet.getLastRowNum()).getCell(0)));
        }
        String planId = run(data, "list", "plans").outLines().get(0).split("\t")[0];
        CliRun plan = run(data, "export", "summary", "--plan", planId, "--out", file.toString());
        assertEquals(0, plan.status(), plan.err());
        assertEquals(new CliRun(1, "", "Lỗi: Không có kế hoạch mã số 999.\n"),
                run(data, "export", "summary", "--plan", "999", "--out", file.toString()));
    }

    @Test
    void importRegisterDryRunThenAllOrNothing() throws IOException {
        Path data = demoCopy();
        String person = run(data, "list", "staff").outLines().get(5).split("\t")[2];
        Path good = dir.resolve("khen thuong cu.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            fill(sheet.createRow(0), "STT", "Họ và tên", "Đơn vị", "Hình thức", "Năm", "Số quyết định", "Mức thưởng");
            fill(sheet.createRow(1), "1", person, "", "Giấy khen", "2019", "15/QĐ-SNgV", "390000");
            fill(sheet.createRow(2), "2", "Ban Giám đốc", "", "Bằng khen tỉnh", "2019", "99/QĐ-UBND", "");
            save(wb, good);
        }
        Path summary = dir.resolve("nam 2019.xlsx");
        String before = run(data, "export", "register", "--from", "2019", "--to", "2019", "--out", summary.toString()).out();
        assertTrue(before.startsWith("Đã xuất 0 lượt"), before);

        CliRun dry = run(data, "import", "register", good.toString(), "--dry-run");

        assertEquals(new CliRun(0, String.join("\n",
                "Thêm: " + person + " — Giấy khen của Giám đốc Sở năm 2019 15/QĐ-SNgV",
                "Thêm: Ban Giám đốc — Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2019 99/QĐ-UBND",
                "Chạy thử: sẽ nhập 2 lượt khen thưởng (1 tập thể, 1 cá nhân). Chưa ghi gì.") + "\n", ""), dry);
        assertEquals(before, run(data, "export", "register", "--from", "2019", "--to", "2019", "--out",
                summary.toString()).out());

        CliRun applied = run(data, "import", "register", good.toString());
        assertEquals(0, applied.status(), applied.err());
        assertTrue(run(data, "export", "register", "--from", "2019", "--to", "2019", "--out", summary.toString()).out()
                .startsWith("Đã xuất 2 lượt"));

        Path bad = dir.resolve("loi.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            fill(sheet.createRow(0), "STT", "Họ và tên", "Hình thức", "Năm");
            fill(sheet.createRow(1), "1", person, "Giấy khen", "2018");
            fill(sheet.createRow(2), "2", "Nguyễn Văn Vắng", "Giấy khen", "2018");
            fill(sheet.createRow(3), "3", person, "Huy chương", "2018");
            save(wb, bad);
        }
        assertEquals(new CliRun(1, "", String.join("\n",
                "Tệp loi.xlsx bị từ chối: 2 lỗi, không có dữ liệu nào được nhập.",
                "  Dòng 3, cột \"Họ và tên / Tên tập thể\": không có cán bộ nào tên \"Nguyễn Văn Vắng\" và cũng không có "
                        + "đơn vị nào tên như vậy.",
                "  Dòng 4, cột \"Hình thức / danh hiệu\": không có hình thức khen thưởng hay danh hiệu \"Huy chương\" "
                        + "trong danh mục.") + "\n"), run(data, "import", "register", bad.toString()));
        assertTrue(run(data, "export", "register", "--from", "2018", "--to", "2018", "--out", summary.toString()).out()
                .startsWith("Đã xuất 0 lượt"), "nothing of the refused file was written");
        assertEquals(new CliRun(2, "", "Cách dùng: import register TỆP.xlsx [--dry-run]\n" + SEE_HELP + "\n"),
                run(data, "import", "register"));
        CliRun help = run(data, "import", "register", "--help");
        assertEquals("Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] import register TỆP.xlsx [--dry-run]",
                help.outLines().get(0));
        assertEquals("Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] export register --from NĂM --to NĂM --out TỆP.xlsx",
                run(data, "export", "register", "--help").outLines().get(0));
    }

    private static List<String> codesIn(Path file) throws IOException {
        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> codes = new ArrayList<>();
            for (int r = 6; r <= sheet.getLastRowNum(); r++) {
                codes.add(new DataFormatter().formatCellValue(sheet.getRow(r).getCell(1)));
            }
            return codes;
        }
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static Row rowWithCode(Sheet sheet, String code) {
        for (Row row : sheet) {
            Cell c = row.getCell(1);
            if (c != null && new DataFormatter().formatCellValue(c).equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row with code " + code);
    }

    private static void fill(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
