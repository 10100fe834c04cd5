package vn.thidua.tasks.gui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.validation.ValidationSupport;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.ui.EnumConverter;
import vn.thidua.common.ui.Views;
import vn.thidua.common.ui.WrappingCells;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.Unit;
import vn.thidua.tasks.gui.TasksViewModel.TaskRow;
import vn.thidua.tasks.model.DeadlineKind;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.ReportPeriod;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TaskState;
import vn.thidua.tasks.model.TaskStatus;

/** The key-task screen: binds the table, the task editor, the progress tab and the plan form to the ViewModels. */
public class TasksView {

    private static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");

    private final TasksViewModel model;
    private final Parent root;

    @FXML private ComboBox<Integer> yearBox;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private Button newPlanButton;
    @FXML private Button editPlanButton;
    @FXML private MenuItem printPlanItem;
    @FXML private Button addTaskButton;
    @FXML private Button deleteTaskButton;
    @FXML private Label summaryLabel;
    @FXML private MenuItem appendixItem;
    @FXML private ComboBox<ReportPeriod> periodBox;
    @FXML private MenuItem reportItem;
    @FXML private Button completionButton;
    @FXML private TableView<TaskRow> taskTable;
    @FXML private TableColumn<TaskRow, String> numberColumn;
    @FXML private TableColumn<TaskRow, String> contentColumn;
    @FXML private TableColumn<TaskRow, String> leadColumn;
    @FXML private TableColumn<TaskRow, String> supportColumn;
    @FXML private TableColumn<TaskRow, String> deadlineColumn;
    @FXML private TableColumn<TaskRow, TaskState> stateColumn;
    @FXML private TableColumn<TaskRow, String> percentColumn;
    @FXML private TableColumn<TaskRow, String> updatedColumn;
    @FXML private Label placeholderLabel;

    @FXML private ScrollPane planPane;
    @FXML private Label planHeading;
    @FXML private TextField planYearField;
    @FXML private TextField planNumberField;
    @FXML private TextField planCodeField;
    @FXML private TextField planPlaceField;
    @FXML private TextField planDayField;
    @FXML private TextField planMonthField;
    @FXML private TextArea planTitleArea;
    @FXML private TextArea planBasisArea;
    @FXML private TextArea planIntroductionArea;
    @FXML private TextArea planPurposesArea;
    @FXML private TextArea planKeyAssignmentsArea;
    @FXML private TextArea planProgrammeArea;
    @FXML private TextArea planDutiesArea;
    @FXML private TextArea planClosingArea;
    @FXML private TextArea planRecipientsArea;
    @FXML private ComboBox<Signer> planSignerBox;
    @FXML private Label planProblem;
    @FXML private Button planCancelButton;
    @FXML private Button planSaveButton;

    @FXML private TabPane editorTabs;
    @FXML private Tab taskTab;
    @FXML private Tab progressTab;
    @FXML private Label editorHeading;
    @FXML private ComboBox<TaskSection> sectionBox;
    @FXML private TextField groupField;
    @FXML private TextArea contentArea;
    @FXML private ComboBox<Unit> leadBox;
    @FXML private CheckComboBox<Unit> supportBox;
    @FXML private TextField supportNoteField;
    @FXML private TextField personField;
    @FXML private ComboBox<DeadlineKind> deadlineKindBox;
    @FXML private DatePicker deadlinePicker;
    @FXML private TextField deadlineNumberField;
    @FXML private TextArea responsibilityArea;
    @FXML private TextArea productArea;
    @FXML private TextField approverField;
    @FXML private Label editorProblem;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;

    @FXML private ListView<ProgressUpdate> updateList;
    @FXML private Button openEvidenceButton;
    @FXML private DatePicker reportedOnPicker;
    @FXML private ComboBox<TaskStatus> statusBox;
    @FXML private TextField percentField;
    @FXML private TextArea noteArea;
    @FXML private Button evidenceButton;
    @FXML private Label evidenceLabel;
    @FXML private Label progressProblem;
    @FXML private Button recordButton;

    private boolean syncingSupport;

    public TasksView(TasksViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        toolbar();
        table();
        planForm();
        taskEditor();
        progressTab();
        var editor = model.editor();
        var showSide = editor.editingProperty().or(model.progress().taskIdProperty().isNotNull())
                .and(model.planEditor().editingProperty().not());
        Views.show(editorTabs, showSide);
        progressTab.disableProperty().bind(model.progress().taskIdProperty().isNull());
    }

    private void toolbar() {
        yearBox.setItems(model.years());
        Views.bindChoice(yearBox, model.yearProperty());
        unitBox.setItems(model.unitChoices());
        unitBox.setConverter(unitNames(Messages.get("tasks.allUnits")));
        unitBox.setPromptText(Messages.get("tasks.allUnits"));
        unitBox.valueProperty().bindBidirectional(model.unitFilterProperty());
        unitBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Unit item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? Messages.get("tasks.allUnits") : item.name());
            }
        });
        Views.bind(newPlanButton, model.newPlanCommand());
        Views.bind(editPlanButton, model.editPlanCommand());
        Views.bind(printPlanItem, model.printPlanCommand());
        Views.bind(addTaskButton, model.addTaskCommand());
        Views.bind(deleteTaskButton, model.deleteTaskCommand());
        summaryLabel.textProperty().bind(model.summaryProperty());
        Views.bind(appendixItem, model.exportAppendixCommand());
        periodBox.setItems(model.periods());
        periodBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportPeriod p) {
                return TasksViewModel.periodLabel(p);
            }

            @Override
            public ReportPeriod fromString(String s) {
                return null;
            }
        });
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        Views.bind(reportItem, model.exportReportCommand());
        Views.bind(completionButton, model.updateCompletionCommand());
    }

    private static StringConverter<Unit> unitNames(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return u == null ? none : u.name();
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        };
    }

    private void table() {
        taskTable.setItems(model.rows());
        placeholderLabel.textProperty().bind(javafx.beans.binding.Bindings.when(model.planProperty().isNull())
                .then(Messages.get("tasks.noPlan")).otherwise(Messages.get("tasks.empty")));
        Views.text(numberColumn, r -> r.task().section().letter() + "." + r.number());
        Views.text(contentColumn, r -> r.task().content());
        Views.text(leadColumn, TaskRow::lead);
        Views.text(supportColumn, TaskRow::supporting);
        WrappingCells.wrap(contentColumn, supportColumn);
        Views.text(deadlineColumn, TaskRow::deadline);
        stateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().state()));
        stateColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TaskState state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeAll("outcome", "success", "danger");
                setStyle("");
                if (empty || state == null) {
                    setText(null);
                    return;
                }
                setText(Messages.label(state));
                switch (state) {
                    case OVERDUE -> getStyleClass().addAll("outcome", "danger");
                    case AT_RISK -> {
                        getStyleClass().add("outcome");
                        setStyle("-fx-text-fill: #b54708;");
                    }
                    case DONE -> getStyleClass().addAll("outcome", "success");
                    default -> { }
                }
            }
        });
        Views.text(percentColumn, r -> r.tracked().percentDone() + "%");
        Views.text(updatedColumn, r -> r.tracked().latest() == null ? "" : VietDates.format(r.tracked().latest().reportedOn()));
        taskTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TaskRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(URGENT, !empty && item != null && item.state() == TaskState.OVERDUE);
            }
        });
        Views.keepSelection(taskTable, model.selectedProperty());
    }

    private void planForm() {
        var plan = model.planEditor();
        Views.show(planPane, plan.editingProperty());
        taskTable.visibleProperty().bind(plan.editingProperty().not());
        planHeading.textProperty().bind(plan.headingProperty());
        planYearField.textProperty().bindBidirectional(plan.yearProperty());
        planNumberField.textProperty().bindBidirectional(plan.numberProperty());
        planCodeField.textProperty().bindBidirectional(plan.codeProperty());
        planPlaceField.textProperty().bindBidirectional(plan.placeProperty());
        planDayField.textProperty().bindBidirectional(plan.dayProperty());
        planMonthField.textProperty().bindBidirectional(plan.monthProperty());
        planTitleArea.textProperty().bindBidirectional(plan.titleProperty());
        planBasisArea.textProperty().bindBidirectional(plan.basisProperty());
        planBasisArea.setPromptText(Messages.get("tasks.plan.basisPrompt"));
        planIntroductionArea.textProperty().bindBidirectional(plan.introductionProperty());
        planPurposesArea.textProperty().bindBidirectional(plan.purposesProperty());
        planKeyAssignmentsArea.textProperty().bindBidirectional(plan.keyAssignmentsProperty());
        planProgrammeArea.textProperty().bindBidirectional(plan.programmeProperty());
        planDutiesArea.textProperty().bindBidirectional(plan.dutiesProperty());
        planClosingArea.textProperty().bindBidirectional(plan.closingProperty());
        planRecipientsArea.textProperty().bindBidirectional(plan.recipientsProperty());
        planSignerBox.setItems(plan.signers());
        planSignerBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Signer s) {
                return s == null ? "" : s.fullName() + " (" + Messages.label(s.role()) + ")";
            }

            @Override
            public Signer fromString(String s) {
                return null;
            }
        });
        planSignerBox.valueProperty().bindBidirectional(plan.signerProperty());
        Views.problem(planProblem, plan.problemProperty());
        Views.bind(planSaveButton, plan.saveCommand());
        Views.bind(planCancelButton, plan.cancelCommand());
        ValidationSupport v = new ValidationSupport();
        v.registerValidator(planYearField, false, Views.validator(plan.yearErrorProperty()));
        v.registerValidator(planNumberField, false, Views.validator(plan.numberErrorProperty()));
        v.registerValidator(planMonthField, false, Views.validator(plan.dateErrorProperty()));
        v.registerValidator(planTitleArea, false, Views.validator(plan.titleErrorProperty()));
        v.registerValidator(planBasisArea, false, Views.validator(plan.basisErrorProperty()));
    }

    private void taskEditor() {
        var editor = model.editor();
        Views.show(taskTab.getContent(), editor.editingProperty());
        editorHeading.textProperty().bind(editor.headingProperty());
        sectionBox.setItems(javafx.collections.FXCollections.observableArrayList(TaskSection.values()));
        sectionBox.setConverter(new EnumConverter<>(TaskSection.class));
        sectionBox.valueProperty().bindBidirectional(editor.sectionProperty());
        groupField.textProperty().bindBidirectional(editor.groupProperty());
        contentArea.textProperty().bindBidirectional(editor.contentProperty());
        leadBox.setItems(editor.units());
        leadBox.setConverter(unitNames(""));
        leadBox.valueProperty().bindBidirectional(editor.leadUnitProperty());
        supportBox.getItems().setAll(editor.units());
        editor.units().addListener((ListChangeListener<Unit>) c -> {
            syncingSupport = true;
            supportBox.getItems().setAll(editor.units());
            syncingSupport = false;
            showSupport(editor.supportUnits());
        });
        supportBox.setConverter(unitNames(""));
        editor.supportUnits().addListener((ListChangeListener<Unit>) c -> showSupport(editor.supportUnits()));
        supportBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<Unit>) c -> {
            if (!syncingSupport) {
                syncingSupport = true;
                editor.supportUnits().setAll(List.copyOf(supportBox.getCheckModel().getCheckedItems()));
                syncingSupport = false;
            }
        });
        supportNoteField.textProperty().bindBidirectional(editor.supportNoteProperty());
        personField.textProperty().bindBidirectional(editor.responsiblePersonProperty());
        deadlineKindBox.setItems(javafx.collections.FXCollections.observableArrayList(DeadlineKind.values()));
        deadlineKindBox.setConverter(new EnumConverter<>(DeadlineKind.class));
        deadlineKindBox.valueProperty().bindBidirectional(editor.deadlineKindProperty());
        Views.vietnameseDates(deadlinePicker);
        deadlinePicker.valueProperty().bindBidirectional(editor.deadlineDateProperty());
        Views.show(deadlinePicker, editor.deadlineKindProperty().isEqualTo(DeadlineKind.DATE));
        deadlineNumberField.textProperty().bindBidirectional(editor.deadlineNumberProperty());
        Views.show(deadlineNumberField, editor.deadlineKindProperty().isEqualTo(DeadlineKind.MONTH)
                .or(editor.deadlineKindProperty().isEqualTo(DeadlineKind.QUARTER)));
        responsibilityArea.textProperty().bindBidirectional(editor.responsibilityProperty());
        productArea.textProperty().bindBidirectional(editor.productProperty());
        approverField.textProperty().bindBidirectional(editor.approverProperty());
        Views.problem(editorProblem, editor.problemProperty());
        Views.bind(saveButton, editor.saveCommand());
        Views.bind(cancelButton, editor.cancelCommand());
        ValidationSupport v = new ValidationSupport();
        v.registerValidator(contentArea, false, Views.validator(editor.contentErrorProperty()));
        v.registerValidator(leadBox, false, Views.validator(editor.leadUnitErrorProperty()));
        v.registerValidator(deadlineKindBox, false, Views.validator(editor.deadlineErrorProperty()));
        editor.editingProperty().addListener((o, a, b) -> {
            if (b) {
                editorTabs.getSelectionModel().select(taskTab);
            }
        });
    }

    private void showSupport(List<Unit> chosen) {
        if (syncingSupport) {
            return;
        }
        syncingSupport = true;
        supportBox.getCheckModel().clearChecks();
        chosen.forEach(u -> supportBox.getCheckModel().check(u));
        syncingSupport = false;
    }

    private void progressTab() {
        var progress = model.progress();
        updateList.setItems(progress.updates());
        updateList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ProgressUpdate u, boolean empty) {
                super.updateItem(u, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || u == null ? null : Messages.get("tasks.progress.line", VietDates.format(u.reportedOn()),
                        Messages.label(u.status()), u.percentDone(), u.note() == null ? "" : " – " + u.note(),
                        u.evidenceName() == null ? "" : " [" + u.evidenceName() + "]"));
            }
        });
        updateList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> progress.selectedProperty().set(b));
        Views.bind(openEvidenceButton, progress.openEvidenceCommand());
        Views.vietnameseDates(reportedOnPicker);
        reportedOnPicker.valueProperty().bindBidirectional(progress.reportedOnProperty());
        statusBox.setItems(javafx.collections.FXCollections.observableArrayList(TaskStatus.values()));
        statusBox.setConverter(new EnumConverter<>(TaskStatus.class));
        statusBox.valueProperty().bindBidirectional(progress.statusProperty());
        percentField.textProperty().bindBidirectional(progress.percentProperty());
        noteArea.textProperty().bindBidirectional(progress.noteProperty());
        Views.bind(evidenceButton, progress.chooseEvidenceCommand());
        evidenceLabel.textProperty().bind(progress.evidenceNameProperty());
        Views.problem(progressProblem, progress.problemProperty());
        Views.bind(recordButton, progress.recordCommand());
        ValidationSupport v = new ValidationSupport();
        v.registerValidator(percentField, false, Views.validator(progress.percentErrorProperty()));
        v.registerValidator(reportedOnPicker, false, Views.validator(progress.reportedOnErrorProperty()));
    }
}
