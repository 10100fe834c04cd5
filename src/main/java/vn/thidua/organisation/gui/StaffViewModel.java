package vn.thidua.organisation.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.thidua.common.db.Database;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.StaffImport;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.StaffWorkbook;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;

/** The staff list: accent-free search, filters by unit and kind, the editor, Excel out and in. */
public class StaffViewModel {

    /** Everything the screen needs loaded at once. */
    record Snapshot(List<Unit> units, List<StaffMember> staff) {
    }

    private final StaffRepository staffRepository;
    private final UnitRepository unitRepository;
    private final AgencyRepository agencyRepository;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final Database database;

    private final ObservableList<StaffRow> rows = FXCollections.observableArrayList();
    private final FilteredList<StaffRow> visibleRows = new FilteredList<>(rows, r -> true);
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<Unit> unitFilterOptions = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final StaffEditorViewModel editor;
    private boolean reverting;
    private final Command add;
    private final Command edit;
    private final Command exportExcel;
    private final Command importExcel;

    public StaffViewModel(StaffRepository staffRepository, UnitRepository unitRepository,
                          AgencyRepository agencyRepository, Database database, TaskExecutor executor,
                          DialogService dialogs, Supplier<LocalDate> today) {
        this.staffRepository = staffRepository;
        this.unitRepository = unitRepository;
        this.agencyRepository = agencyRepository;
        this.database = database;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        this.editor = new StaffEditorViewModel(staffRepository, executor, dialogs, today);
        editor.setOnSaved(saved -> reload(saved.id()));
        search.addListener((o, a, b) -> applyFilter());
        unitFilter.addListener((o, a, b) -> applyFilter());
        kindFilter.addListener((o, a, b) -> applyFilter());
        visibleRows.addListener((javafx.collections.ListChangeListener<StaffRow>) c -> updateCount());
        selected.addListener((o, a, b) -> {
            if (reverting || b == null) {
                return;
            }
            if (editor.hasUnsavedChanges()
                    && !dialogs.confirm(Messages.get("staff.unsavedTitle"), Messages.get("staff.unsaved"))) {
                reverting = true;
                selected.set(a);
                reverting = false;
                return;
            }
            editor.startEdit(b.member());
        });
        add = new Command(() -> {
            if (editor.hasUnsavedChanges()
                    && !dialogs.confirm(Messages.get("staff.unsavedTitle"), Messages.get("staff.unsaved"))) {
                return;
            }
            reverting = true;
            selected.set(null);
            reverting = false;
            editor.startNew(unitFilter.get());
        }, Bindings.isNotEmpty(units));
        edit = new Command(() -> editor.startEdit(selected.get().member()), selected.isNotNull());
        exportExcel = new Command(this::exportExcel, Bindings.isNotEmpty(rows));
        importExcel = new Command(this::importExcel, Bindings.isNotEmpty(units));
    }

    /** Loads units and staff off the FX thread. */
    public void load() {
        reload(null);
    }

    private void reload(Long selectId) {
        executor.submit(Messages.get("common.loading"),
                () -> new Snapshot(unitRepository.all(), staffRepository.all()),
                snapshot -> show(snapshot, selectId),
                e -> dialogs.showError(Errors.message(e)));
    }

    void show(Snapshot snapshot, Long selectId) {
        Map<Long, Unit> byId = snapshot.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<StaffRow> fresh = new ArrayList<>(snapshot.staff().size());
        int n = 1;
        for (StaffMember m : snapshot.staff()) {
            Unit u = byId.get(m.unitId());
            fresh.add(StaffRow.of(n++, m, u == null ? "" : u.name()));
        }
        Unit filter = unitFilter.get();
        units.setAll(snapshot.units().stream().filter(Unit::active).toList());
        editor.setUnits(snapshot.units());
        List<Unit> options = new ArrayList<>();
        options.add(null);
        options.addAll(units);
        unitFilterOptions.setAll(options);
        if (filter != null) {
            unitFilter.set(units.stream().filter(u -> u.id().equals(filter.id())).findFirst().orElse(null));
        }
        rows.setAll(fresh);
        updateCount();
        loaded.set(true);
        if (selectId != null) {
            rows.stream().filter(r -> r.member().id().equals(selectId)).findFirst().ifPresent(selected::set);
        }
    }

    private void applyFilter() {
        visibleRows.setPredicate(predicate(search.get(), unitFilter.get(), kindFilter.get()));
    }

    static Predicate<StaffRow> predicate(String query, Unit unit, StaffKind kind) {
        String[] words = VietText.fold(query).isEmpty() ? new String[0] : VietText.fold(query).split(" ");
        Long unitId = unit == null ? null : unit.id();
        return row -> {
            if (unitId != null && !unitId.equals(row.member().unitId())) {
                return false;
            }
            if (kind != null && kind != row.member().kind()) {
                return false;
            }
            for (String w : words) {
                if (!row.searchKey().contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    private void updateCount() {
        countText.set(Messages.get("staff.count", visibleRows.size(), rows.size()));
    }

    private void exportExcel() {
        dialogs.chooseSpreadsheetToSave(Messages.get("staff.export.fileName")).ifPresent(file -> {
            List<StaffMember> visible = visibleRows.stream().map(StaffRow::member).toList();
            executor.submit(Messages.get("staff.export.running"), () -> {
                StaffWorkbook.export(visible, unitRepository.all(), agencyRepository.agency().orElse(null), today.get(), file);
                return file;
            }, written -> dialogs.showInfo(Messages.get("staff.export.done", visible.size(), written)),
                    e -> dialogs.showError(Errors.message(e)));
        });
    }

    private void importExcel() {
        dialogs.chooseSpreadsheetToOpen().ifPresent(this::importFrom);
    }

    /** Reads the file, shows what it would add and change, and writes it only after the clerk confirms. */
    void importFrom(Path file) {
        executor.submit(Messages.get("staff.import.reading"),
                () -> StaffImport.read(file, unitRepository.all(), staffRepository.all(), today.get()),
                plan -> confirmImport(file, plan),
                e -> dialogs.showError(Errors.message(e)));
    }

    private void confirmImport(Path file, StaffImport.Plan plan) {
        if (!plan.accepted()) {
            dialogs.showError(Messages.get("staff.import.rejected", file.getFileName(), plan.problems().size()) + "\n\n"
                    + plan.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
            return;
        }
        if (plan.additions().isEmpty() && plan.changes().isEmpty()) {
            dialogs.showInfo(Messages.get("staff.import.nothing"));
            return;
        }
        Map<Long, String> unitNames = units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        StringBuilder summary = new StringBuilder(Messages.get("staff.import.summary", plan.additions().size(),
                plan.changes().size()));
        summary.append("\n");
        plan.additions().forEach(m -> summary.append("\n").append(Messages.get("cli.import.add", m.fullName(),
                unitNames.getOrDefault(m.unitId(), ""))));
        plan.changes().forEach(c -> summary.append("\n").append(Messages.get("cli.import.change", c.before().code(),
                c.after().fullName(), String.join(", ", c.fields()))));
        if (!dialogs.confirm(Messages.get("staff.import.confirmTitle"), summary.toString())) {
            return;
        }
        executor.submit(Messages.get("common.saving"), () -> {
            StaffImport.apply(database, plan);
            return plan;
        }, done -> {
            dialogs.showInfo(Messages.get("cli.import.done", done.additions().size(), done.changes().size()));
            reload(null);
        }, e -> dialogs.showError(Errors.message(e)));
    }

    public ObservableList<StaffRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    /** The unit filter's choices: "all units" (null) first, then the active units. */
    public ObservableList<Unit> unitFilterOptions() {
        return unitFilterOptions;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Unit> unitFilterProperty() {
        return unitFilter;
    }

    public ObjectProperty<StaffKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<StaffRow> selectedProperty() {
        return selected;
    }

    /** True once the list has been shown at least once. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public StaffEditorViewModel editor() {
        return editor;
    }

    public Command addCommand() {
        return add;
    }

    public Command editCommand() {
        return edit;
    }

    public Command exportCommand() {
        return exportExcel;
    }

    public Command importCommand() {
        return importExcel;
    }
}
