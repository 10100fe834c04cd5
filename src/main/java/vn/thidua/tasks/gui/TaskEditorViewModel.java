package vn.thidua.tasks.gui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.CopyEditor;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.model.Unit;
import vn.thidua.tasks.logic.InvalidTaskException;
import vn.thidua.tasks.logic.TaskRepository;
import vn.thidua.tasks.logic.TaskValidator;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.DeadlineKind;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskField;
import vn.thidua.tasks.model.TaskSection;

/**
 * Edits a copy of one task with its "6 rõ" fields: Save writes it, Cancel drops it. A missing lead unit or content,
 * a month or quarter out of range and a day outside the plan's year are shown at their fields as they are typed.
 */
public class TaskEditorViewModel extends CopyEditor<Task> {

    private final TaskRepository repository;
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private long planId;
    private final javafx.beans.property.IntegerProperty year = new javafx.beans.property.SimpleIntegerProperty(2000);
    private Task original;

    private final ObjectProperty<TaskSection> section = new SimpleObjectProperty<>(TaskSection.KEY);
    private final StringProperty group = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("");
    private final ObjectProperty<Unit> leadUnit = new SimpleObjectProperty<>();
    private final ObservableList<Unit> supportUnits = FXCollections.observableArrayList();
    private final StringProperty supportNote = new SimpleStringProperty("");
    private final StringProperty responsiblePerson = new SimpleStringProperty("");
    private final ObjectProperty<DeadlineKind> deadlineKind = new SimpleObjectProperty<>(DeadlineKind.NONE);
    private final ObjectProperty<LocalDate> deadlineDate = new SimpleObjectProperty<>();
    private final StringProperty deadlineNumber = new SimpleStringProperty("");
    private final StringProperty responsibility = new SimpleStringProperty("");
    private final StringProperty product = new SimpleStringProperty("");
    private final StringProperty approver = new SimpleStringProperty("");

    private final StringBinding contentError;
    private final StringBinding leadUnitError;
    private final StringBinding deadlineError;
    private final SimpleStringProperty refused = new SimpleStringProperty();

    public TaskEditorViewModel(TaskRepository repository, TaskExecutor executor, DialogService dialogs) {
        super(executor, dialogs);
        this.repository = repository;
        contentError = Bindings.createStringBinding(() -> TaskValidator.content(content.get()).orElse(null), content);
        leadUnitError = Bindings.createStringBinding(() -> TaskValidator.leadUnit(
                leadUnit.get() == null ? null : leadUnit.get().id()).orElse(null), leadUnit);
        deadlineError = Bindings.createStringBinding(this::deadlineProblem, deadlineKind, deadlineDate, deadlineNumber,
                year);
        bindValid(contentError.isNull().and(leadUnitError.isNull()).and(deadlineError.isNull()));
        for (var p : List.of(content, deadlineNumber, group)) {
            p.addListener((o, a, b) -> refused.set(null));
        }
    }

    private String deadlineProblem() {
        DeadlineKind kind = deadlineKind.get();
        if (kind == null || kind == DeadlineKind.NONE) {
            return null;
        }
        if (kind == DeadlineKind.DATE) {
            return deadlineDate.get() == null ? Messages.get("tasks.error.deadlineDate")
                    : TaskValidator.deadline(Deadline.on(deadlineDate.get()), year.get()).orElse(null);
        }
        Integer n = number(deadlineNumber.get());
        if (n == null) {
            return Messages.get(kind == DeadlineKind.MONTH ? "tasks.error.month" : "tasks.error.quarter");
        }
        return TaskValidator.deadline(new Deadline(kind, null, n), year.get()).orElse(null);
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The units a task can be given to (the active ones). */
    public void setUnits(List<Unit> all) {
        units.setAll(all.stream().filter(Unit::active).toList());
    }

    /** The plan the edited task belongs to; its year bounds the deadline. */
    public void setPlan(long planId, int year) {
        this.planId = planId;
        this.year.set(year);
    }

    public void startNew(TaskSection in) {
        original = null;
        heading.set(Messages.get("tasks.editor.new"));
        copyIn(Task.blank(in));
        editing.set(true);
    }

    public void startEdit(Task task) {
        original = task;
        heading.set(Messages.get("tasks.editor.edit"));
        copyIn(task);
        editing.set(true);
    }

    private void copyIn(Task t) {
        refused.set(null);
        section.set(t.section());
        group.set(nz(t.group()));
        content.set(nz(t.content()));
        leadUnit.set(unit(t.leadUnitId()));
        supportUnits.setAll(t.supportUnitIds().stream().map(this::unit).filter(Objects::nonNull).toList());
        supportNote.set(nz(t.supportNote()));
        responsiblePerson.set(nz(t.responsiblePerson()));
        deadlineKind.set(t.deadline().kind());
        deadlineDate.set(t.deadline().date());
        deadlineNumber.set(t.deadline().number() == null ? "" : String.valueOf(t.deadline().number()));
        responsibility.set(nz(t.responsibility()));
        product.set(nz(t.product()));
        approver.set(nz(t.approver()));
    }

    private Unit unit(Long id) {
        return id == null ? null : units.stream().filter(u -> u.id().equals(id)).findFirst().orElse(null);
    }

    /** The edited copy as a record, text in NFC. */
    public Task toTask() {
        DeadlineKind kind = deadlineKind.get() == null ? DeadlineKind.NONE : deadlineKind.get();
        Deadline deadline = switch (kind) {
            case NONE -> Deadline.NONE;
            case DATE -> deadlineDate.get() == null ? Deadline.NONE : Deadline.on(deadlineDate.get());
            default -> number(deadlineNumber.get()) == null ? Deadline.NONE
                    : new Deadline(kind, null, number(deadlineNumber.get()));
        };
        return new Task(original == null ? null : original.id(), section.get(), VietText.cleanOrNull(group.get()),
                original == null ? 0 : original.sortOrder(), VietText.cleanParagraphs(content.get()).strip(),
                leadUnit.get() == null ? null : leadUnit.get().id(), supportUnits.stream().map(Unit::id).toList(),
                VietText.cleanOrNull(supportNote.get()), VietText.cleanOrNull(responsiblePerson.get()), deadline,
                VietText.cleanOrNull(responsibility.get()), VietText.cleanOrNull(product.get()),
                VietText.cleanOrNull(approver.get()));
    }

    @Override
    public boolean hasUnsavedChanges() {
        if (!editing.get()) {
            return false;
        }
        Task start = original == null ? Task.blank(section.get()) : original;
        Task now = toTask();
        return !now.equals(new Task(now.id(), start.section(), VietText.cleanOrNull(start.group()), start.sortOrder(),
                start.content() == null ? "" : VietText.cleanParagraphs(start.content()).strip(), start.leadUnitId(),
                start.supportUnitIds(), VietText.cleanOrNull(start.supportNote()),
                VietText.cleanOrNull(start.responsiblePerson()), start.deadline(), VietText.cleanOrNull(start.responsibility()),
                VietText.cleanOrNull(start.product()), VietText.cleanOrNull(start.approver())));
    }

    @Override
    protected Callable<Task> write() {
        Task edited = toTask();
        long plan = planId;
        return () -> repository.saveTask(plan, edited);
    }

    @Override
    protected void saved(Task value) {
        original = value;
    }

    @Override
    protected boolean failed(Throwable e) {
        if (e instanceof InvalidTaskException invalid) {
            refused.set(invalid.getMessage());
            return true;
        }
        return false;
    }

    /** The first problem in words, for the line under the form. */
    public StringBinding problemProperty() {
        return Bindings.createStringBinding(() -> firstOf(refused.get(), contentError.get(), leadUnitError.get(),
                deadlineError.get()), refused, contentError, leadUnitError, deadlineError);
    }

    @Override
    public void close() {
        super.close();
        original = null;
    }

    /** Whether the field names a problem this editor would show; for tests. */
    public String errorOf(TaskField field) {
        return switch (field) {
            case CONTENT -> contentError.get();
            case LEAD_UNIT -> leadUnitError.get();
            case DEADLINE -> deadlineError.get();
            default -> null;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    public ObjectProperty<TaskSection> sectionProperty() {
        return section;
    }

    public StringProperty groupProperty() {
        return group;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public ObjectProperty<Unit> leadUnitProperty() {
        return leadUnit;
    }

    public ObservableList<Unit> supportUnits() {
        return supportUnits;
    }

    public StringProperty supportNoteProperty() {
        return supportNote;
    }

    public StringProperty responsiblePersonProperty() {
        return responsiblePerson;
    }

    public ObjectProperty<DeadlineKind> deadlineKindProperty() {
        return deadlineKind;
    }

    public ObjectProperty<LocalDate> deadlineDateProperty() {
        return deadlineDate;
    }

    public StringProperty deadlineNumberProperty() {
        return deadlineNumber;
    }

    public StringProperty responsibilityProperty() {
        return responsibility;
    }

    public StringProperty productProperty() {
        return product;
    }

    public StringProperty approverProperty() {
        return approver;
    }

    public StringBinding contentErrorProperty() {
        return contentError;
    }

    public StringBinding leadUnitErrorProperty() {
        return leadUnitError;
    }

    public StringBinding deadlineErrorProperty() {
        return deadlineError;
    }
}
