package vn.thidua.plans.gui;

import static vn.thidua.common.ui.Views.problem;
import static vn.thidua.common.ui.Views.show;
import static vn.thidua.common.ui.Views.text;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.EnumConverter;
import vn.thidua.common.ui.Views;
import vn.thidua.common.ui.WrappingCells;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.gui.PlanEditorViewModel.BasisRow;
import vn.thidua.plans.gui.PlanEditorViewModel.DutyRow;
import vn.thidua.plans.gui.PlanEditorViewModel.OfferRow;
import vn.thidua.plans.gui.PlanEditorViewModel.TargetRow;
import vn.thidua.plans.gui.PlanListViewModel.PlanRow;
import vn.thidua.plans.model.Amendment;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.MovementForm;
import vn.thidua.plans.model.PlanField;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.TargetMeasure;

/** The plans screen: the list with its filters and lifecycle buttons, or one plan's editor in the document's order. */
public class PlansView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final PlanListViewModel model;
    private final PlanRegistrationsViewModel registrations;
    private final PlanTargetsViewModel targets;
    private final Parent root;
    /** Set while the unit chooser's items are replaced, which is not the clerk choosing a unit. */
    private boolean refreshingUnits;

    @FXML private BorderPane rootPane;
    @FXML private VBox listPane;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private ComboBox<PlanStatus> statusBox;
    @FXML private TextField searchField;
    @FXML private Button newButton;
    @FXML private Button importButton;
    @FXML private Button openButton;
    @FXML private Button copyButton;
    @FXML private Button exportWordButton;
    @FXML private Button printButton;
    @FXML private javafx.scene.control.MenuButton exchangeMenu;
    @FXML private Button issueButton;
    @FXML private Button startButton;
    @FXML private Button closeButton;
    @FXML private Button deleteButton;
    @FXML private VBox issuePane;
    @FXML private DatePicker issueDatePicker;
    @FXML private TextField issueNumberField;
    @FXML private Label nextNumberLabel;
    @FXML private Button cancelIssueButton;
    @FXML private Button confirmIssueButton;
    @FXML private Label issueDateErrorLabel;
    @FXML private Label issueNumberErrorLabel;
    @FXML private Label issueProblemLabel;
    @FXML private TableView<PlanRow> planTable;
    @FXML private TableColumn<PlanRow, String> symbolColumn;
    @FXML private TableColumn<PlanRow, String> dateColumn;
    @FXML private TableColumn<PlanRow, String> titleColumn;
    @FXML private TableColumn<PlanRow, String> statusColumn;
    @FXML private Label countLabel;

    @FXML private BorderPane editorPane;
    @FXML private Label editorHeading;
    @FXML private Label editorStatusLabel;
    @FXML private TextField codeField;
    @FXML private TextField numberField;
    @FXML private TextField placeField;
    @FXML private TextField dayField;
    @FXML private TextField monthField;
    @FXML private TextField yearField;
    @FXML private Label dateErrorLabel;
    @FXML private TextArea titleArea;
    @FXML private Label titleErrorLabel;
    @FXML private TextField themeField;
    @FXML private TextArea introductionArea;
    @FXML private ComboBox<MovementForm> movementFormBox;
    @FXML private TableView<BasisRow> basisTable;
    @FXML private TableColumn<BasisRow, String> basisTypeColumn;
    @FXML private TableColumn<BasisRow, String> basisNumberColumn;
    @FXML private TableColumn<BasisRow, String> basisDateColumn;
    @FXML private TableColumn<BasisRow, String> basisIssuerColumn;
    @FXML private TableColumn<BasisRow, String> basisSubjectColumn;
    @FXML private Button basisAddButton;
    @FXML private Button basisRemoveButton;
    @FXML private Button basisUpButton;
    @FXML private Button basisDownButton;
    @FXML private GridPane basisDetail;
    @FXML private TextField basisTypeField;
    @FXML private TextField basisNumberField;
    @FXML private DatePicker basisDatePicker;
    @FXML private TextField basisIssuerField;
    @FXML private TextArea basisSubjectArea;

    @FXML private TextArea purposesArea;
    @FXML private TextArea requirementsArea;
    @FXML private TextArea objectivesArea;
    @FXML private TableView<TargetRow> targetTable;
    @FXML private TableColumn<TargetRow, String> targetTextColumn;
    @FXML private TableColumn<TargetRow, String> targetMeasureColumn;
    @FXML private TableColumn<TargetRow, String> targetThresholdColumn;
    @FXML private Button targetAddButton;
    @FXML private Button targetRemoveButton;
    @FXML private Button targetUpButton;
    @FXML private Button targetDownButton;
    @FXML private GridPane targetDetail;
    @FXML private TextField targetTextField;
    @FXML private ComboBox<TargetMeasure> targetMeasureBox;
    @FXML private TextField targetThresholdField;
    @FXML private Label targetsErrorLabel;

    @FXML private TableView<ContentRows.Item> contentTable;
    @FXML private TableColumn<ContentRows.Item, String> contentLabelColumn;
    @FXML private TableColumn<ContentRows.Item, String> contentTextColumn;
    @FXML private Button contentAddButton;
    @FXML private Button contentRemoveButton;
    @FXML private Button contentUpButton;
    @FXML private Button contentDownButton;
    @FXML private Button contentIndentButton;
    @FXML private Button contentOutdentButton;
    @FXML private GridPane contentDetail;
    @FXML private TextField contentLabelField;
    @FXML private TextField contentHeadingField;
    @FXML private TextArea contentBodyArea;

    @FXML private DatePicker periodFromPicker;
    @FXML private DatePicker periodToPicker;
    @FXML private CheckBox periodFromIssueCheck;
    @FXML private CheckBox periodWholeMonthsCheck;
    @FXML private Label periodErrorLabel;
    @FXML private TextArea eligibleCollectiveArea;
    @FXML private TextArea eligibleIndividualArea;
    @FXML private TextArea criteriaCollectiveArea;
    @FXML private TextArea criteriaIndividualArea;
    @FXML private TableView<OfferRow> offerTable;
    @FXML private TableColumn<OfferRow, String> offerFormColumn;
    @FXML private TableColumn<OfferRow, String> offerAwardeeColumn;
    @FXML private TableColumn<OfferRow, String> offerQuotaColumn;
    @FXML private Button offerAddButton;
    @FXML private Button offerRemoveButton;
    @FXML private Button offerUpButton;
    @FXML private Button offerDownButton;
    @FXML private GridPane offerDetail;
    @FXML private ComboBox<AwardForm> offerFormBox;
    @FXML private ComboBox<Awardee> offerAwardeeBox;
    @FXML private TextField offerIntroField;
    @FXML private TextArea offerStandardsArea;
    @FXML private TextField offerCountField;
    @FXML private TextField offerPercentField;
    @FXML private TextArea offerPrioritiesArea;
    @FXML private Label offersErrorLabel;
    @FXML private TextField overallCountField;
    @FXML private TextField overallPercentField;
    @FXML private Label overallQuotaErrorLabel;

    @FXML private TextArea dossierArea;
    @FXML private DatePicker deadlinePicker;
    @FXML private TextField destinationField;
    @FXML private Label deadlineErrorLabel;
    @FXML private TableView<DutyRow> dutyTable;
    @FXML private TableColumn<DutyRow, String> dutyPartyColumn;
    @FXML private TableColumn<DutyRow, String> dutyTextColumn;
    @FXML private Button dutyAddButton;
    @FXML private Button dutyRemoveButton;
    @FXML private Button dutyUpButton;
    @FXML private Button dutyDownButton;
    @FXML private GridPane dutyDetail;
    @FXML private ComboBox<Unit> dutyUnitBox;
    @FXML private TextField dutyPartyField;
    @FXML private TextArea dutyTextArea;
    @FXML private TextArea closingArea;

    @FXML private TextArea recipientsArea;
    @FXML private ComboBox<Signer> signerBox;
    @FXML private Label signerErrorLabel;
    @FXML private TextArea previewArea;
    @FXML private Tab amendmentsTab;
    @FXML private ListView<Amendment> amendmentList;
    @FXML private TabPane editorTabs;
    @FXML private Tab registrationsTab;
    @FXML private VBox targetProgressBox;

    @FXML private HBox amendBox;
    @FXML private TextField amendByField;
    @FXML private TextField amendReasonField;
    @FXML private Label problemLabel;
    @FXML private Button amendButton;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;

    public PlansView(PlanListViewModel model, PlanRegistrationsViewModel registrations, PlanTargetsViewModel targets) {
        this(model, registrations, targets, java.util.List.of());
    }

    /** With an exchange menu of the given actions (export, import an exchange file); hidden when there are none. */
    public PlansView(PlanListViewModel model, PlanRegistrationsViewModel registrations, PlanTargetsViewModel targets,
                     java.util.List<vn.thidua.common.ui.DocumentAction> exchange) {
        this.model = model;
        this.registrations = registrations;
        this.targets = targets;
        this.root = Views.load(this);
        Views.fillMenu(exchangeMenu, exchange);
    }

    public Parent root() {
        return root;
    }

    /** Shows "Nhập từ tệp Word…", which hands the window to {@code action} (the import lives in its own feature). */
    public PlansView withImport(java.util.function.Consumer<javafx.stage.Window> action) {
        importButton.setVisible(true);
        importButton.setManaged(true);
        importButton.setOnAction(e -> action.accept(importButton.getScene().getWindow()));
        importButton.disableProperty().bind(model.newPlanCommand().executableProperty().not());
        return this;
    }

    @FXML
    private void initialize() {
        bindList();
        bindEditor(model.editor());
        bindRegistrationsAndTargets();
        rootPane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && model.editor().editingProperty().get()) {
                model.editor().saveCommand().execute();
                e.consume();
            }
        });
    }

    /**
     * The parts that read the stored plan rather than edit it: the registrations tab, disabled for a new plan until it
     * is saved, and the targets against the records under the targets, shown when there is something to measure.
     */
    private void bindRegistrationsAndTargets() {
        registrationsTab.setContent(new PlanRegistrationsView(registrations).root());
        registrationsTab.disableProperty().bind(registrations.availableProperty().not());
        registrationsTab.disableProperty().addListener((o, was, now) -> {
            if (now && registrationsTab.isSelected()) {
                editorTabs.getSelectionModel().selectFirst();
            }
        });
        targetProgressBox.getChildren().add(new PlanTargetsView(targets).root());
        show(targetProgressBox, targets.availableProperty());
    }

    // --- list ----------------------------------------------------------------------------------------------------

    private void bindList() {
        PlanEditorViewModel editor = model.editor();
        listPane.visibleProperty().bind(editor.editingProperty().not());
        editorPane.visibleProperty().bind(editor.editingProperty());

        yearBox.setItems(FXCollections.observableArrayList());
        Runnable years = () -> {
            Integer chosen = model.yearProperty().get();
            yearBox.getItems().setAll(FXCollections.observableArrayList(model.years()));
            yearBox.getItems().add(0, null);
            yearBox.setValue(chosen);
        };
        model.years().addListener((javafx.collections.ListChangeListener<Integer>) c -> years.run());
        years.run();
        yearBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? Messages.get("plan.list.allYears") : String.valueOf(y);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        yearBox.setButtonCell(yearCell());
        yearBox.setCellFactory(l -> yearCell());
        yearBox.valueProperty().addListener((o, a, b) -> model.yearProperty().set(b));

        statusBox.getItems().add(null);
        statusBox.getItems().addAll(model.statuses());
        EnumConverter<PlanStatus> statusText = new EnumConverter<>(PlanStatus.class);
        statusBox.setButtonCell(statusCell(statusText));
        statusBox.setCellFactory(l -> statusCell(statusText));
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        searchField.textProperty().bindBidirectional(model.searchProperty());

        Views.bind(newButton, model.newPlanCommand());
        Views.bind(openButton, model.openCommand());
        Views.bind(copyButton, model.copyCommand());
        Views.bind(exportWordButton, model.exportWordCommand());
        Views.bind(printButton, model.printCommand());
        Views.bind(issueButton, model.issueCommand());
        Views.bind(startButton, model.startCommand());
        Views.bind(closeButton, model.closeCommand());
        Views.bind(deleteButton, model.deleteCommand());

        show(issuePane, model.issuingProperty());
        Views.vietnameseDates(issueDatePicker);
        issueDatePicker.valueProperty().bindBidirectional(model.issueDateProperty());
        issueNumberField.textProperty().bindBidirectional(model.issueNumberProperty());
        nextNumberLabel.textProperty().bind(model.nextNumberTextProperty());
        Views.bind(confirmIssueButton, model.confirmIssueCommand());
        Views.bind(cancelIssueButton, model.cancelIssueCommand());
        problem(issueDateErrorLabel, model.issueDateErrorProperty());
        problem(issueNumberErrorLabel, model.issueNumberErrorProperty());
        problem(issueProblemLabel, model.issueProblemProperty());

        planTable.setItems(model.rows());
        text(symbolColumn, PlanRow::symbol);
        text(dateColumn, PlanRow::date);
        text(titleColumn, PlanRow::title);
        text(statusColumn, PlanRow::statusText);
        WrappingCells.wrap(titleColumn);
        Views.followSelection(planTable, model.selectedProperty(), model.openCommand()::execute);
        countLabel.textProperty().bind(model.countTextProperty());
    }

    private static ListCell<Integer> yearCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("plan.list.allYears") : String.valueOf(item));
            }
        };
    }

    private static ListCell<PlanStatus> statusCell(EnumConverter<PlanStatus> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(PlanStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("plan.list.allStatuses") : converter.toString(item));
            }
        };
    }

    // --- editor --------------------------------------------------------------------------------------------------

    private void bindEditor(PlanEditorViewModel e) {
        editorHeading.textProperty().bind(e.headingProperty());
        editorStatusLabel.textProperty().bind(e.statusTextProperty());
        codeField.textProperty().bindBidirectional(e.codeProperty());
        numberField.textProperty().bindBidirectional(e.numberProperty());
        placeField.textProperty().bindBidirectional(e.placeProperty());
        dayField.textProperty().bindBidirectional(e.dayProperty());
        monthField.textProperty().bindBidirectional(e.monthProperty());
        yearField.textProperty().bindBidirectional(e.yearProperty());
        titleArea.textProperty().bindBidirectional(e.titleProperty());
        themeField.textProperty().bindBidirectional(e.themeProperty());
        introductionArea.textProperty().bindBidirectional(e.introductionProperty());
        movementFormBox.getItems().add(null);
        movementFormBox.getItems().addAll(MovementForm.values());
        movementFormBox.setConverter(new EnumConverter<>(MovementForm.class));
        movementFormBox.valueProperty().bindBidirectional(e.movementFormProperty());

        RowList<BasisRow> basis = e.basis();
        rows(basisTable, basis, basisAddButton, basisRemoveButton, basisUpButton, basisDownButton, basisDetail);
        column(basisTypeColumn, r -> r.type);
        column(basisNumberColumn, r -> r.number);
        basisDateColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> Views.date(c.getValue().date.get()),
                c.getValue().date));
        column(basisIssuerColumn, r -> r.issuer);
        column(basisSubjectColumn, r -> r.subject);
        detail(basis.selectedProperty(), r -> r.type, basisTypeField.textProperty(), "");
        detail(basis.selectedProperty(), r -> r.number, basisNumberField.textProperty(), "");
        Views.vietnameseDates(basisDatePicker);
        detail(basis.selectedProperty(), r -> r.date, basisDatePicker.valueProperty(), null);
        detail(basis.selectedProperty(), r -> r.issuer, basisIssuerField.textProperty(), "");
        detail(basis.selectedProperty(), r -> r.subject, basisSubjectArea.textProperty(), "");

        purposesArea.textProperty().bindBidirectional(e.purposesProperty());
        requirementsArea.textProperty().bindBidirectional(e.requirementsProperty());
        objectivesArea.textProperty().bindBidirectional(e.objectivesProperty());
        RowList<TargetRow> targets = e.targets();
        rows(targetTable, targets, targetAddButton, targetRemoveButton, targetUpButton, targetDownButton, targetDetail);
        column(targetTextColumn, r -> r.text);
        EnumConverter<TargetMeasure> measures = new EnumConverter<>(TargetMeasure.class);
        targetMeasureColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> c.getValue().measure.get() == null ? "" : measures.toString(c.getValue().measure.get()),
                c.getValue().measure));
        column(targetThresholdColumn, r -> r.threshold);
        detail(targets.selectedProperty(), r -> r.text, targetTextField.textProperty(), "");
        targetMeasureBox.getItems().add(null);
        targetMeasureBox.getItems().addAll(TargetMeasure.values());
        targetMeasureBox.setConverter(measures);
        detail(targets.selectedProperty(), r -> r.measure, targetMeasureBox.valueProperty(), null);
        detail(targets.selectedProperty(), r -> r.threshold, targetThresholdField.textProperty(), "");

        ContentRows contents = e.contents();
        rows(contentTable, contents, contentAddButton, contentRemoveButton, contentUpButton, contentDownButton,
                contentDetail);
        Views.bind(contentIndentButton, contents.indentCommand());
        Views.bind(contentOutdentButton, contents.outdentCommand());
        contentLabelColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> "      ".repeat(c.getValue().depth()) + c.getValue().labelProperty().get(),
                c.getValue().depthProperty(), c.getValue().labelProperty()));
        contentTextColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            String heading = c.getValue().headingProperty().get();
            return heading == null || heading.isBlank() ? c.getValue().bodyProperty().get() : heading;
        }, c.getValue().headingProperty(), c.getValue().bodyProperty()));
        WrappingCells.wrap(contentTextColumn);
        detail(contents.selectedProperty(), ContentRows.Item::labelProperty, contentLabelField.textProperty(), "");
        detail(contents.selectedProperty(), ContentRows.Item::headingProperty, contentHeadingField.textProperty(), "");
        detail(contents.selectedProperty(), ContentRows.Item::bodyProperty, contentBodyArea.textProperty(), "");

        Views.vietnameseDates(periodFromPicker);
        Views.vietnameseDates(periodToPicker);
        periodFromPicker.valueProperty().bindBidirectional(e.periodFromProperty());
        periodToPicker.valueProperty().bindBidirectional(e.periodToProperty());
        periodFromIssueCheck.selectedProperty().bindBidirectional(e.periodFromIssueProperty());
        periodWholeMonthsCheck.selectedProperty().bindBidirectional(e.periodWholeMonthsProperty());
        eligibleCollectiveArea.textProperty().bindBidirectional(e.eligibleCollectiveProperty());
        eligibleIndividualArea.textProperty().bindBidirectional(e.eligibleIndividualProperty());
        criteriaCollectiveArea.textProperty().bindBidirectional(e.criteriaCollectiveProperty());
        criteriaIndividualArea.textProperty().bindBidirectional(e.criteriaIndividualProperty());

        RowList<OfferRow> offers = e.offers();
        rows(offerTable, offers, offerAddButton, offerRemoveButton, offerUpButton, offerDownButton, offerDetail);
        EnumConverter<Awardee> awardees = new EnumConverter<>(Awardee.class);
        offerFormColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> c.getValue().awardFormId.get() == null ? "" : e.formName(c.getValue().awardFormId.get()),
                c.getValue().awardFormId));
        offerAwardeeColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> awardees.toString(c.getValue().awardee.get()), c.getValue().awardee));
        offerQuotaColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            String count = c.getValue().quotaCount.get();
            String percent = c.getValue().quotaPercent.get();
            return percent != null && !percent.isBlank() ? percent + "%" : count == null ? "" : count;
        }, c.getValue().quotaCount, c.getValue().quotaPercent));
        offerFormBox.setItems(e.awardForms());
        offerFormBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(AwardForm f) {
                return f == null ? "" : f.name();
            }

            @Override
            public AwardForm fromString(String s) {
                return null;
            }
        });
        offers.selectedProperty().addListener((o, a, b) -> offerFormBox.setValue(b == null || b.awardFormId.get() == null
                ? null : e.awardForms().stream().filter(f -> f.id().equals(b.awardFormId.get())).findFirst().orElse(null)));
        offerFormBox.valueProperty().addListener((o, a, b) -> {
            OfferRow row = offers.selectedProperty().get();
            if (row != null && b != null) {
                row.awardFormId.set(b.id());
            }
        });
        offerAwardeeBox.getItems().addAll(Awardee.values());
        offerAwardeeBox.setConverter(awardees);
        detail(offers.selectedProperty(), r -> r.awardee, offerAwardeeBox.valueProperty(), null);
        detail(offers.selectedProperty(), r -> r.standardsIntro, offerIntroField.textProperty(), "");
        detail(offers.selectedProperty(), r -> r.standards, offerStandardsArea.textProperty(), "");
        detail(offers.selectedProperty(), r -> r.quotaCount, offerCountField.textProperty(), "");
        detail(offers.selectedProperty(), r -> r.quotaPercent, offerPercentField.textProperty(), "");
        detail(offers.selectedProperty(), r -> r.priorities, offerPrioritiesArea.textProperty(), "");
        overallCountField.textProperty().bindBidirectional(e.overallQuotaCountProperty());
        overallPercentField.textProperty().bindBidirectional(e.overallQuotaPercentProperty());

        dossierArea.textProperty().bindBidirectional(e.dossierDocumentsProperty());
        Views.vietnameseDates(deadlinePicker);
        deadlinePicker.valueProperty().bindBidirectional(e.dossierDeadlineProperty());
        destinationField.textProperty().bindBidirectional(e.dossierDestinationProperty());
        RowList<DutyRow> duties = e.duties();
        rows(dutyTable, duties, dutyAddButton, dutyRemoveButton, dutyUpButton, dutyDownButton, dutyDetail);
        column(dutyPartyColumn, r -> r.party);
        column(dutyTextColumn, r -> r.text);
        WrappingCells.wrap(dutyTextColumn);
        bindDutyUnit(e, duties);
        detail(duties.selectedProperty(), r -> r.party, dutyPartyField.textProperty(), "");
        detail(duties.selectedProperty(), r -> r.text, dutyTextArea.textProperty(), "");
        closingArea.textProperty().bindBidirectional(e.closingProperty());

        recipientsArea.textProperty().bindBidirectional(e.recipientsProperty());
        signerBox.setItems(e.signers());
        signerBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Signer s) {
                return s == null ? "" : Messages.get("plan.signer.choice", s.fullName(), Messages.label(s.role()));
            }

            @Override
            public Signer fromString(String s) {
                return null;
            }
        });
        signerBox.valueProperty().bindBidirectional(e.signerProperty());

        previewArea.textProperty().bind(e.previewProperty());
        amendmentList.setItems(e.amendments());
        amendmentList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Amendment a, boolean empty) {
                super.updateItem(a, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || a == null ? null : Messages.get("plan.amendment.line", AT.format(a.at()), a.by(),
                        a.reason() == null ? "" : a.reason(),
                        String.join(", ", a.changes().stream().map(ch -> part(ch.field())).toList())));
            }
        });
        amendmentsTab.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("plan.tab.amendmentsCount", e.amendments().size()), e.amendments()));

        show(amendBox, e.amendingProperty());
        amendByField.textProperty().bindBidirectional(e.amendByProperty());
        amendReasonField.textProperty().bindBidirectional(e.amendReasonProperty());
        problem(problemLabel, e.firstProblemProperty());
        Views.bind(amendButton, e.amendCommand());
        show(amendButton, e.frozenProperty());
        Views.bind(cancelButton, e.leaveCommand());
        Views.bind(saveButton, e.saveCommand());
        show(saveButton, e.editableProperty());

        problem(dateErrorLabel, e.errorProperty(PlanField.DATE));
        problem(titleErrorLabel, e.errorProperty(PlanField.TITLE));
        problem(targetsErrorLabel, e.errorProperty(PlanField.TARGETS));
        problem(periodErrorLabel, e.errorProperty(PlanField.PERIOD));
        problem(offersErrorLabel, e.errorProperty(PlanField.OFFERS));
        problem(overallQuotaErrorLabel, e.errorProperty(PlanField.OVERALL_QUOTA));
        problem(deadlineErrorLabel, e.errorProperty(PlanField.DOSSIER_DEADLINE));
        problem(signerErrorLabel, e.errorProperty(PlanField.SIGNER));

        ValidationSupport validation = new ValidationSupport();
        validate(validation, codeField, e.errorProperty(PlanField.CODE));
        validate(validation, numberField, e.errorProperty(PlanField.NUMBER));
        validate(validation, yearField, e.errorProperty(PlanField.DATE));
        validate(validation, titleArea, e.errorProperty(PlanField.TITLE));
        validate(validation, periodToPicker, e.errorProperty(PlanField.PERIOD));
        validate(validation, overallPercentField, e.errorProperty(PlanField.OVERALL_QUOTA));
        validate(validation, deadlinePicker, e.errorProperty(PlanField.DOSSIER_DEADLINE));
        validate(validation, signerBox, e.errorProperty(PlanField.SIGNER));
        validate(validation, amendReasonField, e.reasonErrorProperty());

        readOnlyUnlessEditable(e, List.of(codeField, placeField, dayField, monthField, yearField, titleArea, themeField,
                introductionArea, basisTypeField, basisNumberField, basisIssuerField, basisSubjectArea, purposesArea,
                requirementsArea, objectivesArea, targetTextField, targetThresholdField, contentLabelField,
                contentHeadingField, contentBodyArea, eligibleCollectiveArea, eligibleIndividualArea,
                criteriaCollectiveArea, criteriaIndividualArea, offerIntroField, offerStandardsArea, offerCountField,
                offerPercentField, offerPrioritiesArea, overallCountField, overallPercentField, dossierArea,
                destinationField, dutyPartyField, dutyTextArea, closingArea, recipientsArea),
                List.of(movementFormBox, basisDatePicker, targetMeasureBox, periodFromPicker, periodToPicker,
                        periodFromIssueCheck, periodWholeMonthsCheck, offerFormBox, offerAwardeeBox, deadlinePicker,
                        signerBox));
        numberField.editableProperty().bind(e.amendingProperty());
        periodFromPicker.disableProperty().unbind();
        periodFromPicker.disableProperty().bind(e.editableProperty().not().or(e.periodFromIssueProperty()));
    }

    /** The unit a duty belongs to; choosing one for a duty without a party names the party after it. */
    private void bindDutyUnit(PlanEditorViewModel e, RowList<DutyRow> duties) {
        dutyUnitBox.setItems(FXCollections.observableArrayList());
        Runnable items = () -> {
            Unit chosen = dutyUnitBox.getValue();
            refreshingUnits = true;
            dutyUnitBox.getItems().setAll(e.units());
            dutyUnitBox.getItems().add(0, null);
            dutyUnitBox.setValue(chosen);
            refreshingUnits = false;
        };
        e.units().addListener((javafx.collections.ListChangeListener<Unit>) c -> items.run());
        items.run();
        dutyUnitBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return u == null ? Messages.get("plan.duty.noUnit") : u.name();
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        });
        dutyUnitBox.setButtonCell(unitCell());
        dutyUnitBox.setCellFactory(l -> unitCell());
        duties.selectedProperty().addListener((o, a, b) -> dutyUnitBox.setValue(b == null || b.unitId.get() == null ? null
                : e.units().stream().filter(u -> u.id().equals(b.unitId.get())).findFirst().orElse(null)));
        dutyUnitBox.valueProperty().addListener((o, a, b) -> {
            DutyRow row = duties.selectedProperty().get();
            if (row == null || refreshingUnits) {
                return;
            }
            e.chooseUnit(row, b);
        });
        dutyUnitBox.disableProperty().bind(e.editableProperty().not());
    }

    private static ListCell<Unit> unitCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Unit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("plan.duty.noUnit") : item.name());
            }
        };
    }

    /** The name a changed part has on the form. */
    private static String part(String field) {
        return switch (field) {
            case "code", "number" -> Messages.get("plan.part.number");
            case "date", "place" -> Messages.get("plan.part.date");
            case "title", "theme", "introduction" -> Messages.get("plan.part.title");
            case "basis" -> Messages.get("plan.part.basis");
            case "purposes", "requirements", "objectives", "targets" -> Messages.get("plan.part.purposes");
            case "contents" -> Messages.get("plan.part.contents");
            case "period", "movementForm" -> Messages.get("plan.part.period");
            case "eligible", "criteria", "offers", "overallQuota" -> Messages.get("plan.part.awards");
            case "dossierDocuments", "dossierDeadline", "dossierDestination" -> Messages.get("plan.part.dossier");
            case "duties", "closing" -> Messages.get("plan.part.duties");
            case "recipients", "signer" -> Messages.get("plan.part.footer");
            default -> field;
        };
    }

    private static void readOnlyUnlessEditable(PlanEditorViewModel e, List<TextInputControl> texts, List<Control> others) {
        texts.forEach(t -> t.editableProperty().bind(e.editableProperty()));
        others.forEach(c -> c.disableProperty().bind(e.editableProperty().not()));
    }

    private static <R extends RowList.Row> void rows(TableView<R> table, RowList<R> list, Button add, Button remove,
                                                    Button up, Button down, Node detail) {
        table.setItems(list.items());
        Views.bind(add, list.addCommand());
        Views.bind(remove, list.removeCommand());
        Views.bind(up, list.upCommand());
        Views.bind(down, list.downCommand());
        Views.keepSelection(table, list.selectedProperty());
        detail.disableProperty().bind(list.selectedProperty().isNull());
    }

    /** A field shows the selected row's value and edits it; with no row selected it is empty. */
    private static <R, T> void detail(ObjectProperty<R> selected, Function<R, Property<T>> value, Property<T> field,
                                      T empty) {
        selected.addListener((o, a, b) -> {
            if (a != null) {
                field.unbindBidirectional(value.apply(a));
            }
            if (b != null) {
                field.bindBidirectional(value.apply(b));
            } else {
                field.setValue(empty);
            }
        });
    }

    private static <R> void column(TableColumn<R, String> column, Function<R, ObservableValue<String>> value) {
        column.setCellValueFactory(c -> value.apply(c.getValue()));
    }

    private static void validate(ValidationSupport validation, Control control, ObservableStringValue error) {
        validation.registerValidator(control, false, Views.validator(error));
        error.addListener((o, a, b) -> validation.revalidate(control));
    }
}
