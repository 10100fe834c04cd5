package vn.thidua.eligibility.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.eligibility.model.EligibilityQuery;
import vn.thidua.eligibility.model.EligibilityResult;
import vn.thidua.eligibility.model.Finding;
import vn.thidua.eligibility.model.Verdict;
import vn.thidua.organisation.model.Rating;

/** The checker on facts built in memory: no database, no files. */
class EligibilityCheckerTest {

    private static final String ND152 = "152/2025/NĐ-CP";
    private static final LocalDate DECIDED = LocalDate.of(2026, 1, 20);

    private final RecordFacts facts = new RecordFacts(List.of(new LegalBasis(2L, ND152, "Nghị định 152/2025/NĐ-CP",
            LocalDate.of(2025, 6, 14), LocalDate.of(2025, 7, 1), null)), Map.of("LDTT", "LĐTT", "CSTD_CS", "CSTĐ cơ sở"));
    private final EligibilityChecker checker = new EligibilityChecker(facts, new RuleSets(Path.of("nowhere"))::forBasis);

    @Test
    void membersUnderInspectionDoNotMeetTheLdttStandard() {
        RecordFacts.UnitRecord unit = facts.unit(1);
        unit.rated(2025, Rating.GOOD);
        for (long id = 10; id < 20; id++) {
            RecordFacts.Person p = facts.addPerson(new RecordFacts.Person(id, "Người " + id, 1L, null, null));
            p.rated(2025, Rating.GOOD);
            if (id < 14) {
                p.inspected(2025);
            }
        }
        EligibilityResult r = checker.check(EligibilityQuery.forUnit(1, "TT_LDTT", 2025, DECIDED));
        assertEquals(Verdict.NOT_ELIGIBLE, r.verdict());
        assertEquals("2025: 6/10 thành viên đạt LĐTT (60%) ✗ — cần ít nhất 70% thành viên đạt LĐTT", r.reason());
    }

    @Test
    void onlyTheFirstAlternativeMetIsReported() {
        RecordFacts.Person p = facts.addPerson(new RecordFacts.Person(5, "Lan", 1L, null, null));
        p.rated(2025, Rating.EXCELLENT);
        p.title(2025, "LDTT", true);
        EligibilityResult r = checker.check(EligibilityQuery.forStaff(5, "CSTD_CS", 2025, DECIDED));
        assertEquals(List.of(
                new Finding(true, "2025: không bị kỷ luật, không bị thanh tra, kiểm tra ✓"),
                new Finding(true, "2025: LĐTT ✓"),
                new Finding(true, "2025: hoàn thành xuất sắc nhiệm vụ ✓")), r.findings());
        assertEquals("Đủ tiêu chuẩn", r.reason());
    }

    @Test
    void aPersonWithoutRecordsIsNotEligibleRatherThanAnError() {
        EligibilityResult r = checker.check(EligibilityQuery.forStaff(999, "LDTT", 2025, DECIDED));
        assertEquals(Verdict.NOT_ELIGIBLE, r.verdict());
        assertEquals("2025: chưa có xếp loại ✗ — cần từ hoàn thành tốt nhiệm vụ trở lên", r.reason());
    }

    @Test
    void aBasisWithoutRuleSetGivesNoRule() {
        EligibilityChecker none = new EligibilityChecker(facts, code -> Optional.empty());
        EligibilityResult r = none.check(EligibilityQuery.forStaff(999, "LDTT", 2025, DECIDED));
        assertEquals(Verdict.NO_RULE, r.verdict());
        assertEquals(ND152, r.legalBasisCode());
        assertEquals("Chưa có bộ tiêu chuẩn theo 152/2025/NĐ-CP (tệp 152-2025-ND-CP.json)", r.reason());
    }

    @Test
    void verdictsHaveLabelsForLists() {
        assertEquals(List.of("Đủ tiêu chuẩn", "Chưa đủ tiêu chuẩn", "Không được khen thưởng", "Chưa có tiêu chuẩn để xét"),
                List.of(Verdict.values()).stream().map(EligibilityService::label).toList());
    }
}
