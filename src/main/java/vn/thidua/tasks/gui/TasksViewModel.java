package vn.thidua.tasks.gui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.Unit;
import vn.thidua.tasks.logic.ProgressReport;
import vn.thidua.tasks.logic.TaskPrinter;
import vn.thidua.tasks.logic.TaskRepository;
import vn.thidua.tasks.logic.TaskTexts;
import vn.thidua.tasks.logic.TaskTracking;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.ReportPeriod;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TaskState;
import vn.thidua.tasks.model.TrackedTask;

/**
 * The key-task plan of a year: its tasks with where each stands today, overdue and at-risk ones first, filtered by
 * unit (leading or supporting); the task editor, the progress of the selected task and the plan's document fields;
 * the appendix in Excel, the progress report in Word for a month, a quarter or the year, and the completion rates
 * written into the yearly records.
 */
public class TasksViewModel {

    /** Where the screen's data comes from. */
    public record Sources(TaskRepository tasks, TaskPrinter printer, UnitRepository units, AgencyRepository agency) {
    }

    /** A line of the table: the tracked task, its number in its section and the texts the table shows. */
    public record TaskRow(TrackedTask tracked, int number, String lead, String supporting, String deadline) {

        public Task task() {
            return tracked.task();
        }

        public TaskState state() {
            return tracked.state();
        }
    }

    private record Snapshot(List<Integer> years, Optional<TaskPlan> plan, List<Task> tasks,
                            Map<Long, List<ProgressUpdate>> progress, List<Unit> units, List<Signer> signers,
                            Agency agency) {
    }

    private final Sources sources;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;

    private final TaskEditorViewModel editor;
    private final ProgressViewModel progress;
    private final TaskPlanEditorViewModel planEditor;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Unit> unitChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TaskRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ReportPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskPlan> plan = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private Snapshot snapshot;
    private Map<Long, Unit> unitsById = Map.of();
    private boolean loading;
    private boolean reverting;

    private final Command newPlan;
    private final Command editPlan;
    private final Command addTask;
    private final Command deleteTask;
    private final Command exportAppendix;
    private final Command printPlan;
    private final Command exportReport;
    private final Command updateCompletion;

    public TasksViewModel(Sources sources, TaskExecutor executor, DialogService dialogs, Supplier<LocalDate> today) {
        this.sources = sources;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        editor = new TaskEditorViewModel(sources.tasks(), executor, dialogs);
        progress = new ProgressViewModel(sources.tasks(), executor, dialogs, today);
        planEditor = new TaskPlanEditorViewModel(sources.tasks(), executor, dialogs);
        editor.setOnSaved(t -> reload(t.id()));
        progress.setOnRecorded(() -> reload(selected.get() == null ? null : selected.get().task().id()));
        planEditor.setOnSaved(p -> {
            year.set(p.year());
            reload(null);
        });

        year.addListener((o, a, b) -> {
            if (!loading && b != null && !b.equals(a)) {
                reload(null);
            }
        });
        unitFilter.addListener((o, a, b) -> showRows(null));
        selected.addListener((o, a, b) -> {
            if (reverting) {
                return;
            }
            if (b == null) {
                progress.show(null, year.get() == null ? today.get().getYear() : year.get(), List.of());
                return;
            }
            if (editor.hasUnsavedChanges() && (a == null || !Objects.equals(a.task().id(), b.task().id()))
                    && !dialogs.confirm(Messages.get("tasks.unsavedTitle"), Messages.get("tasks.unsaved"))) {
                reverting = true;
                selected.set(a);
                reverting = false;
                return;
            }
            editor.startEdit(b.task());
            progress.show(b.task().id(), plan.get().year(),
                    snapshot.progress().getOrDefault(b.task().id(), List.of()));
        });

        var hasPlan = plan.isNotNull();
        var idle = busy.not();
        newPlan = new Command(this::newPlan, idle.and(Bindings.createBooleanBinding(
                () -> year.get() == null || plan.get() == null || plan.get().year() != year.get(), plan, year)));
        editPlan = new Command(() -> planEditor.startEdit(plan.get()), hasPlan.and(idle));
        addTask = new Command(this::addTask, hasPlan.and(idle));
        deleteTask = new Command(this::deleteTask, selected.isNotNull().and(idle));
        exportAppendix = new Command(this::exportAppendix, hasPlan.and(idle));
        printPlan = new Command(this::printPlan, hasPlan.and(idle));
        exportReport = new Command(this::exportReport, hasPlan.and(period.isNotNull()).and(idle));
        updateCompletion = new Command(this::updateCompletion, hasPlan.and(idle));
    }

    /** Loads the year shown (this year at first, or the newest with a plan). */
    public void load() {
        reload(null);
    }

    private void reload(Long selectId) {
        Integer wanted = year.get();
        busy.set(true);
        executor.submit(Messages.get("common.loading"), () -> {
            List<Integer> known = sources.tasks().years();
            int y = wanted != null ? wanted : known.contains(today.get().getYear()) || known.isEmpty()
                    ? today.get().getYear() : known.get(0);
            Optional<TaskPlan> p = sources.tasks().plan(y);
            List<Task> list = p.isPresent() ? sources.tasks().tasks(p.get().id()) : List.of();
            Map<Long, List<ProgressUpdate>> updates = p.isPresent() ? sources.tasks().progress(p.get().id()) : Map.of();
            return new Snapshot(yearsAround(known, y), p, list, updates, sources.units().all(), sources.agency().signers(),
                    sources.agency().agency().orElse(null));
        }, snap -> {
            busy.set(false);
            apply(snap, selectId);
        }, e -> {
            busy.set(false);
            dialogs.showError(Errors.message(e));
        });
    }

    /** The years with a plan, this year and the next, and the year asked for, newest first. */
    private List<Integer> yearsAround(List<Integer> known, int shown) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        all.addAll(known);
        all.add(today.get().getYear());
        all.add(today.get().getYear() + 1);
        all.add(shown);
        return new ArrayList<>(all);
    }

    private void apply(Snapshot snap, Long selectId) {
        snapshot = snap;
        loading = true;
        try {
            years.setAll(snap.years());
            int y = snap.plan().map(TaskPlan::year).orElse(year.get() != null ? year.get() : today.get().getYear());
            year.set(y);
            unitsById = new java.util.LinkedHashMap<>();
            snap.units().forEach(u -> unitsById.put(u.id(), u));
            Unit keep = unitFilter.get();
            unitChoices.setAll(snap.units().stream().filter(Unit::active).toList());
            unitFilter.set(keep == null ? null : unitChoices.stream().filter(u -> u.id().equals(keep.id())).findFirst()
                    .orElse(null));
            editor.setUnits(snap.units());
            planEditor.setSigners(snap.signers());
            plan.set(snap.plan().orElse(null));
            if (snap.plan().isPresent()) {
                editor.setPlan(snap.plan().get().id(), y);
            }
            List<ReportPeriod> options = new ArrayList<>();
            options.add(ReportPeriod.year(y));
            for (int q = 1; q <= 4; q++) {
                options.add(ReportPeriod.quarter(y, q));
            }
            for (int m = 1; m <= 12; m++) {
                options.add(ReportPeriod.month(y, m));
            }
            ReportPeriod before = period.get();
            periods.setAll(options);
            period.set(before != null && before.year() == y ? before : defaultPeriod(y));
        } finally {
            loading = false;
        }
        showRows(selectId);
    }

    /** This month's report in the plan's year, or the year's report for another year. */
    private ReportPeriod defaultPeriod(int y) {
        LocalDate now = today.get();
        return now.getYear() == y ? ReportPeriod.month(y, now.getMonthValue()) : ReportPeriod.year(y);
    }

    private void showRows(Long selectId) {
        if (snapshot == null) {
            return;
        }
        int y = year.get() == null ? today.get().getYear() : year.get();
        Map<Long, Integer> numbers = new java.util.HashMap<>();
        Map<TaskSection, Integer> counters = new java.util.EnumMap<>(TaskSection.class);
        for (Task t : snapshot.tasks()) {
            numbers.put(t.id(), counters.merge(t.section(), 1, Integer::sum));
        }
        Unit filter = unitFilter.get();
        List<TaskRow> fresh = new ArrayList<>();
        int overdue = 0;
        int atRisk = 0;
        for (TrackedTask t : TaskTracking.trackAll(snapshot.tasks(), snapshot.progress(), y, today.get())) {
            Task task = t.task();
            if (filter != null && !filter.id().equals(task.leadUnitId()) && !task.supportUnitIds().contains(filter.id())) {
                continue;
            }
            overdue += t.state() == TaskState.OVERDUE ? 1 : 0;
            atRisk += t.state() == TaskState.AT_RISK ? 1 : 0;
            fresh.add(new TaskRow(t, numbers.get(task.id()), TaskTexts.unit(unitsById, task.leadUnitId()),
                    TaskTexts.supporting(task, unitsById), TaskTexts.deadline(task.deadline())));
        }
        Long keep = selectId != null ? selectId : selected.get() == null ? null : selected.get().task().id();
        rows.setAll(fresh);
        summary.set(plan.get() == null ? Messages.get("tasks.summary.noPlan", y)
                : Messages.get("tasks.summary", fresh.size(), overdue, atRisk, TaskTracking.AT_RISK_DAYS));
        TaskRow again = keep == null ? null : fresh.stream().filter(r -> r.task().id().equals(keep)).findFirst().orElse(null);
        if (again == null) {
            selected.set(null);
            if (!editor.hasUnsavedChanges()) {
                editor.close();
            }
        } else {
            selected.set(again);
        }
    }

    private void newPlan() {
        int y = year.get() == null ? today.get().getYear() : year.get();
        Agency a = snapshot == null ? null : snapshot.agency();
        planEditor.startNew(y, a == null ? "" : a.name(), a == null ? "" : a.placeName());
    }

    private void addTask() {
        if (editor.hasUnsavedChanges() && !dialogs.confirm(Messages.get("tasks.unsavedTitle"), Messages.get("tasks.unsaved"))) {
            return;
        }
        selected.set(null);
        TaskSection in = unitFilter.get() == null && rows.stream().anyMatch(r -> r.task().section() == TaskSection.KEY)
                ? TaskSection.PROGRAMME : TaskSection.KEY;
        editor.startNew(in);
        if (unitFilter.get() != null) {
            editor.leadUnitProperty().set(unitFilter.get());
        }
    }

    private void deleteTask() {
        TaskRow row = selected.get();
        int updates = snapshot.progress().getOrDefault(row.task().id(), List.of()).size();
        if (!dialogs.confirm(Messages.get("tasks.delete.title"), Messages.get("tasks.delete.confirm",
                abbreviated(row.task().content()), updates))) {
            return;
        }
        editor.close();
        executor.submit(Messages.get("common.saving"), () -> {
            sources.tasks().deleteTask(row.task().id());
            return null;
        }, v -> reload(null), e -> dialogs.showError(Errors.message(e)));
    }

    private static String abbreviated(String text) {
        String t = text == null ? "" : text.replace('\n', ' ').strip();
        return t.length() > 80 ? t.substring(0, 79) + "…" : t;
    }

    private void exportAppendix() {
        int y = plan.get().year();
        dialogs.chooseSpreadsheetToSave(Messages.get("tasks.appendix.fileName", y)).ifPresent(file ->
                executor.submit(Messages.get("tasks.export.running"), () -> sources.printer().appendix(y, today.get(), file),
                        w -> dialogs.showInfo(Messages.get("tasks.appendix.done", w.tasks(), file)),
                        e -> dialogs.showError(Errors.message(e))));
    }

    private void printPlan() {
        int y = plan.get().year();
        dialogs.chooseDocumentToSave(Messages.get("tasks.plan.fileName", y)).ifPresent(file ->
                executor.submit(Messages.get("tasks.export.running"), () -> sources.printer().plan(y, file),
                        w -> dialogs.showInfo(Messages.get("tasks.plan.printed", y, file)),
                        e -> dialogs.showError(Errors.message(e))));
    }

    private void exportReport() {
        ReportPeriod p = period.get();
        dialogs.chooseDocumentToSave(Messages.get("tasks.report.fileName", fileLabel(p))).ifPresent(file ->
                executor.submit(Messages.get("tasks.export.running"), () -> sources.printer().progress(p, today.get(), file),
                        w -> {
                            dialogs.showInfo(p.isYear() ? Messages.get("tasks.report.doneYear", file, w.ratesWritten().size())
                                    : Messages.get("tasks.report.done", ProgressReport.periodText(p), file));
                            if (p.isYear()) {
                                reload(null);
                            }
                        }, e -> dialogs.showError(Errors.message(e))));
    }

    private static String fileLabel(ReportPeriod p) {
        if (p.month() != null) {
            return String.format("thang-%02d-%d", p.month(), p.year());
        }
        return p.quarter() != null ? "quy-" + p.quarter() + "-" + p.year() : "nam-" + p.year();
    }

    /** "Cập nhật tỷ lệ hoàn thành vào hồ sơ hằng năm": counted today (or on 31/12 for a past year). */
    private void updateCompletion() {
        int y = plan.get().year();
        LocalDate end = LocalDate.of(y, 12, 31);
        LocalDate asOf = today.get().isBefore(end) ? today.get() : end;
        if (!dialogs.confirm(Messages.get("tasks.completion.title"), Messages.get("tasks.completion.confirm", y,
                vn.thidua.common.text.VietDates.format(asOf)))) {
            return;
        }
        executor.submit(Messages.get("common.saving"), () -> sources.tasks().writeCompletion(y, asOf), rates -> {
            List<String> lines = new ArrayList<>();
            for (Map.Entry<Long, BigDecimal> e : rates.entrySet()) {
                lines.add(Messages.get("tasks.completion.line", TaskTexts.unit(unitsById, e.getKey()),
                        e.getValue().stripTrailingZeros().toPlainString().replace('.', ',')));
            }
            dialogs.showInfo(rates.isEmpty() ? Messages.get("tasks.completion.none", y)
                    : Messages.get("tasks.completion.done", y, String.join("\n", lines)));
        }, e -> dialogs.showError(Errors.message(e)));
    }

    /** A label for a report period in the chooser. */
    public static String periodLabel(ReportPeriod p) {
        if (p == null) {
            return "";
        }
        if (p.month() != null) {
            return Messages.get("tasks.period.month", p.month());
        }
        return p.quarter() != null ? Messages.get("tasks.period.quarter", TaskTexts.roman(p.quarter()))
                : Messages.get("tasks.period.year");
    }

    public TaskEditorViewModel editor() {
        return editor;
    }

    public ProgressViewModel progress() {
        return progress;
    }

    public TaskPlanEditorViewModel planEditor() {
        return planEditor;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Unit> unitChoices() {
        return unitChoices;
    }

    public ObjectProperty<Unit> unitFilterProperty() {
        return unitFilter;
    }

    public ObservableList<TaskRow> rows() {
        return rows;
    }

    public ObjectProperty<TaskRow> selectedProperty() {
        return selected;
    }

    public ObservableList<ReportPeriod> periods() {
        return periods;
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<TaskPlan> planProperty() {
        return plan;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command newPlanCommand() {
        return newPlan;
    }

    public Command editPlanCommand() {
        return editPlan;
    }

    public Command addTaskCommand() {
        return addTask;
    }

    public Command deleteTaskCommand() {
        return deleteTask;
    }

    public Command exportAppendixCommand() {
        return exportAppendix;
    }

    public Command printPlanCommand() {
        return printPlan;
    }

    public Command exportReportCommand() {
        return exportReport;
    }

    public Command updateCompletionCommand() {
        return updateCompletion;
    }
}
