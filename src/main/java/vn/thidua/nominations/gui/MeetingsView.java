package vn.thidua.nominations.gui;

import static vn.thidua.common.ui.Views.problem;
import static vn.thidua.common.ui.Views.show;
import static vn.thidua.common.ui.Views.text;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.thidua.common.ui.DocumentAction;
import vn.thidua.common.ui.TextCell;
import vn.thidua.common.ui.Views;
import vn.thidua.common.ui.WrappingCells;
import vn.thidua.nominations.gui.MeetingsViewModel.AttendanceRow;
import vn.thidua.nominations.gui.MeetingsViewModel.Candidate;
import vn.thidua.nominations.gui.MeetingsViewModel.MeetingRow;
import vn.thidua.nominations.gui.MeetingsViewModel.VoteRow;

/** The council screen: the meetings, or one meeting's votes, attendance and details. */
public class MeetingsView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final MeetingsViewModel model;
    private final Parent root;

    @FXML private BorderPane rootPane;
    @FXML private VBox listPane;
    @FXML private Button newButton;
    @FXML private Button openButton;
    @FXML private Button deleteButton;
    @FXML private VBox newPane;
    @FXML private ComboBox<Scope> newScopeBox;
    @FXML private DatePicker newDatePicker;
    @FXML private Button cancelNewButton;
    @FXML private Button confirmNewButton;
    @FXML private TableView<MeetingRow> meetingTable;
    @FXML private TableColumn<MeetingRow, String> dateColumn;
    @FXML private TableColumn<MeetingRow, String> numberColumn;
    @FXML private TableColumn<MeetingRow, String> subjectColumn;
    @FXML private TableColumn<MeetingRow, String> attendanceColumn;
    @FXML private TableColumn<MeetingRow, String> closedColumn;

    @FXML private BorderPane meetingPane;
    @FXML private Button backButton;
    @FXML private Label meetingHeading;
    @FXML private Label closedLabel;
    @FXML private Label quorumLabel;
    @FXML private TableView<VoteRow> voteTable;
    @FXML private TableColumn<VoteRow, String> voteNomineeColumn;
    @FXML private TableColumn<VoteRow, String> voteAwardColumn;
    @FXML private TableColumn<VoteRow, String> agreeColumn;
    @FXML private TableColumn<VoteRow, String> disagreeColumn;
    @FXML private TableColumn<VoteRow, String> abstainColumn;
    @FXML private TableColumn<VoteRow, String> writtenAgreeColumn;
    @FXML private TableColumn<VoteRow, String> writtenDisagreeColumn;
    @FXML private TableColumn<VoteRow, String> percentColumn;
    @FXML private TableColumn<VoteRow, String> thresholdColumn;
    @FXML private TableColumn<VoteRow, String> outcomeColumn;
    @FXML private TableColumn<VoteRow, String> voteStatusColumn;
    @FXML private Label votesErrorLabel;
    @FXML private HBox agendaBox;
    @FXML private ComboBox<Candidate> candidateBox;
    @FXML private Button addAgendaButton;
    @FXML private Button removeAgendaButton;
    @FXML private HBox amendBar;
    @FXML private Button amendButton;
    @FXML private VBox amendPane;
    @FXML private Label amendTargetLabel;
    @FXML private TextField amendAgreeField;
    @FXML private TextField amendDisagreeField;
    @FXML private TextField amendAbstainField;
    @FXML private TextField amendWrittenAgreeField;
    @FXML private TextField amendWrittenDisagreeField;
    @FXML private TextField amendReasonField;
    @FXML private Button cancelAmendButton;
    @FXML private Button confirmAmendButton;
    @FXML private ListView<String> amendmentList;

    @FXML private TableView<AttendanceRow> attendanceTable;
    @FXML private TableColumn<AttendanceRow, String> memberNameColumn;
    @FXML private TableColumn<AttendanceRow, String> memberRoleColumn;
    @FXML private TableColumn<AttendanceRow, String> memberPositionColumn;
    @FXML private TableColumn<AttendanceRow, Boolean> presentColumn;
    @FXML private TableColumn<AttendanceRow, String> reasonColumn;
    @FXML private TableColumn<AttendanceRow, Boolean> writtenColumn;

    @FXML private DatePicker datePicker;
    @FXML private TextField numberField;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private Label detailsErrorLabel;
    @FXML private TextField placeField;
    @FXML private TextArea subjectArea;
    @FXML private ComboBox<AttendanceRow> chairBox;
    @FXML private ComboBox<AttendanceRow> secretaryBox;
    @FXML private TextArea guestsArea;
    @FXML private TextArea discussionArea;
    @FXML private TextArea conclusionArea;
    @FXML private Button saveButton;
    @FXML private Button closeMeetingButton;
    private final List<DocumentAction> documents;
    @FXML private MenuButton documentsMenu;

    public MeetingsView(MeetingsViewModel model) {
        this(model, List.of());
    }

    /** With a documents menu of the given actions; hidden when there are none. */
    public MeetingsView(MeetingsViewModel model, List<DocumentAction> documents) {
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
        bindList();
        bindMeeting();
        rootPane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && model.openProperty().get()) {
                model.saveCommand().execute();
                e.consume();
            }
        });
    }

    private void bindList() {
        listPane.visibleProperty().bind(model.openProperty().not());
        meetingPane.visibleProperty().bind(model.openProperty());
        Views.bind(newButton, model.newCommand());
        Views.bind(openButton, model.openCommand());
        Views.bind(deleteButton, model.deleteCommand());
        show(newPane, model.creatingProperty());
        newScopeBox.setItems(model.scopes());
        newScopeBox.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Scope item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(newScopeBox.getWidth());
                setText(empty || item == null ? null : item.label());
            }
        });
        newScopeBox.valueProperty().bindBidirectional(model.newScopeProperty());
        Views.vietnameseDates(newDatePicker);
        newDatePicker.valueProperty().bindBidirectional(model.newDateProperty());
        Views.bind(cancelNewButton, model.cancelNewCommand());
        Views.bind(confirmNewButton, model.confirmNewCommand());

        meetingTable.setItems(model.rows());
        text(dateColumn, MeetingRow::dateText);
        text(numberColumn, MeetingRow::numberText);
        text(subjectColumn, MeetingRow::subject);
        text(attendanceColumn, MeetingRow::attendanceText);
        text(closedColumn, MeetingRow::closedText);
        WrappingCells.wrap(subjectColumn);
        meetingTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                meetingTable.getSelectionModel().clearSelection();
            } else if (meetingTable.getSelectionModel().getSelectedItem() != b) {
                meetingTable.getSelectionModel().select(b);
            }
        });
        meetingTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.openCommand().execute();
            }
        });
    }

    private void bindMeeting() {
        var editable = model.closedProperty().not().and(model.busyProperty().not());
        Views.bind(backButton, model.backCommand());
        meetingHeading.textProperty().bind(model.headingProperty());
        show(closedLabel, model.closedProperty());
        quorumLabel.textProperty().bind(model.quorumTextProperty());
        model.quorumProperty().addListener((o, a, b) -> quorumLabel.getStyleClass().setAll(b
                ? List.of("label", "section-title", "success") : List.of("label", "section-title", "danger")));

        voteTable.setItems(model.votes());
        voteTable.editableProperty().bind(editable);
        text(voteNomineeColumn, VoteRow::nomineeName);
        text(voteAwardColumn, VoteRow::awardName);
        WrappingCells.wrap(voteNomineeColumn, voteAwardColumn);
        count(agreeColumn, r -> r.agree);
        count(disagreeColumn, r -> r.disagree);
        count(abstainColumn, r -> r.abstain);
        count(writtenAgreeColumn, r -> r.writtenAgree);
        count(writtenDisagreeColumn, r -> r.writtenDisagree);
        percentColumn.setCellValueFactory(c -> c.getValue().percentTextProperty());
        text(thresholdColumn, VoteRow::thresholdText);
        outcomeColumn.setCellValueFactory(c -> c.getValue().outcomeTextProperty());
        outcomeColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("outcome", "success", "danger");
                VoteRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                if (row != null && row.votedProperty().get()) {
                    getStyleClass().addAll("outcome", row.passedProperty().get() ? "success" : "danger");
                }
            }
        });
        text(voteStatusColumn, VoteRow::statusText);
        voteTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedVoteProperty().set(b));
        model.selectedVoteProperty().addListener((o, a, b) -> {
            if (b == null) {
                voteTable.getSelectionModel().clearSelection();
            } else if (voteTable.getSelectionModel().getSelectedItem() != b) {
                voteTable.getSelectionModel().select(b);
            }
        });
        problem(votesErrorLabel, model.votesErrorProperty());
        show(agendaBox, model.closedProperty().not());
        candidateBox.setItems(model.candidates());
        candidateBox.valueProperty().bindBidirectional(model.candidateProperty());
        Views.bind(addAgendaButton, model.addAgendaCommand());
        Views.bind(removeAgendaButton, model.removeAgendaCommand());
        show(amendBar, model.closedProperty().and(model.amendingProperty().not()));
        Views.bind(amendButton, model.amendCommand());
        show(amendPane, model.amendingProperty());
        amendTargetLabel.textProperty().bind(model.amendTargetProperty());
        amendAgreeField.textProperty().bindBidirectional(model.amendAgreeProperty());
        amendDisagreeField.textProperty().bindBidirectional(model.amendDisagreeProperty());
        amendAbstainField.textProperty().bindBidirectional(model.amendAbstainProperty());
        amendWrittenAgreeField.textProperty().bindBidirectional(model.amendWrittenAgreeProperty());
        amendWrittenDisagreeField.textProperty().bindBidirectional(model.amendWrittenDisagreeProperty());
        amendReasonField.textProperty().bindBidirectional(model.amendReasonProperty());
        Views.bind(cancelAmendButton, model.cancelAmendCommand());
        Views.bind(confirmAmendButton, model.confirmAmendCommand());
        amendmentList.setItems(model.amendments());
        amendmentList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty ? null : item);
            }
        });

        attendanceTable.setItems(model.attendance());
        attendanceTable.editableProperty().bind(editable);
        text(memberNameColumn, AttendanceRow::name);
        text(memberRoleColumn, AttendanceRow::roleText);
        text(memberPositionColumn, AttendanceRow::position);
        WrappingCells.wrap(memberPositionColumn);
        presentColumn.setCellValueFactory(c -> c.getValue().present);
        presentColumn.setCellFactory(CheckBoxTableCell.forTableColumn(presentColumn));
        reasonColumn.setCellValueFactory(c -> c.getValue().absenceReason);
        reasonColumn.setCellFactory(TextCell.forTableColumn());
        writtenColumn.setCellValueFactory(c -> c.getValue().writtenOpinion);
        writtenColumn.setCellFactory(CheckBoxTableCell.forTableColumn(writtenColumn));

        Views.vietnameseDates(datePicker);
        datePicker.valueProperty().bindBidirectional(model.dateProperty());
        numberField.textProperty().bindBidirectional(model.minutesNumberProperty());
        startField.textProperty().bindBidirectional(model.startTimeProperty());
        endField.textProperty().bindBidirectional(model.endTimeProperty());
        problem(detailsErrorLabel, model.detailsErrorProperty());
        placeField.textProperty().bindBidirectional(model.placeProperty());
        subjectArea.textProperty().bindBidirectional(model.subjectProperty());
        chairBox.setItems(model.attendance());
        chairBox.valueProperty().bindBidirectional(model.chairProperty());
        secretaryBox.setItems(model.attendance());
        secretaryBox.valueProperty().bindBidirectional(model.secretaryProperty());
        guestsArea.textProperty().bindBidirectional(model.guestsProperty());
        discussionArea.textProperty().bindBidirectional(model.discussionProperty());
        conclusionArea.textProperty().bindBidirectional(model.conclusionProperty());
        for (TextInputControl t : List.of(numberField, startField, endField, placeField, subjectArea, guestsArea,
                discussionArea, conclusionArea)) {
            t.editableProperty().bind(model.closedProperty().not());
        }
        for (Control c : List.<Control>of(datePicker, chairBox, secretaryBox)) {
            c.disableProperty().bind(model.closedProperty());
        }

        Views.bind(saveButton, model.saveCommand());
        Views.bind(closeMeetingButton, model.closeMeetingCommand());
        show(saveButton, model.closedProperty().not());
        show(closeMeetingButton, model.closedProperty().not());
    }

    private static void count(TableColumn<VoteRow, String> column, Function<VoteRow, ObservableValue<String>> value) {
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setCellFactory(TextCell.forTableColumn());
        column.setStyle("-fx-alignment: CENTER;");
    }
}
