package vn.thidua.nominations.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.nominations.model.QuotaFinding;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.plans.logic.RegistrationRepository;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.Quota;

/**
 * Counts a plan's nominations against its quotas ("01 tập thể", "03 cá nhân", "không quá 30% tổng số tập thể, cá
 * nhân tham gia"). Participants are the plan's registrations; without any, the office's active units or staff on the
 * plan's day. Only nominations still in the running count.
 */
public class QuotaCheck {

    private final NominationRepository nominations;
    private final RegistrationRepository registrations;
    private final StaffRepository staff;
    private final UnitRepository units;
    private final CatalogueRepository catalogue;

    public QuotaCheck(NominationRepository nominations, RegistrationRepository registrations, StaffRepository staff,
                      UnitRepository units, CatalogueRepository catalogue) {
        this.nominations = nominations;
        this.registrations = registrations;
        this.staff = staff;
        this.units = units;
        this.catalogue = catalogue;
    }

    public List<QuotaFinding> check(Plan plan, LocalDate day) {
        List<NominationSummary> active = nominations.forPlan(plan.id()).stream().filter(n -> n.status().active()).toList();
        Map<Long, AwardForm> forms = catalogue.awardForms().stream().collect(Collectors.toMap(AwardForm::id, Function.identity()));
        var regs = registrations.forPlan(plan.id());
        long regUnits = regs.stream().filter(r -> r.unitId() != null).map(r -> r.unitId()).distinct().count();
        long regPeople = regs.stream().filter(r -> r.staffId() != null).map(r -> r.staffId()).distinct().count();
        int units = (int) (regUnits > 0 ? regUnits : this.units.all().stream().filter(u -> u.active()).count());
        int people = (int) (regPeople > 0 ? regPeople : staff.all().stream().filter(s -> s.activeOn(day)).count());
        List<QuotaFinding> out = new ArrayList<>();
        for (AwardOffer offer : plan.offers()) {
            if (offer.quota().count() == null && offer.quota().percent() == null) {
                continue;
            }
            boolean person = offer.awardee() == Awardee.INDIVIDUAL;
            List<NominationSummary> counted = active.stream().filter(n -> n.awardFormId() == offer.awardFormId()
                    && n.nominee().isPerson() == person).toList();
            AwardForm form = forms.get(offer.awardFormId());
            String label = Messages.get(person ? "quota.label.individual" : "quota.label.collective",
                    form == null ? "" : form.name());
            out.add(finding(offer.awardFormId(), label, counted, offer.quota(), person ? people : units,
                    offer.priorities()));
        }
        Quota overall = plan.overallQuota();
        if (overall.count() != null || overall.percent() != null) {
            out.add(finding(null, Messages.get("quota.label.overall"), active, overall, people + units, List.of()));
        }
        return out;
    }

    private static QuotaFinding finding(Long formId, String label, List<NominationSummary> counted, Quota quota,
                                        int participants, List<String> priorities) {
        int limit;
        String text;
        if (quota.count() != null) {
            limit = quota.count();
            text = Messages.get("quota.limit.count", String.format("%02d", limit));
        } else {
            limit = quota.percent().multiply(BigDecimal.valueOf(participants))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).intValue();
            text = Messages.get("quota.limit.percent", quota.percent().toPlainString(), participants, limit);
        }
        List<NominationSummary> order = counted.size() > limit ? counted.stream()
                .sorted(Comparator.comparing((NominationSummary n) -> !n.female()).thenComparing(NominationSummary::leader))
                .toList() : List.of();
        return new QuotaFinding(formId, label, counted.size(), limit, text, order, priorities);
    }
}
