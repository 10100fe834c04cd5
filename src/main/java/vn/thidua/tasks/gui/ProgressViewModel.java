package vn.thidua.tasks.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.tasks.logic.InvalidTaskException;
import vn.thidua.tasks.logic.TaskRepository;
import vn.thidua.tasks.logic.TaskValidator;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.TaskProblem;
import vn.thidua.tasks.model.TaskStatus;

/**
 * A task's progress: its dated updates, newest first, and the form for a new one (day, status, share done, note and
 * an evidence file). A share above 100 % or below 0 and a day before the plan's year are refused at their fields.
 */
public class ProgressViewModel {

    private final TaskRepository repository;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private Runnable onRecorded = () -> { };

    private final ReadOnlyObjectWrapper<Long> taskId = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.IntegerProperty year = new javafx.beans.property.SimpleIntegerProperty(2000);
    private final ObservableList<ProgressUpdate> updates = FXCollections.observableArrayList();
    private final ObjectProperty<ProgressUpdate> selected = new SimpleObjectProperty<>();

    private final ObjectProperty<LocalDate> reportedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(TaskStatus.IN_PROGRESS);
    private final StringProperty percent = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Path> evidence = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper evidenceName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refused = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    private final StringBinding reportedOnError;
    private final StringBinding percentError;
    private final Command record;
    private final Command chooseEvidence;
    private final Command openEvidence;

    public ProgressViewModel(TaskRepository repository, TaskExecutor executor, DialogService dialogs,
                             Supplier<LocalDate> today) {
        this.repository = repository;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        reportedOnError = Bindings.createStringBinding(
                () -> TaskValidator.reportedOn(reportedOn.get(), year.get()).orElse(null), reportedOn, year);
        percentError = Bindings.createStringBinding(this::percentProblem, percent, status);
        record = new Command(this::record, taskId.isNotNull().and(reportedOnError.isNull()).and(percentError.isNull())
                .and(status.isNotNull()).and(saving.not()));
        chooseEvidence = new Command(() -> dialogs.chooseFileToAttach().ifPresent(evidence::set), taskId.isNotNull());
        openEvidence = new Command(this::openEvidence, Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().attachmentId() != null, selected));
        evidence.addListener((o, a, b) -> evidenceName.set(b == null || b.getFileName() == null ? ""
                : b.getFileName().toString()));
        status.addListener((o, a, b) -> {
            if (b == TaskStatus.DONE) {
                percent.set("100");
            }
        });
        percent.addListener((o, a, b) -> refused.set(null));
    }

    private String percentProblem() {
        String text = percent.get() == null ? "" : percent.get().strip().replace("%", "");
        if (text.isEmpty()) {
            return Messages.get("tasks.error.percentMissing");
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return Messages.get("tasks.error.percentNumber");
        }
        return TaskValidator.percent(value).orElse(null);
    }

    /** Shows a task's updates and readies the form; null clears it. */
    public void show(Long task, int planYear, List<ProgressUpdate> history) {
        taskId.set(task);
        year.set(planYear);
        List<ProgressUpdate> newestFirst = new java.util.ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        updates.setAll(newestFirst);
        ProgressUpdate last = history.isEmpty() ? null : history.get(history.size() - 1);
        reportedOn.set(today.get());
        status.set(last == null || last.status() == TaskStatus.NOT_STARTED ? TaskStatus.IN_PROGRESS : last.status());
        percent.set(last == null ? "0" : String.valueOf(last.percentDone()));
        note.set("");
        evidence.set(null);
        refused.set(null);
    }

    public void setOnRecorded(Runnable onRecorded) {
        this.onRecorded = onRecorded;
    }

    private void record() {
        String text = percent.get().strip().replace("%", "");
        ProgressUpdate update = new ProgressUpdate(null, taskId.get(), reportedOn.get(), status.get(),
                Integer.parseInt(text), note.get(), null, null);
        Path file = evidence.get();
        saving.set(true);
        executor.submit(Messages.get("common.saving"), () -> repository.addProgress(update, file), saved -> {
            saving.set(false);
            updates.add(0, saved);
            note.set("");
            evidence.set(null);
            onRecorded.run();
        }, e -> {
            saving.set(false);
            if (e instanceof InvalidTaskException invalid) {
                refused.set(invalid.problems().stream().map(TaskProblem::message).reduce((a, b) -> a + "\n" + b)
                        .orElse(null));
            } else {
                dialogs.showError(Errors.message(e));
            }
        });
    }

    private void openEvidence() {
        ProgressUpdate u = selected.get();
        executor.submit(Messages.get("common.loading"), () -> repository.evidence(u.attachmentId()), path -> {
            if (path.isPresent()) {
                dialogs.openFile(path.get());
            } else {
                dialogs.showError(Messages.get("tasks.error.evidenceMissing", u.evidenceName()));
            }
        }, e -> dialogs.showError(Errors.message(e)));
    }

    /** The first problem in words, for the line under the form. */
    public StringBinding problemProperty() {
        return Bindings.createStringBinding(() -> vn.thidua.common.ui.CopyEditor.firstOf(refused.get(),
                reportedOnError.get(), percentError.get()), refused, reportedOnError, percentError);
    }

    public ReadOnlyObjectProperty<Long> taskIdProperty() {
        return taskId.getReadOnlyProperty();
    }

    public ObservableList<ProgressUpdate> updates() {
        return updates;
    }

    public ObjectProperty<ProgressUpdate> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> reportedOnProperty() {
        return reportedOn;
    }

    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    public StringProperty percentProperty() {
        return percent;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Path> evidenceProperty() {
        return evidence;
    }

    public ReadOnlyStringProperty evidenceNameProperty() {
        return evidenceName.getReadOnlyProperty();
    }

    public StringBinding reportedOnErrorProperty() {
        return reportedOnError;
    }

    public StringBinding percentErrorProperty() {
        return percentError;
    }

    public Command recordCommand() {
        return record;
    }

    public Command chooseEvidenceCommand() {
        return chooseEvidence;
    }

    public Command openEvidenceCommand() {
        return openEvidence;
    }
}
