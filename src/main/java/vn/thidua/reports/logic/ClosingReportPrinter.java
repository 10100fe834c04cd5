package vn.thidua.reports.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.decisions.logic.DecisionRepository;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionStatus;
import vn.thidua.decisions.model.DecisionSummary;
import vn.thidua.nominations.logic.NominationRepository;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanRepository;
import vn.thidua.plans.logic.RegistrationRepository;
import vn.thidua.plans.model.Plan;

/** Prints a movement's closing report from its plan, registrations, nominations and signed decisions. */
public final class ClosingReportPrinter {

    /** Where the report's data comes from. */
    public record Sources(PlanRepository plans, RegistrationRepository registrations, NominationRepository nominations,
                          DecisionRepository decisions, AgencyRepository agency, StaffRepository staff,
                          UnitRepository units, CatalogueRepository catalogue) {
    }

    private final Sources sources;
    private final DocxWriter writer;

    public ClosingReportPrinter(Sources sources, DocxWriter writer) {
        this.sources = sources;
        this.writer = writer;
    }

    public ClosingReport report(long planId, LocalDate today) {
        Plan plan = sources.plans().get(planId);
        Map<Long, StaffMember> staff = sources.staff().all().stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        Map<Long, Unit> units = new LinkedHashMap<>();
        sources.units().all().forEach(u -> units.put(u.id(), u));
        Map<Long, AwardForm> forms = sources.catalogue().awardForms().stream()
                .collect(Collectors.toMap(AwardForm::id, Function.identity()));
        String director = sources.agency().signers().stream().filter(s -> s.active() && s.role() == SignerRole.DIRECTOR)
                .map(Signer::fullName).findFirst().orElse("");
        return new ClosingReport(sources.agency().agency().orElse(null), plan, sources.registrations().forPlan(planId),
                sources.nominations().forPlan(planId), decisionsInForce(planId), staff, units, forms, director, today);
    }

    /** The plan's signed decisions, oldest first, without those a signed amendment replaced. */
    public List<Decision> decisionsInForce(long planId) {
        List<Decision> signed = sources.decisions().all().stream().filter(s -> s.status() == DecisionStatus.SIGNED)
                .map(DecisionSummary::id).map(sources.decisions()::get)
                .filter(d -> Objects.equals(d.planId(), planId)).toList();
        Set<Long> replaced = signed.stream().map(Decision::amendsId).filter(Objects::nonNull).collect(Collectors.toSet());
        return signed.stream().filter(d -> !replaced.contains(d.id()))
                .sorted(java.util.Comparator.comparing(Decision::date).thenComparing(Decision::id)).toList();
    }

    /** Writes the closing report of plan {@code planId} to {@code file}; returns the plan. */
    public Plan print(long planId, LocalDate today, Path file) {
        ClosingReport report = report(planId, today);
        OfficialDocument doc = report.document();
        try {
            writer.writeAll(List.of(doc), file);
        } catch (IOException e) {
            throw new UserException(Messages.get("export.error.write", file, e.getMessage()), e);
        }
        return report.plan();
    }
}
