package vn.thidua.overview.logic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.nominations.logic.DossierService;
import vn.thidua.nominations.logic.MeetingRepository;
import vn.thidua.nominations.logic.NominationRepository;
import vn.thidua.nominations.logic.QuotaCheck;
import vn.thidua.nominations.model.DossierItem;
import vn.thidua.nominations.model.MeetingSummary;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.nominations.model.QuotaFinding;
import vn.thidua.overview.model.Attention;
import vn.thidua.overview.model.AttentionKind;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.plans.logic.PlanRepository;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.PlanSummary;

/**
 * What needs the clerk now, read from the plans, nominations and meetings: dossier deadlines and movement ends in
 * the coming weeks (or passed with dossiers still out), dossiers missing documents, quotas exceeded, and
 * nominations received but not yet put before the council, or meetings not yet closed.
 */
public class OverviewService {

    /** How far ahead a deadline is shown. */
    public static final int DAYS_AHEAD = 30;

    private final PlanRepository plans;
    private final NominationRepository nominations;
    private final DossierService dossiers;
    private final QuotaCheck quotas;
    private final MeetingRepository meetings;

    public OverviewService(PlanRepository plans, NominationRepository nominations, DossierService dossiers,
                           QuotaCheck quotas, MeetingRepository meetings) {
        this.plans = plans;
        this.nominations = nominations;
        this.dossiers = dossiers;
        this.quotas = quotas;
        this.meetings = meetings;
    }

    public List<Attention> attention(LocalDate today) {
        List<Attention> out = new ArrayList<>();
        List<NominationSummary> all = nominations.all();
        Map<Long, List<NominationSummary>> byPlan = all.stream().filter(n -> n.planId() != null)
                .collect(Collectors.groupingBy(NominationSummary::planId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> names = new LinkedHashMap<>();
        for (PlanSummary summary : plans.all()) {
            String name = name(summary);
            names.put(summary.id(), name);
            if (summary.status() != PlanStatus.ISSUED && summary.status() != PlanStatus.IN_PROGRESS) {
                continue;
            }
            Plan plan = plans.get(summary.id());
            List<NominationSummary> its = byPlan.getOrDefault(plan.id(), List.of());
            deadline(out, today, plan, name, its);
            for (QuotaFinding q : quotas.check(plan, today)) {
                if (q.exceeded()) {
                    out.add(new Attention(AttentionKind.QUOTA_EXCEEDED, Messages.get("overview.quota", name, q.label(),
                            q.nominated(), q.limit()), null, true, "nominations"));
                }
            }
        }
        Map<Long, DossierService.Status> statuses = dossiers.statuses();
        for (NominationSummary n : all) {
            if (!n.status().active() || n.status() == NominationStatus.DECIDED || n.status() == NominationStatus.PROPOSED) {
                continue;
            }
            DossierService.Status status = statuses.get(n.id());
            if (!status.complete()) {
                String missing = status.missing().stream().map(DossierItem::title).collect(Collectors.joining("; "));
                out.add(new Attention(AttentionKind.MISSING_DOCUMENTS, Messages.get("overview.missing", n.nomineeName(),
                        n.awardName(), missing), null, false, "nominations"));
            }
            if (status.late()) {
                out.add(new Attention(AttentionKind.MISSING_DOCUMENTS, Messages.get("overview.late", n.nomineeName(), n.awardName(),
                        VietDates.format(status.receivedOn()), VietDates.format(status.deadline())), null, true,
                        "nominations"));
            }
        }
        meetings(out, all, names);
        out.sort(Comparator.comparing(Attention::kind).thenComparing(a -> !a.urgent())
                .thenComparing(a -> a.day() == null ? LocalDate.MAX : a.day()));
        return out;
    }

    /** "01/KH – Phát động phong trào thi đua đặc biệt…", short enough for one line. */
    static String name(PlanSummary p) {
        String title = p.title().length() > 70 ? p.title().substring(0, 69).strip() + "…" : p.title();
        return PlanNumbers.symbol(p.number(), p.code(), "") + " – " + title;
    }

    private static void deadline(List<Attention> out, LocalDate today, Plan plan, String name,
                                 List<NominationSummary> its) {
        LocalDate deadline = plan.dossierDeadline();
        if (deadline != null) {
            long days = ChronoUnit.DAYS.between(today, deadline);
            long waiting = its.stream().filter(n -> n.status() == NominationStatus.DRAFT
                    || n.status() == NominationStatus.SUBMITTED).count();
            if (days >= 0 && days <= DAYS_AHEAD) {
                out.add(new Attention(AttentionKind.DEADLINE, Messages.get("overview.deadline", name, VietDates.format(deadline),
                        days, its.size()), deadline, days <= 7, "plans"));
            } else if (days < 0 && waiting > 0) {
                out.add(new Attention(AttentionKind.DEADLINE, Messages.get("overview.deadlinePassed", name,
                        VietDates.format(deadline), waiting), deadline, true, "nominations"));
            }
        }
        LocalDate end = plan.period() == null ? null : plan.period().end();
        if (end != null) {
            long days = ChronoUnit.DAYS.between(today, end);
            if (days >= 0 && days <= DAYS_AHEAD) {
                out.add(new Attention(AttentionKind.DEADLINE, Messages.get("overview.periodEnds", name, VietDates.format(end), days),
                        end, false, "plans"));
            }
        }
    }

    private void meetings(List<Attention> out, List<NominationSummary> all, Map<Long, String> names) {
        Set<Long> onAgenda = meetings.onAnyAgenda();
        for (MeetingSummary m : meetings.all()) {
            if (!m.closed()) {
                out.add(new Attention(AttentionKind.MEETING, Messages.get("overview.meetingOpen", VietDates.format(m.date()),
                        m.nominations()), m.date(), false, "meetings"));
            }
        }
        Map<String, Long> waiting = all.stream().filter(n -> n.status() == NominationStatus.RECEIVED
                && !onAgenda.contains(n.id())).collect(Collectors.groupingBy(n -> n.planId() == null
                ? Messages.get("overview.yearEnd", n.year()) : names.getOrDefault(n.planId(), ""),
                LinkedHashMap::new, Collectors.counting()));
        waiting.forEach((what, count) -> out.add(new Attention(AttentionKind.MEETING, Messages.get("overview.meetingNeeded",
                count, what), null, false, "meetings")));
    }
}
