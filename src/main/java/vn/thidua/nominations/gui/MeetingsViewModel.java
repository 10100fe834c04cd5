package vn.thidua.nominations.gui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.nominations.logic.MeetingRepository;
import vn.thidua.nominations.logic.MeetingRepository.Sitting;
import vn.thidua.nominations.logic.NominationRepository;
import vn.thidua.nominations.model.Attendance;
import vn.thidua.nominations.model.Meeting;
import vn.thidua.nominations.model.MeetingSummary;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.nominations.model.Vote;
import vn.thidua.nominations.model.VoteAmendment;
import vn.thidua.nominations.model.VoteOutcome;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.model.Agency;
import vn.thidua.plans.logic.PlanRepository;

/**
 * The council screen (Hội đồng Thi đua - Khen thưởng): its meetings, a new meeting with the received nominations of
 * a plan or a year-end review on its agenda, and one meeting's details, attendance with the quorum and the votes with
 * each nomination's share of all members against its award's threshold, all counted live as the clerk types. Closing
 * locks the votes; a later correction is an amendment with its reason.
 */
public class MeetingsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    /** The repositories the screen reads and writes. */
    public record Sources(MeetingRepository meetings, NominationRepository nominations, PlanRepository plans,
                          AgencyRepository agency) {
    }

    /** A line of the meetings list as shown. */
    public record MeetingRow(MeetingSummary meeting, String dateText, String numberText, String subject,
                             String attendanceText, String closedText) {
    }

    /** A received nomination that may be put on the agenda. */
    public record Candidate(long nominationId, String text) {

        @Override
        public String toString() {
            return text;
        }
    }

    /** A council member on the meeting's day: present, or absent with the reason and perhaps a written opinion. */
    public static final class AttendanceRow {
        private final Attendance member;
        public final BooleanProperty present = new SimpleBooleanProperty(true);
        public final StringProperty absenceReason = new SimpleStringProperty("");
        public final BooleanProperty writtenOpinion = new SimpleBooleanProperty(false);

        AttendanceRow(Attendance a) {
            member = a;
            present.set(a.present());
            absenceReason.set(a.absenceReason() == null ? "" : a.absenceReason());
            writtenOpinion.set(a.writtenOpinion());
            // A member present has no reason for absence and sends no written opinion; one who writes is absent.
            present.addListener((o, was, now) -> {
                if (now) {
                    absenceReason.set("");
                    writtenOpinion.set(false);
                }
            });
            writtenOpinion.addListener((o, was, now) -> {
                if (now) {
                    present.set(false);
                }
            });
        }

        public String name() {
            return member.name();
        }

        public String roleText() {
            return Messages.label(member.role());
        }

        public String position() {
            return member.position() == null ? "" : member.position();
        }

        public long memberId() {
            return member.memberId();
        }

        Attendance toAttendance() {
            return member.withPresence(present.get(), VietText.cleanOrNull(absenceReason.get()), writtenOpinion.get());
        }

        Observable[] fields() {
            return new Observable[] {present, absenceReason, writtenOpinion};
        }

        @Override
        public String toString() {
            return member.name();
        }
    }

    /** The count on one nomination as typed, and what it comes to against the whole council. */
    public static final class VoteRow {
        private final long nominationId;
        private final String nomineeName;
        private final String awardName;
        private final Integer threshold;
        private final String statusText;
        public final StringProperty agree = new SimpleStringProperty("0");
        public final StringProperty disagree = new SimpleStringProperty("0");
        public final StringProperty abstain = new SimpleStringProperty("0");
        public final StringProperty writtenAgree = new SimpleStringProperty("0");
        public final StringProperty writtenDisagree = new SimpleStringProperty("0");
        private final ReadOnlyStringWrapper percentText = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper outcomeText = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper passed = new ReadOnlyBooleanWrapper(false);
        private final ReadOnlyBooleanWrapper voted = new ReadOnlyBooleanWrapper(false);

        VoteRow(Vote v, String nomineeName, String awardName, Integer threshold, String statusText) {
            this.nominationId = v.nominationId();
            this.nomineeName = nomineeName;
            this.awardName = awardName;
            this.threshold = threshold;
            this.statusText = statusText;
            agree.set(String.valueOf(v.agree()));
            disagree.set(String.valueOf(v.disagree()));
            abstain.set(String.valueOf(v.abstain()));
            writtenAgree.set(String.valueOf(v.writtenAgree()));
            writtenDisagree.set(String.valueOf(v.writtenDisagree()));
        }

        public long nominationId() {
            return nominationId;
        }

        public String nomineeName() {
            return nomineeName;
        }

        public String awardName() {
            return awardName;
        }

        /** "≥ 80%", or "> 50%" where the award's rules set no threshold. */
        public String thresholdText() {
            return threshold == null ? Messages.get("meetings.threshold.half")
                    : Messages.get("meetings.threshold.percent", threshold);
        }

        /** The nomination's status: "Hội đồng đã xét" once the meeting is closed. */
        public String statusText() {
            return statusText;
        }

        public ReadOnlyStringProperty percentTextProperty() {
            return percentText.getReadOnlyProperty();
        }

        /** "Đạt" or "Không đạt", following the counts and the attendance. */
        public ReadOnlyStringProperty outcomeTextProperty() {
            return outcomeText.getReadOnlyProperty();
        }

        public ReadOnlyBooleanProperty passedProperty() {
            return passed.getReadOnlyProperty();
        }

        /** The vote, or null while a count is not a whole number. */
        Vote toVote() {
            Integer[] n = {count(agree.get()), count(disagree.get()), count(abstain.get()), count(writtenAgree.get()),
                count(writtenDisagree.get())};
            for (Integer i : n) {
                if (i == null) {
                    return null;
                }
            }
            return new Vote(nominationId, n[0], n[1], n[2], n[3], n[4]);
        }

        void recount(int members) {
            Vote v = toVote();
            if (v == null) {
                percentText.set("");
                outcomeText.set(Messages.get("meetings.outcome.unreadable"));
                passed.set(false);
                voted.set(false);
                return;
            }
            VoteOutcome o = new VoteOutcome(v, members, threshold);
            percentText.set(percent(o.percent()));
            outcomeText.set(v.castInRoom() + v.written() == 0 ? Messages.get("meetings.outcome.notVoted")
                    : Messages.get(o.passed() ? "meetings.outcome.passed" : "meetings.outcome.failed"));
            passed.set(o.passed());
            voted.set(v.castInRoom() + v.written() > 0);
        }

        /** True once any vote is counted; until then the outcome is neither passed nor failed. */
        public ReadOnlyBooleanProperty votedProperty() {
            return voted.getReadOnlyProperty();
        }

        Observable[] fields() {
            return new Observable[] {agree, disagree, abstain, writtenAgree, writtenDisagree};
        }
    }

    private record Opened(Sitting sitting, Map<Long, VoteOutcome> outcomes, Map<Long, NominationSummary> nominations,
                          List<VoteAmendment> amendments) {
    }

    private final Sources s;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDateTime> now;
    private final String user;

    private final ObservableList<MeetingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> newScope = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> newDate = new SimpleObjectProperty<>();

    private Sitting sitting;
    private Map<Long, NominationSummary> known = Map.of();
    private boolean filling;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty minutesNumber = new SimpleStringProperty("");
    private final StringProperty startTime = new SimpleStringProperty("");
    private final StringProperty endTime = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<AttendanceRow> chair = new SimpleObjectProperty<>();
    private final ObjectProperty<AttendanceRow> secretary = new SimpleObjectProperty<>();
    private final StringProperty guests = new SimpleStringProperty("");
    private final StringProperty discussion = new SimpleStringProperty("");
    private final StringProperty conclusion = new SimpleStringProperty("");
    private final ObservableList<AttendanceRow> attendance = FXCollections.observableArrayList(AttendanceRow::fields);
    private final ObservableList<VoteRow> votes = FXCollections.observableArrayList(VoteRow::fields);
    private final ObjectProperty<VoteRow> selectedVote = new SimpleObjectProperty<>();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Candidate> candidate = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper quorumText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper quorum = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper detailsError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper votesError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper countsReadable = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<String> amendments = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper amending = new ReadOnlyBooleanWrapper(false);
    private final StringProperty amendAgree = new SimpleStringProperty("");
    private final StringProperty amendDisagree = new SimpleStringProperty("");
    private final StringProperty amendAbstain = new SimpleStringProperty("");
    private final StringProperty amendWrittenAgree = new SimpleStringProperty("");
    private final StringProperty amendWrittenDisagree = new SimpleStringProperty("");
    private final StringProperty amendReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper amendTarget = new ReadOnlyStringWrapper("");

    private final Command newMeeting;
    private final Command confirmNew;
    private final Command cancelNew;
    private final Command openMeeting;
    private final Command deleteMeeting;
    private final Command back;
    private final Command save;
    private final Command closeMeeting;
    private final Command addAgenda;
    private final Command removeAgenda;
    private final Command startAmend;
    private final Command confirmAmend;
    private final Command cancelAmend;

    public MeetingsViewModel(Sources sources, TaskExecutor executor, DialogService dialogs,
                             Supplier<LocalDateTime> now, String user) {
        this.s = sources;
        this.executor = executor;
        this.dialogs = dialogs;
        this.now = now;
        this.user = user == null ? "" : user;

        attendance.addListener((javafx.collections.ListChangeListener<AttendanceRow>) c -> changed());
        votes.addListener((javafx.collections.ListChangeListener<VoteRow>) c -> changed());
        for (Observable o : List.of(date, minutesNumber, startTime, endTime, place, subject, chair, secretary, guests,
                discussion, conclusion)) {
            o.addListener(x -> changed());
        }

        BooleanBinding idle = busy.not();
        BooleanBinding listing = idle.and(open.not());
        BooleanBinding editable = idle.and(open).and(closed.not());
        newMeeting = new Command(this::startNew, listing.and(creating.not()));
        confirmNew = new Command(this::createMeeting, idle.and(creating).and(newScope.isNotNull()).and(newDate.isNotNull()));
        cancelNew = new Command(() -> creating.set(false), creating);
        openMeeting = new Command(() -> openMeeting(selected.get().meeting().id()), listing.and(selected.isNotNull()));
        deleteMeeting = new Command(this::deleteSelected, listing.and(Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().meeting().closed(), selected)));
        back = new Command(this::back, idle.and(open));
        save = new Command(this::saveMeeting, editable.and(countsReadable).and(detailsError.isNull()));
        closeMeeting = new Command(this::closeMeeting, editable.and(countsReadable).and(detailsError.isNull()));
        addAgenda = new Command(this::addAgenda, editable.and(candidate.isNotNull()));
        removeAgenda = new Command(this::removeAgenda, editable.and(selectedVote.isNotNull()));
        startAmend = new Command(this::startAmend, idle.and(closed).and(selectedVote.isNotNull()).and(amending.not()));
        confirmAmend = new Command(this::confirmAmend, idle.and(amending).and(Bindings.createBooleanBinding(
                () -> VietText.cleanOrNull(amendReason.get()) != null, amendReason)));
        cancelAmend = new Command(() -> amending.set(false), amending);
    }

    // --- list -----------------------------------------------------------------------------------------------------

    public void load() {
        if (open.get()) {
            return;
        }
        busy.set(true);
        int thisYear = now.get().getYear();
        executor.submit(Messages.get("common.loading"), () -> {
            List<MeetingSummary> all = s.meetings().all();
            String code = s.agency().agency().map(Agency::shortCode).orElse(null);
            List<Integer> years = s.nominations().all().stream().filter(n -> n.planId() == null)
                    .map(NominationSummary::year).distinct().toList();
            return Map.entry(all, Scope.of(s.plans().all(), code, thisYear, years));
        }, loaded -> {
            busy.set(false);
            Long keep = selected.get() == null ? null : selected.get().meeting().id();
            rows.setAll(loaded.getKey().stream().map(MeetingsViewModel::row).toList());
            scopes.setAll(loaded.getValue());
            selected.set(rows.stream().filter(r -> Objects.equals(r.meeting().id(), keep)).findFirst().orElse(null));
        }, this::failed);
    }

    private static MeetingRow row(MeetingSummary m) {
        return new MeetingRow(m, VietDates.format(m.date()), m.minutesNumber() == null ? ""
                : Messages.get("meetings.number", String.format("%02d", m.minutesNumber()), m.year()),
                m.subject() == null ? "" : m.subject(), Messages.get("meetings.presentOf", m.present(), m.members()),
                m.closed() ? Messages.get("meetings.closedYes") : Messages.get("meetings.closedNo"));
    }

    private void startNew() {
        if (newScope.get() == null && !scopes.isEmpty()) {
            newScope.set(scopes.get(0));
        }
        newDate.set(now.get().toLocalDate());
        creating.set(true);
    }

    /** Opens a meeting with the council as it stands and the scope's received nominations on the agenda. */
    private void createMeeting() {
        Scope sc = newScope.get();
        LocalDate day = newDate.get();
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> {
            List<Long> agenda = candidatesOf(sc.planId(), sc.year()).stream().map(NominationSummary::id).toList();
            Meeting m = new Meeting(null, sc.planId(), day.getYear(), day, null, null, null,
                    Messages.get("meetings.subject.default", sc.label()), null, null, null, null, null, null, null);
            return s.meetings().create(m, agenda);
        }, created -> {
            busy.set(false);
            creating.set(false);
            openMeeting(created.meeting().id());
        }, this::failed);
    }

    /** Received nominations of a plan, or of a year-end review without a plan. */
    private List<NominationSummary> candidatesOf(Long planId, int year) {
        List<NominationSummary> all = planId != null ? s.nominations().forPlan(planId)
                : s.nominations().forYear(year).stream().filter(n -> n.planId() == null).toList();
        return all.stream().filter(n -> n.status() == NominationStatus.RECEIVED).toList();
    }

    private void deleteSelected() {
        MeetingRow row = selected.get();
        if (!dialogs.confirm(Messages.get("meetings.delete.title"), Messages.get("meetings.delete.confirm",
                row.dateText()))) {
            return;
        }
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> {
            s.meetings().delete(row.meeting().id());
            return row;
        }, done -> {
            busy.set(false);
            selected.set(null);
            load();
        }, this::failed);
    }

    // --- one meeting ----------------------------------------------------------------------------------------------

    private void openMeeting(long id) {
        busy.set(true);
        executor.submit(Messages.get("common.loading"), () -> read(id), o -> {
            busy.set(false);
            show(o);
        }, this::failed);
    }

    private Opened read(long id) {
        Sitting st = s.meetings().get(id);
        Map<Long, NominationSummary> byId = s.nominations().all().stream()
                .collect(Collectors.toMap(NominationSummary::id, Function.identity()));
        return new Opened(st, s.meetings().outcomes(st), byId, s.meetings().amendments(id));
    }

    private void show(Opened o) {
        filling = true;
        try {
            sitting = o.sitting();
            known = o.nominations();
            Meeting m = sitting.meeting();
            heading.set(Messages.get("meetings.heading", m.minutesNumber() == null ? ""
                    : String.format("%02d", m.minutesNumber()), VietDates.format(m.date())));
            closed.set(m.closed());
            amending.set(false);
            date.set(m.date());
            minutesNumber.set(m.minutesNumber() == null ? "" : String.valueOf(m.minutesNumber()));
            startTime.set(m.startTime() == null ? "" : TIME.format(m.startTime()));
            endTime.set(m.endTime() == null ? "" : TIME.format(m.endTime()));
            place.set(text(m.place()));
            subject.set(text(m.subject()));
            guests.set(text(m.guests()));
            discussion.set(text(m.discussion()));
            conclusion.set(text(m.conclusion()));
            attendance.setAll(sitting.attendance().stream().map(AttendanceRow::new).toList());
            chair.set(attendance.stream().filter(a -> Objects.equals(a.memberId(), m.chairId())).findFirst().orElse(null));
            secretary.set(attendance.stream().filter(a -> Objects.equals(a.memberId(), m.secretaryId())).findFirst()
                    .orElse(null));
            votes.setAll(sitting.votes().stream().map(v -> voteRow(v, o.outcomes().get(v.nominationId()))).toList());
            selectedVote.set(null);
            amendments.setAll(o.amendments().stream().map(this::amendmentLine).toList());
            offerCandidates();
        } finally {
            filling = false;
        }
        open.set(true);
        recount();
        dirty.set(false);
    }

    private VoteRow voteRow(Vote v, VoteOutcome outcome) {
        NominationSummary n = known.get(v.nominationId());
        return new VoteRow(v, n == null ? "#" + v.nominationId() : n.nomineeName(), n == null ? "" : n.awardName(),
                outcome == null ? null : outcome.thresholdPercent(),
                n == null ? "" : Messages.label(n.status()));
    }

    private String amendmentLine(VoteAmendment a) {
        NominationSummary n = known.get(a.nominationId());
        return Messages.get("meetings.amendment.line", AT.format(a.at()), a.by() == null ? "" : a.by(),
                n == null ? "#" + a.nominationId() : n.nomineeName(), counts(a.before()), counts(a.after()), a.reason());
    }

    private void offerCandidates() {
        Meeting m = sitting.meeting();
        List<Long> onAgenda = votes.stream().map(VoteRow::nominationId).toList();
        candidates.setAll(known.values().stream()
                .filter(n -> Objects.equals(n.planId(), m.planId()) && (m.planId() != null || n.year() == m.year()))
                .filter(n -> n.status() == NominationStatus.RECEIVED && !onAgenda.contains(n.id()))
                .map(n -> new Candidate(n.id(), Messages.get("meetings.candidate", n.nomineeName(), n.awardName())))
                .toList());
        candidate.set(null);
    }

    private void changed() {
        if (filling || !open.get()) {
            return;
        }
        dirty.set(true);
        recount();
    }

    /** The quorum and every vote's outcome, from the attendance and the counts as they stand. */
    private void recount() {
        int members = attendance.size();
        int present = (int) attendance.stream().filter(a -> a.present.get()).count();
        int written = (int) attendance.stream().filter(a -> !a.present.get() && a.writtenOpinion.get()).count();
        boolean enough = members > 0 && present * 3 >= members * 2;
        quorum.set(enough);
        quorumText.set(Messages.get(enough ? "meetings.quorum.enough" : "meetings.quorum.short", present, members));
        String problem = null;
        boolean readable = true;
        for (VoteRow v : votes) {
            v.recount(members);
            Vote vote = v.toVote();
            if (vote == null) {
                readable = false;
                problem = problem != null ? problem : Messages.get("meetings.error.count", v.nomineeName());
            } else if (vote.castInRoom() > present) {
                problem = problem != null ? problem : Messages.get("meetings.error.tooMany", v.nomineeName(),
                        vote.castInRoom(), present);
            } else if (vote.written() > written) {
                problem = problem != null ? problem : Messages.get("meetings.error.tooManyWritten", v.nomineeName(),
                        vote.written(), written);
            }
        }
        countsReadable.set(readable);
        votesError.set(problem);
        detailsError.set(date.get() == null ? Messages.get("meetings.error.date")
                : time(startTime.get()) == null || time(endTime.get()) == null ? Messages.get("meetings.error.time")
                : number(minutesNumber.get()) == null ? Messages.get("meetings.error.number") : null);
    }

    /** "8:00", "08:00", "8h00", "8h"; blank: no time; unreadable: null. */
    static LocalTime[] time(String typed) {
        String t = VietText.cleanOrNull(typed);
        if (t == null) {
            return new LocalTime[] {null};
        }
        var m = java.util.regex.Pattern.compile("(\\d{1,2})\\s*[:hg]\\s*(\\d{0,2})").matcher(t.toLowerCase());
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
        return h < 24 && min < 60 ? new LocalTime[] {LocalTime.of(h, min)} : null;
    }

    private static Integer[] number(String typed) {
        String t = VietText.cleanOrNull(typed);
        if (t == null) {
            return new Integer[] {null};
        }
        return t.matches("\\d{1,5}") && Integer.parseInt(t) > 0 ? new Integer[] {Integer.valueOf(t)} : null;
    }

    static Integer count(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return 0;
        }
        return t.matches("\\d{1,4}") ? Integer.valueOf(t) : null;
    }

    /** The meeting as typed. */
    Sitting typed() {
        Meeting m = sitting.meeting();
        Meeting edited = new Meeting(m.id(), m.planId(), date.get().getYear(), date.get(), time(startTime.get())[0],
                time(endTime.get())[0], VietText.cleanOrNull(place.get()), VietText.cleanOrNull(subject.get()),
                number(minutesNumber.get())[0], chair.get() == null ? null : chair.get().memberId(),
                secretary.get() == null ? null : secretary.get().memberId(), VietText.cleanOrNull(guests.get()),
                VietText.cleanOrNull(discussion.get()), VietText.cleanOrNull(conclusion.get()), m.closedAt());
        return new Sitting(edited, attendance.stream().map(AttendanceRow::toAttendance).toList(),
                votes.stream().map(VoteRow::toVote).toList());
    }

    private void saveMeeting() {
        Sitting edited = typed();
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> {
            s.meetings().save(edited);
            return read(edited.meeting().id());
        }, o -> {
            busy.set(false);
            show(o);
        }, this::failed);
    }

    /** Saves what was typed, then closes the meeting, after the clerk confirms; refused below quorum. */
    private void closeMeeting() {
        if (!dialogs.confirm(Messages.get("meetings.close.title"), Messages.get("meetings.close.confirm"))) {
            return;
        }
        Sitting edited = typed();
        LocalDateTime at = now.get();
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> {
            s.meetings().save(edited);
            s.meetings().close(edited.meeting().id(), at);
            return read(edited.meeting().id());
        }, o -> {
            busy.set(false);
            show(o);
        }, e -> {
            failed(e);
            openMeeting(edited.meeting().id());
        });
    }

    private void back() {
        if (dirty.get() && !closed.get() && !dialogs.confirm(Messages.get("meetings.unsavedTitle"),
                Messages.get("meetings.unsaved"))) {
            return;
        }
        open.set(false);
        amending.set(false);
        sitting = null;
        load();
    }

    private void addAgenda() {
        Candidate c = candidate.get();
        Sitting probe = new Sitting(sitting.meeting(), sitting.attendance(), List.of(Vote.none(c.nominationId())));
        busy.set(true);
        executor.submit(Messages.get("common.loading"), () -> s.meetings().outcomes(probe), outcomes -> {
            busy.set(false);
            votes.add(voteRow(Vote.none(c.nominationId()), outcomes.get(c.nominationId())));
            offerCandidates();
        }, this::failed);
    }

    private void removeAgenda() {
        votes.remove(selectedVote.get());
        selectedVote.set(null);
        offerCandidates();
    }

    private void startAmend() {
        VoteRow v = selectedVote.get();
        amendTarget.set(Messages.get("meetings.amend.target", v.nomineeName(), v.awardName()));
        amendAgree.set(v.agree.get());
        amendDisagree.set(v.disagree.get());
        amendAbstain.set(v.abstain.get());
        amendWrittenAgree.set(v.writtenAgree.get());
        amendWrittenDisagree.set(v.writtenDisagree.get());
        amendReason.set("");
        amending.set(true);
    }

    private void confirmAmend() {
        VoteRow v = selectedVote.get();
        Integer[] n = {count(amendAgree.get()), count(amendDisagree.get()), count(amendAbstain.get()),
            count(amendWrittenAgree.get()), count(amendWrittenDisagree.get())};
        for (Integer i : n) {
            if (i == null) {
                dialogs.showError(Messages.get("meetings.error.count", v.nomineeName()));
                return;
            }
        }
        Vote corrected = new Vote(v.nominationId(), n[0], n[1], n[2], n[3], n[4]);
        long id = sitting.meeting().id();
        String reason = amendReason.get();
        LocalDateTime at = now.get();
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> {
            s.meetings().amendVote(id, corrected, user, reason, at);
            return read(id);
        }, o -> {
            busy.set(false);
            show(o);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        dialogs.showError(Errors.message(e));
    }

    /** "2/3/0 (0/1)" as the log keeps it, in words: "đồng ý 2, không đồng ý 3, không biểu quyết 0; văn bản 0/1". */
    static String counts(String logged) {
        var m = java.util.regex.Pattern.compile("(\\d+)/(\\d+)/(\\d+) \\((\\d+)/(\\d+)\\)")
                .matcher(logged == null ? "" : logged);
        return m.matches() ? Messages.get("meetings.amendment.counts", m.group(1), m.group(2), m.group(3), m.group(4),
                m.group(5)) : String.valueOf(logged);
    }

    static String percent(BigDecimal p) {
        return p.toPlainString().replace('.', ',') + "%";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    // --- properties -----------------------------------------------------------------------------------------------

    public ObservableList<MeetingRow> rows() {
        return rows;
    }

    public ObjectProperty<MeetingRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the new meeting's scope and day are asked. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ObservableList<Scope> scopes() {
        return scopes;
    }

    public ObjectProperty<Scope> newScopeProperty() {
        return newScope;
    }

    public ObjectProperty<LocalDate> newDateProperty() {
        return newDate;
    }

    /** True while one meeting is shown instead of the list. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** True once the meeting is closed: its tables are read-only and votes change only by amendment. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty minutesNumberProperty() {
        return minutesNumber;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public ObjectProperty<AttendanceRow> chairProperty() {
        return chair;
    }

    public ObjectProperty<AttendanceRow> secretaryProperty() {
        return secretary;
    }

    public StringProperty guestsProperty() {
        return guests;
    }

    public StringProperty discussionProperty() {
        return discussion;
    }

    public StringProperty conclusionProperty() {
        return conclusion;
    }

    public ObservableList<AttendanceRow> attendance() {
        return attendance;
    }

    public ObservableList<VoteRow> votes() {
        return votes;
    }

    public ObjectProperty<VoteRow> selectedVoteProperty() {
        return selectedVote;
    }

    /** Received nominations of the meeting's plan or year not yet on the agenda. */
    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObjectProperty<Candidate> candidateProperty() {
        return candidate;
    }

    /** "Có mặt 9/10 — đủ 2/3", following the attendance as it is ticked. */
    public ReadOnlyStringProperty quorumTextProperty() {
        return quorumText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty quorumProperty() {
        return quorum.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsErrorProperty() {
        return detailsError.getReadOnlyProperty();
    }

    /** The first count that cannot be right (more votes than members present, …), or null. */
    public ReadOnlyStringProperty votesErrorProperty() {
        return votesError.getReadOnlyProperty();
    }

    public ObservableList<String> amendments() {
        return amendments;
    }

    public ReadOnlyBooleanProperty amendingProperty() {
        return amending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amendTargetProperty() {
        return amendTarget.getReadOnlyProperty();
    }

    public StringProperty amendAgreeProperty() {
        return amendAgree;
    }

    public StringProperty amendDisagreeProperty() {
        return amendDisagree;
    }

    public StringProperty amendAbstainProperty() {
        return amendAbstain;
    }

    public StringProperty amendWrittenAgreeProperty() {
        return amendWrittenAgree;
    }

    public StringProperty amendWrittenDisagreeProperty() {
        return amendWrittenDisagree;
    }

    public StringProperty amendReasonProperty() {
        return amendReason;
    }

    public Command newCommand() {
        return newMeeting;
    }

    public Command confirmNewCommand() {
        return confirmNew;
    }

    public Command cancelNewCommand() {
        return cancelNew;
    }

    public Command openCommand() {
        return openMeeting;
    }

    public Command deleteCommand() {
        return deleteMeeting;
    }

    public Command backCommand() {
        return back;
    }

    public Command saveCommand() {
        return save;
    }

    public Command closeMeetingCommand() {
        return closeMeeting;
    }

    public Command addAgendaCommand() {
        return addAgenda;
    }

    public Command removeAgendaCommand() {
        return removeAgenda;
    }

    public Command amendCommand() {
        return startAmend;
    }

    public Command confirmAmendCommand() {
        return confirmAmend;
    }

    public Command cancelAmendCommand() {
        return cancelAmend;
    }
}
