package vn.thidua.reports.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.decisions.logic.DecisionFixture;
import vn.thidua.decisions.model.Decision;
import vn.thidua.plans.model.Registration;

/** The movement's closing report read back: participation, registrations against results, awards and money. */
class ClosingReportTest {

    @TempDir
    Path dir;

    @Test
    void theClosingReportSetsRegistrationsAgainstTheAwardsAndCountsTheMoney() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            DecisionFixture.demoBeforeDecisions(s, LocalDate.of(2026, 11, 23));
            Decision signed = DecisionFixture.signedGiayKhen(s, LocalDate.of(2025, 11, 10));
            long plan = signed.planId();
            long gk = DecisionFixture.formId(s, "GK_SO");
            long unit = signed.lines().get(0).unitId();
            long mai = signed.lines().get(1).staffId();
            long an = s.staff().all().stream().filter(m -> m.fullName().equals("Vũ Quang Ân")).findFirst().orElseThrow().id();
            s.registrations().saveAll(List.of(
                    new Registration(null, plan, unit, null, gk, "Hoàn thành xuất sắc nhiệm vụ", LocalDate.of(2025, 6, 1)),
                    new Registration(null, plan, null, mai, gk, "Hoàn thành xuất sắc nhiệm vụ", LocalDate.of(2025, 6, 1)),
                    new Registration(null, plan, null, an, gk, "Hoàn thành xuất sắc nhiệm vụ", LocalDate.of(2025, 6, 2))));
            Path file = dir.resolve("bao-cao.docx");

            s.closingReports().print(plan, LocalDate.of(2026, 1, 5), file);

            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertTrue(lines.contains("BÁO CÁO"), lines.toString());
                assertTrue(lines.stream().anyMatch(l -> l.startsWith("Tổng kết phong trào thi đua đặc biệt")), lines.toString());
                assertTrue(lines.contains("Có 1 tập thể và 2 cá nhân đăng ký thi đua (3 lượt đăng ký), cụ thể theo từng "
                        + "đơn vị:"), lines.toString());
                assertTrue(lines.contains("3 tập thể, cá nhân đăng ký thi đua; 2 tập thể, cá nhân trong số đó được khen "
                        + "thưởng."), lines.toString());
                assertTrue(lines.contains("Tổng số tiền thưởng: 3.540.000 đồng (Ba triệu năm trăm bốn mươi nghìn đồng), "
                        + "cụ thể:"), lines.toString());
                List<List<List<String>>> all = tables(doc);
                assertTrue(all.get(0).toString().contains("Số:      /BC-SNgV"), "the header: " + all.get(0));

                List<List<String>> participation = table(all, "Tập thể đăng ký");
                assertEquals(List.of("TT", "Đơn vị", "Tập thể đăng ký", "Cá nhân đăng ký", "Tổng số"), participation.get(0));
                assertTrue(participation.contains(List.of("1", "Phòng Hợp tác quốc tế - Văn phòng", "0", "1", "1"))
                        || participation.contains(List.of("2", "Phòng Hợp tác quốc tế - Văn phòng", "0", "1", "1")),
                        participation.toString());
                assertEquals(List.of("Cộng", "1", "2", "3"), participation.get(participation.size() - 1));

                List<List<String>> results = table(all, "Kết quả khen thưởng");
                assertEquals(List.of("TT", "Tập thể, cá nhân", "Đăng ký", "Đề nghị", "Kết quả khen thưởng"), results.get(0));
                assertEquals(List.of("1", "Phòng Lãnh sự - Quản lý biên giới", "Giấy khen của Giám đốc Sở",
                        "Giấy khen của Giám đốc Sở (Đã quyết định)", "Giấy khen của Giám đốc Sở (Quyết định số "
                                + "01/QĐ-SNgV)"), results.get(1));
                assertEquals("Chưa được khen thưởng", results.get(3).get(4));
                assertEquals(List.of("4", "Lăng Thị Ấn", "Không đăng ký", "Giấy khen của Giám đốc Sở",
                        "Giấy khen của Giám đốc Sở (Quyết định số 01/QĐ-SNgV)"), results.get(4));

                List<List<String>> awards = table(all, "Hình thức khen thưởng");
                assertEquals(List.of("Hình thức khen thưởng", "Đơn vị", "Tập thể", "Cá nhân", "Tiền thưởng (đồng)"),
                        awards.get(0));
                assertEquals(List.of("Cộng", "1", "3", "3.540.000"), awards.get(awards.size() - 1));

                List<List<String>> money = table(all, "Quyết định");
                assertEquals(List.of("1", "Giấy khen của Giám đốc Sở", "Số 01/QĐ-SNgV ngày 10/11/2025", "1", "3",
                        "3.540.000"), money.get(1));
                assertEquals(List.of("Cộng", "3.540.000"), money.get(2));
            }
        }
    }

    /** The table whose header row has the given title. */
    private static List<List<String>> table(List<List<List<String>>> tables, String column) {
        return tables.stream().filter(t -> !t.isEmpty() && t.get(0).contains(column)).findFirst().orElseThrow();
    }

    private static List<List<List<String>>> tables(XWPFDocument doc) {
        List<List<List<String>>> out = new ArrayList<>();
        for (XWPFTable t : doc.getTables()) {
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow r : t.getRows()) {
                rows.add(r.getTableCells().stream().map(XWPFTableCell::getText).toList());
            }
            out.add(rows);
        }
        return out;
    }
}
