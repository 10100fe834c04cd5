package vn.thidua.register.gui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietNumbers;
import vn.thidua.common.ui.Views;
import vn.thidua.common.ui.WrappingCells;
import vn.thidua.register.model.AwardEntry;
import vn.thidua.register.model.AwardOrigin;

/** The award register screen: binds the search, filters, the paged table and the history to {@link RegisterViewModel}. */
public class RegisterView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final RegisterViewModel model;
    private final Parent root;

    @FXML private BorderPane rootPane;
    @FXML private TextField searchField;
    @FXML private ComboBox<Integer> fromYearBox;
    @FXML private ComboBox<Integer> toYearBox;
    @FXML private ComboBox<AwardOrigin> originBox;
    @FXML private Button importButton;
    @FXML private MenuItem exportRegisterItem;
    @FXML private MenuItem exportSummaryItem;
    @FXML private MenuItem exportYearsItem;
    @FXML private MenuItem exportClassesItem;
    @FXML private MenuItem exportFormsItem;
    @FXML private TableView<AwardEntry> registerTable;
    @FXML private TableColumn<AwardEntry, String> yearColumn;
    @FXML private TableColumn<AwardEntry, String> recipientColumn;
    @FXML private TableColumn<AwardEntry, String> unitColumn;
    @FXML private TableColumn<AwardEntry, String> awardColumn;
    @FXML private TableColumn<AwardEntry, String> decisionColumn;
    @FXML private TableColumn<AwardEntry, String> dateColumn;
    @FXML private TableColumn<AwardEntry, String> issuerColumn;
    @FXML private TableColumn<AwardEntry, String> bookColumn;
    @FXML private TableColumn<AwardEntry, String> prizeColumn;
    @FXML private TableColumn<AwardEntry, String> originColumn;
    @FXML private TableColumn<AwardEntry, String> thematicColumn;
    @FXML private Label emptyLabel;
    @FXML private Label historyTitle;
    @FXML private Button closeHistoryButton;
    @FXML private javafx.scene.layout.VBox historyPane;
    @FXML private TableView<AwardEntry> historyTable;
    @FXML private TableColumn<AwardEntry, String> historyYearColumn;
    @FXML private TableColumn<AwardEntry, String> historyAwardColumn;
    @FXML private TableColumn<AwardEntry, String> historyDecisionColumn;
    @FXML private Label totalsLabel;
    @FXML private Button previousButton;
    @FXML private Label pageLabel;
    @FXML private Button nextButton;

    public RegisterView(RegisterViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        yearChoice(fromYearBox, Messages.get("register.anyYear"));
        fromYearBox.valueProperty().bindBidirectional(model.fromYearProperty());
        yearChoice(toYearBox, Messages.get("register.anyYear"));
        toYearBox.valueProperty().bindBidirectional(model.toYearProperty());
        Views.anyOf(originBox, AwardOrigin.class, Messages.get("register.anyOrigin"));
        originBox.valueProperty().bindBidirectional(model.originProperty());

        registerTable.setItems(model.rows());
        text(yearColumn, e -> String.valueOf(e.year()));
        text(recipientColumn, AwardEntry::recipient);
        text(unitColumn, e -> e.unitId() != null ? "" : e.unitName());
        text(awardColumn, AwardEntry::awardName);
        text(decisionColumn, AwardEntry::decisionNumber);
        text(dateColumn, e -> Views.date(e.decisionDate()));
        text(issuerColumn, AwardEntry::issuer);
        text(bookColumn, AwardEntry::goldenBookNo);
        text(prizeColumn, e -> e.prize() == null ? "" : VietNumbers.grouped(e.prize()));
        prizeColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        text(originColumn, e -> Messages.label(e.origin()));
        text(thematicColumn, e -> e.thematic() ? Messages.get("register.thematicMark") : "");
        thematicColumn.setStyle("-fx-alignment: CENTER;");
        emptyLabel.textProperty().bind(model.emptyTextProperty());
        registerTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.rows().addListener((ListChangeListener<AwardEntry>) c -> {
            if (!registerTable.getItems().isEmpty()) {
                registerTable.scrollTo(0);
            }
        });

        WrappingCells.wrap(recipientColumn, awardColumn);
        // The history beside the table only while a line is chosen; the table then gives up its least-read columns.
        rootPane.setRight(null);
        model.selectedProperty().addListener((o, a, b) -> rootPane.setRight(b == null ? null : historyPane));
        for (TableColumn<AwardEntry, String> c : java.util.List.of(unitColumn, dateColumn, issuerColumn, originColumn)) {
            c.visibleProperty().bind(model.selectedProperty().isNull());
        }
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                registerTable.getSelectionModel().clearSelection();
            }
        });
        Views.bind(closeHistoryButton, model.closeHistoryCommand());
        historyTitle.textProperty().bind(model.historyTitleProperty());
        historyTable.setItems(model.history());
        text(historyYearColumn, e -> String.valueOf(e.year()));
        text(historyAwardColumn, e -> e.awardName() + (e.thematic() ? " " + Messages.get("register.thematicNote") : ""));
        text(historyDecisionColumn, e -> e.decisionNumber() == null ? Messages.label(e.origin())
                : Messages.get("register.decisionAndDate", e.decisionNumber(), Views.date(e.decisionDate())));
        WrappingCells.wrap(historyAwardColumn, historyDecisionColumn);

        totalsLabel.textProperty().bind(model.totalsTextProperty());
        pageLabel.textProperty().bind(model.pageTextProperty());
        Views.bind(previousButton, model.previousPageCommand());
        Views.bind(nextButton, model.nextPageCommand());
        Views.bind(importButton, model.importCommand());
        Views.bind(exportRegisterItem, model.exportRegisterCommand());
        Views.bind(exportSummaryItem, model.exportSummaryCommand());
        Views.bind(exportYearsItem, model.exportYearsCommand());
        Views.bind(exportClassesItem, model.exportClassesCommand());
        Views.bind(exportFormsItem, model.exportFormsCommand());
        rootPane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                searchField.requestFocus();
                searchField.selectAll();
                e.consume();
            }
        });
    }

    private void yearChoice(ComboBox<Integer> box, String anyText) {
        ObservableList<Integer> choices = FXCollections.observableArrayList();
        Runnable fill = () -> {
            Integer kept = box.getValue();
            choices.setAll(model.years());
            choices.add(0, null);
            box.setValue(kept);
        };
        model.years().addListener((ListChangeListener<Integer>) c -> fill.run());
        fill.run();
        box.setItems(choices);
        StringConverter<Integer> converter = new StringConverter<>() {
            @Override
            public String toString(Integer year) {
                return year == null ? anyText : String.valueOf(year);
            }

            @Override
            public Integer fromString(String text) {
                return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(converter.toString(item));
            }
        });
    }

    private static void text(TableColumn<AwardEntry, String> column, Function<AwardEntry, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
