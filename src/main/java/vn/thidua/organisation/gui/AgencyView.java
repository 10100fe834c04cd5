package vn.thidua.organisation.gui;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import org.controlsfx.validation.ValidationSupport;
import vn.thidua.common.ui.EnumConverter;
import vn.thidua.common.ui.TextCell;
import vn.thidua.common.ui.Views;
import vn.thidua.organisation.gui.AgencyViewModel.CouncilRow;
import vn.thidua.organisation.gui.AgencyViewModel.SignerRow;
import vn.thidua.organisation.model.CouncilRole;
import vn.thidua.organisation.model.SignerRole;

/** The office screen: binds the settings form, the signers and the council to {@link AgencyViewModel}. */
public class AgencyView {

    private final AgencyViewModel model;
    private final Parent root;

    @FXML private HBox demoBanner;
    @FXML private Button demoButton;
    @FXML private TextField parentField;
    @FXML private TextField nameField;
    @FXML private TextField shortCodeField;
    @FXML private TextField placeField;
    @FXML private TextField addressField;
    @FXML private TextField phoneField;
    @FXML private TextField emailField;
    @FXML private Label headerPreview;
    @FXML private Label datePreview;
    @FXML private TableView<SignerRow> signerTable;
    @FXML private TableColumn<SignerRow, String> signerNameColumn;
    @FXML private TableColumn<SignerRow, SignerRole> signerRoleColumn;
    @FXML private TableView<CouncilRow> councilTable;
    @FXML private TableColumn<CouncilRow, String> memberNameColumn;
    @FXML private TableColumn<CouncilRow, CouncilRole> memberRoleColumn;
    @FXML private TableColumn<CouncilRow, String> memberPositionColumn;
    @FXML private Button addSignerButton;
    @FXML private Button removeSignerButton;
    @FXML private Button addMemberButton;
    @FXML private Button removeMemberButton;
    @FXML private Button saveButton;

    public AgencyView(AgencyViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        demoBanner.visibleProperty().bind(model.emptyProperty());
        demoBanner.managedProperty().bind(model.emptyProperty());
        Views.bind(demoButton, model.fillDemoCommand());
        parentField.textProperty().bindBidirectional(model.parentAgencyProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        shortCodeField.textProperty().bindBidirectional(model.shortCodeProperty());
        placeField.textProperty().bindBidirectional(model.placeNameProperty());
        addressField.textProperty().bindBidirectional(model.addressProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        emailField.textProperty().bindBidirectional(model.emailProperty());
        headerPreview.textProperty().bind(model.headerPreviewProperty());
        datePreview.textProperty().bind(model.datePreviewProperty());

        signerTable.setItems(model.signers());
        signerNameColumn.setCellValueFactory(c -> c.getValue().fullNameProperty());
        signerNameColumn.setCellFactory(TextCell.forTableColumn());
        signerRoleColumn.setCellValueFactory(c -> c.getValue().roleProperty());
        signerRoleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new EnumConverter<>(SignerRole.class),
                FXCollections.observableArrayList(SignerRole.values())));
        model.selectedSignerProperty().bind(signerTable.getSelectionModel().selectedItemProperty());

        councilTable.setItems(model.council());
        memberNameColumn.setCellValueFactory(c -> c.getValue().fullNameProperty());
        memberNameColumn.setCellFactory(TextCell.forTableColumn());
        memberRoleColumn.setCellValueFactory(c -> c.getValue().roleProperty());
        memberRoleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new EnumConverter<>(CouncilRole.class),
                FXCollections.observableArrayList(CouncilRole.values())));
        memberPositionColumn.setCellValueFactory(c -> c.getValue().positionProperty());
        memberPositionColumn.setCellFactory(TextCell.forTableColumn());
        model.selectedMemberProperty().bind(councilTable.getSelectionModel().selectedItemProperty());

        Views.bind(addSignerButton, model.addSignerCommand());
        Views.bind(removeSignerButton, model.removeSignerCommand());
        Views.bind(addMemberButton, model.addMemberCommand());
        Views.bind(removeMemberButton, model.removeMemberCommand());
        Views.bind(saveButton, model.saveCommand());

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(parentField, false, Views.validator(model.parentErrorProperty()));
        validation.registerValidator(nameField, false, Views.validator(model.nameErrorProperty()));
        validation.registerValidator(shortCodeField, false, Views.validator(model.shortCodeErrorProperty()));
        validation.registerValidator(placeField, false, Views.validator(model.placeErrorProperty()));
    }
}
