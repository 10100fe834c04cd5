package vn.thidua.certificates.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.certificates.logic.CertificateLayouts;
import vn.thidua.certificates.logic.CertificatePrinter;
import vn.thidua.certificates.logic.CertificateWriter;
import vn.thidua.certificates.model.Certificate;
import vn.thidua.certificates.model.CertificateField;
import vn.thidua.certificates.model.CertificateLayout;
import vn.thidua.certificates.model.FieldPlacement;
import vn.thidua.certificates.model.PrintMode;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.DocumentOutput;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;

/**
 * Where each line of a Giấy khen is printed: the clerk picks a layout, edits its lines in place (or nudges one by a
 * millimetre) while a drawing of the sheet follows, then keeps it, keeps it under a new name, or goes back to the
 * shipped one. The test page is written from the lines as they stand, saved or not, so the clerk can try before keeping.
 */
public class CertificateLayoutViewModel {

    /** The numbers of a line the clerk types into the table. */
    public enum Measure { X, Y, WIDTH, FONT_SIZE }

    private final CertificatePrinter printer;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final DocumentOutput output;

    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObjectProperty<String> layoutName = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList(Line::observables);
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Map<CertificateField, String>> sampleTexts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final Command saveCommand;
    private final Command saveAsCommand;
    private final Command resetCommand;
    private final Command printTestCommand;
    private final Command exportTestCommand;
    private final Command[] nudgeCommands = new Command[4];
    private String shownName;
    private boolean filling;

    public CertificateLayoutViewModel(CertificatePrinter printer, TaskExecutor executor, DialogService dialogs,
                                      DocumentOutput output) {
        this.printer = printer;
        this.executor = executor;
        this.dialogs = dialogs;
        this.output = output;
        var ready = Bindings.createBooleanBinding(() -> !busy.get() && layoutName.get() != null, busy, layoutName);
        saveCommand = new Command(this::save, ready.and(dirty));
        saveAsCommand = new Command(this::saveAs, ready.and(newName.isNotEmpty()));
        resetCommand = new Command(this::reset, ready);
        printTestCommand = new Command(() -> output.print("giay-khen-in-thu-" + layoutName.get(), "docx",
                this::writeTestPage), ready);
        exportTestCommand = new Command(() -> output.saveAs("giay-khen-in-thu-" + layoutName.get(), "docx",
                this::writeTestPage), ready);
        var lineChosen = ready.and(selected.isNotNull());
        nudgeCommands[0] = new Command(() -> nudge(-1, 0), lineChosen);
        nudgeCommands[1] = new Command(() -> nudge(1, 0), lineChosen);
        nudgeCommands[2] = new Command(() -> nudge(0, -1), lineChosen);
        nudgeCommands[3] = new Command(() -> nudge(0, 1), lineChosen);
        layoutName.addListener((o, before, now) -> choose(before, now));
        lines.addListener((javafx.collections.ListChangeListener<Line>) c -> {
            if (!filling) {
                dirty.set(true);
            }
        });
    }

    /** Reads the layout names and the sample texts, and opens the shipped layout the first time. */
    public void load() {
        busy.set(true);
        executor.submit(Messages.get("certificateLayout.loading"), () -> new Loaded(printer.layouts().names(),
                printer.sample().texts(), layoutName.get() == null ? printer.layout(CertificateLayouts.DEFAULT) : null),
                loaded -> {
                    busy.set(false);
                    names.setAll(loaded.names());
                    sampleTexts.set(loaded.samples());
                    if (loaded.layout() != null) {
                        show(loaded.layout());
                        layoutName.set(loaded.layout().name());
                    }
                }, this::failed);
    }

    private record Loaded(List<String> names, Map<CertificateField, String> samples, CertificateLayout layout) {
    }

    private void choose(String before, String now) {
        if (now == null || now.equals(shownName)) {
            return;
        }
        if (dirty.get() && !dialogs.confirm(Messages.get("certificateLayout.unsaved.title"),
                Messages.get("certificateLayout.unsaved", shownName))) {
            layoutName.set(before);
            return;
        }
        busy.set(true);
        executor.submit(Messages.get("certificateLayout.loading"), () -> printer.layout(now), layout -> {
            busy.set(false);
            show(layout);
        }, this::failed);
    }

    private void show(CertificateLayout layout) {
        filling = true;
        List<Line> out = new ArrayList<>();
        for (FieldPlacement p : layout.fields()) {
            out.add(new Line(p));
        }
        lines.setAll(out);
        filling = false;
        shownName = layout.name();
        selected.set(null);
        dirty.set(false);
        problem.set("");
    }

    /**
     * Sets one number of a line from what the clerk typed; a value that is no number or leaves the sheet is refused
     * with a message naming the line. True when taken.
     */
    public boolean edit(Line line, Measure measure, String text) {
        Double value = number(text);
        if (value == null) {
            return refuse("certificateLayout.error.number", line, text == null ? "" : text.strip());
        }
        double x = measure == Measure.X ? value : line.x.get();
        double y = measure == Measure.Y ? value : line.y.get();
        double width = measure == Measure.WIDTH ? value : line.width.get();
        String error = check(line, measure, x, y, width, value);
        if (error != null) {
            problem.set(error);
            return false;
        }
        switch (measure) {
            case X -> line.x.set(value);
            case Y -> line.y.set(value);
            case WIDTH -> line.width.set(value);
            case FONT_SIZE -> line.fontSize.set(value);
        }
        problem.set("");
        return true;
    }

    /** Moves the chosen line by (dx, dy) mm; it stops at the sheet's edge. */
    public void nudge(double dx, double dy) {
        Line line = selected.get();
        if (line == null) {
            return;
        }
        if (dx != 0) {
            edit(line, Measure.X, format(line.x.get() + dx));
        }
        if (dy != 0) {
            edit(line, Measure.Y, format(line.y.get() + dy));
        }
    }

    private static String check(Line line, Measure measure, double x, double y, double width, double value) {
        String label = line.label();
        return switch (measure) {
            case X -> x < 0 || x + width > CertificateLayout.PAGE_WIDTH_MM
                    ? Messages.get("certificateLayout.error.x", label, format(CertificateLayout.PAGE_WIDTH_MM - width),
                    format(width)) : null;
            case Y -> y < 0 || y >= CertificateLayout.PAGE_HEIGHT_MM
                    ? Messages.get("certificateLayout.error.y", label) : null;
            case WIDTH -> width < 10 || x + width > CertificateLayout.PAGE_WIDTH_MM
                    ? Messages.get("certificateLayout.error.width", label, format(CertificateLayout.PAGE_WIDTH_MM - x))
                    : null;
            case FONT_SIZE -> value < 6 || value > 72 ? Messages.get("certificateLayout.error.fontSize", label) : null;
        };
    }

    private boolean refuse(String key, Line line, String text) {
        problem.set(Messages.get(key, line.label(), text));
        return false;
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "12", "12,5": millimetres as the clerk reads them. */
    public static String format(double mm) {
        double rounded = Math.round(mm * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded).replace('.', ',');
    }

    /** The layout as the table shows it now. */
    public CertificateLayout current() {
        return new CertificateLayout(shownName, lines.stream().map(Line::placement).toList());
    }

    private void save() {
        keep(current(), Messages.get("certificateLayout.saved", shownName));
    }

    private void saveAs() {
        String name = newName.get().strip();
        if (names.contains(name) && !dialogs.confirm(Messages.get("certificateLayout.saveAs"),
                Messages.get("certificateLayout.replace", name))) {
            return;
        }
        CertificateLayout layout;
        try {
            layout = new CertificateLayout(name, current().fields());
            printer.layouts().clerkFile(name);
        } catch (RuntimeException e) {
            problem.set(Errors.message(e));
            return;
        }
        keep(layout, Messages.get("certificateLayout.saved", name));
    }

    private void keep(CertificateLayout layout, String done) {
        busy.set(true);
        executor.submit(Messages.get("certificateLayout.saving"), () -> {
            CertificateLayout saved = printer.saveLayout(layout);
            return new Loaded(printer.layouts().names(), sampleTexts.get(), saved);
        }, loaded -> {
            busy.set(false);
            names.setAll(loaded.names());
            shownName = loaded.layout().name();
            layoutName.set(shownName);
            dirty.set(false);
            problem.set("");
            newName.set("");
            dialogs.showInfo(done);
        }, this::failed);
    }

    private void reset() {
        String name = shownName;
        if (!dialogs.confirm(Messages.get("certificateLayout.reset"), Messages.get("certificateLayout.reset.confirm",
                name))) {
            return;
        }
        busy.set(true);
        executor.submit(Messages.get("certificateLayout.saving"), () -> {
            CertificateLayout shipped = printer.layouts().reset(name);
            return new Loaded(printer.layouts().names(), sampleTexts.get(), shipped);
        }, loaded -> {
            busy.set(false);
            names.setAll(loaded.names());
            if (!names.contains(name)) {
                names.add(name);
            }
            show(loaded.layout());
        }, this::failed);
    }

    private String writeTestPage(Path file) throws java.io.IOException {
        CertificateWriter.write(List.of(printer.sample()), current(), PrintMode.TEST_PAGE, file);
        return Messages.get("certificateLayout.testWritten", file);
    }

    private void failed(Throwable e) {
        busy.set(false);
        dialogs.showError(Errors.message(e));
    }

    public ObservableList<String> names() {
        return names;
    }

    /** The layout chosen; switching away from unsaved changes asks first and may set itself back. */
    public ObjectProperty<String> layoutNameProperty() {
        return layoutName;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Map<CertificateField, String>> sampleTextsProperty() {
        return sampleTexts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public Command saveCommand() {
        return saveCommand;
    }

    public Command saveAsCommand() {
        return saveAsCommand;
    }

    public Command resetCommand() {
        return resetCommand;
    }

    public Command printTestCommand() {
        return printTestCommand;
    }

    public Command exportTestCommand() {
        return exportTestCommand;
    }

    public Command nudgeLeftCommand() {
        return nudgeCommands[0];
    }

    public Command nudgeRightCommand() {
        return nudgeCommands[1];
    }

    public Command nudgeUpCommand() {
        return nudgeCommands[2];
    }

    public Command nudgeDownCommand() {
        return nudgeCommands[3];
    }

    /** One line of the layout as the table edits it; the numbers change only through {@link #edit}. */
    public static final class Line {
        private final CertificateField field;
        private final DoubleProperty x = new SimpleDoubleProperty();
        private final DoubleProperty y = new SimpleDoubleProperty();
        private final DoubleProperty width = new SimpleDoubleProperty();
        private final DoubleProperty fontSize = new SimpleDoubleProperty();
        private final BooleanProperty bold = new SimpleBooleanProperty();
        private final BooleanProperty italic = new SimpleBooleanProperty();
        private final BooleanProperty red = new SimpleBooleanProperty();
        private final ObjectProperty<FieldPlacement.Alignment> align = new SimpleObjectProperty<>();

        Line(FieldPlacement p) {
            field = p.field();
            x.set(p.x());
            y.set(p.y());
            width.set(p.width());
            fontSize.set(p.fontSize());
            bold.set(p.bold());
            italic.set(p.italic());
            red.set(p.red());
            align.set(p.align());
        }

        Observable[] observables() {
            return new Observable[] {x, y, width, fontSize, bold, italic, red, align};
        }

        public FieldPlacement placement() {
            return new FieldPlacement(field, x.get(), y.get(), width.get(), fontSize.get(), bold.get(), italic.get(),
                    red.get(), align.get());
        }

        public CertificateField field() {
            return field;
        }

        public String label() {
            return Messages.label(field);
        }

        public javafx.beans.value.ObservableDoubleValue xProperty() {
            return x;
        }

        public javafx.beans.value.ObservableDoubleValue yProperty() {
            return y;
        }

        public javafx.beans.value.ObservableDoubleValue widthProperty() {
            return width;
        }

        public javafx.beans.value.ObservableDoubleValue fontSizeProperty() {
            return fontSize;
        }

        public BooleanProperty boldProperty() {
            return bold;
        }

        public BooleanProperty italicProperty() {
            return italic;
        }

        public BooleanProperty redProperty() {
            return red;
        }

        public ObjectProperty<FieldPlacement.Alignment> alignProperty() {
            return align;
        }
    }
}
