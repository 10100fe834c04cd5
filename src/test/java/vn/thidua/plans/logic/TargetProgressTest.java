package vn.thidua.plans.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.PlanBuilder.aPlan;
import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.DisciplineForm;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.Target;
import vn.thidua.plans.model.TargetMeasure;
import vn.thidua.plans.model.TargetResult;

class TargetProgressTest {

    @TempDir
    Path dir;

    private static final Target GOOD = new Target("≥ 90% CCVC hoàn thành tốt nhiệm vụ trở lên",
            TargetMeasure.SHARE_RATED_GOOD_OR_BETTER, new BigDecimal("90"));
    private static final Target INNOVATION = new Target("Mỗi năm ít nhất 01 sáng kiến", TargetMeasure.INNOVATIONS_PER_YEAR,
            BigDecimal.ONE);
    private static final Target DISCIPLINE = new Target("Không quá 2% CCVC bị kỷ luật", TargetMeasure.SHARE_DISCIPLINED,
            new BigDecimal("2"));

    @Test
    void actualAgainstTargetFromAYearsRecords() {
        try (Services s = Services.open(dir.resolve("data"))) {
            Unit unit = s.units().save(aUnit().named("Phòng Hợp tác quốc tế").build());
            StaffMember[] people = new StaffMember[4];
            for (int i = 0; i < people.length; i++) {
                people[i] = s.staff().save(aStaffMember().named("Nguyễn Văn " + "ABCD".charAt(i)).inUnit(unit).build());
            }
            Rating[] ratings = {Rating.EXCELLENT, Rating.GOOD, Rating.GOOD, Rating.COMPLETED};
            for (int i = 0; i < people.length; i++) {
                s.records().saveStaffYears(List.of(new StaffYear(people[i].id(), 2025, ratings[i], false, null, Set.of())));
            }
            s.staff().save(aStaffMember().named("Lê Thị Chưa Xếp Loại").inUnit(unit).build());
            s.records().saveInnovation(new Innovation(null, people[0].id(), 2025, "Số hóa hồ sơ", InnovationLevel.BASE,
                    "12/QĐ-SNgV", LocalDate.of(2025, 12, 10)));
            s.records().saveDiscipline(new Discipline(null, people[3].id(), DisciplineForm.REPRIMAND,
                    LocalDate.of(2025, 6, 15), LocalDate.of(2026, 6, 14), "45/QĐ-SNgV", "Vi phạm quy chế"));
            Plan plan = aPlan(1).withTargets(GOOD, Target.text("100% CCVC tham gia học tập"), INNOVATION, DISCIPLINE).build();

            List<TargetResult> results = s.targetProgress().of(plan, 2025);

            assertEquals(List.of(
                    new TargetResult(GOOD, 2025, new BigDecimal("75.00"), false),
                    new TargetResult(INNOVATION, 2025, BigDecimal.ONE, true),
                    new TargetResult(DISCIPLINE, 2025, new BigDecimal("25.00"), false)), results);
            assertEquals(List.of(new TargetResult(GOOD, 2024, null, false), new TargetResult(INNOVATION, 2024, BigDecimal.ZERO,
                    false), new TargetResult(DISCIPLINE, 2024, null, false)), s.targetProgress().of(plan, 2024),
                    "a year without records");
        }
    }

    @Test
    void theDemoDraftsTargetsAgainstTheDemoRecords() {
        try (Services s = Services.open(dir.resolve("demo"))) {
            Demo.fill(s.database(), LocalDate.of(2026, 11, 23));
            Plan draft = s.plans().get(s.plans().all().get(1).id());
            Map<Long, StaffYear> years = s.records().staffYears(2025);
            long rated = years.values().stream().filter(y -> y.rating() != null).count();
            long good = years.values().stream().filter(y -> y.rating() == Rating.EXCELLENT || y.rating() == Rating.GOOD).count();
            int innovations = s.records().innovationCounts(2025).values().stream().mapToInt(Integer::intValue).sum();
            long disciplined = s.records().disciplinedIn(2025).size();
            BigDecimal goodShare = BigDecimal.valueOf(good * 100).divide(BigDecimal.valueOf(rated), 2, java.math.RoundingMode.HALF_UP);
            BigDecimal disciplinedShare = BigDecimal.valueOf(disciplined * 100).divide(BigDecimal.valueOf(rated), 2,
                    java.math.RoundingMode.HALF_UP);

            List<TargetResult> results = s.targetProgress().of(draft, 2025);

            assertEquals(List.of(
                    new TargetResult(draft.targets().get(0), 2025, goodShare, goodShare.compareTo(new BigDecimal("90")) >= 0),
                    new TargetResult(draft.targets().get(1), 2025, BigDecimal.valueOf(innovations), innovations >= 1),
                    new TargetResult(draft.targets().get(2), 2025, disciplinedShare,
                            disciplinedShare.compareTo(new BigDecimal("2")) <= 0)), results);
            assertEquals(List.of(41L, 1L), List.of(rated, disciplined), "the demo's 2025: everyone rated, one disciplined");
            assertEquals(true, innovations >= 1);
        }
    }
}
