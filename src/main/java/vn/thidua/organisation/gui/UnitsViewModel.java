package vn.thidua.organisation.gui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;

/** Units in their official order: create, edit a copy, reorder, deactivate (never delete). */
public class UnitsViewModel {

    /** A line of the units table. */
    public record UnitRow(int number, Unit unit, long staffCount) {
    }

    private record Snapshot(List<Unit> units, Map<Long, Long> counts) {
    }

    private final UnitRepository repository;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<UnitRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UnitRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private boolean reverting;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private Unit original;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final ObjectProperty<UnitType> type = new SimpleObjectProperty<>(UnitType.ADMINISTRATIVE);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringBinding nameError;
    private final ReadOnlyStringWrapper toggleActiveText = new ReadOnlyStringWrapper(Messages.get("units.deactivate"));

    private final Command add;
    private final Command save;
    private final Command cancel;
    private final Command moveUp;
    private final Command moveDown;
    private final Command toggleActive;

    public UnitsViewModel(UnitRepository repository, TaskExecutor executor, DialogService dialogs) {
        this.repository = repository;
        this.executor = executor;
        this.dialogs = dialogs;
        nameError = Bindings.createStringBinding(() -> {
            String n = VietText.clean(name.get());
            return n == null || n.isEmpty() ? Messages.get("unit.error.nameRequired") : null;
        }, name);
        selected.addListener((o, a, b) -> {
            if (reverting || b == null) {
                return;
            }
            if (!mayDropEdits()) {
                reverting = true;
                selected.set(a);
                reverting = false;
                return;
            }
            startEdit(b.unit());
            toggleActiveText.set(Messages.get(b.unit().active() ? "units.deactivate" : "units.activate"));
        });
        add = new Command(() -> {
            if (mayDropEdits()) {
                startNew();
            }
        });
        save = new Command(this::save, editing.and(Bindings.createBooleanBinding(() -> nameError.get() == null, nameError)));
        cancel = new Command(() -> {
            editing.set(false);
            reverting = true;
            selected.set(null);
            reverting = false;
        }, editing);
        moveUp = new Command(() -> move(-1), Bindings.createBooleanBinding(
                () -> selected.get() != null && rows.indexOf(selected.get()) > 0, selected, rows));
        moveDown = new Command(() -> move(1), Bindings.createBooleanBinding(
                () -> selected.get() != null && rows.indexOf(selected.get()) < rows.size() - 1, selected, rows));
        toggleActive = new Command(this::toggleActive, selected.isNotNull());
    }

    public void load() {
        reload(null);
    }

    private void reload(Long selectId) {
        executor.submit(Messages.get("common.loading"), () -> new Snapshot(repository.all(), repository.staffCounts()),
                snap -> {
                    int n = 1;
                    List<UnitRow> fresh = new java.util.ArrayList<>();
                    for (Unit u : snap.units()) {
                        fresh.add(new UnitRow(n++, u, snap.counts().getOrDefault(u.id(), 0L)));
                    }
                    rows.setAll(fresh);
                    if (selectId != null) {
                        rows.stream().filter(r -> r.unit().id().equals(selectId)).findFirst().ifPresent(selected::set);
                    }
                }, e -> dialogs.showError(Errors.message(e)));
    }

    /** True when nothing typed would be lost, or the clerk agrees to drop it. */
    private boolean mayDropEdits() {
        return !hasUnsavedChanges() || dialogs.confirm(Messages.get("units.unsavedTitle"), Messages.get("units.unsaved"));
    }

    /** Whether the editor holds something that differs from the unit it opened (or anything, for a new unit). */
    public boolean hasUnsavedChanges() {
        if (!editing.get()) {
            return false;
        }
        String n = VietText.clean(name.get());
        String sn = VietText.cleanOrNull(shortName.get());
        if (original == null) {
            return !(n == null || n.isEmpty()) || sn != null;
        }
        return !Objects.equals(n, original.name()) || !Objects.equals(sn, original.shortName())
                || type.get() != original.type() || active.get() != original.active();
    }

    private void startNew() {
        reverting = true;
        selected.set(null);
        reverting = false;
        original = null;
        heading.set(Messages.get("units.editor.new"));
        name.set("");
        shortName.set("");
        type.set(UnitType.ADMINISTRATIVE);
        active.set(true);
        editing.set(true);
    }

    private void startEdit(Unit u) {
        original = u;
        heading.set(Messages.get("units.editor.edit"));
        name.set(u.name());
        shortName.set(u.shortName() == null ? "" : u.shortName());
        type.set(u.type());
        active.set(u.active());
        editing.set(true);
    }

    private void save() {
        Unit edited = new Unit(original == null ? null : original.id(), VietText.clean(name.get()),
                VietText.cleanOrNull(shortName.get()), type.get(), original == null ? 0 : original.sortOrder(), active.get());
        if (original != null && original.active() && !edited.active() && !confirmDeactivation(original)) {
            return;
        }
        executor.submit(Messages.get("common.saving"), () -> repository.save(edited), saved -> {
            editing.set(false);
            reload(saved.id());
        }, e -> dialogs.showError(Errors.message(e)));
    }

    private void move(int delta) {
        long id = selected.get().unit().id();
        executor.submit(Messages.get("common.saving"), () -> {
            repository.move(id, delta);
            return id;
        }, done -> reload(done), e -> dialogs.showError(Errors.message(e)));
    }

    private void toggleActive() {
        Unit u = selected.get().unit();
        if (u.active() && !confirmDeactivation(u)) {
            return;
        }
        executor.submit(Messages.get("common.saving"), () -> {
            repository.setActive(u.id(), !u.active());
            return u.id();
        }, done -> reload(done), e -> dialogs.showError(Errors.message(e)));
    }

    /** A unit that still has people is deactivated only after the clerk confirms, from the button or the editor. */
    private boolean confirmDeactivation(Unit u) {
        long count = rows.stream().filter(r -> r.unit().id().equals(u.id())).mapToLong(UnitRow::staffCount)
                .findFirst().orElse(0);
        return count == 0 || dialogs.confirm(Messages.get("units.deactivate"),
                Messages.get("units.deactivateConfirm", u.name(), count));
    }

    public ObservableList<UnitRow> rows() {
        return rows;
    }

    public ObjectProperty<UnitRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toggleActiveTextProperty() {
        return toggleActiveText.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public ObjectProperty<UnitType> typeProperty() {
        return type;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableStringValue nameErrorProperty() {
        return nameError;
    }

    public Command addCommand() {
        return add;
    }

    public Command saveCommand() {
        return save;
    }

    public Command cancelCommand() {
        return cancel;
    }

    public Command moveUpCommand() {
        return moveUp;
    }

    public Command moveDownCommand() {
        return moveDown;
    }

    public Command toggleActiveCommand() {
        return toggleActive;
    }
}
