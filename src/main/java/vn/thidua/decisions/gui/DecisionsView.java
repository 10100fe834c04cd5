package vn.thidua.decisions.gui;

import static vn.thidua.common.ui.Views.problem;
import static vn.thidua.common.ui.Views.show;
import static vn.thidua.common.ui.Views.text;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietNumbers;
import vn.thidua.common.ui.DocumentAction;
import vn.thidua.common.ui.TextCell;
import vn.thidua.common.ui.Views;
import vn.thidua.decisions.gui.DecisionsViewModel.LineRow;
import vn.thidua.decisions.model.DecisionStatus;
import vn.thidua.decisions.model.DecisionSummary;
import vn.thidua.decisions.model.DraftOrigin;
import vn.thidua.organisation.model.Recipient;
import vn.thidua.nominations.model.MeetingSummary;

/** The award decisions screen: binds the list, the new-from-meeting panel and the opened decision. */
public class DecisionsView {

    private final DecisionsViewModel model;
    private final List<DocumentAction> documents;
    private final Parent root;
    @FXML private MenuButton documentsMenu;

    @FXML private VBox listPane;
    @FXML private Button newButton;
    @FXML private Button openButton;
    @FXML private Button deleteButton;
    @FXML private VBox newPane;
    @FXML private ComboBox<MeetingSummary> meetingBox;
    @FXML private ComboBox<AwardForm> awardBox;
    @FXML private Button cancelNewButton;
    @FXML private Button confirmNewButton;
    @FXML private TableView<DecisionSummary> decisionTable;
    @FXML private TableColumn<DecisionSummary, String> numberColumn;
    @FXML private TableColumn<DecisionSummary, String> dateColumn;
    @FXML private TableColumn<DecisionSummary, String> issuerColumn;
    @FXML private TableColumn<DecisionSummary, String> subjectColumn;
    @FXML private TableColumn<DecisionSummary, String> countColumn;
    @FXML private TableColumn<DecisionSummary, String> totalColumn;
    @FXML private TableColumn<DecisionSummary, String> statusColumn;
    @FXML private BorderPane decisionPane;
    @FXML private Button backButton;
    @FXML private Label headingLabel;
    @FXML private TextField issuerField;
    @FXML private TextField issuerCodeField;
    @FXML private CheckBox fromAboveCheck;
    @FXML private TextField subjectField;
    @FXML private TextArea basisArea;
    @FXML private TextField petitionField;
    @FXML private TextArea achievementArea;
    @FXML private TextField fundingField;
    @FXML private TextField executorsField;
    @FXML private TableView<LineRow> lineTable;
    @FXML private TableColumn<LineRow, String> lineKindColumn;
    @FXML private TableColumn<LineRow, String> lineNameColumn;
    @FXML private TableColumn<LineRow, String> linePositionColumn;
    @FXML private TableColumn<LineRow, String> lineBookColumn;
    @FXML private TableColumn<LineRow, String> linePrizeColumn;
    @FXML private Label totalsLabel;
    @FXML private Button removeLineButton;
    @FXML private ComboBox<DraftOrigin> originBox;
    @FXML private HBox meetingRow;
    @FXML private VBox addLineBox;
    @FXML private RadioButton addPersonRadio;
    @FXML private RadioButton addUnitRadio;
    @FXML private TextField addFilterField;
    @FXML private ComboBox<Recipient> addChoiceBox;
    @FXML private ComboBox<AwardForm> addAwardBox;
    @FXML private TextField addYearField;
    @FXML private Button addLineButton;
    @FXML private Label problemLabel;
    @FXML private HBox signBar;
    @FXML private Button saveButton;
    @FXML private DatePicker signDayPicker;
    @FXML private TextField signNumberField;
    @FXML private Button signButton;
    @FXML private HBox amendBar;
    @FXML private TextField amendReasonField;
    @FXML private Button amendButton;

    public DecisionsView(DecisionsViewModel model) {
        this(model, List.of());
    }

    /** With a documents menu of the given actions (the decision, its certificates); hidden when there are none. */
    public DecisionsView(DecisionsViewModel model, List<DocumentAction> documents) {
        this.model = model;
        this.documents = List.copyOf(documents);
        this.root = Views.load(this);
    }


    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Views.fillMenu(documentsMenu, documents);
        var isOpen = model.openedProperty().isNotNull();
        show(listPane, isOpen.not());
        show(decisionPane, isOpen);
        show(newPane, model.creatingProperty());

        decisionTable.setItems(model.rows());
        text(numberColumn, DecisionSummary::symbol);
        text(dateColumn, d -> d.date() == null ? "" : VietDates.format(d.date()));
        text(issuerColumn, DecisionSummary::issuer);
        text(subjectColumn, d -> d.subject() == null ? "" : d.subject());
        text(countColumn, d -> Messages.get("decisions.column.countText", d.collectives(), d.individuals()));
        text(totalColumn, d -> VietNumbers.grouped(d.total()));
        text(statusColumn, d -> Messages.get(d.status() == DecisionStatus.SIGNED
                ? (d.amendsId() == null ? "decisions.status.signed" : "decisions.status.amendment")
                : "decisions.status.draft"));
        Views.followSelection(decisionTable, model.selectedProperty(), model.openCommand()::execute);
        Views.bind(newButton, model.startNewCommand());
        Views.bind(openButton, model.openCommand());
        Views.bind(deleteButton, model.deleteCommand());

        originBox.setItems(model.origins());
        originBox.setConverter(converter(Messages::label));
        Views.bindChoice(originBox, model.newOriginProperty());
        var fromMeeting = model.newOriginProperty().isEqualTo(DraftOrigin.MEETING);
        show(meetingRow, fromMeeting);
        meetingBox.setItems(model.meetings());
        meetingBox.setConverter(converter(m -> Messages.get("decisions.meetingText", VietDates.format(m.date()),
                m.subject() == null ? "" : m.subject())));
        Views.bindChoice(meetingBox, model.newMeetingProperty());
        awardBox.setItems(model.forms());
        awardBox.setConverter(converter(AwardForm::name));
        Views.bindChoice(awardBox, model.newAwardProperty());
        Views.bind(cancelNewButton, model.cancelNewCommand());
        Views.bind(confirmNewButton, model.confirmNewCommand());

        headingLabel.textProperty().bind(model.headingProperty());
        Views.bind(backButton, model.backCommand());
        var readOnly = model.draftProperty().not();
        for (var field : new javafx.scene.control.TextInputControl[] {issuerField, issuerCodeField, subjectField, basisArea,
            petitionField, achievementArea, fundingField, executorsField}) {
            field.editableProperty().bind(model.draftProperty());
        }
        issuerField.textProperty().bindBidirectional(model.issuerProperty());
        issuerCodeField.textProperty().bindBidirectional(model.issuerCodeProperty());
        fromAboveCheck.selectedProperty().bindBidirectional(model.fromAboveProperty());
        fromAboveCheck.disableProperty().bind(model.draftProperty().not());
        subjectField.textProperty().bindBidirectional(model.subjectProperty());
        basisArea.textProperty().bindBidirectional(model.basisProperty());
        petitionField.textProperty().bindBidirectional(model.petitionRefProperty());
        achievementArea.textProperty().bindBidirectional(model.achievementProperty());
        fundingField.textProperty().bindBidirectional(model.fundingSourceProperty());
        executorsField.textProperty().bindBidirectional(model.executorsProperty());

        lineTable.setItems(model.lines());
        lineTable.editableProperty().bind(model.draftProperty());
        text(lineKindColumn, LineRow::kindText);
        text(lineNameColumn, r -> r.line().name());
        text(linePositionColumn, r -> r.line().position() == null ? "" : r.line().position());
        lineBookColumn.setCellValueFactory(c -> c.getValue().goldenBookNoProperty());
        lineBookColumn.setCellFactory(TextCell.forTableColumn());
        linePrizeColumn.setCellValueFactory(c -> c.getValue().prizeProperty());
        linePrizeColumn.setCellFactory(TextCell.forTableColumn());
        lineTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedLineProperty().set(b));
        totalsLabel.textProperty().bind(model.totalsProperty());
        Views.bind(removeLineButton, model.removeLineCommand());
        bindAdder(model.adder());

        problem(problemLabel, model.problemProperty());
        show(signBar, model.draftProperty());
        show(amendBar, Bindings.createBooleanBinding(() -> model.openedProperty().get() != null
                && model.openedProperty().get().signed(), model.openedProperty()));
        Views.bind(saveButton, model.saveCommand());
        Views.vietnameseDates(signDayPicker);
        signDayPicker.valueProperty().bindBidirectional(model.signDayProperty());
        signNumberField.textProperty().bindBidirectional(model.signNumberProperty());
        Views.bind(signButton, model.signCommand());
        amendReasonField.textProperty().bindBidirectional(model.amendReasonProperty());
        Views.bind(amendButton, model.amendCommand());
        readOnly.addListener((o, a, b) -> lineTable.refresh());
    }

    private void bindAdder(DecisionLineAdder adder) {
        show(addLineBox, model.draftProperty());
        ToggleGroup kind = new ToggleGroup();
        addPersonRadio.setToggleGroup(kind);
        addUnitRadio.setToggleGroup(kind);
        addPersonRadio.setSelected(!adder.collectiveProperty().get());
        addUnitRadio.setSelected(adder.collectiveProperty().get());
        addUnitRadio.selectedProperty().addListener((o, a, b) -> adder.collectiveProperty().set(b));
        addFilterField.textProperty().bindBidirectional(adder.filterProperty());
        addChoiceBox.setItems(adder.choices());
        // a ComboBox cleared back to no value shows an empty field, not its prompt: this cell shows the prompt again
        addChoiceBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Recipient item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? addChoiceBox.getPromptText() : item.toString());
            }
        });
        addChoiceBox.valueProperty().bindBidirectional(adder.chosenProperty());
        addAwardBox.setItems(model.forms());
        addAwardBox.setConverter(converter(AwardForm::name));
        addAwardBox.valueProperty().bindBidirectional(adder.awardProperty());
        addYearField.textProperty().bindBidirectional(adder.yearProperty());
        Views.bind(addLineButton, adder.addCommand());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
