package vn.thidua.nominations.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.eligibility.logic.EligibilityService;
import vn.thidua.eligibility.model.EligibilityQuery;
import vn.thidua.eligibility.model.EligibilityResult;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.nominations.model.QuotaFinding;
import vn.thidua.plans.logic.PlanRepository;
import vn.thidua.plans.model.Plan;

/**
 * A plan's nominations checked at once: each against the standards of its award under the legal basis in force on
 * the decision date, and the plan's quotas counted. Shared by the nominations screen and {@code check --plan}.
 */
public class NominationChecks {

    private final NominationRepository nominations;
    private final EligibilityService eligibility;
    private final QuotaCheck quotas;
    private final PlanRepository plans;
    private final CatalogueRepository catalogue;

    public NominationChecks(NominationRepository nominations, EligibilityService eligibility, QuotaCheck quotas,
                            PlanRepository plans, CatalogueRepository catalogue) {
        this.nominations = nominations;
        this.eligibility = eligibility;
        this.quotas = quotas;
        this.plans = plans;
        this.catalogue = catalogue;
    }

    /** One nomination with the verdict on it. */
    public record Checked(NominationSummary nomination, EligibilityResult result) {
    }

    /** Every nomination of the plan (still in the running) checked, and the plan's quotas. */
    public record Report(Plan plan, List<Checked> checks, List<QuotaFinding> quotas) {
    }

    public Report forPlan(long planId, LocalDate decisionDate) {
        Plan plan = plans.get(planId);
        List<NominationSummary> active = nominations.forPlan(planId).stream().filter(n -> n.status().active()).toList();
        return new Report(plan, check(active, decisionDate), quotas.check(plan, decisionDate));
    }

    /** The year-end review's nominations of a year (those without a plan), still in the running, checked. */
    public List<Checked> forYearEnd(int year, LocalDate decisionDate) {
        return check(nominations.forYear(year).stream().filter(n -> n.planId() == null && n.status().active()).toList(),
                decisionDate);
    }

    /** The nominations checked in one batch (one read of the records), in the given order. */
    public List<Checked> check(List<NominationSummary> list, LocalDate decisionDate) {
        Map<Long, AwardForm> forms = catalogue.awardForms().stream()
                .collect(Collectors.toMap(AwardForm::id, Function.identity()));
        List<EligibilityQuery> queries = new ArrayList<>();
        for (NominationSummary n : list) {
            String code = forms.get(n.awardFormId()).code();
            EligibilityQuery q = n.nominee().isPerson()
                    ? EligibilityQuery.forStaff(n.nominee().staffId(), code, n.year(), decisionDate)
                    : EligibilityQuery.forUnit(n.nominee().unitId(), code, n.year(), decisionDate);
            queries.add(n.occasion().merit() ? q : q.nonMerit());
        }
        List<EligibilityResult> results = eligibility.checkAll(queries);
        List<Checked> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(new Checked(list.get(i), results.get(i)));
        }
        return out;
    }
}
