package vn.thidua.decisions.gui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietNumbers;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.decisions.logic.DecisionDrafts;
import vn.thidua.decisions.logic.DecisionRepository;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.decisions.model.DecisionSummary;
import vn.thidua.decisions.model.DraftOrigin;
import vn.thidua.nominations.logic.MeetingRepository;
import vn.thidua.nominations.model.MeetingSummary;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;

/**
 * The award decisions: the list; a draft made from a closed council meeting for one award, or an empty one for a
 * decision received from above or the director's own; the draft's texts and its lines (people and units may be added,
 * "số sổ vàng" and prize may be typed, a line may be taken out); signing with the day and the number
 * (the next one, or the paper register's); an amendment decision with its reason; deleting a draft.
 */
public class DecisionsViewModel {

    /** Where the screen gets its data. */
    public record Sources(DecisionRepository decisions, DecisionDrafts drafts, MeetingRepository meetings,
                          CatalogueRepository catalogue, StaffRepository staff, UnitRepository units) {
    }

    /** A line of the opened decision, with what the clerk may still type while it is a draft. */
    public static final class LineRow {
        private final DecisionLine line;
        private final StringProperty goldenBookNo;
        private final StringProperty prize;

        LineRow(DecisionLine line) {
            this.line = line;
            this.goldenBookNo = new SimpleStringProperty(line.goldenBookNo() == null ? "" : line.goldenBookNo());
            this.prize = new SimpleStringProperty(line.prize() == null ? "" : VietNumbers.grouped(line.prize()));
        }

        public DecisionLine line() {
            return line;
        }

        public String kindText() {
            return Messages.get(line.collective() ? "decisions.line.collective" : "decisions.line.individual");
        }

        public StringProperty goldenBookNoProperty() {
            return goldenBookNo;
        }

        public StringProperty prizeProperty() {
            return prize;
        }
    }

    private record Loaded(List<DecisionSummary> decisions, List<MeetingSummary> meetings, List<AwardForm> forms,
                          List<StaffMember> staff, List<Unit> units) {
    }

    private final Sources s;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final ObservableList<DecisionSummary> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DecisionSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<MeetingSummary> meetings = FXCollections.observableArrayList();
    private final ObservableList<AwardForm> forms = FXCollections.observableArrayList();
    private final ObservableList<DraftOrigin> origins = FXCollections.observableArrayList(DraftOrigin.values());
    private final ObjectProperty<DraftOrigin> newOrigin = new SimpleObjectProperty<>(DraftOrigin.MEETING);
    private final ObjectProperty<MeetingSummary> newMeeting = new SimpleObjectProperty<>();
    private final ObjectProperty<AwardForm> newAward = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty();
    private final ObjectProperty<Decision> opened = new SimpleObjectProperty<>();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObjectProperty<LineRow> selectedLine = new SimpleObjectProperty<>();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty issuer = new SimpleStringProperty("");
    private final StringProperty issuerCode = new SimpleStringProperty("");
    private final BooleanProperty fromAbove = new SimpleBooleanProperty();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty achievement = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final StringProperty petitionRef = new SimpleStringProperty("");
    private final StringProperty fundingSource = new SimpleStringProperty("");
    private final StringProperty executors = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> signDay = new SimpleObjectProperty<>();
    private final StringProperty signNumber = new SimpleStringProperty("");
    private final StringProperty amendReason = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding draft;
    private final Command startNew;
    private final Command confirmNew;
    private final Command cancelNew;
    private final Command open;
    private final Command back;
    private final Command save;
    private final Command removeLine;
    private final Command sign;
    private final Command amend;
    private final Command delete;
    private final DecisionLineAdder adder;

    public DecisionsViewModel(Sources sources, TaskExecutor executor, DialogService dialogs, Supplier<LocalDate> today) {
        this.s = sources;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        BooleanBinding idle = busy.not();
        draft = Bindings.createBooleanBinding(() -> opened.get() != null && !opened.get().signed(), opened);
        BooleanBinding signedOpen = Bindings.createBooleanBinding(() -> opened.get() != null && opened.get().signed(),
                opened);
        startNew = new Command(this::startNew, idle.and(creating.not()));
        confirmNew = new Command(this::confirmNew, idle.and(newAward.isNotNull()).and(Bindings.createBooleanBinding(
                () -> newOrigin.get() != DraftOrigin.MEETING || newMeeting.get() != null, newOrigin, newMeeting)));
        cancelNew = new Command(() -> creating.set(false));
        open = new Command(() -> openDecision(selected.get().id()), idle.and(selected.isNotNull()));
        back = new Command(this::back);
        save = new Command(this::save, idle.and(draft));
        removeLine = new Command(this::removeLine, idle.and(draft).and(selectedLine.isNotNull()));
        sign = new Command(this::sign, idle.and(draft).and(signDay.isNotNull()));
        amend = new Command(this::amend, idle.and(signedOpen).and(amendReason.isNotEmpty()));
        delete = new Command(this::delete, idle.and(Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() == vn.thidua.decisions.model.DecisionStatus.DRAFT, selected)));
        lines.addListener((javafx.collections.ListChangeListener<LineRow>) c -> showTotals());
        adder = new DecisionLineAdder(s.drafts(), executor, idle.and(draft), this::addLine, problem::set);
    }

    /** Reads the decisions, the closed meetings and the award forms. */
    public void load() {
        busy.set(true);
        executor.submit(Messages.get("common.loading"), () -> new Loaded(s.decisions().all(),
                s.meetings().all().stream().filter(MeetingSummary::closed).toList(), s.catalogue().awardForms(), s.staff().all(),
                s.units().all()), r -> {
                    busy.set(false);
                    Long keep = selected.get() == null ? null : selected.get().id();
                    rows.setAll(r.decisions());
                    meetings.setAll(r.meetings());
                    List<AwardForm> active = r.forms().stream().filter(AwardForm::active).toList();
                    if (!forms.equals(active)) {
                        // replacing equal items would clear the award chosen in the boxes bound to this list
                        forms.setAll(active);
                    }
                    adder.setChoices(r.staff(), r.units(), today.get());
                    selected.set(rows.stream().filter(d -> Objects.equals(d.id(), keep)).findFirst().orElse(null));
                }, this::failed);
    }

    private void startNew() {
        newOrigin.set(DraftOrigin.MEETING);
        newMeeting.set(meetings.isEmpty() ? null : meetings.get(0));
        newAward.set(null);
        creating.set(true);
    }

    private void confirmNew() {
        DraftOrigin origin = newOrigin.get();
        Long meeting = origin == DraftOrigin.MEETING ? newMeeting.get().id() : null;
        long award = newAward.get().id();
        LocalDate day = today.get();
        busy.set(true);
        executor.submit(Messages.get("decisions.drafting"), () -> meeting != null ? s.drafts().fromMeeting(meeting, award, day)
                : s.drafts().blank(origin, award, day), d -> {
            busy.set(false);
            creating.set(false);
            show(d);
            load();
        }, this::failed);
    }

    private void openDecision(long id) {
        busy.set(true);
        executor.submit(Messages.get("common.loading"), () -> s.decisions().get(id), d -> {
            busy.set(false);
            show(d);
        }, this::failed);
    }

    private void show(Decision d) {
        opened.set(d);
        problem.set("");
        issuer.set(nz(d.issuer()));
        issuerCode.set(nz(d.issuerCode()));
        fromAbove.set(!d.own());
        subject.set(nz(d.subject()));
        achievement.set(nz(d.achievement()));
        basis.set(String.join("\n", d.basis()));
        petitionRef.set(nz(d.petitionRef()));
        fundingSource.set(nz(d.fundingSource()));
        executors.set(nz(d.executors()));
        lines.setAll(d.lines().stream().map(LineRow::new).toList());
        adder.reset(forms.stream().filter(f -> Objects.equals(f.id(), d.awardFormId())).findFirst().orElse(null), d.year());
        signDay.set(d.signed() ? d.date() : today.get());
        signNumber.set(d.number() == null ? "" : String.valueOf(d.number()));
        amendReason.set("");
        heading.set(Messages.get(d.signed() ? "decisions.heading.signed" : "decisions.heading.draft",
                DecisionRepository.symbol(d), d.date() == null ? "" : VietDates.format(d.date())));
    }

    private void back() {
        opened.set(null);
        lines.clear();
    }

    /** The draft as typed: texts, lines with their số sổ vàng and prize; refused at the line that is wrong. */
    private Decision typed() {
        Decision d = opened.get();
        List<DecisionLine> typedLines = new java.util.ArrayList<>();
        int row = 1;
        for (LineRow r : lines) {
            Long prize;
            String p = r.prizeProperty().get().replace(".", "").replace(" ", "").strip();
            try {
                prize = p.isEmpty() ? null : Long.parseLong(p);
            } catch (NumberFormatException e) {
                throw new vn.thidua.common.i18n.UserException(Messages.get("decisions.error.prize", row, r.prizeProperty().get()));
            }
            typedLines.add(r.line().withPrize(r.goldenBookNoProperty().get(), prize));
            row++;
        }
        List<String> basisLines = Arrays.stream(basis.get().split("\n")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        return new Decision(d.id(), d.number(), d.year(), d.date(), !fromAbove.get(), issuer.get(), issuerCode.get(), d.place(),
                d.planId(), d.meetingId(), d.awardFormId(), subject.get(), achievement.get(), basisLines, petitionRef.get(),
                fundingSource.get(), executors.get(), d.signerName(), d.signerRole(), typedLines, d.status(), d.amendsId(),
                d.amendmentReason());
    }

    private void save() {
        Decision t;
        try {
            t = typed();
        } catch (RuntimeException e) {
            problem.set(Errors.message(e));
            return;
        }
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> s.decisions().saveDraft(t), d -> {
            busy.set(false);
            show(d);
            load();
        }, this::failed);
    }

    /** A line the clerk picked goes to the end of its kind (collectives before individuals), once per award. */
    private void addLine(DecisionLine line) {
        boolean there = lines.stream().map(LineRow::line).anyMatch(l -> l.awardFormId() == line.awardFormId()
                && Objects.equals(l.staffId(), line.staffId()) && Objects.equals(l.unitId(), line.unitId()));
        if (there) {
            problem.set(Messages.get("decisions.error.lineThere", line.name()));
            return;
        }
        problem.set("");
        int at = line.collective() ? (int) lines.stream().filter(r -> r.line().collective()).count() : lines.size();
        lines.add(at, new LineRow(line));
    }

    private void removeLine() {
        lines.remove(selectedLine.get());
    }

    private void sign() {
        Decision t;
        Integer number;
        try {
            t = typed();
            String n = signNumber.get().strip();
            number = n.isEmpty() ? null : Integer.valueOf(n);
        } catch (NumberFormatException e) {
            problem.set(Messages.get("decisions.error.numberText", signNumber.get()));
            return;
        } catch (RuntimeException e) {
            problem.set(Errors.message(e));
            return;
        }
        LocalDate day = signDay.get();
        busy.set(true);
        executor.submit(Messages.get("decisions.signing"), () -> {
            Decision saved = s.decisions().saveDraft(t);
            return s.decisions().sign(saved.id(), day, number);
        }, d -> {
            busy.set(false);
            show(d);
            load();
            dialogs.showInfo(Messages.get("decisions.signed", DecisionRepository.symbol(d), VietDates.format(d.date())));
        }, this::failed);
    }

    private void amend() {
        long id = opened.get().id();
        String reason = amendReason.get();
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> s.decisions().amend(id, reason), d -> {
            busy.set(false);
            show(d);
            load();
        }, this::failed);
    }

    private void delete() {
        DecisionSummary d = selected.get();
        if (!dialogs.confirm(Messages.get("decisions.delete.title"), Messages.get("decisions.delete.question", d.subject()))) {
            return;
        }
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> {
            s.decisions().deleteDraft(d.id());
            return null;
        }, x -> {
            busy.set(false);
            selected.set(null);
            load();
        }, this::failed);
    }

    private void showTotals() {
        long units = lines.stream().filter(r -> r.line().collective()).count();
        long people = lines.size() - units;
        long money = lines.stream().map(LineRow::line).map(DecisionLine::prize).filter(Objects::nonNull)
                .mapToLong(Long::longValue).sum();
        boolean later = money == 0 && opened.get() != null && !opened.get().signed() && opened.get().own();
        totals.set(later ? Messages.get("decisions.totalsLater", units, people) : Messages.get("decisions.totals", units,
                people, VietNumbers.grouped(money), money == 0 ? "" : "(" + VietNumbers.inWords(money) + ")"));
    }

    private void failed(Throwable e) {
        busy.set(false);
        problem.set(Errors.message(e));
        dialogs.showError(Errors.message(e));
    }

    private static String nz(String v) {
        return v == null ? "" : v;
    }

    public ObservableList<DecisionSummary> rows() {
        return rows;
    }

    public ObjectProperty<DecisionSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<MeetingSummary> meetings() {
        return meetings;
    }

    public ObservableList<AwardForm> forms() {
        return forms;
    }

    public ObservableList<DraftOrigin> origins() {
        return origins;
    }

    public ObjectProperty<DraftOrigin> newOriginProperty() {
        return newOrigin;
    }

    /** Adds people and units to the open draft. */
    public DecisionLineAdder adder() {
        return adder;
    }

    public ObjectProperty<MeetingSummary> newMeetingProperty() {
        return newMeeting;
    }

    public ObjectProperty<AwardForm> newAwardProperty() {
        return newAward;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating;
    }

    public ObjectProperty<Decision> openedProperty() {
        return opened;
    }

    public BooleanBinding draftProperty() {
        return draft;
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    public ObjectProperty<LineRow> selectedLineProperty() {
        return selectedLine;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty issuerCodeProperty() {
        return issuerCode;
    }

    /** A decision received from above (the chairman's): its prizes are as typed, not worked out here. */
    public BooleanProperty fromAboveProperty() {
        return fromAbove;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty achievementProperty() {
        return achievement;
    }

    public StringProperty basisProperty() {
        return basis;
    }

    public StringProperty petitionRefProperty() {
        return petitionRef;
    }

    public StringProperty fundingSourceProperty() {
        return fundingSource;
    }

    public StringProperty executorsProperty() {
        return executors;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals;
    }

    public ObjectProperty<LocalDate> signDayProperty() {
        return signDay;
    }

    public StringProperty signNumberProperty() {
        return signNumber;
    }

    public StringProperty amendReasonProperty() {
        return amendReason;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public Command startNewCommand() {
        return startNew;
    }

    public Command confirmNewCommand() {
        return confirmNew;
    }

    public Command cancelNewCommand() {
        return cancelNew;
    }

    public Command openCommand() {
        return open;
    }

    public Command backCommand() {
        return back;
    }

    public Command saveCommand() {
        return save;
    }

    public Command removeLineCommand() {
        return removeLine;
    }

    public Command signCommand() {
        return sign;
    }

    public Command amendCommand() {
        return amend;
    }

    public Command deleteCommand() {
        return delete;
    }
}
