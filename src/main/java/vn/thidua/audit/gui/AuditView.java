package vn.thidua.audit.gui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.thidua.audit.model.AuditEntry;
import vn.thidua.audit.model.FieldChange;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Views;
import vn.thidua.common.ui.WrappingCells;

/** The change log screen: binds the range, the kind of record, the table and the before/after view to its ViewModel. */
public class AuditView {

    private final AuditViewModel model;
    private final Parent root;

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<AuditEntity> entityBox;
    @FXML private Button exportButton;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private TableColumn<AuditEntry, String> atColumn;
    @FXML private TableColumn<AuditEntry, String> userColumn;
    @FXML private TableColumn<AuditEntry, String> entityColumn;
    @FXML private TableColumn<AuditEntry, String> entityIdColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> summaryColumn;
    @FXML private Label emptyLabel;
    @FXML private Label detailTitle;
    @FXML private CheckBox onlyChangedCheck;
    @FXML private TableView<FieldChange> changesTable;
    @FXML private TableColumn<FieldChange, String> fieldColumn;
    @FXML private TableColumn<FieldChange, String> beforeColumn;
    @FXML private TableColumn<FieldChange, String> afterColumn;
    @FXML private Label countLabel;

    public AuditView(AuditViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Views.vietnameseDates(fromPicker);
        Views.vietnameseDates(toPicker);
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        Views.anyOf(entityBox, AuditEntity.class, Messages.get("audit.anyEntity"));
        entityBox.valueProperty().bindBidirectional(model.entityProperty());
        Views.bind(exportButton, model.exportCommand());

        auditTable.setItems(model.rows());
        text(atColumn, AuditViewModel::moment);
        text(userColumn, e -> e.user() == null ? "" : e.user() + (e.workstation() == null ? "" : " @ " + e.workstation()));
        text(entityColumn, e -> Messages.label(e.entity()));
        text(entityIdColumn, e -> e.entityId() == null ? "" : String.valueOf(e.entityId()));
        text(actionColumn, e -> Messages.label(e.action()));
        text(summaryColumn, e -> e.summary() == null ? "" : e.summary());
        WrappingCells.wrap(summaryColumn);
        emptyLabel.textProperty().bind(model.emptyTextProperty());
        Views.keepSelection(auditTable, model.selectedProperty());

        detailTitle.textProperty().bind(model.detailTitleProperty());
        FilteredList<FieldChange> shown = new FilteredList<>(model.changes());
        Runnable filter = () -> shown.setPredicate(onlyChangedCheck.isSelected() ? FieldChange::changed : f -> true);
        onlyChangedCheck.selectedProperty().addListener((o, a, b) -> filter.run());
        filter.run();
        changesTable.setItems(shown);
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field()));
        beforeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().before()));
        afterColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().after()));
        WrappingCells.wrap(beforeColumn, afterColumn);
        countLabel.textProperty().bind(model.countTextProperty());
    }

    private static void text(TableColumn<AuditEntry, String> column, Function<AuditEntry, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
