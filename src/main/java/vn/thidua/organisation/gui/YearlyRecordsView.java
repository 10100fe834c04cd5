package vn.thidua.organisation.gui;

import javafx.beans.property.ObjectProperty;
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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.EnumConverter;
import vn.thidua.common.ui.TextCell;
import vn.thidua.common.ui.Views;
import vn.thidua.organisation.gui.YearlyRecordsViewModel.PersonRow;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.DisciplineForm;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.Unit;

/** The yearly records screen: binds the year's table and the person's details to {@link YearlyRecordsViewModel}. */
public class YearlyRecordsView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final YearlyRecordsViewModel model;
    private final Parent root;

    @FXML private BorderPane rootPane;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private Button revertButton;
    @FXML private Button saveButton;
    @FXML private ComboBox<Rating> unitRatingBox;
    @FXML private TextField completionField;
    @FXML private HBox unitTitlesPane;
    @FXML private TextField unitNoteField;
    @FXML private TableView<PersonRow> recordTable;
    @FXML private TableColumn<PersonRow, Number> numberColumn;
    @FXML private TableColumn<PersonRow, String> nameColumn;
    @FXML private TableColumn<PersonRow, String> positionColumn;
    @FXML private TableColumn<PersonRow, Rating> ratingColumn;
    @FXML private TableColumn<PersonRow, Boolean> pendingColumn;
    @FXML private TableColumn<PersonRow, Number> innovationColumn;
    @FXML private TableColumn<PersonRow, String> disciplineColumn;
    @FXML private TableColumn<PersonRow, String> noteColumn;
    @FXML private Label personHeading;
    @FXML private ComboBox<Rating> fillRatingBox;
    @FXML private Button fillButton;
    @FXML private HBox detailPane;
    @FXML private TableView<Innovation> innovationTable;
    @FXML private TableColumn<Innovation, Number> innovationYearColumn;
    @FXML private TableColumn<Innovation, String> innovationTitleColumn;
    @FXML private TableColumn<Innovation, String> innovationLevelColumn;
    @FXML private TableColumn<Innovation, String> innovationDecisionColumn;
    @FXML private TextField innovationTitleField;
    @FXML private ComboBox<InnovationLevel> innovationLevelBox;
    @FXML private TextField innovationDecisionField;
    @FXML private DatePicker innovationDatePicker;
    @FXML private Button addInnovationButton;
    @FXML private Button removeInnovationButton;
    @FXML private TableView<Discipline> disciplineTable;
    @FXML private TableColumn<Discipline, String> disciplineFormColumn;
    @FXML private TableColumn<Discipline, String> disciplinePeriodColumn;
    @FXML private TableColumn<Discipline, String> disciplineDecisionColumn;
    @FXML private ComboBox<DisciplineForm> disciplineFormBox;
    @FXML private DatePicker disciplineFromPicker;
    @FXML private DatePicker disciplineToPicker;
    @FXML private TextField disciplineDecisionField;
    @FXML private TextField disciplineReasonField;
    @FXML private Button addDisciplineButton;
    @FXML private Button removeDisciplineButton;

    public YearlyRecordsView(YearlyRecordsViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        yearBox.setItems(model.years());
        Views.bindChoice(yearBox, model.yearProperty());
        unitBox.setItems(model.units());
        unitBox.setConverter(UnitConverter.withEmptyText(""));
        Views.bindChoice(unitBox, model.unitProperty());
        Views.bind(saveButton, model.saveCommand());
        Views.bind(revertButton, model.revertCommand());

        unitRatingBox.setItems(ratingsWithNone());
        unitRatingBox.setConverter(new EnumConverter<>(Rating.class, Messages.get("records.noRating")));
        unitRatingBox.valueProperty().bindBidirectional(model.unitRatingProperty());
        completionField.textProperty().bindBidirectional(model.unitTaskCompletionProperty());
        unitNoteField.textProperty().bindBidirectional(model.unitNoteProperty());
        model.unitTitles().addListener((javafx.collections.ListChangeListener<YearlyRecordsViewModel.TitleChoice>) c ->
                showUnitTitles());

        recordTable.setItems(model.rows());
        numberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().member().fullName()));
        positionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().member().position()));
        ratingColumn.setCellValueFactory(c -> c.getValue().ratingProperty());
        ratingColumn.setCellFactory(col -> new RatingCell());
        pendingColumn.setCellValueFactory(c -> c.getValue().pendingInspectionProperty());
        pendingColumn.setCellFactory(CheckBoxTableCell.forTableColumn(pendingColumn));
        innovationColumn.setCellValueFactory(c -> c.getValue().innovationCountProperty());
        disciplineColumn.setCellValueFactory(c -> c.getValue().disciplineTextProperty());
        noteColumn.setCellValueFactory(c -> c.getValue().noteProperty());
        noteColumn.setCellFactory(TextCell.forTableColumn());
        model.columnsVersionProperty().addListener((o, a, b) -> showTitleColumns());
        showTitleColumns();
        recordTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));

        personHeading.textProperty().bind(model.selectedHeadingProperty());
        detailPane.disableProperty().bind(model.selectedProperty().isNull());
        fillRatingBox.setItems(FXCollections.observableArrayList(Rating.values()));
        fillRatingBox.setConverter(new EnumConverter<>(Rating.class));
        fillRatingBox.valueProperty().bindBidirectional(model.fillRatingProperty());
        Views.bind(fillButton, model.fillMissingRatingsCommand());

        innovationTable.setItems(model.innovations());
        innovationYearColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        innovationTitleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        innovationLevelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().level())));
        innovationDecisionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(decision(c.getValue())));
        model.selectedInnovationProperty().bind(innovationTable.getSelectionModel().selectedItemProperty());
        innovationTitleField.textProperty().bindBidirectional(model.innovationTitleProperty());
        innovationLevelBox.setItems(FXCollections.observableArrayList(InnovationLevel.values()));
        innovationLevelBox.setConverter(new EnumConverter<>(InnovationLevel.class));
        innovationLevelBox.valueProperty().bindBidirectional(model.innovationLevelProperty());
        innovationDecisionField.textProperty().bindBidirectional(model.innovationDecisionProperty());
        Views.vietnameseDates(innovationDatePicker);
        innovationDatePicker.valueProperty().bindBidirectional(model.innovationDateProperty());
        Views.bind(addInnovationButton, model.addInnovationCommand());
        Views.bind(removeInnovationButton, model.removeInnovationCommand());

        disciplineTable.setItems(model.disciplines());
        disciplineFormColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.label(c.getValue().form())));
        disciplinePeriodColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get("records.periodText",
                Views.date(c.getValue().fromDate()), c.getValue().toDate() == null ? "…" : Views.date(c.getValue().toDate()))));
        disciplineDecisionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().decisionNumber()));
        model.selectedDisciplineProperty().bind(disciplineTable.getSelectionModel().selectedItemProperty());
        disciplineFormBox.setItems(FXCollections.observableArrayList(DisciplineForm.values()));
        disciplineFormBox.setConverter(new EnumConverter<>(DisciplineForm.class));
        disciplineFormBox.valueProperty().bindBidirectional(model.disciplineFormProperty());
        Views.vietnameseDates(disciplineFromPicker);
        disciplineFromPicker.valueProperty().bindBidirectional(model.disciplineFromProperty());
        Views.vietnameseDates(disciplineToPicker);
        disciplineToPicker.valueProperty().bindBidirectional(model.disciplineToProperty());
        disciplineDecisionField.textProperty().bindBidirectional(model.disciplineDecisionProperty());
        disciplineReasonField.textProperty().bindBidirectional(model.disciplineReasonProperty());
        Views.bind(addDisciplineButton, model.addDisciplineCommand());
        Views.bind(removeDisciplineButton, model.removeDisciplineCommand());

        rootPane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                model.saveCommand().execute();
                e.consume();
            }
        });
    }

    private static javafx.collections.ObservableList<Rating> ratingsWithNone() {
        javafx.collections.ObservableList<Rating> list = FXCollections.observableArrayList(Rating.values());
        list.add(0, null);
        return list;
    }

    private static String decision(Innovation i) {
        if (i.decisionNumber() == null) {
            return "";
        }
        return i.decisionDate() == null ? i.decisionNumber()
                : Messages.get("records.decisionText", i.decisionNumber(), Views.date(i.decisionDate()));
    }

    /** One check-box column per individual title of the catalogue, before the inspection column. */
    private void showTitleColumns() {
        recordTable.getColumns().removeIf(c -> c.getUserData() instanceof AwardForm);
        int at = recordTable.getColumns().indexOf(pendingColumn);
        for (AwardForm form : model.personTitleForms()) {
            TableColumn<PersonRow, Boolean> col = new TableColumn<>(form.shortName());
            col.setUserData(form);
            col.setMinWidth(56);
            col.setPrefWidth(66);
            col.setSortable(false);
            col.setCellValueFactory(c -> c.getValue().titleProperty(form.code()));
            col.setCellFactory(CheckBoxTableCell.forTableColumn(col));
            recordTable.getColumns().add(at++, col);
        }
    }

    private void showUnitTitles() {
        unitTitlesPane.getChildren().clear();
        for (YearlyRecordsViewModel.TitleChoice t : model.unitTitles()) {
            CheckBox box = new CheckBox(t.form().shortName());
            box.setTooltip(new Tooltip(t.form().name()));
            box.selectedProperty().bindBidirectional(t.selected());
            unitTitlesPane.getChildren().add(box);
        }
    }

    /** A rating chosen with one click: the cell always shows its choice box. */
    private static final class RatingCell extends TableCell<PersonRow, Rating> {
        private final ComboBox<Rating> box = new ComboBox<>(ratingsWithNone());
        private ObjectProperty<Rating> bound;

        RatingCell() {
            box.setConverter(new EnumConverter<>(Rating.class, Messages.get("records.noRating")));
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("small");
        }

        @Override
        protected void updateItem(Rating item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
                return;
            }
            bound = getTableRow().getItem().ratingProperty();
            box.valueProperty().bindBidirectional(bound);
            setGraphic(box);
        }
    }
}
