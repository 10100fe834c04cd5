package vn.thidua.nominations.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.CopyEditor;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.eligibility.logic.EligibilityService;
import vn.thidua.eligibility.model.EligibilityQuery;
import vn.thidua.eligibility.model.EligibilityResult;
import vn.thidua.eligibility.model.Finding;
import vn.thidua.nominations.logic.DossierService;
import vn.thidua.nominations.logic.NominationRepository;
import vn.thidua.nominations.logic.NominationSaver;
import vn.thidua.nominations.logic.ReportFiller;
import vn.thidua.nominations.model.AwardLine;
import vn.thidua.nominations.model.DossierItem;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.Nominee;
import vn.thidua.nominations.model.Occasion;
import vn.thidua.nominations.model.StatusChange;
import vn.thidua.nominations.model.YearLine;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.logic.Recipients;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.gui.RowList;

/**
 * Edits a copy of one nomination: who, which award, the occasion and year, the achievement summary and report with
 * its year and award lines (filled from the yearly records on request). Save writes it with its dossier checklist in
 * one transaction. A stored nomination also moves along its statuses, each step with its day, and gets the files of
 * its dossier attached; those act on the stored nomination at once, not on the copy.
 */
public class NominationEditorViewModel extends CopyEditor<Nomination> {

    /** A person or a unit the chooser offers, with what the accent-free filter looks in. */
    public record NomineeChoice(Nominee nominee, String name, String detail, String searchKey) {

        @Override
        public String toString() {
            return detail.isEmpty() ? name : name + " — " + detail;
        }
    }

    /** One year of the achievement report. */
    public static final class YearRow implements RowList.Row {
        public final StringProperty year = new SimpleStringProperty("");
        public final ObjectProperty<Rating> rating = new SimpleObjectProperty<>();
        public final StringProperty titles = new SimpleStringProperty("");
        public final StringProperty achievement = new SimpleStringProperty("");

        @Override
        public Observable[] fields() {
            return new Observable[] {year, rating, titles, achievement};
        }
    }

    /** One award already received, as the report lists it. */
    public static final class AwardRow implements RowList.Row {
        public final ObjectProperty<AwardCategory> category = new SimpleObjectProperty<>(AwardCategory.TITLE);
        public final StringProperty year = new SimpleStringProperty("");
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty decisionRef = new SimpleStringProperty("");

        @Override
        public Observable[] fields() {
            return new Observable[] {category, year, name, decisionRef};
        }
    }

    /** What a status step, a report filling or a dossier change brings back from the database. */
    private record Refreshed(Nomination nomination, List<StatusChange> history, DossierService.Status dossier) {
    }

    private final NominationSaver saver;
    private final NominationRepository repository;
    private final ReportFiller filler;
    private final DossierService dossiers;
    private final EligibilityService eligibility;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;

    private Nomination loaded;
    private Long planId;
    private Nomination baseline;
    private boolean filling;
    private List<NomineeChoice> people = List.of();
    private List<NomineeChoice> collectives = List.of();
    private List<AwardForm> forms = List.of();
    private Consumer<Nomination> onChanged = n -> { };

    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty collective = new SimpleBooleanProperty(false);
    private final StringProperty nomineeFilter = new SimpleStringProperty("");
    private final ObservableList<NomineeChoice> nomineeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<NomineeChoice> nominee = new SimpleObjectProperty<>();
    private final ObservableList<AwardForm> awardChoices = FXCollections.observableArrayList();
    private final ObjectProperty<AwardForm> award = new SimpleObjectProperty<>();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> proposingUnit = new SimpleObjectProperty<>();
    private final ObservableList<Occasion> occasions = FXCollections.observableArrayList();
    private final ObjectProperty<Occasion> occasion = new SimpleObjectProperty<>();
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty reportFirstYear = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty duties = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty achievements = new SimpleStringProperty("");
    private final StringProperty measures = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final RowList<YearRow> years;
    private final RowList<AwardRow> awards;

    private final ReadOnlyStringWrapper nomineeError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper awardError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper yearError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper linesError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper firstProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper();

    private final ReadOnlyObjectWrapper<NominationStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ObservableList<NominationStatus> nextSteps = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<NominationStatus> pendingStep = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LocalDate> stepDay = new SimpleObjectProperty<>();
    private final StringProperty stepNote = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper stepError = new ReadOnlyStringWrapper();

    private final ObservableList<DossierItem> dossierItems = FXCollections.observableArrayList();
    private final ObjectProperty<DossierItem> selectedItem = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper dossierText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dossierComplete = new ReadOnlyBooleanWrapper(false);
    private final StringProperty extraTitle = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper eligibilityText = new ReadOnlyStringWrapper(Messages.get("nominations.eligibility.none"));
    private final ObservableList<String> eligibilityFindings = FXCollections.observableArrayList();

    private final Command leave;
    private final Command fillReport;
    private final Command confirmStep;
    private final Command cancelStep;
    private final Command attach;
    private final Command openFile;
    private final Command detach;
    private final Command attachExtra;

    public NominationEditorViewModel(NominationSaver saver, NominationRepository repository, ReportFiller filler,
                                     DossierService dossiers, EligibilityService eligibility, TaskExecutor executor,
                                     DialogService dialogs, Supplier<LocalDate> today) {
        super(executor, dialogs);
        this.saver = saver;
        this.repository = repository;
        this.filler = filler;
        this.dossiers = dossiers;
        this.eligibility = eligibility;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        years = new RowList<>(YearRow::new, editable);
        awards = new RowList<>(AwardRow::new, editable);

        collective.addListener((o, a, b) -> {
            offerNominees();
            offerAwards();
        });
        nomineeFilter.addListener((o, a, b) -> offerNominees());
        List<Observable> watched = new ArrayList<>(Arrays.asList(nominee, award, occasion, year, reportFirstYear));
        watched.add(years.items());
        watched.add(awards.items());
        watched.forEach(x -> x.addListener(y -> recheck()));
        bindValid(firstProblem.isNull().and(editable).and(busy.not()));

        var idle = busy.not().and(editing);
        leave = new Command(this::leave, cancelCommand().executableProperty());
        fillReport = new Command(this::fillReport, idle.and(editable).and(nominee.isNotNull()).and(award.isNotNull())
                .and(yearError.isNull()));
        confirmStep = new Command(this::confirmStep, idle.and(pendingStep.isNotNull()).and(stepDay.isNotNull()));
        cancelStep = new Command(() -> pendingStep.set(null), pendingStep.isNotNull());
        var canAttach = Bindings.createBooleanBinding(() -> selectedItem.get() != null
                && !selectedItem.get().kind().generated(), selectedItem);
        var hasFile = Bindings.createBooleanBinding(() -> selectedItem.get() != null
                && selectedItem.get().attachmentId() != null, selectedItem);
        attach = new Command(this::attachFile, idle.and(stored).and(canAttach));
        openFile = new Command(this::openFile, idle.and(hasFile));
        detach = new Command(this::detachFile, idle.and(stored).and(hasFile));
        attachExtra = new Command(this::attachExtraFile, idle.and(stored)
                .and(Bindings.createBooleanBinding(() -> VietText.cleanOrNull(extraTitle.get()) != null, extraTitle)));
    }

    // --- what the screen hands over -----------------------------------------------------------------------------

    /** The people, units and award forms the choosers offer; people who have left are not offered. */
    public void setChoices(List<StaffMember> staff, List<Unit> allUnits, List<AwardForm> allForms) {
        LocalDate day = today.get();
        people = Recipients.people(staff, allUnits, day).stream().map(r -> new NomineeChoice(Nominee.person(r.staffId()),
                r.name(), r.detail(), r.searchKey())).toList();
        collectives = Recipients.collectives(allUnits).stream().map(r -> new NomineeChoice(Nominee.unit(r.unitId()),
                r.name(), r.detail(), r.searchKey())).toList();
        forms = allForms.stream().filter(AwardForm::active).toList();
        units.setAll(allUnits.stream().filter(Unit::active).toList());
        offerNominees();
        offerAwards();
    }

    /** Called after every write that changes the stored nomination, so the list can show it. */
    public void setOnChanged(Consumer<Nomination> onChanged) {
        this.onChanged = onChanged;
    }

    /** A new nomination under the chosen plan or year-end review. */
    public void startNew(Scope scope) {
        heading.set(Messages.get("nominations.editor.new"));
        planId = scope.planId();
        loaded = null;
        filling = true;
        try {
            collective.set(false);
            nomineeFilter.set("");
            nominee.set(null);
            award.set(null);
            proposingUnit.set(null);
            offerOccasions();
            occasion.set(scope.yearEnd() ? Occasion.YEAR_END : Occasion.MOVEMENT);
            year.set(String.valueOf(scope.year()));
            reportFirstYear.set(year.get());
            for (StringProperty p : List.of(summary, duties, description, achievements, measures, note)) {
                p.set("");
            }
            years.items().clear();
            awards.items().clear();
            showStatus(null, List.of());
            showDossier(null);
            showEligibility(null);
        } finally {
            filling = false;
        }
        open();
    }

    /** Opens a stored nomination with its history and its dossier. */
    public void startEdit(Nomination n, List<StatusChange> steps, DossierService.Status dossier) {
        planId = n.planId();
        loaded = n;
        filling = true;
        try {
            collective.set(!n.nominee().isPerson());
            nomineeFilter.set("");
            offerNominees();
            nominee.set(choiceFor(n.nominee()));
            offerAwards();
            award.set(forms.stream().filter(f -> f.id() == n.awardFormId()).findFirst().orElse(null));
            proposingUnit.set(units.stream().filter(u -> u.id().equals(n.proposingUnitId())).findFirst().orElse(null));
            offerOccasions();
            occasion.set(n.occasion());
            year.set(String.valueOf(n.year()));
            reportFirstYear.set(String.valueOf(n.reportFirstYear()));
            summary.set(text(n.summary()));
            duties.set(text(n.duties()));
            description.set(text(n.description()));
            achievements.set(text(n.achievements()));
            measures.set(text(n.measures()));
            note.set(text(n.note()));
            heading.set(Messages.get("nominations.editor.edit", nominee.get().name(),
                    award.get() == null ? "" : award.get().name(), n.year()));
            showReport(n);
            showStatus(n, steps);
            showDossier(dossier);
            showEligibility(null);
        } finally {
            filling = false;
        }
        open();
        checkEligibility(n);
    }

    /** Checks the stored nomination against its award's standards, off the FX thread. */
    private void checkEligibility(Nomination n) {
        String code = forms.stream().filter(f -> f.id() == n.awardFormId()).map(AwardForm::code).findFirst().orElse(null);
        if (code == null) {
            return;
        }
        EligibilityQuery q = new EligibilityQuery(n.nominee().staffId(), n.nominee().unitId(), code, n.year(),
                today.get(), true);
        EligibilityQuery asked = n.occasion().merit() ? q : q.nonMerit();
        executor.submit(Messages.get("nominations.eligibility.checking"), () -> eligibility.check(asked), result -> {
            if (loaded != null && Objects.equals(loaded.id(), n.id())) {
                showEligibility(result);
            }
        }, e -> eligibilityText.set(Messages.get("nominations.eligibility.failed", Errors.message(e))));
    }

    private void showEligibility(EligibilityResult result) {
        if (result == null) {
            eligibilityText.set(Messages.get("nominations.eligibility.none"));
            eligibilityFindings.clear();
            return;
        }
        String verdict = EligibilityService.label(result.verdict());
        String reason = result.reason() == null || result.reason().equals(verdict) ? "" : ": " + result.reason();
        eligibilityText.set(Messages.get("nominations.eligibility.verdict", verdict,
                result.legalBasisCode() == null ? "" : result.legalBasisCode(), reason));
        eligibilityFindings.setAll(result.findings().stream().map(Finding::text).toList());
    }

    private void open() {
        saveError.set(null);
        pendingStep.set(null);
        extraTitle.set("");
        editing.set(true);
        recheck();
        baseline = toNomination();
    }

    private NomineeChoice choiceFor(Nominee n) {
        return (n.isPerson() ? people : collectives).stream().filter(c -> c.nominee().equals(n)).findFirst()
                .orElse(new NomineeChoice(n, "#" + (n.isPerson() ? n.staffId() : n.unitId()), "", ""));
    }

    private void offerNominees() {
        NomineeChoice chosen = nominee.get();
        String query = nomineeFilter.get();
        List<NomineeChoice> all = collective.get() ? collectives : people;
        List<NomineeChoice> shown = new ArrayList<>(all.stream().filter(c -> VietText.matches(c.searchKey(), query))
                .toList());
        if (chosen != null && chosen.nominee().isPerson() == !collective.get() && !shown.contains(chosen)) {
            shown.add(0, chosen);
        }
        nomineeChoices.setAll(shown);
        if (chosen != null && chosen.nominee().isPerson() == collective.get()) {
            nominee.set(null);
        } else {
            nominee.set(chosen);
        }
    }

    private void offerAwards() {
        AwardForm chosen = award.get();
        awardChoices.setAll(forms.stream().filter(f -> collective.get() ? f.forCollective() : f.forIndividual()).toList());
        award.set(chosen != null && awardChoices.contains(chosen) ? chosen : null);
    }

    private void offerOccasions() {
        occasions.setAll(Arrays.stream(Occasion.values()).filter(o -> planId != null || o != Occasion.MOVEMENT).toList());
    }

    private void showReport(Nomination n) {
        years.items().setAll(n.years().stream().map(y -> {
            YearRow r = new YearRow();
            r.year.set(String.valueOf(y.year()));
            r.rating.set(y.rating());
            r.titles.set(text(y.titles()));
            r.achievement.set(text(y.achievement()));
            return r;
        }).toList());
        awards.items().setAll(n.awards().stream().map(a -> {
            AwardRow r = new AwardRow();
            r.category.set(a.category());
            r.year.set(String.valueOf(a.year()));
            r.name.set(text(a.awardName()));
            r.decisionRef.set(text(a.decisionRef()));
            return r;
        }).toList());
    }

    private void showStatus(Nomination n, List<StatusChange> steps) {
        NominationStatus s = n == null ? NominationStatus.DRAFT : n.status();
        status.set(n == null ? null : s);
        statusText.set(n == null ? Messages.get("nominations.status.unsaved")
                : Messages.get("nominations.status.line", Messages.label(s), VietDates.format(n.statusDate())));
        nextSteps.setAll(n == null ? List.of() : s.next().stream().sorted(java.util.Comparator
                .comparing((NominationStatus to) -> !to.active())
                .thenComparing(to -> to.ordinal() < s.ordinal())
                .thenComparing(Enum::ordinal)).toList());
        history.setAll(steps.stream().map(h -> Messages.get("nominations.history.line", VietDates.format(h.date()),
                Messages.label(h.status()), h.note() == null ? "" : " — " + h.note())).toList());
        stored.set(n != null);
        editable.set(n == null || s.active() && s != NominationStatus.DECIDED);
    }

    private void showDossier(DossierService.Status dossier) {
        DossierItem keep = selectedItem.get();
        dossierItems.setAll(dossier == null ? List.of() : dossier.items());
        selectedItem.set(keep == null ? null : dossierItems.stream().filter(i -> Objects.equals(i.id(), keep.id()))
                .findFirst().orElse(null));
        dossierComplete.set(dossier != null && dossier.complete());
        dossierText.set(dossierLine(dossier));
    }

    /** "Hồ sơ đủ" or "Còn thiếu: …", and "Nộp muộn" after the plan's deadline. */
    static String dossierLine(DossierService.Status d) {
        if (d == null) {
            return Messages.get("nominations.dossier.afterSave");
        }
        String line = d.complete() ? Messages.get("nominations.dossier.complete")
                : Messages.get("nominations.dossier.missing", String.join("; ",
                d.missing().stream().map(DossierItem::title).toList()));
        return d.late() ? line + " " + Messages.get("nominations.dossier.lateLine", VietDates.format(d.deadline()))
                : line;
    }

    // --- checks and the copy -------------------------------------------------------------------------------------

    private void recheck() {
        if (filling || !editing.get()) {
            return;
        }
        nomineeError.set(nominee.get() == null ? Messages.get("nominations.error.nominee") : null);
        awardError.set(award.get() == null ? Messages.get("nominations.error.award") : null);
        Integer y = whole(year.get());
        Integer first = whole(reportFirstYear.get());
        yearError.set(y == null || y < 1900 || y > 2200 ? Messages.get("nominations.error.year")
                : first == null || first > y ? Messages.get("nominations.error.firstYear") : null);
        String lines = null;
        for (YearRow r : years.items()) {
            if (whole(r.year.get()) == null) {
                lines = Messages.get("nominations.error.lineYear");
            }
        }
        for (AwardRow r : awards.items()) {
            if (whole(r.year.get()) == null) {
                lines = Messages.get("nominations.error.lineYear");
            } else if (VietText.cleanOrNull(r.name.get()) == null) {
                lines = Messages.get("nominations.error.lineName", r.year.get());
            }
        }
        linesError.set(lines);
        firstProblem.set(firstOf(nomineeError.get(), awardError.get(), yearError.get(), linesError.get()));
    }

    private static Integer whole(String s) {
        String t = VietText.cleanOrNull(s);
        if (t == null || !t.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(t);
    }

    /** The copy as a record; fields that cannot be read yet (a year being typed) become 0 or null. */
    public Nomination toNomination() {
        NomineeChoice who = nominee.get();
        int y = Optional.ofNullable(whole(year.get())).orElse(0);
        int first = Optional.ofNullable(whole(reportFirstYear.get())).orElse(y);
        List<YearLine> yearLines = years.items().stream().map(r -> new YearLine(
                Optional.ofNullable(whole(r.year.get())).orElse(0), r.rating.get(), VietText.cleanOrNull(r.titles.get()),
                VietText.cleanOrNull(r.achievement.get()))).toList();
        List<AwardLine> awardLines = awards.items().stream().map(r -> new AwardLine(
                r.category.get() == null ? AwardCategory.TITLE : r.category.get(),
                Optional.ofNullable(whole(r.year.get())).orElse(0), VietText.clean(r.name.get()),
                VietText.cleanOrNull(r.decisionRef.get()))).toList();
        return new Nomination(loaded == null ? null : loaded.id(), planId, occasion.get(), y, first,
                who == null ? null : who.nominee(), award.get() == null ? 0 : award.get().id(),
                proposingUnit.get() == null ? null : proposingUnit.get().id(), VietText.cleanOrNull(summary.get()),
                VietText.cleanOrNull(duties.get()), VietText.cleanOrNull(description.get()),
                VietText.cleanOrNull(achievements.get()), VietText.cleanOrNull(measures.get()), yearLines, awardLines,
                loaded == null ? NominationStatus.DRAFT : loaded.status(),
                loaded == null ? today.get() : loaded.statusDate(), VietText.cleanOrNull(note.get()));
    }

    @Override
    protected Callable<Nomination> write() {
        Nomination edited = toNomination();
        LocalDate day = today.get();
        saveError.set(null);
        return () -> saver.save(edited, day);
    }

    @Override
    protected boolean failed(Throwable e) {
        saveError.set(Errors.message(e));
        return false;
    }

    @Override
    public boolean hasUnsavedChanges() {
        return editing.get() && baseline != null && !toNomination().equals(baseline);
    }

    /** Close: asks before dropping unsaved changes. */
    private void leave() {
        if (hasUnsavedChanges() && !dialogs.confirm(Messages.get("nominations.unsavedTitle"),
                Messages.get("nominations.unsaved"))) {
            return;
        }
        close();
    }

    @Override
    public void close() {
        super.close();
        loaded = null;
        baseline = null;
        pendingStep.set(null);
    }

    /** The id of the stored nomination open in the editor, or null. */
    public Long editedId() {
        return editing.get() && loaded != null ? loaded.id() : null;
    }

    // --- report ---------------------------------------------------------------------------------------------------

    /** Fills the report's years and awards from the yearly records and the award register ("Lấy từ hồ sơ năm"). */
    private void fillReport() {
        Nomination n = toNomination();
        if (!n.years().isEmpty() || !n.awards().isEmpty()) {
            if (!dialogs.confirm(Messages.get("nominations.fill.title"), Messages.get("nominations.fill.replace"))) {
                return;
            }
        }
        LocalDate day = today.get();
        busy.set(true);
        executor.submit(Messages.get("common.loading"), () -> filler.fill(n, day), filled -> {
            busy.set(false);
            reportFirstYear.set(String.valueOf(filled.reportFirstYear()));
            showReport(filled);
        }, this::failedJob);
    }

    // --- status ---------------------------------------------------------------------------------------------------

    /** Shows the day field for a step to the given status; the step runs on {@link #confirmStepCommand()}. */
    public void startStep(NominationStatus to) {
        if (!nextSteps.contains(to) || busy.get()) {
            return;
        }
        stepError.set(null);
        stepNote.set("");
        stepDay.set(today.get());
        pendingStep.set(to);
    }

    private void confirmStep() {
        long id = loaded.id();
        NominationStatus to = pendingStep.get();
        LocalDate day = stepDay.get();
        String why = stepNote.get();
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> {
            Nomination moved = repository.changeStatus(id, to, day, why);
            return new Refreshed(moved, repository.history(id), dossiers.status(id));
        }, r -> {
            busy.set(false);
            pendingStep.set(null);
            loaded = loaded.withStatus(r.nomination().status(), r.nomination().statusDate());
            baseline = baseline == null ? null : baseline.withStatus(loaded.status(), loaded.statusDate());
            showStatus(loaded, r.history());
            showDossier(r.dossier());
            recheck();
            onChanged.accept(loaded);
        }, e -> {
            busy.set(false);
            stepError.set(Errors.message(e));
            dialogs.showError(Errors.message(e));
        });
    }

    // --- dossier --------------------------------------------------------------------------------------------------

    private void attachFile() {
        DossierItem item = selectedItem.get();
        dialogs.chooseFileToAttach().ifPresent(file -> dossierJob(() -> dossiers.attach(item.id(), file, today.get())));
    }

    private void attachExtraFile() {
        String title = extraTitle.get();
        long id = loaded.id();
        dialogs.chooseFileToAttach().ifPresent(file -> dossierJob(() -> {
            dossiers.attachExtra(id, title, file, today.get());
            return null;
        }));
        extraTitle.set("");
    }

    private void detachFile() {
        DossierItem item = selectedItem.get();
        if (!dialogs.confirm(Messages.get("nominations.detach.title"),
                Messages.get("nominations.detach.confirm", item.fileName(), item.title()))) {
            return;
        }
        dossierJob(() -> {
            dossiers.detach(item.id());
            return null;
        });
    }

    private void openFile() {
        long attachment = selectedItem.get().attachmentId();
        executor.submit(Messages.get("common.loading"), () -> dossiers.file(attachment), found -> {
            Optional<Path> file = found;
            if (file.isPresent()) {
                dialogs.openFile(file.get());
            } else {
                dialogs.showError(Messages.get("nominations.dossier.fileGone"));
            }
        }, this::failedJob);
    }

    private void dossierJob(Callable<?> change) {
        long id = loaded.id();
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> {
            change.call();
            return dossiers.status(id);
        }, d -> {
            busy.set(false);
            showDossier(d);
            onChanged.accept(loaded);
        }, this::failedJob);
    }

    private void failedJob(Throwable e) {
        busy.set(false);
        dialogs.showError(Errors.message(e));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    // --- properties -----------------------------------------------------------------------------------------------

    public ReadOnlyBooleanProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** False once the nomination is decided, dropped or withdrawn. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True: a unit (tập thể) is nominated; false: a person (cá nhân). */
    public BooleanProperty collectiveProperty() {
        return collective;
    }

    /** Narrows the nominee chooser, without accents: "nong van" finds "Nông Văn An". */
    public StringProperty nomineeFilterProperty() {
        return nomineeFilter;
    }

    public ObservableList<NomineeChoice> nomineeChoices() {
        return nomineeChoices;
    }

    public ObjectProperty<NomineeChoice> nomineeProperty() {
        return nominee;
    }

    /** The award forms given to the kind of nominee chosen. */
    public ObservableList<AwardForm> awardChoices() {
        return awardChoices;
    }

    public ObjectProperty<AwardForm> awardProperty() {
        return award;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    public ObjectProperty<Unit> proposingUnitProperty() {
        return proposingUnit;
    }

    public ObservableList<Occasion> occasions() {
        return occasions;
    }

    public ObjectProperty<Occasion> occasionProperty() {
        return occasion;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty reportFirstYearProperty() {
        return reportFirstYear;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty dutiesProperty() {
        return duties;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty achievementsProperty() {
        return achievements;
    }

    public StringProperty measuresProperty() {
        return measures;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public RowList<YearRow> years() {
        return years;
    }

    public RowList<AwardRow> awards() {
        return awards;
    }

    public ReadOnlyStringProperty nomineeErrorProperty() {
        return nomineeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty awardErrorProperty() {
        return awardError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yearErrorProperty() {
        return yearError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linesErrorProperty() {
        return linesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty firstProblemProperty() {
        return firstProblem.getReadOnlyProperty();
    }

    /** What the database refused at the last Save, shown above the buttons. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NominationStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The statuses the nomination may move to from where it stands: forward first, back, then dropping it. */
    public ObservableList<NominationStatus> nextSteps() {
        return nextSteps;
    }

    public ObservableList<String> history() {
        return history;
    }

    /** The step whose day is being asked, or null. */
    public ReadOnlyObjectProperty<NominationStatus> pendingStepProperty() {
        return pendingStep.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> stepDayProperty() {
        return stepDay;
    }

    public StringProperty stepNoteProperty() {
        return stepNote;
    }

    public ReadOnlyStringProperty stepErrorProperty() {
        return stepError.getReadOnlyProperty();
    }

    public ObservableList<DossierItem> dossierItems() {
        return dossierItems;
    }

    public ObjectProperty<DossierItem> selectedItemProperty() {
        return selectedItem;
    }

    public ReadOnlyStringProperty dossierTextProperty() {
        return dossierText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dossierCompleteProperty() {
        return dossierComplete.getReadOnlyProperty();
    }

    /** The name of a further document to attach ("Giấy chứng nhận …"). */
    public StringProperty extraTitleProperty() {
        return extraTitle;
    }

    /**
     * The eligibility verdict of the stored nomination against its award's standards under the legal basis in force
     * ("Đủ tiêu chuẩn — 152/2025/NĐ-CP: …"); "—" for a nomination not saved yet.
     */
    public ReadOnlyStringProperty eligibilityTextProperty() {
        return eligibilityText.getReadOnlyProperty();
    }

    /** The facts the check looked at, each marked ✓ or ✗. */
    public ObservableList<String> eligibilityFindings() {
        return eligibilityFindings;
    }

    public Command leaveCommand() {
        return leave;
    }

    public Command fillReportCommand() {
        return fillReport;
    }

    public Command confirmStepCommand() {
        return confirmStep;
    }

    public Command cancelStepCommand() {
        return cancelStep;
    }

    public Command attachCommand() {
        return attach;
    }

    public Command openFileCommand() {
        return openFile;
    }

    public Command detachCommand() {
        return detach;
    }

    public Command attachExtraCommand() {
        return attachExtra;
    }
}
