package vn.thidua.overview.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.overview.model.Attention;
import vn.thidua.overview.model.AttentionKind;

class OverviewServiceTest {

    @TempDir
    Path dir;

    @Test
    void theDemoOfficeShowsTheQuotaItExceedsTheLateDossierAndTheMissingDocuments() {
        try (Services s = Services.open(dir.resolve("data"))) {
            Demo.fill(s.database(), LocalDate.of(2026, 11, 23));

            List<Attention> found = s.overview().attention(LocalDate.of(2026, 5, 10));

            assertEquals(List.of(AttentionKind.DEADLINE, AttentionKind.MISSING_DOCUMENTS, AttentionKind.QUOTA_EXCEEDED),
                    found.stream().map(Attention::kind).distinct().toList());
            assertTrue(found.get(0).text().startsWith("579/KH – "), found.get(0).text());
            assertTrue(found.get(0).text().endsWith("phong trào kết thúc ngày 20/05/2026 (còn 10 ngày)."), found.get(0).text());
            assertTrue(found.get(1).text().endsWith("hạn nộp hồ sơ 25/05/2026 (còn 15 ngày); đã có 2 hồ sơ."),
                    found.get(1).text());
            assertTrue(found.stream().anyMatch(a -> a.urgent() && a.text().endsWith("hồ sơ tiếp nhận ngày 31/10/2025, "
                    + "sau hạn 30/10/2025.")), found.toString());
            assertTrue(found.stream().anyMatch(a -> a.kind() == AttentionKind.QUOTA_EXCEEDED
                    && a.text().endsWith("Giấy khen của Giám đốc Sở (cá nhân) có 4 đề nghị, vượt số lượng 3.")), found.toString());
            assertTrue(found.stream().anyMatch(a -> a.text().endsWith("còn thiếu Biên bản họp xét khen thưởng của phòng, "
                    + "đơn vị.")), found.toString());

            List<Attention> later = s.overview().attention(LocalDate.of(2026, 6, 1));
            assertTrue(later.stream().anyMatch(a -> a.urgent() && a.text().contains("đã quá hạn nộp hồ sơ 25/05/2026, còn 2 "
                    + "hồ sơ")), later.toString());
        }
    }
}
