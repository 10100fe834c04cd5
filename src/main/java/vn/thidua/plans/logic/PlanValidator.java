package vn.thidua.plans.logic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.i18n.Messages;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.FieldProblem;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanField;
import vn.thidua.plans.model.Quota;
import vn.thidua.plans.model.Target;

/**
 * The rules a plan must meet before anything is written. Each message names the field. The uniqueness of the
 * number needs the database and is checked by {@link PlanRepository}.
 */
public final class PlanValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PlanValidator() {
    }

    /** Problems of a plan; {@code issued}: the plan is (or is becoming) issued, so its date must be complete. */
    public static List<FieldProblem> problems(Plan plan, boolean issued) {
        List<FieldProblem> out = new ArrayList<>();
        if (isBlank(plan.code())) {
            out.add(problem(PlanField.CODE, "plan.error.codeRequired"));
        } else if (!plan.code().matches("[\\p{L}0-9]+")) {
            out.add(problem(PlanField.CODE, "plan.error.codeLetters", plan.code()));
        }
        if (isBlank(plan.title())) {
            out.add(problem(PlanField.TITLE, "plan.error.titleRequired"));
        }
        if (plan.number() != null && plan.number() < 1) {
            out.add(problem(PlanField.NUMBER, "plan.error.numberInvalid", plan.number()));
        }
        if (plan.date() == null || !plan.date().isValid()) {
            out.add(problem(PlanField.DATE, "plan.error.dateInvalid"));
        } else if (issued && !plan.date().isComplete()) {
            out.add(problem(PlanField.DATE, "plan.error.dateIncomplete"));
        }
        Period period = plan.period();
        if (period != null && period.start() != null && period.end() != null && period.end().isBefore(period.start())) {
            out.add(problem(PlanField.PERIOD, "plan.error.periodReversed"));
        }
        if (period != null && period.start() != null && plan.dossierDeadline() != null
                && plan.dossierDeadline().isBefore(period.start())) {
            out.add(problem(PlanField.DOSSIER_DEADLINE, "plan.error.deadlineBeforeStart"));
        }
        for (int i = 0; i < plan.targets().size(); i++) {
            Target t = plan.targets().get(i);
            if (isBlank(t.text())) {
                out.add(problem(PlanField.TARGETS, "plan.error.targetText", i + 1));
            }
            if (t.measure() == null && t.threshold() != null) {
                out.add(problem(PlanField.TARGETS, "plan.error.targetMeasure", i + 1));
            }
            if (t.measure() != null && (t.threshold() == null || t.threshold().signum() < 0
                    || (t.measure().isPercent() && t.threshold().compareTo(HUNDRED) > 0))) {
                out.add(problem(PlanField.TARGETS, "plan.error.targetThreshold", i + 1));
            }
        }
        for (int i = 0; i < plan.offers().size(); i++) {
            AwardOffer o = plan.offers().get(i);
            if (o.awardee() == null) {
                out.add(problem(PlanField.OFFERS, "plan.error.offerAwardee", i + 1));
            }
            quota(o.quota(), PlanField.OFFERS, "plan.error.offerQuotaPercent", "plan.error.offerQuotaCount", i + 1, out);
        }
        quota(plan.overallQuota(), PlanField.OVERALL_QUOTA, "plan.error.overallQuotaPercent",
                "plan.error.overallQuotaCount", 0, out);
        if (issued && (plan.signer() == null || isBlank(plan.signer().fullName()) || plan.signer().role() == null)) {
            out.add(problem(PlanField.SIGNER, "plan.error.signerRequired"));
        }
        return out;
    }

    /** Throws when the plan has any problem. */
    public static void check(Plan plan, boolean issued) {
        List<FieldProblem> problems = problems(plan, issued);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
    }

    private static void quota(Quota q, PlanField field, String percentKey, String countKey, int index, List<FieldProblem> out) {
        if (q.percent() != null && (q.percent().signum() < 0 || q.percent().compareTo(HUNDRED) > 0)) {
            out.add(problem(field, percentKey, index, q.percent().toPlainString().replace('.', ',')));
        }
        if (q.count() != null && q.count() < 0) {
            out.add(problem(field, countKey, index, q.count()));
        }
    }

    static FieldProblem problem(PlanField field, String key, Object... args) {
        return new FieldProblem(field, Messages.get(key, args));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
