package vn.thidua.plans.gui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.Printouts;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.DocumentOutput;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.InvalidPlanException;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.plans.logic.PlanPrinter;
import vn.thidua.plans.logic.PlanRepository;
import vn.thidua.plans.model.Amendment;
import vn.thidua.plans.model.FieldProblem;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanField;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.PlanSummary;

/**
 * The plans screen (Kế hoạch, phong trào): the list with its filters and the lifecycle commands (new, open, copy as a
 * new plan, issue, start, close, delete a draft), and the editor of one plan.
 */
public class PlanListViewModel {

    /** A line of the plans table as shown. */
    public record PlanRow(PlanSummary plan, String symbol, String date, String title, String statusText,
                          String searchKey) {
    }

    private record Snapshot(List<PlanSummary> plans, Map<Long, String> themes, Agency agency, List<Signer> signers,
                            List<Unit> units, List<AwardForm> forms) {
    }

    private final PlanRepository plans;
    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final CatalogueRepository catalogue;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDateTime> now;
    private final PlanEditorViewModel editor;

    private List<PlanRow> allRows = List.of();
    private Agency agency;
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<PlanStatus> statuses = FXCollections.observableArrayList(PlanStatus.values());
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<PlanRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper issuing = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<LocalDate> issueDate = new SimpleObjectProperty<>();
    private final StringProperty issueNumber = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nextNumberText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper issueNumberError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper issueDateError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper issueProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final Command newPlan;
    private final Command open;
    private final Command copy;
    private final Command issue;
    private final Command confirmIssue;
    private final Command cancelIssue;
    private final Command start;
    private final Command close;
    private final Command delete;
    private final Command exportWord;
    private final Command print;
    private final PlanPrinter printer;
    private final DocumentOutput output;

    public PlanListViewModel(PlanRepository plans, AgencyRepository agencies, UnitRepository units,
                             CatalogueRepository catalogue, PlanPrinter printer, Printouts printouts, TaskExecutor executor,
                             DialogService dialogs, Supplier<LocalDateTime> now, String user) {
        this.plans = plans;
        this.printer = printer;
        this.output = new DocumentOutput(dialogs, executor, printouts);
        this.agencies = agencies;
        this.units = units;
        this.catalogue = catalogue;
        this.executor = executor;
        this.dialogs = dialogs;
        this.now = now;
        editor = new PlanEditorViewModel(plans, executor, dialogs, now, user);
        editor.setOnSaved(saved -> reload(saved.id()));

        year.addListener((o, a, b) -> filter());
        status.addListener((o, a, b) -> filter());
        search.addListener((o, a, b) -> filter());
        selected.addListener((o, a, b) -> issuing.set(false));
        issueDate.addListener((o, a, b) -> {
            issueDateError.set(b == null ? Messages.get("plan.issue.error.date") : null);
            if (b != null && (a == null || a.getYear() != b.getYear())) {
                showNextNumber();
            }
        });
        issueNumber.addListener((o, a, b) -> checkTypedNumber());

        BooleanBinding idle = busy.not().and(editor.editingProperty().not());
        newPlan = new Command(this::newPlan, idle);
        open = new Command(this::openSelected, idle.and(selected.isNotNull()));
        copy = new Command(this::copySelected, idle.and(selected.isNotNull()));
        issue = new Command(this::startIssue, idle.and(selectedIs(PlanStatus.DRAFT)).and(issuing.not()));
        confirmIssue = new Command(this::issue, issuing.and(busy.not()).and(issueDate.isNotNull())
                .and(issueNumberError.isNull()));
        cancelIssue = new Command(() -> issuing.set(false), issuing);
        start = new Command(() -> move(plans::start), idle.and(selectedIs(PlanStatus.ISSUED)));
        close = new Command(this::closeSelected, idle.and(selectedIs(PlanStatus.ISSUED, PlanStatus.IN_PROGRESS)));
        delete = new Command(this::deleteSelected, idle.and(selectedIs(PlanStatus.DRAFT)));
        exportWord = new Command(this::exportWord, idle.and(selected.isNotNull()));
        print = new Command(this::print, idle.and(selected.isNotNull()));
    }

    private BooleanBinding selectedIs(PlanStatus... any) {
        return Bindings.createBooleanBinding(() -> selected.get() != null && List.of(any).contains(selected.get().plan().status()),
                selected);
    }

    /** Reads the plans, the office and its signers, and the award forms, keeping the selection. */
    public void load() {
        reload(selected.get() == null ? null : selected.get().plan().id());
    }

    private void reload(Long selectId) {
        busy.set(true);
        executor.submit(Messages.get("common.loading"), () -> new Snapshot(plans.all(), plans.themes(),
                agencies.agency().orElse(null), agencies.signers(), units.all(), catalogue.awardForms()), snap -> {
                    busy.set(false);
                    show(snap, selectId);
                }, this::failed);
    }

    private void show(Snapshot snap, Long selectId) {
        agency = snap.agency();
        editor.agencyProperty().set(agency);
        editor.signers().setAll(snap.signers().stream().filter(Signer::active).toList());
        editor.awardForms().setAll(snap.forms());
        editor.units().setAll(snap.units().stream().filter(Unit::active).toList());
        String agencyCode = agency == null ? null : agency.shortCode();
        allRows = snap.plans().stream().map(p -> new PlanRow(p,
                p.number() == null ? "" : PlanNumbers.symbol(p.number(), p.code(), agencyCode),
                PlanNumbers.date(p.date()), p.title(), Messages.label(p.status()),
                VietText.fold(p.title() + " " + snap.themes().getOrDefault(p.id(), "")))).toList();
        Integer chosen = year.get();
        years.setAll(allRows.stream().map(r -> r.plan().date().year()).distinct()
                .sorted(Comparator.reverseOrder()).toList());
        if (chosen != null && !years.contains(chosen)) {
            year.set(null);
        }
        filter();
        selected.set(rows.stream().filter(r -> Objects.equals(r.plan().id(), selectId)).findFirst().orElse(null));
    }

    private void filter() {
        Long keep = selected.get() == null ? null : selected.get().plan().id();
        rows.setAll(allRows.stream()
                .filter(r -> year.get() == null || r.plan().date().year() == year.get())
                .filter(r -> status.get() == null || r.plan().status() == status.get())
                .filter(r -> VietText.matches(r.searchKey(), search.get()))
                .toList());
        selected.set(rows.stream().filter(r -> Objects.equals(r.plan().id(), keep)).findFirst().orElse(null));
        countText.set(Messages.get("plan.list.count", rows.size(), allRows.size()));
    }

    private void newPlan() {
        int thisYear = now.get().getYear();
        Plan blank = Plan.draft("KH", thisYear);
        Signer director = editor.signers().stream().filter(s -> s.role() == SignerRole.DIRECTOR).findFirst().orElse(null);
        Plan draft = new Plan(null, blank.code(), null, blank.status(), agency == null ? null : agency.placeName(),
                blank.date(), "", List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null,
                null, List.of(), List.of(), List.of(), blank.overallQuota(), List.of(), null, null, List.of(), null,
                List.of(), director == null ? null : new PlanSigner(director.id(), director.fullName(), director.role()));
        selected.set(null);
        editor.startNew(draft);
    }

    private void openSelected() {
        long id = selected.get().plan().id();
        busy.set(true);
        executor.submit(Messages.get("common.loading"), () -> Map.entry(plans.get(id), plans.amendments(id)), loaded -> {
            busy.set(false);
            editor.startEdit(loaded.getKey(), loaded.getValue());
        }, this::failed);
    }

    /** Next year's draft from the selected plan, opened in the editor. */
    private void copySelected() {
        long id = selected.get().plan().id();
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> plans.copyAsNew(id), copied -> {
            busy.set(false);
            reload(copied.id());
            editor.startEdit(copied, List.<Amendment>of());
        }, this::failed);
    }

    /** Prints the selected plan as its Word document to a file the clerk names. */
    private void exportWord() {
        PlanRow row = selected.get();
        String suggested = VietText.fold(row.symbol().isBlank() ? row.title() : row.symbol())
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        dialogs.chooseDocumentToSave((suggested.isEmpty() ? "ke-hoach" : suggested) + ".docx").ifPresent(file -> {
            busy.set(true);
            executor.submit(Messages.get("plan.export.running"), () -> printer.print(row.plan().id(), file), printed -> {
                busy.set(false);
                dialogs.showInfo(Messages.get("plan.export.done", file));
            }, this::failed);
        });
    }

    /** Writes the selected plan's Word document to the printouts folder and sends it to the printer. */
    private void print() {
        PlanRow row = selected.get();
        output.print(row.symbol().isBlank() ? row.title() : row.symbol(), "docx", file -> {
            printer.print(row.plan().id(), file);
            return file.toString();
        });
    }

    private void startIssue() {
        issueNumber.set("");
        issueNumberError.set(null);
        issueProblem.set(null);
        issueDate.set(null);
        issueDate.set(now.get().toLocalDate());
        issuing.set(true);
    }

    private void showNextNumber() {
        PlanRow row = selected.get();
        LocalDate day = issueDate.get();
        if (row == null || day == null) {
            return;
        }
        String code = row.plan().code();
        executor.submit(Messages.get("common.loading"), () -> plans.nextNumber(code, day.getYear()),
                n -> nextNumberText.set(Messages.get("plan.issue.next", PlanNumbers.symbol(n, code,
                        agency == null ? null : agency.shortCode()), day.getYear())), this::failed);
    }

    private Integer typedNumber() {
        String t = VietText.cleanOrNull(issueNumber.get());
        return t == null ? null : Integer.valueOf(t);
    }

    private void checkTypedNumber() {
        String t = VietText.cleanOrNull(issueNumber.get());
        boolean ok = t == null || t.matches("\\d{1,6}") && Integer.parseInt(t) >= 1;
        issueNumberError.set(ok ? null : Messages.get("plan.issue.error.number"));
    }

    private void issue() {
        long id = selected.get().plan().id();
        LocalDate day = issueDate.get();
        Integer typed = typedNumber();
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> plans.issue(id, day, typed), issued -> {
            busy.set(false);
            issuing.set(false);
            reload(issued.id());
        }, e -> {
            busy.set(false);
            if (e instanceof InvalidPlanException invalid) {
                for (FieldProblem p : invalid.problems()) {
                    if (p.field() == PlanField.NUMBER) {
                        issueNumberError.set(p.message());
                    } else if (p.field() == PlanField.DATE) {
                        issueDateError.set(p.message());
                    } else {
                        issueProblem.set(issueProblem.get() == null ? p.message() : issueProblem.get() + "\n" + p.message());
                    }
                }
            } else {
                dialogs.showError(Errors.message(e));
            }
        });
    }

    private void closeSelected() {
        PlanRow row = selected.get();
        if (dialogs.confirm(Messages.get("plan.close.title"), Messages.get("plan.close.confirm", row.title()))) {
            move(plans::close);
        }
    }

    private void move(java.util.function.LongFunction<Plan> change) {
        long id = selected.get().plan().id();
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> change.apply(id), moved -> {
            busy.set(false);
            reload(moved.id());
        }, this::failed);
    }

    private void deleteSelected() {
        PlanRow row = selected.get();
        if (!dialogs.confirm(Messages.get("plan.delete.title"), Messages.get("plan.delete.confirm", row.title()))) {
            return;
        }
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> {
            plans.deleteDraft(row.plan().id());
            return row.plan().id();
        }, id -> {
            busy.set(false);
            selected.set(null);
            reload(null);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        dialogs.showError(Errors.message(e));
    }

    /** The row of a plan by id, if the filters show it. */
    public Optional<PlanRow> row(long id) {
        return rows.stream().filter(r -> r.plan().id() == id).findFirst();
    }

    public ObservableList<PlanRow> rows() {
        return rows;
    }

    /** Years that have plans, newest first: the year filter's choices (none chosen: every year). */
    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<PlanStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<PlanStatus> statusProperty() {
        return status;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<PlanRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public PlanEditorViewModel editor() {
        return editor;
    }

    /** True while the issue fields (day and an optional number from the paper register) are shown. */
    public ReadOnlyBooleanProperty issuingProperty() {
        return issuing.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> issueDateProperty() {
        return issueDate;
    }

    public StringProperty issueNumberProperty() {
        return issueNumber;
    }

    public ReadOnlyStringProperty nextNumberTextProperty() {
        return nextNumberText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty issueNumberErrorProperty() {
        return issueNumberError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty issueDateErrorProperty() {
        return issueDateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty issueProblemProperty() {
        return issueProblem.getReadOnlyProperty();
    }

    public Command newPlanCommand() {
        return newPlan;
    }

    public Command openCommand() {
        return open;
    }

    public Command copyCommand() {
        return copy;
    }

    public Command issueCommand() {
        return issue;
    }

    public Command confirmIssueCommand() {
        return confirmIssue;
    }

    public Command cancelIssueCommand() {
        return cancelIssue;
    }

    public Command startCommand() {
        return start;
    }

    public Command closeCommand() {
        return close;
    }

    public Command deleteCommand() {
        return delete;
    }

    public Command exportWordCommand() {
        return exportWord;
    }

    public Command printCommand() {
        return print;
    }
}
