package vn.thidua.organisation.gui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.EnumConverter;
import vn.thidua.common.ui.Views;
import vn.thidua.organisation.gui.UnitsViewModel.UnitRow;
import vn.thidua.organisation.model.UnitType;

/** The units screen: binds the table and the editor to {@link UnitsViewModel}. */
public class UnitsView {

    private final UnitsViewModel model;
    private final Parent root;

    @FXML private TableView<UnitRow> unitTable;
    @FXML private TableColumn<UnitRow, Number> numberColumn;
    @FXML private TableColumn<UnitRow, String> nameColumn;
    @FXML private TableColumn<UnitRow, String> shortNameColumn;
    @FXML private TableColumn<UnitRow, String> typeColumn;
    @FXML private TableColumn<UnitRow, Number> countColumn;
    @FXML private TableColumn<UnitRow, String> statusColumn;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button toggleButton;
    @FXML private Button addButton;
    @FXML private VBox editorPane;
    @FXML private Label editorHeading;
    @FXML private TextField nameField;
    @FXML private TextField shortNameField;
    @FXML private ComboBox<UnitType> typeBox;
    @FXML private CheckBox activeCheck;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;

    public UnitsView(UnitsViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        unitTable.setItems(model.rows());
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit().name()));
        shortNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit().shortName()));
        typeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().unit().type())));
        countColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().staffCount()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.get(c.getValue().unit().active() ? "common.active" : "common.inactive")));
        unitTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == null || b == model.selectedProperty().get()) {
                return;
            }
            model.selectedProperty().set(b);
            if (model.selectedProperty().get() != b) {
                // The clerk kept unsaved edits: put the table back once its own selection change has finished.
                Platform.runLater(() -> showSelected(model.selectedProperty().get()));
            }
        });
        model.selectedProperty().addListener((o, a, b) -> showSelected(b));
        Views.bind(upButton, model.moveUpCommand());
        Views.bind(downButton, model.moveDownCommand());
        Views.bind(toggleButton, model.toggleActiveCommand());
        toggleButton.textProperty().bind(model.toggleActiveTextProperty());
        Views.bind(addButton, model.addCommand());

        editorPane.visibleProperty().bind(model.editingProperty());
        editorPane.managedProperty().bind(model.editingProperty());
        editorHeading.textProperty().bind(model.headingProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        shortNameField.textProperty().bindBidirectional(model.shortNameProperty());
        typeBox.setItems(FXCollections.observableArrayList(UnitType.values()));
        typeBox.setConverter(new EnumConverter<>(UnitType.class));
        typeBox.valueProperty().bindBidirectional(model.typeProperty());
        activeCheck.selectedProperty().bindBidirectional(model.activeProperty());
        Views.bind(saveButton, model.saveCommand());
        Views.bind(cancelButton, model.cancelCommand());
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(nameField, false, Views.validator(model.nameErrorProperty()));
    }

    private void showSelected(UnitsViewModel.UnitRow row) {
        if (row == null) {
            unitTable.getSelectionModel().clearSelection();
        } else if (unitTable.getSelectionModel().getSelectedItem() != row) {
            unitTable.getSelectionModel().select(row);
        }
    }
}
