package vn.thidua.eligibility.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.i18n.UserException;
import vn.thidua.eligibility.model.Condition;
import vn.thidua.eligibility.model.EligibilityResult;
import vn.thidua.eligibility.model.RuleSet;
import vn.thidua.eligibility.model.Verdict;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;

class RuleSetsTest {

    private static final String ND98 = "98/2023/NĐ-CP";
    private static final String ND152 = "152/2025/NĐ-CP";
    private static final String ONLY_EXCELLENT_LDTT = """
            {
              "legalBasis": "152/2025/NĐ-CP",
              "standards": {
                "LDTT": { "individual": [ [ { "type": "rating", "atLeast": "EXCELLENT" } ] ] }
              }
            }
            """;

    @TempDir
    Path dir;

    private Services services;
    private Path data;
    private OfficeRecords office;

    @BeforeEach
    void open() {
        data = dir.resolve("data");
        services = Services.open(data);
        office = new OfficeRecords(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theProgramShipsTheSameStandardsForBothDecrees() {
        RuleSets rules = new RuleSets(data);
        RuleSet old = rules.forBasis(ND98).orElseThrow();
        RuleSet current = rules.forBasis(ND152).orElseThrow();
        assertEquals(old.standards(), current.standards());
        assertEquals(ND152, current.legalBasisCode());
        assertEquals(List.of(new Condition.TitleHeld("CSTD_CS", 3, false),
                new Condition.Innovations(1, InnovationLevel.PROVINCE, 3)),
                current.standard("CSTD_TINH", false).orElseThrow().alternatives().get(0));
        assertEquals(3, current.longestPeriod());
    }

    @Test
    void fileNamesAreTheCodeWithoutAccentsOrSlashes() {
        assertEquals("152-2025-ND-CP.json", RuleSets.fileName(ND152));
        assertEquals(data.resolve("rules").resolve("98-2023-ND-CP.json"), new RuleSets(data).clerkFile(ND98));
    }

    @Test
    void theClerksFileWinsForItsLegalBasisOnly() throws IOException {
        var person = office.person().rated(2024, Rating.GOOD).rated(2025, Rating.GOOD);
        Files.createDirectories(data.resolve("rules"));
        Files.writeString(data.resolve("rules/152-2025-ND-CP.json"), ONLY_EXCELLENT_LDTT, StandardCharsets.UTF_8);

        EligibilityResult current = services.eligibility().check(person.nominated("LDTT", 2025, LocalDate.of(2026, 1, 20)));
        EligibilityResult old = services.eligibility().check(person.nominated("LDTT", 2024, LocalDate.of(2025, 3, 15)));

        assertEquals(Verdict.NOT_ELIGIBLE, current.verdict());
        assertEquals("2025: hoàn thành tốt nhiệm vụ ✗ — cần hoàn thành xuất sắc nhiệm vụ", current.reason());
        assertEquals(Verdict.ELIGIBLE, old.verdict(), "98/2023 still has the shipped standards");
        assertEquals(Verdict.NO_RULE, services.eligibility().check(person.nominated("GK_SO", 2025,
                LocalDate.of(2026, 1, 20))).verdict(), "the clerk's file replaces the whole rule set");
    }

    @Test
    void aNewDecreeNeedsOnlyANewRuleFile() throws IOException {
        var catalogue = services.catalogue();
        LegalBasis nd152 = catalogue.legalBases().stream().filter(b -> b.code().equals(ND152)).findFirst().orElseThrow();
        catalogue.saveLegalBasis(new LegalBasis(nd152.id(), nd152.code(), nd152.title(), nd152.issuedDate(),
                nd152.effectiveFrom(), LocalDate.of(2026, 12, 31)));
        String nd200 = "200/2026/NĐ-CP";
        catalogue.saveLegalBasis(new LegalBasis(null, nd200, "Nghị định số 200/2026/NĐ-CP", LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 1, 1), null));
        var query = office.person().rated(2026, Rating.GOOD).nominated("LDTT", 2026, LocalDate.of(2027, 1, 15));

        EligibilityResult before = services.eligibility().check(query);
        assertEquals(Verdict.NO_RULE, before.verdict());
        assertEquals("Chưa có bộ tiêu chuẩn theo 200/2026/NĐ-CP (tệp 200-2026-ND-CP.json)", before.reason());

        Path copy = new RuleSets(data).copyToDataFolder(nd200, ND152);
        assertEquals(data.resolve("rules/200-2026-ND-CP.json"), copy);
        EligibilityResult after = services.eligibility().check(query);
        assertEquals(Verdict.ELIGIBLE, after.verdict());
        assertEquals(nd200, after.legalBasisCode());
    }

    @Test
    void copyingKeepsTheClerksEdits() throws IOException {
        RuleSets rules = new RuleSets(data);
        Path copy = rules.copyToDataFolder(ND152, ND152);
        Files.writeString(copy, ONLY_EXCELLENT_LDTT, StandardCharsets.UTF_8);
        rules.copyToDataFolder(ND152, ND152);
        assertEquals(ONLY_EXCELLENT_LDTT, Files.readString(copy, StandardCharsets.UTF_8));
        assertEquals(1, rules.forBasis(ND152).orElseThrow().standards().size());
    }

    @Test
    void aFileThatIsNotJsonIsNamedWithTheLineOfTheMistake() throws IOException {
        Path file = clerkFile("""
                {
                  "legalBasis": "152/2025/NĐ-CP",
                  "standards": { "LDTT": { "individual": [ [ { "type": "rating" "atLeast": "GOOD" } ] ] } }
                }
                """);
        UserException e = assertThrows(UserException.class, () -> check2025());
        assertEquals("Tệp tiêu chuẩn " + file + " không đúng định dạng JSON (dòng 3, cột 65). Hãy sửa tệp hoặc xóa "
                + "nó để dùng tiêu chuẩn có sẵn của chương trình.", e.getMessage());
    }

    @Test
    void anUnknownConditionIsNamedWithWhereItIs() throws IOException {
        Path file = clerkFile("""
                { "legalBasis": "152/2025/NĐ-CP",
                  "standards": { "CSTD_CS": { "individual": [ [ { "type": "rating", "atLeast": "GOOD" } ],
                                                              [ { "type": "sangKien", "count": 1 } ] ] } } }
                """);
        UserException e = assertThrows(UserException.class, () -> check2025());
        assertEquals("Tệp tiêu chuẩn " + file + " có lỗi: không có loại điều kiện \"sangKien\" ở mục "
                + "standards.CSTD_CS.individual[2][1] (các loại: rating, title, innovations, memberShare, memberCount, "
                + "taskCompletion, noMemberDisciplined). Hãy sửa tệp hoặc xóa nó để dùng tiêu chuẩn có sẵn của chương "
                + "trình.", e.getMessage());
    }

    @Test
    void badValuesAndMisplacedFilesAreExplained() {
        assertEquals("Tệp tiêu chuẩn t.json có lỗi: giá trị \"VERY_GOOD\" của \"atLeast\" ở mục "
                + "standards.LDTT.individual[1][1] không hợp lệ (chọn một trong: EXCELLENT, GOOD, COMPLETED, "
                + "NOT_COMPLETED). Hãy sửa tệp hoặc xóa nó để dùng tiêu chuẩn có sẵn của chương trình.",
                problem("{ \"legalBasis\": \"152/2025/NĐ-CP\", \"standards\": { \"LDTT\": { \"individual\": "
                        + "[ [ { \"type\": \"rating\", \"atLeast\": \"VERY_GOOD\" } ] ] } } }"));
        assertTrue(problem("{ \"legalBasis\": \"98/2023/NĐ-CP\", \"standards\": {} }")
                .contains("tệp ghi văn bản \"98/2023/NĐ-CP\" nhưng được dùng cho 152/2025/NĐ-CP"));
        assertTrue(problem("{ \"legalBasis\": \"152/2025/NĐ-CP\", \"standards\": { \"LDTT\": { \"individual\": "
                + "[ [ { \"type\": \"memberShare\", \"code\": \"LDTT\" } ] ] } } }")
                .contains("thiếu \"percent\" ở mục standards.LDTT.individual[1][1]"));
        assertTrue(problem("{ \"legalBasis\": \"152/2025/NĐ-CP\", \"standards\": { \"LDTT\": { \"canhan\": [] } } }")
                .contains("không có trường \"canhan\" ở mục standards.LDTT"));
        assertTrue(problem("[]").contains("nội dung phải là một đối tượng JSON"));
    }

    private static String problem(String json) {
        return assertThrows(UserException.class,
                () -> RuleSets.parse(json.getBytes(StandardCharsets.UTF_8), "t.json", ND152)).getMessage();
    }

    private Path clerkFile(String json) throws IOException {
        Path file = data.resolve("rules/152-2025-ND-CP.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private EligibilityResult check2025() {
        return services.eligibility().check(office.person().rated(2025, Rating.GOOD)
                .nominated("LDTT", 2025, LocalDate.of(2026, 1, 20)));
    }
}
