package vn.thidua.app;

import static vn.thidua.app.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code export forms} run in-process on the demo office, as the other command tests run theirs. */
class FormCommandsTest {

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
    void exportFormsWritesTheFiveFormsOfTheYear() throws IOException {
        Path data = demoCopy();
        Path file = dir.resolve("bieu 2024.xlsx");
        CliRun r = run(data, "export", "forms", "--year", "2024", "--out", file.toString());

        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Đã ghi các biểu thống kê 0601–0605 năm 2024 ("), r.out());
        assertTrue(r.out().endsWith(" vào " + file.toAbsolutePath() + "\n"), r.out());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(5, wb.getNumberOfSheets());
            assertEquals("Biểu số: 0603.N/BNV-TĐKT", wb.getSheetAt(2).getRow(0).getCell(0).getStringCellValue());
            assertEquals("Thời điểm báo cáo: Năm 2024", wb.getSheetAt(2).getRow(5).getCell(0).getStringCellValue());
        }
    }

    @Test
    void badYearsAndUsageAreRefusedWithVietnameseMessages() {
        Path data = demoCopy();
        Path file = dir.resolve("bieu.xlsx");
        assertEquals(new CliRun(2, "", "Năm \"hai nghìn\" không hợp lệ: cần một số, ví dụ 2025.\n" + SEE_HELP + "\n"),
                run(data, "export", "forms", "--year", "hai nghìn", "--out", file.toString()));
        assertEquals(new CliRun(2, "", "Năm \"1890\" không hợp lệ: cần một số, ví dụ 2025.\n" + SEE_HELP + "\n"),
                run(data, "export", "forms", "--year", "1890", "--out", file.toString()));
        assertEquals(new CliRun(2, "", "Cách dùng: export forms --year NĂM --out TỆP.xlsx\n" + SEE_HELP + "\n"),
                run(data, "export", "forms", "--year", "2024"));
        assertEquals(new CliRun(2, "", "Cách dùng: export forms --year NĂM --out TỆP.xlsx\n" + SEE_HELP + "\n"),
                run(data, "export", "forms", "--year", "2024", "--from", "2023"));
        assertEquals(new CliRun(1, "", "Lỗi: Năm 2031 chưa có phong trào thi đua đã ban hành hay khen thưởng nào để "
                + "thống kê.\n"), run(data, "export", "forms", "--year", "2031", "--out", file.toString()));
        assertFalse(Files.exists(file));
    }

    @Test
    void anUnwritableFolderIsSaidSo() throws IOException {
        Path data = demoCopy();
        Path notAFolder = Files.writeString(dir.resolve("tep-thuong"), "x");
        CliRun r = run(data, "export", "forms", "--year", "2024", "--out", notAFolder.resolve("bieu.xlsx").toString());

        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Lỗi: Không ghi được tệp " + notAFolder.resolve("bieu.xlsx") + ": "), r.err());
    }

    @Test
    void theHelpNamesTheCommandAndWhatItFills() {
        CliRun r = run(demoCopy(), "export", "forms", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] export forms --year NĂM --out "
                + "TỆP.xlsx"), r.out());
        assertTrue(run(Map.of(), "--help").out().contains("export forms --year NĂM --out TỆP.xlsx"));
    }
}
