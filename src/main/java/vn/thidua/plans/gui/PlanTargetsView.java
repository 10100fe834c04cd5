package vn.thidua.plans.gui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.thidua.common.ui.Views;
import vn.thidua.plans.gui.PlanTargetsViewModel.Outcome;
import vn.thidua.plans.gui.PlanTargetsViewModel.Row;

/** Under the plan's targets: each measurable target per year against the records, met in green, not met in red. */
public final class PlanTargetsView {

    private final PlanTargetsViewModel model;
    private final Parent root;

    @FXML private TableView<Row> targetProgressTable;
    @FXML private TableColumn<Row, String> progressTargetColumn;
    @FXML private TableColumn<Row, String> progressYearColumn;
    @FXML private TableColumn<Row, String> progressActualColumn;
    @FXML private TableColumn<Row, String> progressThresholdColumn;
    @FXML private TableColumn<Row, Row> progressOutcomeColumn;

    public PlanTargetsView(PlanTargetsViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        targetProgressTable.setItems(model.rows());
        column(progressTargetColumn, Row::target);
        column(progressYearColumn, r -> String.valueOf(r.year()));
        column(progressActualColumn, Row::actual);
        column(progressThresholdColumn, Row::threshold);
        progressOutcomeColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        progressOutcomeColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("success", "danger", "outcome");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.outcomeText());
                getStyleClass().add("outcome");
                if (row.outcome() != Outcome.NO_DATA) {
                    getStyleClass().add(row.outcome() == Outcome.MET ? "success" : "danger");
                }
            }
        });
    }

    private static void column(TableColumn<Row, String> column, Function<Row, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
