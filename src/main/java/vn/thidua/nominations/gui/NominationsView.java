package vn.thidua.nominations.gui;

import static vn.thidua.common.ui.Views.problem;
import static vn.thidua.common.ui.Views.show;
import static vn.thidua.common.ui.Views.text;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.DocumentAction;
import vn.thidua.common.ui.EnumConverter;
import vn.thidua.common.ui.TextCell;
import vn.thidua.common.ui.Views;
import vn.thidua.common.ui.WrappingCells;
import vn.thidua.nominations.gui.NominationEditorViewModel.AwardRow;
import vn.thidua.nominations.gui.NominationEditorViewModel.NomineeChoice;
import vn.thidua.nominations.gui.NominationEditorViewModel.YearRow;
import vn.thidua.nominations.gui.NominationsViewModel.NominationRow;
import vn.thidua.nominations.gui.NominationsViewModel.QuotaLine;
import vn.thidua.nominations.model.DossierItem;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.Occasion;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.gui.RowList;

/** The nominations screen: the scope, the table and the quotas, or one nomination's editor. */
public class NominationsView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final NominationsViewModel model;
    private final Parent root;

    @FXML private BorderPane rootPane;
    @FXML private VBox listPane;
    @FXML private ComboBox<Scope> scopeBox;
    @FXML private TextField searchField;
    private final List<DocumentAction> documents;
    @FXML private MenuButton documentsMenu;
    @FXML private Button newButton;
    @FXML private Button openButton;
    @FXML private Button deleteButton;
    @FXML private TableView<NominationRow> nominationTable;
    @FXML private TableColumn<NominationRow, String> kindColumn;
    @FXML private TableColumn<NominationRow, String> nomineeColumn;
    @FXML private TableColumn<NominationRow, String> positionColumn;
    @FXML private TableColumn<NominationRow, String> awardColumn;
    @FXML private TableColumn<NominationRow, String> statusColumn;
    @FXML private TableColumn<NominationRow, String> dossierColumn;
    @FXML private TableColumn<NominationRow, String> lateColumn;
    @FXML private TableColumn<NominationRow, String> eligibilityColumn;
    @FXML private Label quotaTextLabel;
    @FXML private VBox quotaBox;
    @FXML private Label countLabel;
    @FXML private Label eligibilityProblemLabel;

    @FXML private BorderPane editorPane;
    @FXML private Label editorHeading;
    @FXML private Label editorStatusLabel;
    @FXML private RadioButton personRadio;
    @FXML private RadioButton unitRadio;
    @FXML private TextField nomineeFilterField;
    @FXML private ComboBox<NomineeChoice> nomineeBox;
    @FXML private Label nomineeErrorLabel;
    @FXML private ComboBox<AwardForm> awardBox;
    @FXML private Label awardErrorLabel;
    @FXML private ComboBox<Unit> proposingUnitBox;
    @FXML private ComboBox<Occasion> occasionBox;
    @FXML private TextField yearField;
    @FXML private TextField firstYearField;
    @FXML private Label yearErrorLabel;
    @FXML private TextArea summaryArea;
    @FXML private TextArea noteArea;
    @FXML private Label statusLabel;
    @FXML private FlowPane stepButtons;
    @FXML private VBox stepPane;
    @FXML private Label stepLabel;
    @FXML private DatePicker stepDayPicker;
    @FXML private TextField stepNoteField;
    @FXML private Label stepErrorLabel;
    @FXML private Button cancelStepButton;
    @FXML private Button confirmStepButton;
    @FXML private ListView<String> historyList;
    @FXML private Label eligibilityLabel;
    @FXML private ListView<String> eligibilityList;

    @FXML private Button fillReportButton;
    @FXML private TextArea dutiesArea;
    @FXML private TextArea descriptionArea;
    @FXML private TextArea achievementsArea;
    @FXML private TextArea measuresArea;
    @FXML private TableView<YearRow> yearTable;
    @FXML private TableColumn<YearRow, String> yearYearColumn;
    @FXML private TableColumn<YearRow, Rating> yearRatingColumn;
    @FXML private TableColumn<YearRow, String> yearTitlesColumn;
    @FXML private TableColumn<YearRow, String> yearAchievementColumn;
    @FXML private Button yearAddButton;
    @FXML private Button yearRemoveButton;
    @FXML private TableView<AwardRow> awardTable;
    @FXML private TableColumn<AwardRow, AwardCategory> awardCategoryColumn;
    @FXML private TableColumn<AwardRow, String> awardYearColumn;
    @FXML private TableColumn<AwardRow, String> awardNameColumn;
    @FXML private TableColumn<AwardRow, String> awardDecisionColumn;
    @FXML private Button awardAddButton;
    @FXML private Button awardRemoveButton;
    @FXML private Label linesErrorLabel;

    @FXML private Label dossierLabel;
    @FXML private TableView<DossierItem> dossierTable;
    @FXML private TableColumn<DossierItem, String> itemTitleColumn;
    @FXML private TableColumn<DossierItem, String> itemRequiredColumn;
    @FXML private TableColumn<DossierItem, String> itemPresentColumn;
    @FXML private TableColumn<DossierItem, String> itemFileColumn;
    @FXML private TableColumn<DossierItem, String> itemReceivedColumn;
    @FXML private Button attachButton;
    @FXML private Button openFileButton;
    @FXML private Button detachButton;
    @FXML private TextField extraTitleField;
    @FXML private Button attachExtraButton;

    @FXML private Label saveErrorLabel;
    @FXML private Label problemLabel;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;

    public NominationsView(NominationsViewModel model) {
        this(model, List.of());
    }

    /** With a documents menu of the given actions; hidden when there are none. */
    public NominationsView(NominationsViewModel model, List<DocumentAction> documents) {
        this.model = model;
        this.documents = List.copyOf(documents);
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Views.fillMenu(documentsMenu, documents);
        bindList();
        bindEditor(model.editor());
        rootPane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && model.editor().editingProperty().get()) {
                model.editor().saveCommand().execute();
                e.consume();
            } else if (FIND.match(e) && !model.editor().editingProperty().get()) {
                searchField.requestFocus();
                searchField.selectAll();
                e.consume();
            }
        });
    }

    // --- list ----------------------------------------------------------------------------------------------------

    private void bindList() {
        NominationEditorViewModel editor = model.editor();
        listPane.visibleProperty().bind(editor.editingProperty().not());
        editorPane.visibleProperty().bind(editor.editingProperty());

        scopeBox.setItems(model.scopes());
        // Plan titles are long: the choices wrap within the box's width instead of running off the window.
        scopeBox.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Scope item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(scopeBox.getWidth());
                setText(empty || item == null ? null : item.label());
            }
        });
        Views.bindChoice(scopeBox, model.scopeProperty());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        Views.bind(newButton, model.newCommand());
        Views.bind(openButton, model.openCommand());
        Views.bind(deleteButton, model.deleteCommand());

        nominationTable.setItems(model.rows());
        text(kindColumn, NominationRow::kindText);
        text(nomineeColumn, r -> r.nomination().nomineeName());
        text(positionColumn, r -> r.nomination().positionAndUnit());
        text(awardColumn, r -> r.nomination().awardName());
        text(statusColumn, NominationRow::statusText);
        text(dossierColumn, NominationRow::dossierText);
        text(lateColumn, r -> r.late() ? Messages.get("nominations.row.late") : "");
        text(eligibilityColumn, NominationRow::eligibilityText);
        WrappingCells.wrap(nomineeColumn, positionColumn, awardColumn, statusColumn, eligibilityColumn);
        Views.followSelection(nominationTable, model.selectedProperty(), model.openCommand()::execute);
        countLabel.textProperty().bind(model.countTextProperty());
        problem(eligibilityProblemLabel, model.eligibilityProblemProperty());

        quotaTextLabel.textProperty().bind(model.quotaTextProperty());
        model.quotaExceededProperty().addListener((o, a, b) -> quotaTextLabel.getStyleClass().setAll(
                b ? java.util.List.of("label", "warning") : java.util.List.of("label")));
        Runnable quotas = () -> quotaBox.getChildren().setAll(model.quotas().stream().map(q -> {
            Label line = new Label(q.text());
            line.setWrapText(true);
            line.getStyleClass().add(q.exceeded() ? "danger" : "text-default");
            VBox block = new VBox(2, line);
            if (!q.detail().isEmpty()) {
                Label detail = new Label(q.detail());
                detail.setWrapText(true);
                block.getChildren().add(detail);
            }
            return (Node) block;
        }).toList());
        model.quotas().addListener((ListChangeListener<QuotaLine>) c -> quotas.run());
        quotas.run();
    }

    // --- editor --------------------------------------------------------------------------------------------------

    private void bindEditor(NominationEditorViewModel e) {
        editorHeading.textProperty().bind(e.headingProperty());
        editorStatusLabel.textProperty().bind(e.statusTextProperty());
        scopeBox.disableProperty().bind(e.editingProperty());

        ToggleGroup kind = new ToggleGroup();
        personRadio.setToggleGroup(kind);
        unitRadio.setToggleGroup(kind);
        personRadio.setSelected(!e.collectiveProperty().get());
        unitRadio.setSelected(e.collectiveProperty().get());
        e.collectiveProperty().addListener((o, a, b) -> (b ? unitRadio : personRadio).setSelected(true));
        unitRadio.selectedProperty().addListener((o, a, b) -> e.collectiveProperty().set(b));
        nomineeFilterField.textProperty().bindBidirectional(e.nomineeFilterProperty());
        nomineeBox.setItems(e.nomineeChoices());
        nomineeBox.valueProperty().bindBidirectional(e.nomineeProperty());
        awardBox.setItems(e.awardChoices());
        awardBox.setConverter(converter(AwardForm::name));
        awardBox.valueProperty().bindBidirectional(e.awardProperty());
        proposingUnitBox.setItems(FXCollections.observableArrayList());
        Runnable units = () -> {
            Unit chosen = e.proposingUnitProperty().get();
            proposingUnitBox.getItems().setAll(e.units());
            proposingUnitBox.getItems().add(0, null);
            proposingUnitBox.setValue(chosen);
        };
        e.units().addListener((ListChangeListener<Unit>) c -> units.run());
        units.run();
        proposingUnitBox.setConverter(converter(u -> u.name()));
        proposingUnitBox.valueProperty().bindBidirectional(e.proposingUnitProperty());
        occasionBox.setItems(e.occasions());
        occasionBox.setConverter(new EnumConverter<>(Occasion.class));
        occasionBox.valueProperty().bindBidirectional(e.occasionProperty());
        yearField.textProperty().bindBidirectional(e.yearProperty());
        firstYearField.textProperty().bindBidirectional(e.reportFirstYearProperty());
        summaryArea.textProperty().bindBidirectional(e.summaryProperty());
        noteArea.textProperty().bindBidirectional(e.noteProperty());
        problem(nomineeErrorLabel, e.nomineeErrorProperty());
        problem(awardErrorLabel, e.awardErrorProperty());
        problem(yearErrorLabel, e.yearErrorProperty());

        bindStatus(e);
        eligibilityLabel.textProperty().bind(e.eligibilityTextProperty());
        eligibilityList.setItems(e.eligibilityFindings());
        eligibilityList.setCellFactory(l -> wrapping());

        Views.bind(fillReportButton, e.fillReportCommand());
        dutiesArea.textProperty().bindBidirectional(e.dutiesProperty());
        descriptionArea.textProperty().bindBidirectional(e.descriptionProperty());
        achievementsArea.textProperty().bindBidirectional(e.achievementsProperty());
        measuresArea.textProperty().bindBidirectional(e.measuresProperty());
        rows(yearTable, e.years(), yearAddButton, yearRemoveButton, e);
        yearYearColumn.setCellValueFactory(c -> c.getValue().year);
        yearYearColumn.setCellFactory(TextCell.forTableColumn());
        yearRatingColumn.setCellValueFactory(c -> c.getValue().rating);
        yearRatingColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new EnumConverter<>(Rating.class),
                FXCollections.observableArrayList(Rating.values())));
        yearTitlesColumn.setCellValueFactory(c -> c.getValue().titles);
        yearTitlesColumn.setCellFactory(TextCell.forTableColumn());
        yearAchievementColumn.setCellValueFactory(c -> c.getValue().achievement);
        yearAchievementColumn.setCellFactory(TextCell.forTableColumn());
        rows(awardTable, e.awards(), awardAddButton, awardRemoveButton, e);
        awardCategoryColumn.setCellValueFactory(c -> c.getValue().category);
        awardCategoryColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new EnumConverter<>(AwardCategory.class),
                FXCollections.observableArrayList(AwardCategory.values())));
        awardYearColumn.setCellValueFactory(c -> c.getValue().year);
        awardYearColumn.setCellFactory(TextCell.forTableColumn());
        awardNameColumn.setCellValueFactory(c -> c.getValue().name);
        awardNameColumn.setCellFactory(TextCell.forTableColumn());
        awardDecisionColumn.setCellValueFactory(c -> c.getValue().decisionRef);
        awardDecisionColumn.setCellFactory(TextCell.forTableColumn());
        problem(linesErrorLabel, e.linesErrorProperty());

        dossierLabel.textProperty().bind(e.dossierTextProperty());
        dossierTable.setItems(e.dossierItems());
        text(itemTitleColumn, DossierItem::title);
        WrappingCells.wrap(itemTitleColumn);
        text(itemRequiredColumn, i -> i.required() ? Messages.get("nominations.item.requiredYes") : "");
        text(itemPresentColumn, i -> i.kind().generated() ? Messages.get("nominations.item.generated")
                : i.present() ? Messages.get("nominations.item.presentYes") : Messages.get("nominations.item.presentNo"));
        text(itemFileColumn, i -> i.fileName() == null ? "" : i.fileName());
        text(itemReceivedColumn, i -> Views.date(i.receivedOn()));
        dossierTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> e.selectedItemProperty().set(b));
        e.selectedItemProperty().addListener((o, a, b) -> {
            if (b == null) {
                dossierTable.getSelectionModel().clearSelection();
            } else if (dossierTable.getSelectionModel().getSelectedItem() != b) {
                dossierTable.getSelectionModel().select(b);
            }
        });
        Views.bind(attachButton, e.attachCommand());
        Views.bind(openFileButton, e.openFileCommand());
        Views.bind(detachButton, e.detachCommand());
        extraTitleField.textProperty().bindBidirectional(e.extraTitleProperty());
        extraTitleField.disableProperty().bind(e.storedProperty().not());
        Views.bind(attachExtraButton, e.attachExtraCommand());

        problem(saveErrorLabel, e.saveErrorProperty());
        problemLabel.textProperty().bind(e.firstProblemProperty());
        Views.bind(cancelButton, e.leaveCommand());
        Views.bind(saveButton, e.saveCommand());

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(nomineeBox, false, Views.validator(e.nomineeErrorProperty()));
        validation.registerValidator(awardBox, false, Views.validator(e.awardErrorProperty()));
        validation.registerValidator(yearField, false, Views.validator(e.yearErrorProperty()));
        for (ObservableStringValue error : java.util.List.of(e.nomineeErrorProperty(), e.awardErrorProperty(),
                e.yearErrorProperty())) {
            error.addListener((o, a, b) -> validation.revalidate());
        }

        for (TextInputControl t : java.util.List.of(nomineeFilterField, yearField, firstYearField, summaryArea, noteArea,
                dutiesArea, descriptionArea, achievementsArea, measuresArea)) {
            t.editableProperty().bind(e.editableProperty());
        }
        for (Control c : java.util.List.<Control>of(personRadio, unitRadio, nomineeBox, awardBox, proposingUnitBox,
                occasionBox)) {
            c.disableProperty().bind(e.editableProperty().not());
        }
        // A stored nomination keeps its nominee: the checklist and the history belong to that person or unit.
        personRadio.disableProperty().unbind();
        personRadio.disableProperty().bind(e.editableProperty().not().or(e.storedProperty()));
        unitRadio.disableProperty().unbind();
        unitRadio.disableProperty().bind(e.editableProperty().not().or(e.storedProperty()));
    }

    /** One button per allowed next status; a click asks the step's day. */
    private void bindStatus(NominationEditorViewModel e) {
        statusLabel.textProperty().bind(e.statusTextProperty());
        Runnable buttons = () -> stepButtons.getChildren().setAll(e.nextSteps().stream().map(s -> {
            boolean forward = s.active() && e.statusProperty().get() != null
                    && s.ordinal() > e.statusProperty().get().ordinal();
            Button b = new Button(Messages.get(forward ? "nominations.step.to" : s.active() ? "nominations.step.back"
                    : "nominations.step.drop", Messages.label(s)));
            b.setId("step-" + s.name());
            if (forward) {
                b.getStyleClass().add("accent");
            }
            b.setOnAction(x -> {
                e.startStep(s);
                stepDayPicker.requestFocus();
            });
            b.disableProperty().bind(e.busyProperty().or(e.pendingStepProperty().isNotNull()));
            return (Node) b;
        }).toList());
        e.nextSteps().addListener((ListChangeListener<NominationStatus>) c -> buttons.run());
        buttons.run();
        show(stepPane, e.pendingStepProperty().isNotNull());
        stepLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                e.pendingStepProperty().get() == null ? "" : Messages.get("nominations.step.ask",
                        Messages.label(e.pendingStepProperty().get())), e.pendingStepProperty()));
        Views.vietnameseDates(stepDayPicker);
        stepDayPicker.valueProperty().bindBidirectional(e.stepDayProperty());
        stepNoteField.textProperty().bindBidirectional(e.stepNoteProperty());
        problem(stepErrorLabel, e.stepErrorProperty());
        Views.bind(confirmStepButton, e.confirmStepCommand());
        Views.bind(cancelStepButton, e.cancelStepCommand());
        historyList.setItems(e.history());
        historyList.setCellFactory(l -> wrapping());
    }

    private static <R extends RowList.Row> void rows(TableView<R> table, RowList<R> list, Button add, Button remove,
                                                    NominationEditorViewModel e) {
        table.setItems(list.items());
        table.editableProperty().bind(e.editableProperty());
        Views.bind(add, list.addCommand());
        Views.bind(remove, list.removeCommand());
        Views.keepSelection(table, list.selectedProperty());
    }

    /** A list line whose long text wraps within the list's width. */
    private static ListCell<String> wrapping() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty ? null : item);
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
