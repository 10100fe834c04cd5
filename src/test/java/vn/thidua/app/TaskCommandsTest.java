package vn.thidua.app;

import static vn.thidua.app.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The key-task commands run in-process on the demo office (seed 002 as its 2026 plan), as CliTest runs the others. */
class TaskCommandsTest {

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
    void listTasksPrintsEveryTaskOfTheYearIdFirstTabSeparated() {
        Path data = demoCopy();
        CliRun r = run(data, "list", "tasks", "--year", "2026");

        assertEquals(0, r.status(), r.err());
        List<String[]> rows = r.out().lines().map(l -> l.split("\t", -1)).toList();
        assertEquals(19, rows.size());
        for (String[] row : rows) {
            assertEquals(9, row.length, String.join("|", row));
            assertTrue(row[0].matches("\\d+"), row[0]);
            assertTrue(row[1].equals("A") || row[1].equals("B"));
        }
        assertEquals(4, rows.stream().filter(row -> row[1].equals("A")).count(), "the four key tasks of seed 002");
        String[] first = rows.stream().filter(row -> row[1].equals("A") && row[2].equals("1")).findFirst().orElseThrow();
        // The state and share done (columns 7 and 8) depend on the day the command runs.
        assertEquals(List.of("HTQT-VP", "LS-QLBG", "30/09/2026", "Tiếp tục tham mưu hoàn thiện thể chế trong lĩnh vực "
                + "đối ngoại."), List.of(first[3], first[4], first[5], first[8]));
    }

    @Test
    void badYearsAreRefusedWithVietnameseMessages() {
        Path data = demoCopy();
        assertEquals(new CliRun(2, "", "Năm \"hai nghìn\" không hợp lệ: cần một số, ví dụ 2025.\n" + SEE_HELP + "\n"),
                run(data, "list", "tasks", "--year", "hai nghìn"));
        assertEquals(new CliRun(1, "", "Lỗi: Năm 2031 chưa có kế hoạch nhiệm vụ trọng tâm.\n"),
                run(data, "list", "tasks", "--year", "2031"));
        assertEquals(new CliRun(2, "", "Cách dùng: list tasks --year NĂM\n" + SEE_HELP + "\n"),
                run(data, "list", "tasks"));
    }

    @Test
    void exportTasksWritesTheAppendix() throws IOException {
        Path data = demoCopy();
        Path file = dir.resolve("phu-luc.xlsx");
        CliRun r = run(data, "export", "tasks", "--year", "2026", "--out", file.toString());

        assertEquals(new CliRun(0, "Đã xuất phụ lục 19 nhiệm vụ năm 2026 ra " + file.toAbsolutePath() + ".\n", ""), r);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("PHỤ LỤC TRIỂN KHAI NHIỆM VỤ TRỌNG TÂM VÀ NHIỆM VỤ CÔNG TÁC NĂM 2026",
                    wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void exportProgressWritesTheMonthsQuartersOrYearsReport() throws IOException {
        Path data = demoCopy();
        Path month = dir.resolve("thang-6.docx");
        assertEquals(new CliRun(0, "Đã in báo cáo kết quả thực hiện nhiệm vụ tháng 6 năm 2026 ra "
                + month.toAbsolutePath() + ".\n", ""),
                run(data, "export", "progress", "--year", "2026", "--month", "6", "--out", month.toString()));
        try (InputStream in = Files.newInputStream(month); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains("Kết quả thực hiện nhiệm vụ trọng tâm và nhiệm vụ công tác tháng 6 năm 2026"));
        }
        Path quarter = dir.resolve("quy-2.docx");
        assertEquals(0, run(data, "export", "progress", "--year", "2026", "--quarter", "2", "--out",
                quarter.toString()).status());
        assertTrue(Files.size(quarter) > 0);
    }

    @Test
    void exportProgressRefusesABadPeriodAnUnknownYearAndAFolderThatCannotBeWritten() throws IOException {
        Path data = demoCopy();
        Path file = dir.resolve("bc.docx");
        assertEquals(new CliRun(2, "", "Tháng phải từ 1 đến 12.\n" + SEE_HELP + "\n"),
                run(data, "export", "progress", "--year", "2026", "--month", "13", "--out", file.toString()));
        assertEquals(new CliRun(2, "", "Quý phải từ 1 đến 4.\n" + SEE_HELP + "\n"),
                run(data, "export", "progress", "--year", "2026", "--quarter", "5", "--out", file.toString()));
        assertEquals(2, run(data, "export", "progress", "--year", "2026", "--month", "1", "--quarter", "1",
                "--out", file.toString()).status());
        assertEquals(new CliRun(1, "", "Lỗi: Năm 2020 chưa có kế hoạch nhiệm vụ trọng tâm.\n"),
                run(data, "export", "progress", "--year", "2020", "--out", file.toString()));
        assertFalse(Files.exists(file));

        Path notAFolder = Files.writeString(dir.resolve("tep-thuong"), "x");
        Path inside = notAFolder.resolve("bc.docx");
        CliRun r = run(data, "export", "progress", "--year", "2026", "--out", inside.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("Lỗi: Không ghi được tệp " + inside + ": "), r.err());
        CliRun x = run(data, "export", "tasks", "--year", "2026", "--out", notAFolder.resolve("pl.xlsx").toString());
        assertEquals(1, x.status());
        assertTrue(x.err().startsWith("Lỗi: Không ghi được tệp "), x.err());
    }

    @Test
    void everyTaskCommandHasItsHelp() {
        CliRun list = run(Map.of(), "list", "tasks", "--help");
        CliRun tasks = run(Map.of(), "export", "tasks", "--help");
        CliRun progress = run(Map.of(), "export", "progress", "--help");
        assertEquals(0, list.status() + tasks.status() + progress.status());
        assertTrue(list.out().startsWith("Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] list tasks --year NĂM"));
        assertTrue(tasks.out().startsWith("Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] export tasks"));
        assertTrue(progress.out().contains("--month T | --quarter Q"));
        assertTrue(run(Map.of(), "--help").out().contains("export progress --year NĂM"));
    }
}
