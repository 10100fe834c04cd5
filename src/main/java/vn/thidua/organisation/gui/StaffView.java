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
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.controlsfx.validation.ValidationSupport;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.EnumConverter;
import vn.thidua.common.ui.Views;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.Unit;

/** The staff screen: binds the table, filters and editor to {@link StaffViewModel}. */
public class StaffView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final StaffViewModel model;
    private final Parent root;
    private boolean choosingInTable;

    @FXML private BorderPane rootPane;
    @FXML private TextField searchField;
    @FXML private ComboBox<Unit> unitFilterBox;
    @FXML private ComboBox<StaffKind> kindFilterBox;
    @FXML private Button addButton;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem importItem;
    @FXML private TableView<StaffRow> staffTable;
    @FXML private TableColumn<StaffRow, Number> numberColumn;
    @FXML private TableColumn<StaffRow, String> nameColumn;
    @FXML private TableColumn<StaffRow, String> genderColumn;
    @FXML private TableColumn<StaffRow, String> birthColumn;
    @FXML private TableColumn<StaffRow, String> positionColumn;
    @FXML private TableColumn<StaffRow, String> unitColumn;
    @FXML private TableColumn<StaffRow, String> kindColumn;
    @FXML private ScrollPane editorPane;
    @FXML private Label editorHeading;
    @FXML private TextField nameField;
    @FXML private ComboBox<Gender> genderBox;
    @FXML private DatePicker birthPicker;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private TextField positionField;
    @FXML private ComboBox<StaffKind> kindBox;
    @FXML private CheckBox leaderCheck;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private TextField hometownField;
    @FXML private TextField residenceField;
    @FXML private TextField qualificationField;
    @FXML private TextField academicField;
    @FXML private TextArea noteArea;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    @FXML private Label countLabel;

    public StaffView(StaffViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        unitFilterBox.setItems(model.unitFilterOptions());
        unitFilterBox.setConverter(UnitConverter.withEmptyText(Messages.get("staff.allUnits")));
        unitFilterBox.valueProperty().bindBidirectional(model.unitFilterProperty());
        unitFilterBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Unit item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? Messages.get("staff.allUnits") : item.name());
            }
        });
        kindFilterBox.setItems(FXCollections.observableArrayList(StaffKind.values()));
        kindFilterBox.getItems().add(0, null);
        kindFilterBox.setConverter(new EnumConverter<>(StaffKind.class, Messages.get("staff.allKinds")));
        kindFilterBox.valueProperty().bindBidirectional(model.kindFilterProperty());

        staffTable.setItems(model.visibleRows());
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(staffTable.getItems().indexOf(c.getValue()) + 1));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().member().fullName()));
        genderColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().member().gender())));
        birthColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Views.date(c.getValue().member().birthDate())));
        positionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().member().position()));
        unitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unitName()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().member().kind())));
        staffTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == null || b == model.selectedProperty().get()) {
                return;
            }
            choosingInTable = true;
            try {
                model.selectedProperty().set(b);
            } finally {
                choosingInTable = false;
            }
            if (model.selectedProperty().get() != b) {
                Platform.runLater(() -> showSelected(model.selectedProperty().get()));
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (!choosingInTable) {
                showSelected(b);
            }
        });
        countLabel.textProperty().bind(model.countTextProperty());

        Views.bind(addButton, model.addCommand());
        Views.bind(exportItem, model.exportCommand());
        Views.bind(importItem, model.importCommand());

        bindEditor(model.editor());
        rootPane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                searchField.requestFocus();
                searchField.selectAll();
                e.consume();
            } else if (NEW.match(e)) {
                model.addCommand().execute();
                nameField.requestFocus();
                e.consume();
            } else if (SAVE.match(e)) {
                model.editor().saveCommand().execute();
                e.consume();
            }
        });
    }

    /**
     * Selects the ViewModel's person in the table. When the ViewModel keeps the person being edited (the clerk kept
     * unsaved edits), the table is set back only after its own selection change has finished: selecting again in
     * the middle of it made the table pass the refused person on a second time.
     */
    private void showSelected(StaffRow row) {
        if (row == null) {
            staffTable.getSelectionModel().clearSelection();
        } else if (staffTable.getSelectionModel().getSelectedItem() != row) {
            staffTable.getSelectionModel().select(row);
            staffTable.scrollTo(row);
        }
    }

    private void bindEditor(StaffEditorViewModel editor) {
        // Out of the scene while closed: its date pickers and boxes then cost no styling when the window opens.
        rootPane.setRight(editor.editingProperty().get() ? editorPane : null);
        editor.editingProperty().addListener((o, was, now) -> rootPane.setRight(now ? editorPane : null));
        genderColumn.visibleProperty().bind(editor.editingProperty().not());
        kindColumn.visibleProperty().bind(editor.editingProperty().not());
        unitColumn.visibleProperty().bind(model.unitFilterProperty().isNull());
        editorHeading.textProperty().bind(editor.headingProperty());
        nameField.textProperty().bindBidirectional(editor.fullNameProperty());
        genderBox.setItems(FXCollections.observableArrayList(Gender.values()));
        genderBox.setConverter(new EnumConverter<>(Gender.class));
        genderBox.valueProperty().bindBidirectional(editor.genderProperty());
        Views.vietnameseDates(birthPicker);
        birthPicker.valueProperty().bindBidirectional(editor.birthDateProperty());
        unitBox.setItems(editor.units());
        unitBox.setConverter(UnitConverter.withEmptyText(""));
        unitBox.valueProperty().bindBidirectional(editor.unitProperty());
        positionField.textProperty().bindBidirectional(editor.positionProperty());
        kindBox.setItems(FXCollections.observableArrayList(StaffKind.values()));
        kindBox.setConverter(new EnumConverter<>(StaffKind.class));
        kindBox.valueProperty().bindBidirectional(editor.kindProperty());
        leaderCheck.selectedProperty().bindBidirectional(editor.leaderProperty());
        Views.vietnameseDates(startPicker);
        startPicker.valueProperty().bindBidirectional(editor.startDateProperty());
        Views.vietnameseDates(endPicker);
        endPicker.valueProperty().bindBidirectional(editor.endDateProperty());
        hometownField.textProperty().bindBidirectional(editor.hometownProperty());
        residenceField.textProperty().bindBidirectional(editor.residenceProperty());
        qualificationField.textProperty().bindBidirectional(editor.qualificationProperty());
        academicField.textProperty().bindBidirectional(editor.academicTitleProperty());
        noteArea.textProperty().bindBidirectional(editor.noteProperty());
        Views.bind(saveButton, editor.saveCommand());
        Views.bind(cancelButton, editor.cancelCommand());

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(nameField, false, Views.validator(editor.fullNameErrorProperty()));
        validation.registerValidator(birthPicker, false, Views.validator(editor.birthDateErrorProperty()));
        validation.registerValidator(unitBox, false, Views.validator(editor.unitErrorProperty()));
        validation.registerValidator(endPicker, false, Views.validator(editor.endDateErrorProperty()));
        editor.editingProperty().addListener((o, a, b) -> {
            if (b) {
                validation.revalidate();
            }
        });
    }
}
