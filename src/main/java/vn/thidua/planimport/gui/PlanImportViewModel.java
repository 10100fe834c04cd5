package vn.thidua.planimport.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.planimport.logic.PlanImportService;
import vn.thidua.planimport.model.Confidence;
import vn.thidua.planimport.model.FoundField;
import vn.thidua.planimport.model.ImportedTask;
import vn.thidua.planimport.model.PlanKind;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.planimport.model.ReadParagraph;
import vn.thidua.plans.model.Plan;

/**
 * The review of a plan read from a file or pasted text: the document's paragraphs beside the fields found, each with
 * how sure the reader is; choosing a field points at its paragraph; the clerk corrects values and saves a draft
 * plan. Nothing is written before Save. A key-task plan is shown read-only.
 */
public class PlanImportViewModel {

    /** A field as the review shows and edits it. */
    public static final class FieldRow {
        private final FoundField field;
        private final StringProperty value;

        FieldRow(FoundField field) {
            this.field = field;
            this.value = new SimpleStringProperty(field.value());
        }

        public FoundField field() {
            return field;
        }

        public StringProperty valueProperty() {
            return value;
        }

        public String name() {
            String label = field.label() == null || field.label().isEmpty() ? "" : " " + field.label();
            return Messages.label(field.kind()) + label;
        }

        public String confidence() {
            return Messages.label(field.confidence());
        }

        public String line() {
            return field.paragraph() < 0 ? "" : String.valueOf(field.paragraph() + 1);
        }

        FoundField edited() {
            return field.withValue(VietText.clean(value.get() == null ? "" : value.get()));
        }
    }

    private final PlanImportService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DocumentChooser chooser;
    private final Runnable onSaved;

    private final ObservableList<ReadParagraph> paragraphs = FXCollections.observableArrayList();
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ObservableList<ImportedTask> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<FieldRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper highlightedView = new ReadOnlyIntegerWrapper(-1);
    private final StringProperty pastedText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper taskPlan = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Long> savedId = new ReadOnlyObjectWrapper<>();
    private PlanReading current;

    private final Command open;
    private final Command readPasted;
    private final Command save;

    public PlanImportViewModel(PlanImportService service, TaskExecutor executor, DialogService dialogs,
                               DocumentChooser chooser, Runnable onSaved) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.onSaved = onSaved;
        open = new Command(this::chooseAndRead, reading.not());
        readPasted = new Command(this::readPastedText, reading.not().and(Bindings.createBooleanBinding(
                () -> pastedText.get() != null && !pastedText.get().isBlank(), pastedText)));
        save = new Command(this::saveDraft, reading.not().and(loaded).and(taskPlan.not().or(new javafx.beans.property.SimpleBooleanProperty(service.savesTaskPlans())))
                .and(savedId.isNull()));
        selected.addListener((o, a, b) -> highlightedView.set(b == null ? -1 : b.field().paragraph()));
    }

    public Command openCommand() {
        return open;
    }

    public Command readPastedCommand() {
        return readPasted;
    }

    public Command saveCommand() {
        return save;
    }

    public ObservableList<ReadParagraph> paragraphs() {
        return paragraphs;
    }

    public ObservableList<FieldRow> fields() {
        return fields;
    }

    public ObservableList<ImportedTask> tasks() {
        return tasks;
    }

    public ObjectProperty<FieldRow> selectedProperty() {
        return selected;
    }

    /** The paragraph the chosen field was read from, -1 when none. */
    public ReadOnlyIntegerProperty highlightedParagraphProperty() {
        return highlightedView.getReadOnlyProperty();
    }

    public StringProperty pastedTextProperty() {
        return pastedText;
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty taskPlanProperty() {
        return taskPlan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> savedIdProperty() {
        return savedId.getReadOnlyProperty();
    }

    /** Loads the Word reader in the background while the clerk chooses a file (the first reading is then quick). */
    public void prepare() {
        executor.submit(Messages.get("planImport.task.preparing"), () -> {
            PlanImportService.warmUp();
            return null;
        }, x -> { }, e -> { });
    }

    private void chooseAndRead() {
        chooser.chooseDocumentToRead().ifPresent(this::read);
    }

    /** Reads a file off the FX thread; an unreadable file is said in a message and changes nothing. */
    public void read(Path file) {
        load(file.getFileName().toString(), () -> PlanImportService.read(file));
    }

    private void readPastedText() {
        String text = pastedText.get();
        load(Messages.get("planImport.pasted"), () -> PlanImportService.readText(text));
    }

    private void load(String name, Callable<PlanReading> work) {
        reading.set(true);
        executor.submit(Messages.get("planImport.task.reading", name), work, r -> {
            reading.set(false);
            show(name, r);
        }, e -> {
            reading.set(false);
            dialogs.showError(e instanceof UserException ? e.getMessage()
                    : Messages.get("planImport.error.unexpected", name, String.valueOf(e)));
        });
    }

    private void show(String name, PlanReading r) {
        current = r;
        savedId.set(null);
        source.set(name);
        paragraphs.setAll(r.document().paragraphs());
        fields.setAll(r.fields().stream().map(FieldRow::new).toList());
        tasks.setAll(r.tasks());
        taskPlan.set(r.kind() == PlanKind.TASK_PLAN);
        loaded.set(true);
        long guesses = r.fields().stream().filter(f -> f.confidence() == Confidence.GUESS).count();
        summary.set(Messages.get(r.kind() == PlanKind.TASK_PLAN ? "planImport.summary.taskPlan" : "planImport.summary.plan",
                r.document().paragraphs().size(), r.fields().size(), guesses, r.tasks().size()));
        selected.set(null);
    }

    /** The fields as corrected so far. */
    public List<FoundField> editedFields() {
        return fields.stream().map(FieldRow::edited).toList();
    }

    private void saveDraft() {
        PlanReading edited = current.withFields(editedFields());
        if (edited.kind() == PlanKind.TASK_PLAN) {
            executor.submit(Messages.get("planImport.task.saving"), () -> service.saveTaskPlan(edited), (Long id) -> {
                savedId.set(id);
                dialogs.showInfo(Messages.get("planImport.savedTaskPlan", id));
                onSaved.run();
            }, e -> dialogs.showError(e instanceof UserException ? e.getMessage()
                    : Messages.get("planImport.error.unexpected", source.get(), String.valueOf(e))));
            return;
        }
        executor.submit(Messages.get("planImport.task.saving"), () -> service.save(edited), (Plan plan) -> {
            savedId.set(plan.id());
            dialogs.showInfo(Messages.get("planImport.saved", plan.id(), plan.title()));
            onSaved.run();
        }, e -> dialogs.showError(e instanceof UserException ? e.getMessage()
                : Messages.get("planImport.error.unexpected", source.get(), String.valueOf(e))));
    }
}
