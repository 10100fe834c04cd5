package vn.thidua.plans.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan (Kế hoạch KH, Phát động PĐ, …) with every part the printed document holds. The number stays null until
 * the plan is issued; numbers run from 01 per calendar year and code. The year is the date's year.
 */
public record Plan(Long id, String code, Integer number, PlanStatus status, String place, PlanDate date, String title,
                   List<DocumentRef> basis, String introduction, String theme, List<String> purposes,
                   List<String> requirements, List<String> objectives, List<Target> targets,
                   List<ContentItem> contents, Period period, MovementForm movementForm,
                   List<AwardeeLine> eligible, List<AwardeeLine> criteria, List<AwardOffer> offers, Quota overallQuota,
                   List<String> dossierDocuments, LocalDate dossierDeadline, String dossierDestination,
                   List<Duty> duties, String closing, List<String> recipients, PlanSigner signer) {

    public Plan {
        basis = List.copyOf(basis);
        purposes = List.copyOf(purposes);
        requirements = List.copyOf(requirements);
        objectives = List.copyOf(objectives);
        targets = List.copyOf(targets);
        contents = List.copyOf(contents);
        eligible = List.copyOf(eligible);
        criteria = List.copyOf(criteria);
        offers = List.copyOf(offers);
        dossierDocuments = List.copyOf(dossierDocuments);
        duties = List.copyOf(duties);
        recipients = List.copyOf(recipients);
        overallQuota = overallQuota == null ? Quota.NONE : overallQuota;
    }

    public boolean isFrozen() {
        return status != PlanStatus.DRAFT;
    }

    public Plan withId(Long newId) {
        return new Plan(newId, code, number, status, place, date, title, basis, introduction, theme, purposes,
                requirements, objectives, targets, contents, period, movementForm, eligible, criteria, offers,
                overallQuota, dossierDocuments, dossierDeadline, dossierDestination, duties, closing, recipients, signer);
    }

    public Plan withIssue(Integer newNumber, PlanStatus newStatus, PlanDate newDate) {
        return new Plan(id, code, newNumber, newStatus, place, newDate, title, basis, introduction, theme, purposes,
                requirements, objectives, targets, contents, period, movementForm, eligible, criteria, offers,
                overallQuota, dossierDocuments, dossierDeadline, dossierDestination, duties, closing, recipients, signer);
    }

    /** A blank draft of the given code dated with the year only. */
    public static Plan draft(String code, int year) {
        return new Plan(null, code, null, PlanStatus.DRAFT, null, new PlanDate(year, null, null), "", List.of(), null,
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                List.of(), Quota.NONE, List.of(), null, null, List.of(), null, List.of(), null);
    }
}
