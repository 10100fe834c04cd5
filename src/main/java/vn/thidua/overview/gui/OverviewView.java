package vn.thidua.overview.gui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Views;
import vn.thidua.common.ui.WrappingCells;
import vn.thidua.overview.model.Attention;

/** The overview screen: binds the table of things to do to {@link OverviewViewModel}. */
public class OverviewView {

    private final OverviewViewModel model;
    private final Parent root;

    @FXML private TableView<Attention> attentionTable;
    @FXML private TableColumn<Attention, String> groupColumn;
    @FXML private TableColumn<Attention, String> whatColumn;
    @FXML private TableColumn<Attention, String> dayColumn;
    @FXML private TableColumn<Attention, String> urgentColumn;
    @FXML private Label summaryLabel;
    @FXML private Button refreshButton;
    @FXML private Button openButton;

    public OverviewView(OverviewViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        attentionTable.setItems(model.rows());
        groupColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().kind())));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        WrappingCells.wrap(whatColumn);
        dayColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Views.date(c.getValue().day())));
        urgentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().urgent() ? Messages.get("overview.urgent") : ""));
        attentionTable.setRowFactory(t -> {
            TableRow<Attention> row = new TableRow<>() {
                @Override
                protected void updateItem(Attention item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("urgent"), !empty && item != null && item.urgent());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.openCommand().execute();
                }
            });
            return row;
        });
        attentionTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        summaryLabel.textProperty().bind(model.summaryProperty());
        Views.bind(refreshButton, model.refreshCommand());
        Views.bind(openButton, model.openCommand());
    }
}
