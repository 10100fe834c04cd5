package vn.thidua.organisation.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.CopyEditor;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.StaffValidator;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;

/** Edits a copy of one person: Save writes it in one transaction, Cancel drops it. */
public class StaffEditorViewModel extends CopyEditor<StaffMember> {

    private final StaffRepository repository;
    private final Supplier<LocalDate> today;
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private List<Unit> knownUnits = List.of();

    private StaffMember original;

    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.FEMALE);
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final StringProperty position = new SimpleStringProperty("");
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffKind> kind = new SimpleObjectProperty<>(StaffKind.CIVIL_SERVANT);
    private final BooleanProperty leader = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty hometown = new SimpleStringProperty("");
    private final StringProperty residence = new SimpleStringProperty("");
    private final StringProperty qualification = new SimpleStringProperty("");
    private final StringProperty academicTitle = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final StringBinding fullNameError;
    private final StringBinding birthDateError;
    private final StringBinding unitError;
    private final StringBinding endDateError;


    public StaffEditorViewModel(StaffRepository repository, TaskExecutor executor, DialogService dialogs,
                                Supplier<LocalDate> today) {
        super(executor, dialogs);
        this.repository = repository;
        this.today = today;
        fullNameError = Bindings.createStringBinding(() -> StaffValidator.fullName(VietText.clean(fullName.get())), fullName);
        birthDateError = Bindings.createStringBinding(() -> StaffValidator.birthDate(birthDate.get(), today.get()), birthDate);
        unitError = Bindings.createStringBinding(() -> StaffValidator.unit(unit.get() == null ? null : unit.get().id()), unit);
        endDateError = Bindings.createStringBinding(() -> StaffValidator.period(startDate.get(), endDate.get()), startDate, endDate);
        bindValid(fullNameError.isNull().and(birthDateError.isNull()).and(unitError.isNull()).and(endDateError.isNull()));
    }

    /** Starts a new person, in the given unit if any. */
    public void startNew(Unit inUnit) {
        original = null;
        heading.set(Messages.get("staff.editor.new"));
        startedBlank = StaffMember.blank(inUnit == null ? null : inUnit.id());
        copyIn(startedBlank);
        editing.set(true);
    }

    public void startEdit(StaffMember member) {
        original = member;
        heading.set(Messages.get("staff.editor.edit", member.code()));
        copyIn(member);
        editing.set(true);
    }

    /** Every unit, deactivated ones included, so a person of a deactivated unit keeps it until moved. */
    public void setUnits(List<Unit> all) {
        knownUnits = List.copyOf(all);
        offerUnitsFor(unit.get() == null ? null : unit.get().id());
    }

    /** The units a person may be put in: the active ones, and their own unit even if it was deactivated. */
    private void offerUnitsFor(Long unitId) {
        List<Unit> choices = new ArrayList<>(knownUnits.stream().filter(Unit::active).toList());
        knownUnits.stream().filter(u -> !u.active() && u.id().equals(unitId)).forEach(choices::add);
        if (!choices.equals(units)) {
            units.setAll(choices);
        }
    }

    private void copyIn(StaffMember m) {
        offerUnitsFor(m.unitId());
        fullName.set(m.fullName());
        gender.set(m.gender());
        birthDate.set(m.birthDate());
        position.set(nz(m.position()));
        unit.set(knownUnits.stream().filter(u -> u.id().equals(m.unitId())).findFirst().orElse(null));
        kind.set(m.kind());
        leader.set(m.leader());
        startDate.set(m.startDate());
        endDate.set(m.endDate());
        hometown.set(nz(m.hometown()));
        residence.set(nz(m.residence()));
        qualification.set(nz(m.qualification()));
        academicTitle.set(nz(m.academicTitle()));
        note.set(nz(m.note()));
    }

    @Override
    public boolean hasUnsavedChanges() {
        if (!editing.get()) {
            return false;
        }
        StaffMember start = original != null ? original : startedBlank;
        return start != null && !toMember().equals(normalised(start));
    }

    private StaffMember startedBlank;

    private static StaffMember normalised(StaffMember m) {
        return new StaffMember(m.id(), m.code(), VietText.clean(m.fullName()), m.gender(), m.birthDate(),
                VietText.cleanOrNull(m.position()), m.unitId(), m.kind(), m.leader(), m.startDate(), m.endDate(),
                VietText.cleanOrNull(m.hometown()), VietText.cleanOrNull(m.residence()),
                VietText.cleanOrNull(m.qualification()), VietText.cleanOrNull(m.academicTitle()),
                VietText.cleanOrNull(m.note()));
    }

    /** The edited copy as a record, text normalised to NFC. */
    public StaffMember toMember() {
        return new StaffMember(original == null ? null : original.id(), original == null ? null : original.code(),
                VietText.clean(fullName.get()), gender.get(), birthDate.get(), VietText.cleanOrNull(position.get()),
                unit.get() == null ? null : unit.get().id(), kind.get(), leader.get(), startDate.get(), endDate.get(),
                VietText.cleanOrNull(hometown.get()), VietText.cleanOrNull(residence.get()),
                VietText.cleanOrNull(qualification.get()), VietText.cleanOrNull(academicTitle.get()),
                VietText.cleanOrNull(note.get()));
    }

    @Override
    protected Callable<StaffMember> write() {
        StaffMember edited = toMember();
        return () -> repository.save(edited);
    }

    @Override
    protected void saved(StaffMember value) {
        original = value;
    }

    @Override
    public void close() {
        super.close();
        original = null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The unit choices for the person being edited. */
    public ObservableList<Unit> units() {
        return units;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return birthDate;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<StaffKind> kindProperty() {
        return kind;
    }

    public BooleanProperty leaderProperty() {
        return leader;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty hometownProperty() {
        return hometown;
    }

    public StringProperty residenceProperty() {
        return residence;
    }

    public StringProperty qualificationProperty() {
        return qualification;
    }

    public StringProperty academicTitleProperty() {
        return academicTitle;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableStringValue fullNameErrorProperty() {
        return fullNameError;
    }

    public ObservableStringValue birthDateErrorProperty() {
        return birthDateError;
    }

    public ObservableStringValue unitErrorProperty() {
        return unitError;
    }

    public ObservableStringValue endDateErrorProperty() {
        return endDateError;
    }
}
