package vn.thidua.catalogue.gui;

import static vn.thidua.common.ui.Views.problem;
import static vn.thidua.common.ui.Views.text;

import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import vn.thidua.catalogue.gui.CatalogueViewModel.AwardFormRow;
import vn.thidua.catalogue.gui.CatalogueViewModel.BaseSalaryRow;
import vn.thidua.catalogue.gui.CatalogueViewModel.LegalBasisRow;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.CopyEditor;
import vn.thidua.common.ui.EnumConverter;
import vn.thidua.common.ui.Views;
import vn.thidua.common.ui.WrappingCells;

/** The catalogue screen: three tabs (forms, legal bases, base salary), each a table with an editor beside it. */
public class CatalogueView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final CatalogueViewModel model;
    private final Parent root;

    @FXML private BorderPane rootPane;
    @FXML private TabPane tabs;
    @FXML private Tab formsTab;
    @FXML private Tab basesTab;
    @FXML private Tab salaryTab;

    @FXML private ComboBox<LegalBasis> basisChooser;
    @FXML private Label prizeNoteLabel;
    @FXML private Button toggleFormButton;
    @FXML private Button addFormButton;
    @FXML private TableView<AwardFormRow> formTable;
    @FXML private TableColumn<AwardFormRow, String> formNameColumn;
    @FXML private TableColumn<AwardFormRow, String> formShortNameColumn;
    @FXML private TableColumn<AwardFormRow, String> formCategoryColumn;
    @FXML private TableColumn<AwardFormRow, String> formRecipientsColumn;
    @FXML private TableColumn<AwardFormRow, String> formIssuerColumn;
    @FXML private TableColumn<AwardFormRow, String> individualCoefficientColumn;
    @FXML private TableColumn<AwardFormRow, String> collectiveCoefficientColumn;
    @FXML private TableColumn<AwardFormRow, String> individualPrizeColumn;
    @FXML private TableColumn<AwardFormRow, String> collectivePrizeColumn;
    @FXML private TableColumn<AwardFormRow, String> voteThresholdColumn;
    @FXML private TableColumn<AwardFormRow, String> reportYearsColumn;
    @FXML private TableColumn<AwardFormRow, String> formStatusColumn;
    @FXML private VBox formEditorPane;
    @FXML private Label formEditorHeading;
    @FXML private TextField formNameField;
    @FXML private TextField formShortNameField;
    @FXML private ComboBox<AwardCategory> formCategoryBox;
    @FXML private CheckBox individualCheck;
    @FXML private CheckBox collectiveCheck;
    @FXML private ComboBox<String> issuerBox;
    @FXML private Label ruleHeadingLabel;
    @FXML private TextField individualCoefficientField;
    @FXML private Label individualPrizeLabel;
    @FXML private TextField collectiveCoefficientField;
    @FXML private Label collectivePrizeLabel;
    @FXML private TextField voteThresholdField;
    @FXML private TextField reportYearsField;
    @FXML private Label formProblemLabel;
    @FXML private Button formCancelButton;
    @FXML private Button formSaveButton;

    @FXML private Button addBasisButton;
    @FXML private TableView<LegalBasisRow> basisTable;
    @FXML private TableColumn<LegalBasisRow, String> basisCodeColumn;
    @FXML private TableColumn<LegalBasisRow, String> basisTitleColumn;
    @FXML private TableColumn<LegalBasisRow, String> basisIssuedColumn;
    @FXML private TableColumn<LegalBasisRow, String> basisFromColumn;
    @FXML private TableColumn<LegalBasisRow, String> basisToColumn;
    @FXML private TableColumn<LegalBasisRow, String> basisStatusColumn;
    @FXML private VBox basisEditorPane;
    @FXML private Label basisEditorHeading;
    @FXML private TextField basisCodeField;
    @FXML private TextArea basisTitleArea;
    @FXML private DatePicker basisIssuedPicker;
    @FXML private DatePicker basisFromPicker;
    @FXML private DatePicker basisToPicker;
    @FXML private CheckBox copyRulesCheck;
    @FXML private Label basisProblemLabel;
    @FXML private Button basisCancelButton;
    @FXML private Button basisSaveButton;

    @FXML private Button addSalaryButton;
    @FXML private Button deleteSalaryButton;
    @FXML private TableView<BaseSalaryRow> salaryTable;
    @FXML private TableColumn<BaseSalaryRow, String> salaryFromColumn;
    @FXML private TableColumn<BaseSalaryRow, String> salaryAmountColumn;
    @FXML private TableColumn<BaseSalaryRow, String> salaryNoteColumn;
    @FXML private TableColumn<BaseSalaryRow, String> salaryStatusColumn;
    @FXML private VBox salaryEditorPane;
    @FXML private Label salaryEditorHeading;
    @FXML private DatePicker salaryFromPicker;
    @FXML private TextField salaryAmountField;
    @FXML private TextField salaryNoteField;
    @FXML private Label salaryProblemLabel;
    @FXML private Button salaryCancelButton;
    @FXML private Button salarySaveButton;

    public CatalogueView(CatalogueViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        bindForms();
        bindFormEditor(model.formEditor());
        bindBases();
        bindBasisEditor(model.basisEditor());
        bindSalaries();
        bindSalaryEditor(model.salaryEditor());
        rootPane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                Tab tab = tabs.getSelectionModel().getSelectedItem();
                Command save = tab == formsTab ? model.formEditor().saveCommand()
                        : tab == basesTab ? model.basisEditor().saveCommand() : model.salaryEditor().saveCommand();
                save.execute();
                e.consume();
            }
        });
    }

    private void bindForms() {
        basisChooser.setItems(model.bases());
        basisChooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(LegalBasis b) {
                return CatalogueViewModel.choiceText(b);
            }

            @Override
            public LegalBasis fromString(String text) {
                return basisChooser.getItems().stream().filter(b -> toString(b).equals(text)).findFirst().orElse(null);
            }
        });
        basisChooser.valueProperty().bindBidirectional(model.chosenBasisProperty());
        prizeNoteLabel.textProperty().bind(model.prizeNoteProperty());
        Views.bind(addFormButton, model.addFormCommand());
        Views.bind(toggleFormButton, model.toggleFormActiveCommand());
        toggleFormButton.textProperty().bind(model.toggleFormTextProperty());

        formTable.setItems(model.formRows());
        text(formNameColumn, r -> r.form().name());
        text(formShortNameColumn, r -> r.form().shortName());
        text(formCategoryColumn, r -> Messages.label(r.form().category()));
        text(formRecipientsColumn, AwardFormRow::recipients);
        text(formIssuerColumn, r -> r.form().issuer());
        WrappingCells.wrap(formNameColumn, formShortNameColumn, formCategoryColumn, formRecipientsColumn, formIssuerColumn);
        text(individualCoefficientColumn, AwardFormRow::individualCoefficient);
        text(collectiveCoefficientColumn, AwardFormRow::collectiveCoefficient);
        text(individualPrizeColumn, AwardFormRow::individualPrize);
        text(collectivePrizeColumn, AwardFormRow::collectivePrize);
        text(voteThresholdColumn, AwardFormRow::voteThreshold);
        text(reportYearsColumn, AwardFormRow::reportYears);
        text(formStatusColumn, AwardFormRow::status);
        formTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AwardFormRow row, boolean empty) {
                super.updateItem(row, empty);
                setOpacity(row != null && !row.form().active() ? 0.55 : 1);
            }
        });
        Views.keepSelection(formTable, model.selectedFormProperty());
    }

    private void bindFormEditor(AwardFormEditorViewModel editor) {
        showWhileEditing(formEditorPane, editor);
        for (TableColumn<?, ?> c : new TableColumn<?, ?>[] {formShortNameColumn, formCategoryColumn,
            formRecipientsColumn, formIssuerColumn, formStatusColumn}) {
            c.visibleProperty().bind(editor.editingProperty().not());
        }
        formEditorHeading.textProperty().bind(editor.headingProperty());
        ruleHeadingLabel.textProperty().bind(editor.ruleHeadingProperty());
        formNameField.textProperty().bindBidirectional(editor.nameProperty());
        formShortNameField.textProperty().bindBidirectional(editor.shortNameProperty());
        formCategoryBox.setItems(FXCollections.observableArrayList(AwardCategory.values()));
        formCategoryBox.setConverter(new EnumConverter<>(AwardCategory.class));
        formCategoryBox.valueProperty().bindBidirectional(editor.categoryProperty());
        individualCheck.selectedProperty().bindBidirectional(editor.forIndividualProperty());
        collectiveCheck.selectedProperty().bindBidirectional(editor.forCollectiveProperty());
        issuerBox.setItems(model.issuers());
        issuerBox.valueProperty().bindBidirectional(editor.issuerProperty());
        individualCoefficientField.textProperty().bindBidirectional(editor.individualCoefficientProperty());
        collectiveCoefficientField.textProperty().bindBidirectional(editor.collectiveCoefficientProperty());
        individualPrizeLabel.textProperty().bind(editor.individualPrizeProperty());
        collectivePrizeLabel.textProperty().bind(editor.collectivePrizeProperty());
        voteThresholdField.textProperty().bindBidirectional(editor.voteThresholdProperty());
        reportYearsField.textProperty().bindBidirectional(editor.reportYearsProperty());
        problem(formProblemLabel, editor.firstProblemProperty());
        Views.bind(formSaveButton, editor.saveCommand());
        Views.bind(formCancelButton, editor.cancelCommand());
        formSaveButton.defaultButtonProperty().bind(formsTab.selectedProperty());
        formCancelButton.cancelButtonProperty().bind(formsTab.selectedProperty());

        ValidationSupport validation = new ValidationSupport();
        validate(validation, formNameField, editor.nameErrorProperty());
        validate(validation, individualCheck, editor.recipientsErrorProperty());
        validate(validation, issuerBox, editor.issuerErrorProperty());
        validate(validation, individualCoefficientField, editor.individualCoefficientErrorProperty());
        validate(validation, collectiveCoefficientField, editor.collectiveCoefficientErrorProperty());
        validate(validation, voteThresholdField, editor.voteThresholdErrorProperty());
        validate(validation, reportYearsField, editor.reportYearsErrorProperty());
    }

    private void bindBases() {
        Views.bind(addBasisButton, model.addBasisCommand());
        basisTable.setItems(model.basisRows());
        text(basisCodeColumn, r -> r.basis().code());
        text(basisTitleColumn, r -> r.basis().title());
        text(basisIssuedColumn, r -> Views.date(r.basis().issuedDate()));
        text(basisFromColumn, r -> Views.date(r.basis().effectiveFrom()));
        text(basisToColumn, r -> Views.date(r.basis().effectiveTo()));
        text(basisStatusColumn, LegalBasisRow::status);
        WrappingCells.wrap(basisTitleColumn);
        Views.keepSelection(basisTable, model.selectedBasisProperty());
    }

    private void bindBasisEditor(LegalBasisEditorViewModel editor) {
        showWhileEditing(basisEditorPane, editor);
        basisIssuedColumn.visibleProperty().bind(editor.editingProperty().not());
        basisTitleColumn.visibleProperty().bind(editor.editingProperty().not());
        basisEditorHeading.textProperty().bind(editor.headingProperty());
        basisCodeField.textProperty().bindBidirectional(editor.codeProperty());
        basisTitleArea.textProperty().bindBidirectional(editor.titleProperty());
        for (DatePicker p : new DatePicker[] {basisIssuedPicker, basisFromPicker, basisToPicker}) {
            Views.vietnameseDates(p);
        }
        basisIssuedPicker.valueProperty().bindBidirectional(editor.issuedDateProperty());
        basisFromPicker.valueProperty().bindBidirectional(editor.effectiveFromProperty());
        basisToPicker.valueProperty().bindBidirectional(editor.effectiveToProperty());
        copyRulesCheck.selectedProperty().bindBidirectional(editor.copyRulesProperty());
        copyRulesCheck.visibleProperty().bind(editor.creatingProperty());
        copyRulesCheck.managedProperty().bind(editor.creatingProperty());
        problem(basisProblemLabel, editor.firstProblemProperty());
        Views.bind(basisSaveButton, editor.saveCommand());
        Views.bind(basisCancelButton, editor.cancelCommand());
        basisSaveButton.defaultButtonProperty().bind(basesTab.selectedProperty());
        basisCancelButton.cancelButtonProperty().bind(basesTab.selectedProperty());

        ValidationSupport validation = new ValidationSupport();
        validate(validation, basisCodeField, editor.codeErrorProperty());
        validate(validation, basisTitleArea, editor.titleErrorProperty());
        validate(validation, basisFromPicker, editor.effectiveFromErrorProperty());
        validate(validation, basisToPicker, editor.periodErrorProperty());
    }

    private void bindSalaries() {
        Views.bind(addSalaryButton, model.addSalaryCommand());
        Views.bind(deleteSalaryButton, model.deleteSalaryCommand());
        salaryTable.setItems(model.salaryRows());
        text(salaryFromColumn, r -> Views.date(r.salary().effectiveFrom()));
        text(salaryAmountColumn, BaseSalaryRow::amount);
        text(salaryNoteColumn, r -> r.salary().note());
        text(salaryStatusColumn, BaseSalaryRow::status);
        Views.keepSelection(salaryTable, model.selectedSalaryProperty());
    }

    private void bindSalaryEditor(BaseSalaryEditorViewModel editor) {
        showWhileEditing(salaryEditorPane, editor);
        salaryEditorHeading.textProperty().bind(editor.headingProperty());
        Views.vietnameseDates(salaryFromPicker);
        salaryFromPicker.valueProperty().bindBidirectional(editor.effectiveFromProperty());
        salaryAmountField.textProperty().bindBidirectional(editor.amountProperty());
        salaryNoteField.textProperty().bindBidirectional(editor.noteProperty());
        problem(salaryProblemLabel, editor.firstProblemProperty());
        Views.bind(salarySaveButton, editor.saveCommand());
        Views.bind(salaryCancelButton, editor.cancelCommand());
        salarySaveButton.defaultButtonProperty().bind(salaryTab.selectedProperty());
        salaryCancelButton.cancelButtonProperty().bind(salaryTab.selectedProperty());

        ValidationSupport validation = new ValidationSupport();
        validate(validation, salaryFromPicker, editor.dateErrorProperty());
        validate(validation, salaryAmountField, editor.amountErrorProperty());
    }

    private static void showWhileEditing(VBox pane, CopyEditor<?> editor) {
        pane.visibleProperty().bind(editor.editingProperty());
        pane.managedProperty().bind(editor.editingProperty());
    }

    /** Marks the field with the ViewModel's message, also when another field changed it (dates of a period). */
    private static void validate(ValidationSupport validation, Control control, ObservableStringValue error) {
        validation.registerValidator(control, false, Views.validator(error));
        error.addListener((o, a, b) -> validation.revalidate(control));
    }
}
