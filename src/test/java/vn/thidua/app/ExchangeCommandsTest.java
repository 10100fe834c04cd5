package vn.thidua.app;

import static vn.thidua.app.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.common.text.VietDates;

/** The exchange and change-log commands run in-process, with their output and exit status. */
class ExchangeCommandsTest {

    private static final String SEE_HELP = "Xem hướng dẫn: java -jar thidua.jar --help";

    @TempDir
    Path dir;

    @Test
    void aPlanGoesFromOneDataFolderToAnotherAndASecondImportSkipsItsNominations() {
        Path sender = dir.resolve("gui");
        assertEquals(0, run(sender, "demo").status());
        long plan;
        try (Services s = Services.open(sender)) {
            plan = s.plans().all().stream().max(java.util.Comparator.comparing(p -> s.nominations().forPlan(p.id()).size()))
                    .orElseThrow().id();
        }
        Path file = dir.resolve("ke hoach.tdx");

        CliRun export = run(sender, "exchange", "export", "--plan", String.valueOf(plan), "--out", file.toString());
        assertEquals(0, export.status(), export.err());
        assertTrue(export.out().startsWith("Đã xuất kế hoạch \""), export.out());
        assertTrue(Files.isRegularFile(file));

        Path receiver = dir.resolve("nhan");
        CliRun trial = run(receiver, "exchange", "import", file.toString(), "--dry-run");
        assertEquals(0, trial.status(), trial.err());
        assertTrue(trial.out().contains("Chưa ghi gì."), trial.out());
        CliRun first = run(receiver, "exchange", "import", file.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().lines().anyMatch(l -> l.startsWith("Thêm: Thêm kế hoạch")), first.out());
        assertTrue(first.out().lines().anyMatch(l -> l.startsWith("Đã nhập kế hoạch")), first.out());

        CliRun second = run(receiver, "exchange", "import", file.toString());
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().lines().anyMatch(l -> l.startsWith("Bỏ qua: Bỏ qua hồ sơ đề nghị của")), second.out());
        assertTrue(second.out().contains(": thêm 0 hồ sơ đề nghị, bỏ qua "), second.out());
    }

    @Test
    void aFileThatIsNotAnExchangeFileIsRefusedWithStatusOne() throws IOException {
        Path junk = dir.resolve("rac.tdx");
        Files.writeString(junk, "không phải tệp zip");

        CliRun r = run(dir.resolve("data"), "exchange", "import", junk.toString());

        assertEquals(new CliRun(1, "", "Lỗi: Tệp rac.tdx bị hỏng hoặc không phải tệp trao đổi của ThiĐua. "
                + "Không có dữ liệu nào được nhập.\n"), r);
    }

    @Test
    void wrongUsageSaysHowAndHelpExplains() {
        Path data = dir.resolve("data");
        assertEquals(new CliRun(2, "", "Cách dùng: exchange export --plan MÃ --out TỆP.tdx | exchange import TỆP.tdx "
                + "[--dry-run]\n" + SEE_HELP + "\n"), run(data, "exchange", "export", "--plan", "x", "--out", "a.tdx"));
        assertEquals(2, run(data, "exchange").status());
        assertEquals(2, run(data, "audit", "--from", "01/01/2026").status());
        CliRun help = run(data, "exchange", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] exchange export"), help.out());
        assertTrue(run(data, "audit", "--help").out().startsWith("Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] audit"));
        assertTrue(run(Map.of(), "--help").out().contains("exchange import TỆP.tdx"));
    }

    @Test
    void theAuditCommandWritesTheDaysChangesToExcelAndRefusesABadDate() throws IOException {
        Path data = dir.resolve("data");
        try (Services s = Services.open(data)) {
            s.catalogue().saveBaseSalary(new BaseSalary(null, LocalDate.of(2026, 7, 1), 2_530_000, null));
        }
        String today = VietDates.format(LocalDate.now());
        Path out = dir.resolve("nhat ky.xlsx");

        CliRun r = run(data, "audit", "--from", today, "--to", today, "--out", out.toString());

        assertEquals(new CliRun(0, "Đã xuất 1 dòng nhật ký thay đổi từ " + today + " đến " + today + " ra "
                + out.toAbsolutePath() + "\n", ""), new CliRun(r.status(), r.out().replace(".\n", "\n"), r.err()));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Mức lương cơ sở", wb.getSheetAt(0).getRow(4).getCell(4).getStringCellValue());
        }
        assertEquals(new CliRun(2, "", "Ngày \"31/02/2026\" không hợp lệ: cần dạng dd/mm/yyyy.\n"),
                run(data, "audit", "--from", "31/02/2026", "--to", today, "--out", out.toString()));
    }
}
