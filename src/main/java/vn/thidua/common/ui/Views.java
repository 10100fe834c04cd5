package vn.thidua.common.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;

/** Loading a view's FXML with the bundle, and small helpers every view uses. */
public final class Views {

    public static final DateTimeFormatter DATE = VietDates.DATE;

    private Views() {
    }

    /** Loads {@code <ControllerSimpleName without "View">.fxml} beside the controller class, with it as controller. */
    public static Parent load(Object controller) {
        String name = controller.getClass().getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL url = controller.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("FXML not found: " + name);
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A filter choice of every value of an enum and, first, "any" (null), named by their labels; the chosen one, "any"
     * included, shows in the box.
     */
    public static <E extends Enum<E>> void anyOf(javafx.scene.control.ComboBox<E> box, Class<E> type, String anyText) {
        box.setItems(javafx.collections.FXCollections.observableArrayList(type.getEnumConstants()));
        box.getItems().add(0, null);
        EnumConverter<E> names = new EnumConverter<>(type, anyText);
        box.setConverter(names);
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(names.toString(item));
            }
        });
    }

    /** Dates shown and typed as dd/MM/yyyy (also d/M/yyyy). */
    public static void vietnameseDates(DatePicker picker) {
        picker.setPromptText(Messages.get("common.datePrompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return VietDates.parse(text);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
    }

    /** A button runs the command and is disabled while the command may not run. */
    public static void bind(javafx.scene.control.ButtonBase button, Command command) {
        button.setOnAction(e -> command.execute());
        button.disableProperty().bind(command.executableProperty().not());
    }

    /** A menu item runs the command and is disabled while the command may not run. */
    public static void bind(javafx.scene.control.MenuItem item, Command command) {
        item.setOnAction(e -> command.execute());
        item.disableProperty().bind(command.executableProperty().not());
    }

    /**
     * Binds a choice box both ways to a ViewModel property that may refuse a choice by setting itself back (as when
     * the clerk keeps unsaved edits). A two-way binding ignores a change made while it is passing one on, so the box
     * is set back to the ViewModel's value just after.
     */
    public static <T> void bindChoice(ComboBox<T> box, Property<T> property) {
        box.valueProperty().bindBidirectional(property);
        box.valueProperty().addListener((o, a, b) -> Platform.runLater(() -> {
            if (!Objects.equals(box.getValue(), property.getValue())) {
                box.setValue(property.getValue());
            }
        }));
    }

    /** A ControlsFX validator that shows the ViewModel's message for a field (null: the field is fine). */
    public static <T> org.controlsfx.validation.Validator<T> validator(javafx.beans.value.ObservableStringValue error) {
        return (control, value) -> org.controlsfx.validation.ValidationResult.fromErrorIf(control, error.get(),
                error.get() != null);
    }

    public static String date(LocalDate d) {
        return VietDates.format(d);
    }

    /** A column showing a text taken from its row. */
    public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** The node is shown, and takes room, only while {@code when} holds. */
    public static void show(Node node, ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A label that shows the ViewModel's message and disappears, room and all, while there is none. */
    public static void problem(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /**
     * The table's selection and the ViewModel's selected row follow each other; a double click on a row runs
     * {@code open}.
     */
    public static <R> void followSelection(TableView<R> table, Property<R> selected, Runnable open) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selected.setValue(b));
        showSelection(table, selected);
        table.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.run();
            }
        });
    }

    /**
     * Fills a documents menu with the actions (a separator before those that ask for one); the menu hides, room and
     * all, when there are none.
     */
    public static void fillMenu(MenuButton menu, List<DocumentAction> actions) {
        menu.setVisible(!actions.isEmpty());
        menu.setManaged(!actions.isEmpty());
        for (DocumentAction a : actions) {
            if (a.separatorBefore() && !menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(a.label());
            bind(item, a.command());
            menu.getItems().add(item);
        }
    }

    /**
     * The table shows the ViewModel's selected row, and choosing a row sets it; the table losing its selection (its
     * rows replaced) leaves the ViewModel's choice as it is.
     */
    public static <R> void keepSelection(TableView<R> table, Property<R> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                selected.setValue(b);
            }
        });
        showSelection(table, selected);
    }

    /** Selects and scrolls to the ViewModel's selected row, or clears the table's selection when there is none. */
    private static <R> void showSelection(TableView<R> table, ObservableValue<R> selected) {
        selected.addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        });
    }
}
