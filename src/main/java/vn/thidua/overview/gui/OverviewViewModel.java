package vn.thidua.overview.gui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.overview.logic.OverviewService;
import vn.thidua.overview.model.Attention;

/**
 * The overview: what needs the clerk now, gathered off the window's thread, with a way to the screen that deals
 * with the selected line.
 */
public class OverviewViewModel {

    private final OverviewService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final Consumer<String> navigate;
    private final ObservableList<Attention> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Attention> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final Command refresh;
    private final Command open;

    public OverviewViewModel(OverviewService service, TaskExecutor executor, DialogService dialogs,
                             Supplier<LocalDate> today, Consumer<String> navigate) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        this.navigate = navigate;
        this.refresh = new Command(this::load, busy.not());
        this.open = new Command(() -> navigate.accept(selected.get().sectionId()), Bindings.isNotNull(selected));
    }

    public void load() {
        busy.set(true);
        executor.submit(Messages.get("overview.loading"), () -> service.attention(today.get()), this::show, e -> {
            busy.set(false);
            dialogs.showError(Errors.message(e));
        });
    }

    private void show(List<Attention> found) {
        rows.setAll(found);
        long urgent = found.stream().filter(Attention::urgent).count();
        summary.set(found.isEmpty() ? Messages.get("overview.empty") : Messages.get("overview.count", found.size(), urgent));
        busy.set(false);
        loaded.set(true);
    }

    public ObservableList<Attention> rows() {
        return rows;
    }

    public ObjectProperty<Attention> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command openCommand() {
        return open;
    }
}
