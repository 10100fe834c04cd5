package vn.thidua.planimport.gui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Views;
import vn.thidua.planimport.gui.PlanImportViewModel.FieldRow;
import vn.thidua.planimport.model.Confidence;
import vn.thidua.planimport.model.ImportedTask;
import vn.thidua.planimport.model.ReadParagraph;

/**
 * The review window: the document's paragraphs on the left (the chosen field's paragraph selected and scrolled to),
 * the fields found on the right with their confidence and source line, the chosen field's value edited below them.
 */
public class PlanImportView {

    private final PlanImportViewModel model;
    private final Parent root;
    private FieldRow editing;

    @FXML private BorderPane rootPane;
    @FXML private Button openButton;
    @FXML private Button readPastedButton;
    @FXML private Label sourceLabel;
    @FXML private ProgressIndicator progress;
    @FXML private TextArea pasteArea;
    @FXML private ListView<ReadParagraph> paragraphList;
    @FXML private Label summaryLabel;
    @FXML private TableView<FieldRow> fieldTable;
    @FXML private TableColumn<FieldRow, String> nameColumn;
    @FXML private TableColumn<FieldRow, String> valueColumn;
    @FXML private TableColumn<FieldRow, String> confidenceColumn;
    @FXML private TableColumn<FieldRow, String> lineColumn;
    @FXML private TextArea valueArea;
    @FXML private VBox taskPane;
    @FXML private TableView<ImportedTask> taskTable;
    @FXML private TableColumn<ImportedTask, String> taskSectionColumn;
    @FXML private TableColumn<ImportedTask, String> taskNumberColumn;
    @FXML private TableColumn<ImportedTask, String> taskContentColumn;
    @FXML private TableColumn<ImportedTask, String> taskLeadColumn;
    @FXML private TableColumn<ImportedTask, String> taskSupportColumn;
    @FXML private TableColumn<ImportedTask, String> taskDeadlineColumn;
    @FXML private TableColumn<ImportedTask, String> taskProductColumn;
    @FXML private Label savedLabel;
    @FXML private Button closeButton;
    @FXML private Button saveButton;

    public PlanImportView(PlanImportViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    /** Opens the review in a window of its own over the main window. */
    public static Stage show(Window owner, PlanImportViewModel model) {
        PlanImportView view = new PlanImportView(model);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                view.root.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        stage.setTitle(Messages.get("planImport.title"));
        stage.setScene(new Scene(view.root));
        view.closeButton.setOnAction(e -> stage.close());
        stage.show();
        model.prepare();
        return stage;
    }

    /** A file chooser for .docx and .txt files over the given window. */
    public static DocumentChooser chooser(java.util.function.Supplier<Window> owner) {
        return () -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(Messages.get("planImport.chooseTitle"));
            fc.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.get("planImport.filter.word"), "*.docx", "*.DOCX"),
                    new FileChooser.ExtensionFilter(Messages.get("planImport.filter.text"), "*.txt", "*.TXT"));
            return Optional.ofNullable(fc.showOpenDialog(owner.get())).map(java.io.File::toPath);
        };
    }

    @FXML
    private void initialize() {
        Views.bind(openButton, model.openCommand());
        Views.bind(readPastedButton, model.readPastedCommand());
        Views.bind(saveButton, model.saveCommand());
        pasteArea.textProperty().bindBidirectional(model.pastedTextProperty());
        sourceLabel.textProperty().bind(model.sourceProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        Views.show(progress, model.readingProperty());
        Views.show(paragraphList, model.loadedProperty());
        Views.show(pasteArea, model.loadedProperty().not());
        Views.show(readPastedButton, model.loadedProperty().not());
        Views.show(taskPane, model.taskPlanProperty());
        savedLabel.textProperty().bind(Bindings.createStringBinding(() -> model.savedIdProperty().get() == null ? ""
                : Messages.get("planImport.savedShort", model.savedIdProperty().get()), model.savedIdProperty()));

        paragraphList.setItems(model.paragraphs());
        paragraphList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReadParagraph p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : (p.index() + 1) + "  " + p.display());
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().remove("source-line");
                if (!empty && p != null && p.index() == model.highlightedParagraphProperty().get()) {
                    getStyleClass().add("source-line");
                }
            }
        });
        model.highlightedParagraphProperty().addListener((o, a, b) -> {
            int i = b.intValue();
            if (i >= 0 && i < model.paragraphs().size()) {
                paragraphList.getSelectionModel().select(i);
                paragraphList.scrollTo(Math.max(0, i - 3));
            } else {
                paragraphList.getSelectionModel().clearSelection();
            }
            paragraphList.refresh();
        });

        fieldTable.setItems(model.fields());
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        valueColumn.setCellValueFactory(c -> c.getValue().valueProperty());
        confidenceColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().confidence()));
        lineColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().line()));
        fieldTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(FieldRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("guess", "likely");
                if (!empty && row != null && row.field().confidence() != Confidence.SURE) {
                    getStyleClass().add(row.field().confidence() == Confidence.GUESS ? "guess" : "likely");
                }
            }
        });
        fieldTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (editing != null) {
                valueArea.textProperty().unbindBidirectional(editing.valueProperty());
            }
            editing = b;
            if (b != null) {
                valueArea.textProperty().bindBidirectional(b.valueProperty());
            } else {
                valueArea.clear();
            }
            valueArea.setDisable(b == null);
        });
        valueArea.setDisable(true);

        taskTable.setItems(model.tasks());
        taskSectionColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().section()));
        taskNumberColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().number()));
        taskContentColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().content()));
        taskLeadColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().leadUnit()));
        taskSupportColumn.setCellValueFactory(c -> new SimpleStringProperty(String.join("; ", c.getValue().supportingUnits())));
        taskDeadlineColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().deadline()));
        taskProductColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().product()));
        rootPane.getStylesheets().add(PlanImportView.class.getResource("plan-import.css").toExternalForm());
    }
}
