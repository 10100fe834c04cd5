package vn.thidua.nominations.logic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.FileWrites;
import vn.thidua.common.text.VietDates;
import vn.thidua.nominations.model.DocumentKind;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.nominations.model.VoteOutcome;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.CouncilMember;
import vn.thidua.organisation.model.CouncilRole;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanRepository;
import vn.thidua.plans.model.Plan;

/**
 * Prints a plan's nominations, a council meeting or a nomination's dossier to a file (temp file, then moved into
 * place); the command line and the window share it. Which nominations a plan proposes: those that passed the
 * council's latest vote on the plan, or before any vote, those received.
 */
public final class NominationPrinter {

    /** What the documents need besides the nominations themselves. */
    public record Sources(NominationRepository nominations, MeetingRepository meetings, DossierService dossiers,
                          PlanRepository plans, AgencyRepository agency, StaffRepository staff, UnitRepository units,
                          CatalogueRepository catalogue) {
    }

    /**
     * A plan's nominations as the documents print them.
     *
     * @param all      the plan's active nominations, in the plan's order (collectives first, then award form order)
     * @param proposed those the petition proposes
     * @param meeting  the latest meeting that voted on them, or null
     * @param outcomes the votes' outcomes by nomination id (empty without a meeting)
     */
    public record PlanNominations(Plan plan, List<Nomination> all, List<Nomination> proposed,
                                  MeetingRepository.Sitting meeting, Map<Long, VoteOutcome> outcomes) {
    }

    private final Sources sources;
    private final DocxWriter writer;

    public NominationPrinter(Sources sources, DocxWriter writer) {
        this.sources = sources;
        this.writer = writer;
    }

    /** The plan's nominations, the proposed ones, and the council's latest vote on them. */
    public PlanNominations planNominations(long planId) {
        Plan plan = sources.plans().get(planId);
        List<Nomination> all = new ArrayList<>();
        for (NominationSummary summary : sources.nominations().forPlan(planId)) {
            if (summary.status().active()) {
                all.add(sources.nominations().get(summary.id()));
            }
        }
        MeetingRepository.Sitting meeting = sources.meetings().latestForPlan(planId).orElse(null);
        Map<Long, VoteOutcome> outcomes = meeting == null ? Map.of() : sources.meetings().outcomes(meeting);
        boolean voted = all.stream().anyMatch(n -> outcomes.containsKey(n.id()));
        List<Nomination> proposed = all.stream().filter(n -> voted
                ? outcomes.containsKey(n.id()) && outcomes.get(n.id()).passed()
                : n.status().received()).toList();
        return new PlanNominations(plan, all, proposed, voted ? meeting : null, voted ? outcomes : Map.of());
    }

    /** The petitions (Tờ trình) for plan {@code planId}, one per deciding authority. */
    public List<OfficialDocument> petitions(long planId, LocalDate today) {
        PlanNominations p = planNominations(planId);
        return documents(p.plan(), today).petitions(proposedOrRefuse(p), meetingDay(p.meeting()));
    }

    /** Writes the petitions of plan {@code planId} to {@code file}; returns how many nominations they propose. */
    public int printPetition(long planId, LocalDate today, Path file) {
        PlanNominations p = planNominations(planId);
        List<OfficialDocument> docs = documents(p.plan(), today).petitions(proposedOrRefuse(p), meetingDay(p.meeting()));
        FileWrites.reported(file, () -> writer.writeAll(docs, file));
        return p.proposed().size();
    }

    /**
     * The petitions for a meeting's result: the nominations that passed its vote, citing its minutes; under the
     * meeting's plan when it has one.
     */
    public List<OfficialDocument> petitionsForMeeting(long meetingId, LocalDate today) {
        MeetingRepository.Sitting sitting = sources.meetings().get(meetingId);
        Plan plan = sitting.meeting().planId() == null ? null : sources.plans().get(sitting.meeting().planId());
        Map<Long, VoteOutcome> outcomes = sources.meetings().outcomes(sitting);
        List<Nomination> passed = new ArrayList<>();
        sitting.votes().forEach(v -> {
            VoteOutcome o = outcomes.get(v.nominationId());
            if (o != null && o.passed()) {
                sources.nominations().find(v.nominationId()).ifPresent(passed::add);
            }
        });
        if (passed.isEmpty()) {
            throw UserException.of("nominationDoc.error.nonePassed", VietDates.format(sitting.meeting().date()));
        }
        return documents(plan, today).petitions(passed, sitting.meeting().date());
    }

    /** Writes the petitions for a meeting's result to {@code file}; returns how many documents were written. */
    public int printPetitionForMeeting(long meetingId, LocalDate today, Path file) {
        List<OfficialDocument> docs = petitionsForMeeting(meetingId, today);
        FileWrites.reported(file, () -> writer.writeAll(docs, file));
        return docs.size();
    }

    /** The minutes of meeting {@code meetingId}. */
    public OfficialDocument minutes(long meetingId, LocalDate today) {
        return minutes(sources.meetings().get(meetingId), today);
    }

    private OfficialDocument minutes(MeetingRepository.Sitting sitting, LocalDate today) {
        Plan plan = sitting.meeting().planId() == null ? null : sources.plans().get(sitting.meeting().planId());
        return minutes(sitting, documents(plan, today));
    }

    /** Writes the minutes of meeting {@code meetingId} to {@code file}; returns the meeting's sitting. */
    public MeetingRepository.Sitting printMinutes(long meetingId, LocalDate today, Path file) {
        MeetingRepository.Sitting sitting = sources.meetings().get(meetingId);
        OfficialDocument doc = minutes(sitting, today);
        FileWrites.reported(file, () -> writer.writeAll(List.of(doc), file));
        return sitting;
    }

    /**
     * One nomination's dossier in filing order: the petition (none when the council's vote failed), the minutes when a
     * meeting voted on it, the achievement report, the summary, then the list of the dossier's documents and files.
     */
    public List<OfficialDocument> dossier(long nominationId, LocalDate today) {
        Nomination n = sources.nominations().get(nominationId);
        Plan plan = n.planId() == null ? null : sources.plans().get(n.planId());
        NominationDocuments docs = documents(plan, today);
        MeetingRepository.Sitting meeting = sources.meetings().latestVotingOn(nominationId).orElse(null);
        VoteOutcome outcome = meeting == null ? null : sources.meetings().outcomes(meeting).get(nominationId);
        List<OfficialDocument> out = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        if (outcome == null || outcome.passed()) {
            out.addAll(docs.petitions(List.of(n), meetingDay(meeting)));
            printed.add(Messages.label(DocumentKind.PETITION));
        }
        if (meeting != null) {
            out.add(minutes(meeting, docs));
            printed.add(Messages.label(DocumentKind.MINUTES));
        }
        out.add(docs.report(n));
        printed.add(Messages.label(DossierService.reportKind(n)));
        out.add(docs.summary(List.of(n)));
        printed.add(Messages.label(DocumentKind.SUMMARY));
        out.add(docs.fileList(n, sources.dossiers().items(nominationId), printed));
        return out;
    }

    /** Writes one nomination's dossier to {@code file}; returns the nomination. */
    public Nomination printDossier(long nominationId, LocalDate today, Path file) {
        Nomination n = sources.nominations().get(nominationId);
        List<OfficialDocument> docs = dossier(nominationId, today);
        FileWrites.reported(file, () -> writer.writeAll(docs, file));
        return n;
    }

    /**
     * A whole movement's dossier in filing order: the petitions, the minutes of the vote, the summary of all the
     * proposed nominations, then each one's achievement report.
     */
    public List<OfficialDocument> planDossier(long planId, LocalDate today) {
        return planDossier(planNominations(planId), today);
    }

    private List<OfficialDocument> planDossier(PlanNominations p, LocalDate today) {
        List<Nomination> proposed = proposedOrRefuse(p);
        NominationDocuments docs = documents(p.plan(), today);
        List<OfficialDocument> out = new ArrayList<>(docs.petitions(proposed, meetingDay(p.meeting())));
        if (p.meeting() != null) {
            out.add(minutes(p.meeting(), docs));
        }
        out.add(docs.summary(proposed));
        for (Nomination n : proposed) {
            out.add(docs.report(n));
        }
        return out;
    }

    /** Writes a whole movement's dossier to {@code file}; returns how many nominations it holds. */
    public int printPlanDossier(long planId, LocalDate today, Path file) {
        PlanNominations p = planNominations(planId);
        List<OfficialDocument> docs = planDossier(p, today);
        FileWrites.reported(file, () -> writer.writeAll(docs, file));
        return p.proposed().size();
    }

    /** Writes the plan's list of nominations (Danh sách đề nghị khen thưởng) and its vote table as .xlsx. */
    public int printList(long planId, LocalDate today, Path file) {
        PlanNominations p = planNominations(planId);
        NominationDocuments docs = documents(p.plan(), today);
        Map<Long, VoteOutcome> outcomes = p.meeting() == null ? Map.of() : p.outcomes();
        FileWrites.reported(file, () -> NominationWorkbook.write(p.plan(), sources.agency().agency().orElse(null), docs, p.all(),
                outcomes, p.meeting(), file));
        return p.all().size();
    }

    /** The documents' wording for a plan (or none) with everything they print besides the nominations. */
    public NominationDocuments documents(Plan plan, LocalDate today) {
        Map<Long, AwardForm> forms = sources.catalogue().awardForms().stream()
                .collect(Collectors.toMap(AwardForm::id, Function.identity()));
        Map<Long, StaffMember> staff = sources.staff().all().stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        Map<Long, Unit> units = sources.units().all().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<DocumentKind, String> numbers = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.generated()) {
                sources.dossiers().formNumber(kind, today).ifPresent(n -> numbers.put(kind, n));
            }
        }
        String director = sources.agency().signers().stream().filter(s -> s.active() && s.role() == SignerRole.DIRECTOR)
                .map(Signer::fullName).findFirst().orElse("");
        String chair = sources.agency().councilMembers().stream().filter(m -> m.active() && m.role() == CouncilRole.CHAIR)
                .map(CouncilMember::fullName).findFirst().orElse("");
        return new NominationDocuments(new NominationDocuments.Context(sources.agency().agency().orElse(null),
                sources.catalogue().legalBasisOn(today).orElse(null), forms, staff, units, numbers, director, chair,
                today), plan);
    }

    private OfficialDocument minutes(MeetingRepository.Sitting sitting, NominationDocuments docs) {
        Map<Long, Nomination> voted = new LinkedHashMap<>();
        sitting.votes().forEach(v -> sources.nominations().find(v.nominationId()).ifPresent(n -> voted.put(n.id(), n)));
        return docs.minutes(sitting, sources.meetings().outcomes(sitting), voted);
    }

    private static List<Nomination> proposedOrRefuse(PlanNominations p) {
        if (p.proposed().isEmpty()) {
            throw UserException.of("nominationDoc.error.noneProposed", p.plan().title());
        }
        return p.proposed();
    }

    private static LocalDate meetingDay(MeetingRepository.Sitting meeting) {
        return Optional.ofNullable(meeting).map(m -> m.meeting().date()).orElse(null);
    }
}
