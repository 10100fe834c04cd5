package vn.thidua.plans.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import vn.thidua.organisation.logic.YearlyRecordRepository;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.Target;
import vn.thidua.plans.model.TargetResult;

/**
 * A plan's measurable targets against a year's records. Shares are of the staff rated that year (people without a
 * rating are not counted either way), in percent with two decimals.
 */
public class TargetProgress {

    private final YearlyRecordRepository records;

    public TargetProgress(YearlyRecordRepository records) {
        this.records = records;
    }

    /** One result per measurable target, in the plan's order; targets in words only are left out. */
    public List<TargetResult> of(Plan plan, int year) {
        List<TargetResult> out = new ArrayList<>();
        if (plan.targets().stream().noneMatch(Target::isMeasurable)) {
            return out;
        }
        Map<Long, StaffYear> years = records.staffYears(year);
        for (Target t : plan.targets()) {
            if (!t.isMeasurable()) {
                continue;
            }
            BigDecimal actual = switch (t.measure()) {
                case SHARE_RATED_GOOD_OR_BETTER -> share(years, rated -> (int) rated.stream()
                        .filter(y -> y.rating() == Rating.EXCELLENT || y.rating() == Rating.GOOD).count());
                case INNOVATIONS_PER_YEAR -> BigDecimal.valueOf(records.innovationCounts(year).values().stream()
                        .mapToInt(Integer::intValue).sum());
                case SHARE_DISCIPLINED -> {
                    Set<Long> disciplined = records.disciplinedIn(year);
                    yield share(years, rated -> (int) rated.stream().filter(y -> disciplined.contains(y.staffId())).count());
                }
            };
            boolean met = actual != null && (t.measure().isAtLeast() ? actual.compareTo(t.threshold()) >= 0
                    : actual.compareTo(t.threshold()) <= 0);
            out.add(new TargetResult(t, year, actual, met));
        }
        return out;
    }

    private static BigDecimal share(Map<Long, StaffYear> years, ToIntFunction<List<StaffYear>> counter) {
        List<StaffYear> rated = years.values().stream().filter(y -> y.rating() != null).toList();
        if (rated.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(counter.applyAsInt(rated) * 100L)
                .divide(BigDecimal.valueOf(rated.size()), 2, RoundingMode.HALF_UP);
    }
}
