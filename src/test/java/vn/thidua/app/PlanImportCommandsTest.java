package vn.thidua.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.planimport.logic.ImportFixtures;

class PlanImportCommandsTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("data"), args);
    }

    private Path seed(String name) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, ImportFixtures.bytes(name));
        return f;
    }

    @Test
    void importPlanSavesADraftAndPrintsEachFieldWithItsSourceLine() throws Exception {
        CliRun r = run("import", "plan", seed(ImportFixtures.SEED_003 + ".docx").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Đã lưu dự thảo kế hoạch mã 1: Phát động phong trào thi đua “100 ngày đêm"), r.out());
        assertTrue(r.out().contains("Người ký\tTô Thị Trang\tChắc chắn\tdòng 75: Tô Thị Trang"), r.out());
        assertTrue(r.out().contains("Thời gian thi đua\tTừ ngày 10/2/2026 đến ngày 20/5/2026\tChắc chắn\tdòng 62:"), r.out());
        CliRun list = run("list", "plans");
        assertTrue(list.out().contains("Phát động phong trào thi đua “100 ngày đêm"), list.out());
    }

    @Test
    void pastedTextInATxtFileImportsToo() throws Exception {
        CliRun r = run("import", "plan", seed(ImportFixtures.SEED_001 + ".txt").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Người ký\tTrịnh Tuyết Mai"), r.out());
    }

    @Test
    void jsonPrintsTheFieldsAndSavesNothing() throws Exception {
        CliRun r = run("import", "plan", seed(ImportFixtures.SEED_002 + ".docx").toString(), "--json");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"kind\" : \"TASK_PLAN\""));
        assertTrue(r.out().contains("\"field\" : \"TITLE\""));
        assertTrue(r.out().contains("\"tasks\""));
        assertFalse(Files.exists(dir.resolve("data")), "the data folder is not even opened");
    }

    @Test
    void anUnreadableFileExitsNonZeroWithAVietnameseMessage() throws Exception {
        Path bad = dir.resolve("hong.docx");
        Files.write(bad, "không phải Word".getBytes(StandardCharsets.UTF_8));
        CliRun r = run("import", "plan", bad.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("không phải tệp Word (.docx) đọc được"), r.err());
        assertEquals(2, run("import", "plan").status());
        assertTrue(run("import", "plan", "--help").out().contains("import plan TỆP.docx"));
    }

    @Test
    void aKeyTaskPlanIsListedAndRefusedInAnOfficeWithoutUnits() throws Exception {
        CliRun r = run("import", "plan", seed(ImportFixtures.SEED_002 + ".docx").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("nhập các đơn vị trước khi nhập kế hoạch nhiệm vụ trọng tâm"), r.err());
        assertTrue(r.out().contains("Trích yếu\tTriển khai nhiệm vụ trọng tâm"), r.out());
    }
}
