package vn.thidua.certificates.gui;

import static vn.thidua.common.ui.Views.problem;

import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.beans.binding.Bindings;
import vn.thidua.certificates.gui.CertificateLayoutViewModel.Line;
import vn.thidua.certificates.gui.CertificateLayoutViewModel.Measure;
import vn.thidua.certificates.model.CertificateField;
import vn.thidua.certificates.model.CertificateLayout;
import vn.thidua.certificates.model.FieldPlacement;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.EnumConverter;
import vn.thidua.common.ui.Views;

/** The certificate layout screen: the lines' table, the nudge buttons and a drawing of the A4 landscape sheet. */
public class CertificateLayoutView {

    /** Points to millimetres: the preview draws the text at the size it will print. */
    private static final double MM_PER_POINT = 25.4 / 72;

    private final CertificateLayoutViewModel model;
    private final Parent root;
    @FXML private ComboBox<String> layoutBox;
    @FXML private Button saveButton;
    @FXML private TextField newNameField;
    @FXML private Button saveAsButton;
    @FXML private Button printTestButton;
    @FXML private Button exportTestButton;
    @FXML private Button resetButton;
    @FXML private Label problemLabel;
    @FXML private TableView<Line> lineTable;
    @FXML private TableColumn<Line, String> nameColumn;
    @FXML private TableColumn<Line, String> xColumn;
    @FXML private TableColumn<Line, String> yColumn;
    @FXML private TableColumn<Line, String> widthColumn;
    @FXML private TableColumn<Line, String> fontColumn;
    @FXML private TableColumn<Line, Boolean> boldColumn;
    @FXML private TableColumn<Line, Boolean> italicColumn;
    @FXML private TableColumn<Line, Boolean> redColumn;
    @FXML private TableColumn<Line, FieldPlacement.Alignment> alignColumn;
    @FXML private Button leftButton;
    @FXML private Button rightButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private StackPane previewHolder;
    @FXML private Pane preview;

    public CertificateLayoutView(CertificateLayoutViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        layoutBox.setItems(model.names());
        Views.bindChoice(layoutBox, model.layoutNameProperty());
        Views.bind(saveButton, model.saveCommand());
        newNameField.textProperty().bindBidirectional(model.newNameProperty());
        Views.bind(saveAsButton, model.saveAsCommand());
        Views.bind(printTestButton, model.printTestCommand());
        Views.bind(exportTestButton, model.exportTestCommand());
        Views.bind(resetButton, model.resetCommand());
        problem(problemLabel, model.problemProperty());
        nudge(leftButton, model.nudgeLeftCommand(), -1, 0);
        nudge(rightButton, model.nudgeRightCommand(), 1, 0);
        nudge(upButton, model.nudgeUpCommand(), 0, -1);
        nudge(downButton, model.nudgeDownCommand(), 0, 1);
        bindTable();
        bindPreview();
    }

    /**
     * A nudge button moves the chosen line 1 mm, or 0.5 mm on a Shift-click (which a Button itself ignores, so the
     * click is caught before it).
     */
    private void nudge(Button button, Command command, double dx, double dy) {
        Views.bind(button, command);
        button.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isShiftDown() && e.getButton() == MouseButton.PRIMARY && command.isExecutable()) {
                model.nudge(dx / 2, dy / 2);
                e.consume();
            }
        });
    }

    private void bindTable() {
        lineTable.setItems(model.lines());
        Views.text(nameColumn, Line::label);
        number(xColumn, Measure.X, Line::xProperty);
        number(yColumn, Measure.Y, Line::yProperty);
        number(widthColumn, Measure.WIDTH, Line::widthProperty);
        number(fontColumn, Measure.FONT_SIZE, Line::fontSizeProperty);
        boldColumn.setCellValueFactory(c -> c.getValue().boldProperty());
        boldColumn.setCellFactory(CheckBoxTableCell.forTableColumn(boldColumn));
        italicColumn.setCellValueFactory(c -> c.getValue().italicProperty());
        italicColumn.setCellFactory(CheckBoxTableCell.forTableColumn(italicColumn));
        redColumn.setCellValueFactory(c -> c.getValue().redProperty());
        redColumn.setCellFactory(CheckBoxTableCell.forTableColumn(redColumn));
        alignColumn.setCellValueFactory(c -> c.getValue().alignProperty());
        alignColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new EnumConverter<>(FieldPlacement.Alignment.class),
                FXCollections.observableArrayList(FieldPlacement.Alignment.values())));
        Views.followSelection(lineTable, model.selectedProperty(), () -> { });
        lineTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isControlDown() || lineTable.getEditingCell() != null) {
                return;
            }
            double step = e.isShiftDown() ? 0.5 : 1;
            KeyCode k = e.getCode();
            if (k == KeyCode.LEFT || k == KeyCode.RIGHT || k == KeyCode.UP || k == KeyCode.DOWN) {
                model.nudge(k == KeyCode.LEFT ? -step : k == KeyCode.RIGHT ? step : 0,
                        k == KeyCode.UP ? -step : k == KeyCode.DOWN ? step : 0);
                e.consume();
            }
        });
    }

    /** A number column typed in place; a refused value puts the cell back as it was. */
    private void number(TableColumn<Line, String> column, Measure measure, Function<Line, ObservableDoubleValue> value) {
        column.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> CertificateLayoutViewModel.format(value.apply(c.getValue()).get()), value.apply(c.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            if (!model.edit(e.getRowValue(), measure, e.getNewValue())) {
                lineTable.refresh();
            }
        });
    }

    private void bindPreview() {
        preview.setManaged(false);
        previewHolder.widthProperty().addListener(o -> draw());
        previewHolder.heightProperty().addListener(o -> draw());
        model.lines().addListener((ListChangeListener<Line>) c -> draw());
        model.selectedProperty().addListener(o -> draw());
        model.sampleTextsProperty().addListener(o -> draw());
    }

    /** The sheet scaled into the space there is, a frame per line at its place and width with its sample text. */
    private void draw() {
        double scale = Math.min((previewHolder.getWidth() - 16) / CertificateLayout.PAGE_WIDTH_MM,
                (previewHolder.getHeight() - 16) / CertificateLayout.PAGE_HEIGHT_MM);
        preview.getChildren().clear();
        if (scale <= 0) {
            return;
        }
        double pageWidth = CertificateLayout.PAGE_WIDTH_MM * scale;
        double pageHeight = CertificateLayout.PAGE_HEIGHT_MM * scale;
        preview.resizeRelocate((previewHolder.getWidth() - pageWidth) / 2, (previewHolder.getHeight() - pageHeight) / 2,
                pageWidth, pageHeight);
        Rectangle sheet = new Rectangle(pageWidth, pageHeight, Color.WHITE);
        sheet.setStroke(Color.GRAY);
        preview.getChildren().add(sheet);
        Map<CertificateField, String> samples = model.sampleTextsProperty().get();
        for (Line line : model.lines()) {
            FieldPlacement p = line.placement();
            boolean chosen = line == model.selectedProperty().get();
            double lineHeight = p.fontSize() * MM_PER_POINT * 1.25 * scale;
            Text text = new Text(samples.getOrDefault(p.field(), line.label()));
            text.setFont(Font.font("Times New Roman", p.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    p.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, p.fontSize() * MM_PER_POINT * scale));
            text.setFill(p.red() ? Color.web("#c00000") : Color.BLACK);
            text.setWrappingWidth(p.width() * scale);
            text.setTextAlignment(switch (p.align()) {
                case LEFT -> TextAlignment.LEFT;
                case CENTRE -> TextAlignment.CENTER;
                case RIGHT -> TextAlignment.RIGHT;
            });
            text.setTextOrigin(javafx.geometry.VPos.TOP);
            text.relocate(p.x() * scale, p.y() * scale);
            double height = Math.max(lineHeight, text.getLayoutBounds().getHeight());
            Rectangle frame = new Rectangle(p.x() * scale, p.y() * scale, p.width() * scale, height);
            frame.setFill(chosen ? Color.web("#0969da", 0.15) : Color.TRANSPARENT);
            frame.setStroke(chosen ? Color.web("#0969da") : Color.web("#8c959f"));
            frame.setStrokeWidth(chosen ? 2 : 0.6);
            frame.getStrokeDashArray().setAll(chosen ? new Double[0] : new Double[] {3.0, 3.0});
            frame.setOnMouseClicked(e -> model.selectedProperty().set(line));
            text.setOnMouseClicked(e -> model.selectedProperty().set(line));
            preview.getChildren().addAll(frame, text);
        }
    }
}
