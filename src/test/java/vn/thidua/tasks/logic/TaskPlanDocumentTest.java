package vn.thidua.tasks.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;

/** The demo's seed 002 printed back reads as its paper: the opening, the parts and the key tasks word for word. */
class TaskPlanDocumentTest {

    @TempDir
    Path dir;

    @Test
    void theDemoPlanPrintsAsSeed002WithItsAppendix() throws Exception {
        Path file = dir.resolve("kh.docx");
        try (Services s = Services.open(dir.resolve("data"))) {
            Demo.fill(s.database(), LocalDate.of(2026, 11, 23));
            assertEquals(19, s.taskPrinter().plan(2026, file).tasks());
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> p = doc.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip).toList();
            int type = p.indexOf("KẾ HOẠCH");
            assertTrue(type >= 0, p::toString);
            assertEquals("Triển khai nhiệm vụ trọng tâm và nhiệm vụ công tác của Sở Ngoại vụ năm 2026", p.get(type + 1));
            for (String line : List.of(
                    "Căn cứ Quyết định số 155/QĐ-UBND ngày 27/01/2026 của UBND tỉnh về việc phê duyệt nhiệm vụ trọng tâm năm "
                            + "2026 của các cơ quan, đơn vị trên địa bàn tỉnh; Sở Ngoại vụ xây dựng Kế hoạch triển khai nhiệm "
                            + "vụ trọng tâm và nhiệm vụ công tác năm 2026 với các nội dung sau:",
                    "I. MỤC ĐÍCH, YÊU CẦU",
                    "II. NỘI DUNG, PHÂN CÔNG NHIỆM VỤ",
                    "1. Nhiệm vụ trọng tâm năm 2026 (tại Quyết định số 155/QĐ-UBND ngày 27/01/2026 của UBND tỉnh).",
                    "1.1. Nhiệm vụ cụ thể",
                    "- Nhiệm vụ 1: Tiếp tục tham mưu hoàn thiện thể chế trong lĩnh vực đối ngoại.",
                    "1.2. Phân công thực hiện",
                    "2. Chương trình nhiệm vụ công tác năm 2026",
                    "III. TỔ CHỨC THỰC HIỆN",
                    "PHỤ LỤC")) {
                assertTrue(p.contains(line), () -> line + " not in " + p);
            }
            assertTrue(p.stream().anyMatch(x -> x.startsWith("- Nhiệm vụ 4: Tham mưu nâng cao hiệu quả công tác đối ngoại "
                    + "biên giới")));
            assertTrue(p.stream().anyMatch(x -> x.startsWith("2. Trưởng phòng Hợp tác quốc tế - Văn phòng giúp Giám đốc Sở")));
            XWPFTable appendix = doc.getTables().get(doc.getTables().size() - 1);
            assertEquals("Người phụ trách", appendix.getRow(0).getCell(4).getText());
            assertEquals("A. NHIỆM VỤ TRỌNG TÂM", appendix.getRow(1).getCell(0).getText());
            assertEquals(1 + 2 + 4 + 4 + 15, appendix.getRows().size(), "header, 2 sections, 4 groups, 19 tasks");
        }
    }
}
