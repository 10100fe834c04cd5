package vn.thidua.plans.gui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import java.util.function.Function;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.EnumConverter;
import vn.thidua.common.ui.Views;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.gui.PlanRegistrationsViewModel.RegistrationRow;
import vn.thidua.plans.model.Awardee;

/** The plan editor's "Đăng ký thi đua" tab: the list, the add/edit form below it, the exports. */
public final class PlanRegistrationsView {

    private final PlanRegistrationsViewModel model;
    private final Parent root;

    @FXML private Button registrationAddButton;
    @FXML private Button registrationEditButton;
    @FXML private Button registrationRemoveButton;
    @FXML private Button registrationXlsxButton;
    @FXML private Button registrationDocxButton;
    @FXML private Button registrationImportButton;
    @FXML private Label registrationCountLabel;
    @FXML private TableView<RegistrationRow> registrationTable;
    @FXML private TableColumn<RegistrationRow, String> registrantColumn;
    @FXML private TableColumn<RegistrationRow, String> positionUnitColumn;
    @FXML private TableColumn<RegistrationRow, String> awardFormColumn;
    @FXML private TableColumn<RegistrationRow, String> commitmentColumn;
    @FXML private TableColumn<RegistrationRow, String> registeredOnColumn;
    @FXML private VBox registrationForm;
    @FXML private Label registrationFormTitle;
    @FXML private javafx.scene.layout.HBox registrationPersonRow;
    @FXML private javafx.scene.control.TextField registrationPersonFilter;
    @FXML private ComboBox<Awardee> registrationAwardeeBox;
    @FXML private Label registrantLabel;
    @FXML private ComboBox<Unit> registrationUnitBox;
    @FXML private ComboBox<StaffMember> registrationPersonBox;
    @FXML private ComboBox<AwardForm> registrationFormBox;
    @FXML private TextArea registrationCommitmentArea;
    @FXML private DatePicker registrationDatePicker;
    @FXML private Label registrationProblemLabel;
    @FXML private Button registrationCancelButton;
    @FXML private Button registrationSaveButton;

    public PlanRegistrationsView(PlanRegistrationsViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Views.bind(registrationAddButton, model.addCommand());
        Views.bind(registrationEditButton, model.editCommand());
        Views.bind(registrationRemoveButton, model.removeCommand());
        Views.bind(registrationXlsxButton, model.exportXlsxCommand());
        Views.bind(registrationDocxButton, model.exportDocxCommand());
        Views.bind(registrationImportButton, model.importXlsxCommand());
        registrationCountLabel.textProperty().bind(model.countTextProperty());

        registrationTable.setItems(model.rows());
        column(registrantColumn, RegistrationRow::registrant);
        column(positionUnitColumn, RegistrationRow::positionAndUnit);
        column(awardFormColumn, RegistrationRow::awardForm);
        column(commitmentColumn, RegistrationRow::commitment);
        column(registeredOnColumn, RegistrationRow::registeredOn);
        registrationTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                registrationTable.getSelectionModel().clearSelection();
            }
        });
        registrationTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.editCommand().execute();
            }
        });

        show(registrationForm, model.formOpenProperty().get());
        model.formOpenProperty().addListener((o, a, b) -> show(registrationForm, b));
        registrationFormTitle.textProperty().bind(model.formTitleProperty());
        registrationAwardeeBox.getItems().setAll(Awardee.values());
        registrationAwardeeBox.setConverter(new EnumConverter<>(Awardee.class));
        registrationAwardeeBox.valueProperty().bindBidirectional(model.awardeeProperty());
        var collective = model.awardeeProperty().isEqualTo(Awardee.COLLECTIVE);
        registrantLabel.textProperty().bind(Bindings.when(collective)
                .then(Messages.get("plan.registrations.unit")).otherwise(Messages.get("plan.registrations.person")));
        registrationUnitBox.visibleProperty().bind(collective);
        registrationPersonRow.visibleProperty().bind(collective.not());
        registrationPersonFilter.textProperty().bindBidirectional(model.personFilterProperty());
        registrationUnitBox.setItems(model.units());
        registrationUnitBox.setConverter(converter(Unit::name));
        registrationUnitBox.valueProperty().bindBidirectional(model.unitProperty());
        registrationPersonBox.setItems(model.shownStaff());
        registrationPersonBox.setConverter(converter(model::personLabel));
        registrationPersonBox.valueProperty().bindBidirectional(model.personProperty());
        registrationFormBox.setItems(model.forms());
        registrationFormBox.setConverter(converter(AwardForm::name));
        registrationFormBox.valueProperty().bindBidirectional(model.awardFormProperty());
        registrationCommitmentArea.textProperty().bindBidirectional(model.commitmentProperty());
        Views.vietnameseDates(registrationDatePicker);
        registrationDatePicker.valueProperty().bindBidirectional(model.registeredOnProperty());
        registrationProblemLabel.textProperty().bind(model.formProblemProperty());
        Views.bind(registrationCancelButton, model.cancelFormCommand());
        Views.bind(registrationSaveButton, model.saveFormCommand());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Long names and commitments wrap within the column rather than end in "…". */
    private static void column(TableColumn<RegistrationRow, String> column, Function<RegistrationRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            {
                setWrapText(true);
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
