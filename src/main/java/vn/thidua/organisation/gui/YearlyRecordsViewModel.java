package vn.thidua.organisation.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.logic.YearlyRecordRepository;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.DisciplineForm;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitYear;

/**
 * A unit's year in one table: each person's rating, titles received, pending inspection and note, with the
 * unit's own rating and collective titles above; the selected person's innovations and disciplines beside.
 */
public class YearlyRecordsViewModel {

    /** One person's editable line of the year. */
    public static final class PersonRow {
        private final StaffMember member;
        private final int number;
        private final ObjectProperty<Rating> rating = new SimpleObjectProperty<>();
        private final Map<String, BooleanProperty> titles = new LinkedHashMap<>();
        private final BooleanProperty pendingInspection = new SimpleBooleanProperty();
        private final StringProperty note = new SimpleStringProperty("");
        private final IntegerProperty innovationCount = new SimpleIntegerProperty();
        private final StringProperty disciplineText = new SimpleStringProperty("");
        private boolean changed;

        PersonRow(int number, StaffMember member, StaffYear record, List<AwardForm> titleForms, Runnable onChange) {
            this.number = number;
            this.member = member;
            rating.set(record.rating());
            pendingInspection.set(record.pendingInspection());
            note.set(record.note() == null ? "" : record.note());
            for (AwardForm f : titleForms) {
                titles.put(f.code(), new SimpleBooleanProperty(record.titleCodes().contains(f.code())));
            }
            Runnable mark = () -> {
                changed = true;
                onChange.run();
            };
            rating.addListener((o, a, b) -> mark.run());
            pendingInspection.addListener((o, a, b) -> mark.run());
            note.addListener((o, a, b) -> mark.run());
            titles.values().forEach(p -> p.addListener((o, a, b) -> mark.run()));
        }

        public StaffMember member() {
            return member;
        }

        public int number() {
            return number;
        }

        public ObjectProperty<Rating> ratingProperty() {
            return rating;
        }

        /** The check box of a title (award-form code) for this person. */
        public BooleanProperty titleProperty(String code) {
            return titles.get(code);
        }

        public BooleanProperty pendingInspectionProperty() {
            return pendingInspection;
        }

        public StringProperty noteProperty() {
            return note;
        }

        public IntegerProperty innovationCountProperty() {
            return innovationCount;
        }

        public StringProperty disciplineTextProperty() {
            return disciplineText;
        }

        StaffYear toRecord(int year) {
            Set<String> codes = new HashSet<>();
            titles.forEach((code, p) -> {
                if (p.get()) {
                    codes.add(code);
                }
            });
            return new StaffYear(member.id(), year, rating.get(), pendingInspection.get(),
                    VietText.cleanOrNull(note.get()), codes);
        }
    }

    /** A collective title's check box for the unit. */
    public record TitleChoice(AwardForm form, BooleanProperty selected) {
    }

    record Snapshot(List<Unit> units, List<StaffMember> staff, Map<Long, StaffYear> records, Map<Long, Integer> innovations,
                    Map<Long, List<Discipline>> disciplines, Map<Long, UnitYear> unitYears, List<AwardForm> forms) {
    }

    private final YearlyRecordRepository records;
    private final StaffRepository staffRepository;
    private final UnitRepository unitRepository;
    private final CatalogueRepository catalogue;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObservableList<AwardForm> personTitleForms = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PersonRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Rating> unitRating = new SimpleObjectProperty<>();
    private final StringProperty unitTaskCompletion = new SimpleStringProperty("");
    private final StringProperty unitNote = new SimpleStringProperty("");
    private final ObservableList<TitleChoice> unitTitles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper columnsVersion = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper selectedHeading = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Rating> fillRating = new SimpleObjectProperty<>(Rating.GOOD);

    private final ObservableList<Innovation> innovations = FXCollections.observableArrayList();
    private final ObjectProperty<Innovation> selectedInnovation = new SimpleObjectProperty<>();
    private final StringProperty innovationTitle = new SimpleStringProperty("");
    private final ObjectProperty<InnovationLevel> innovationLevel = new SimpleObjectProperty<>(InnovationLevel.BASE);
    private final StringProperty innovationDecision = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> innovationDate = new SimpleObjectProperty<>();

    private final ObservableList<Discipline> disciplines = FXCollections.observableArrayList();
    private final ObjectProperty<Discipline> selectedDiscipline = new SimpleObjectProperty<>();
    private final ObjectProperty<DisciplineForm> disciplineForm = new SimpleObjectProperty<>(DisciplineForm.REPRIMAND);
    private final ObjectProperty<LocalDate> disciplineFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> disciplineTo = new SimpleObjectProperty<>();
    private final StringProperty disciplineDecision = new SimpleStringProperty("");
    private final StringProperty disciplineReason = new SimpleStringProperty("");

    private final Command save;
    private final Command revert;
    private final Command fillMissingRatings;
    private final Command addInnovation;
    private final Command removeInnovation;
    private final Command addDiscipline;
    private final Command removeDiscipline;
    private boolean loading;
    private boolean reverting;
    private boolean firstLoadDone;

    public YearlyRecordsViewModel(YearlyRecordRepository records, StaffRepository staffRepository,
                                  UnitRepository unitRepository, CatalogueRepository catalogue, TaskExecutor executor,
                                  DialogService dialogs, Supplier<LocalDate> today) {
        this.records = records;
        this.staffRepository = staffRepository;
        this.unitRepository = unitRepository;
        this.catalogue = catalogue;
        this.executor = executor;
        this.dialogs = dialogs;
        int thisYear = today.get().getYear();
        for (int y = thisYear + 1; y >= thisYear - 10; y--) {
            years.add(y);
        }
        year.set(thisYear);
        year.addListener((o, a, b) -> switchTo(year, a, b));
        unit.addListener((o, a, b) -> switchTo(unit, a, b));
        unitRating.addListener((o, a, b) -> markDirty());
        unitTaskCompletion.addListener((o, a, b) -> markDirty());
        unitNote.addListener((o, a, b) -> markDirty());
        selected.addListener((o, a, b) -> showPerson(b));
        save = new Command(this::save, dirty.and(unit.isNotNull()));
        revert = new Command(this::reload, dirty);
        fillMissingRatings = new Command(this::fillMissingRatings, Bindings.isNotEmpty(rows));
        addInnovation = new Command(this::addInnovation, selected.isNotNull().and(Bindings.createBooleanBinding(
                () -> VietText.clean(innovationTitle.get()) != null && !VietText.clean(innovationTitle.get()).isEmpty(),
                innovationTitle)));
        removeInnovation = new Command(this::removeInnovation, selectedInnovation.isNotNull());
        addDiscipline = new Command(this::addDiscipline, selected.isNotNull().and(disciplineFrom.isNotNull()));
        removeDiscipline = new Command(this::removeDiscipline, selectedDiscipline.isNotNull());
    }

    /** Another year or unit was chosen: ask before dropping unsaved edits, then show it. */
    private <T> void switchTo(ObjectProperty<T> property, T previous, T now) {
        if (loading || reverting || now == null || now.equals(previous)) {
            return;
        }
        if (dirty.get() && !dialogs.confirm(Messages.get("records.unsavedTitle"), Messages.get("records.unsaved"))) {
            reverting = true;
            property.set(previous);
            reverting = false;
            return;
        }
        reload();
    }

    /**
     * Shows the newest year that has records the first time, then whatever the clerk chose. Coming back to the
     * screen with unsaved edits keeps them as they are.
     */
    public void load() {
        if (!firstLoadDone) {
            firstLoadDone = true;
            executor.submit(Messages.get("common.loading"), records::latestYear, latest -> {
                latest.filter(years::contains).ifPresent(y -> {
                    loading = true;
                    year.set(y);
                    loading = false;
                });
                reload();
            }, e -> dialogs.showError(Errors.message(e)));
            return;
        }
        if (!dirty.get()) {
            reload();
        }
    }

    private void reload() {
        int y = year.get();
        Unit chosen = unit.get();
        executor.submit(Messages.get("common.loading"), () -> new Snapshot(unitRepository.all(), staffRepository.all(),
                records.staffYears(y), records.innovationCounts(y), records.disciplinesIn(y), records.unitYears(y),
                catalogue.awardForms()), snap -> show(snap, y, chosen), e -> dialogs.showError(Errors.message(e)));
    }

    void show(Snapshot snap, int y, Unit chosen) {
        loading = true;
        try {
            List<Unit> active = snap.units().stream().filter(Unit::active).toList();
            if (!active.equals(units)) {
                units.setAll(active);
            }
            Unit current = chosen == null ? null
                    : active.stream().filter(u -> u.id().equals(chosen.id())).findFirst().orElse(null);
            if (current == null && !active.isEmpty()) {
                current = active.stream().filter(u -> snap.staff().stream().anyMatch(s -> s.unitId().equals(u.id())))
                        .findFirst().orElse(active.get(0));
            }
            unit.set(current);
            List<AwardForm> personForms = snap.forms().stream()
                    .filter(f -> f.active() && f.category() == AwardCategory.TITLE && f.forIndividual()).toList();
            List<AwardForm> unitForms = snap.forms().stream()
                    .filter(f -> f.active() && f.category() == AwardCategory.TITLE && f.forCollective()).toList();
            if (!personForms.equals(personTitleForms)) {
                personTitleForms.setAll(personForms);
                columnsVersion.set(columnsVersion.get() + 1);
            }
            List<PersonRow> fresh = new ArrayList<>();
            if (current != null) {
                LocalDate first = LocalDate.of(y, 1, 1);
                LocalDate last = LocalDate.of(y, 12, 31);
                int n = 1;
                for (StaffMember m : snap.staff()) {
                    boolean workedThatYear = (m.startDate() == null || !m.startDate().isAfter(last))
                            && (m.endDate() == null || !m.endDate().isBefore(first));
                    if (!m.unitId().equals(current.id()) || !workedThatYear) {
                        continue;
                    }
                    PersonRow row = new PersonRow(n++, m, snap.records().getOrDefault(m.id(), StaffYear.empty(m.id(), y)),
                            personForms, this::markDirty);
                    row.innovationCount.set(snap.innovations().getOrDefault(m.id(), 0));
                    row.disciplineText.set(disciplineText(snap.disciplines().getOrDefault(m.id(), List.of())));
                    fresh.add(row);
                }
                UnitYear uy = snap.unitYears().getOrDefault(current.id(), UnitYear.empty(current.id(), y));
                unitRating.set(uy.rating());
                unitTaskCompletion.set(uy.taskCompletion() == null ? "" : uy.taskCompletion().stripTrailingZeros().toPlainString());
                unitNote.set(uy.note() == null ? "" : uy.note());
                List<TitleChoice> choices = new ArrayList<>();
                for (AwardForm f : unitForms) {
                    BooleanProperty p = new SimpleBooleanProperty(uy.titleCodes().contains(f.code()));
                    p.addListener((o, a, b) -> markDirty());
                    choices.add(new TitleChoice(f, p));
                }
                unitTitles.setAll(choices);
            } else {
                unitRating.set(null);
                unitTaskCompletion.set("");
                unitNote.set("");
                unitTitles.clear();
            }
            rows.setAll(fresh);
            selected.set(null);
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    static String disciplineText(List<Discipline> list) {
        List<String> parts = new ArrayList<>();
        for (Discipline d : list) {
            parts.add(Messages.get("records.disciplineText", Messages.label(d.form()), VietDates.format(d.fromDate()),
                    d.toDate() == null ? "…" : VietDates.format(d.toDate())));
        }
        return String.join("; ", parts);
    }

    private void markDirty() {
        if (!loading) {
            dirty.set(true);
        }
    }

    private void fillMissingRatings() {
        for (PersonRow r : rows) {
            if (r.rating.get() == null) {
                r.rating.set(fillRating.get());
            }
        }
    }

    private void save() {
        java.math.BigDecimal completion;
        try {
            completion = parsePercent(unitTaskCompletion.get());
        } catch (IllegalArgumentException e) {
            dialogs.showError(e.getMessage());
            return;
        }
        int y = year.get();
        List<StaffYear> changed = rows.stream().filter(r -> r.changed).map(r -> r.toRecord(y)).toList();
        Set<String> unitCodes = new HashSet<>();
        unitTitles.forEach(t -> {
            if (t.selected().get()) {
                unitCodes.add(t.form().code());
            }
        });
        UnitYear unitYear = new UnitYear(unit.get().id(), y, unitRating.get(), completion,
                VietText.cleanOrNull(unitNote.get()), unitCodes);
        executor.submit(Messages.get("common.saving"), () -> {
            records.saveYear(changed, unitYear);
            return changed.size();
        }, n -> {
            rows.forEach(r -> r.changed = false);
            dirty.set(false);
        }, e -> dialogs.showError(Errors.message(e)));
    }

    /** "95", "95,5" or "95.5" as a percentage 0–100; empty is no value. */
    static java.math.BigDecimal parsePercent(String text) {
        String t = text == null ? "" : text.strip().replace(',', '.').replace("%", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(t);
            if (v.signum() < 0 || v.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException(Messages.get("records.error.percent", text));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("records.error.percent", text), e);
        }
    }

    private void showPerson(PersonRow row) {
        innovations.clear();
        disciplines.clear();
        if (row == null) {
            selectedHeading.set("");
            return;
        }
        selectedHeading.set(Messages.get("records.personHeading", row.member.fullName(), year.get()));
        refreshPerson(row);
    }

    private void addInnovation() {
        PersonRow row = selected.get();
        Innovation i = new Innovation(null, row.member.id(), year.get(), VietText.clean(innovationTitle.get()),
                innovationLevel.get(), VietText.cleanOrNull(innovationDecision.get()), innovationDate.get());
        executor.submit(Messages.get("common.saving"), () -> records.saveInnovation(i), saved -> {
            innovationTitle.set("");
            innovationDecision.set("");
            innovationDate.set(null);
            refreshPerson(row);
        }, e -> dialogs.showError(Errors.message(e)));
    }

    private void removeInnovation() {
        Innovation i = selectedInnovation.get();
        if (!dialogs.confirm(Messages.get("records.removeInnovation"), Messages.get("records.removeInnovationConfirm", i.title()))) {
            return;
        }
        PersonRow row = selected.get();
        executor.submit(Messages.get("common.saving"), () -> {
            records.deleteInnovation(i.id());
            return i;
        }, done -> refreshPerson(row), e -> dialogs.showError(Errors.message(e)));
    }

    private void addDiscipline() {
        PersonRow row = selected.get();
        Discipline d = new Discipline(null, row.member.id(), disciplineForm.get(), disciplineFrom.get(), disciplineTo.get(),
                VietText.cleanOrNull(disciplineDecision.get()), VietText.cleanOrNull(disciplineReason.get()));
        executor.submit(Messages.get("common.saving"), () -> records.saveDiscipline(d), saved -> {
            disciplineFrom.set(null);
            disciplineTo.set(null);
            disciplineDecision.set("");
            disciplineReason.set("");
            refreshPerson(row);
        }, e -> dialogs.showError(Errors.message(e)));
    }

    private void removeDiscipline() {
        Discipline d = selectedDiscipline.get();
        if (!dialogs.confirm(Messages.get("records.removeDiscipline"), Messages.get("records.removeDisciplineConfirm",
                Messages.label(d.form()), VietDates.format(d.fromDate())))) {
            return;
        }
        PersonRow row = selected.get();
        executor.submit(Messages.get("common.saving"), () -> {
            records.deleteDiscipline(d.id());
            return d;
        }, done -> refreshPerson(row), e -> dialogs.showError(Errors.message(e)));
    }

    private record PersonDetail(List<Innovation> innovations, List<Discipline> disciplines) {
    }

    /** Reloads a person's innovations and disciplines: the counts in the table and, if selected, the lists beside. */
    private void refreshPerson(PersonRow row) {
        int y = year.get();
        long id = row.member.id();
        executor.submit(Messages.get("common.loading"),
                () -> new PersonDetail(records.innovations(id), records.disciplines(id)), detail -> {
                    boolean wasLoading = loading;
                    loading = true;
                    row.innovationCount.set((int) detail.innovations().stream().filter(i -> i.year() == y).count());
                    row.disciplineText.set(disciplineText(detail.disciplines().stream().filter(d -> d.overlapsYear(y)).toList()));
                    loading = wasLoading;
                    if (selected.get() == row) {
                        innovations.setAll(detail.innovations());
                        disciplines.setAll(detail.disciplines());
                    }
                }, e -> dialogs.showError(Errors.message(e)));
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObservableList<AwardForm> personTitleForms() {
        return personTitleForms;
    }

    /** Changes when the title columns must be rebuilt. */
    public ReadOnlyIntegerProperty columnsVersionProperty() {
        return columnsVersion.getReadOnlyProperty();
    }

    public ObservableList<PersonRow> rows() {
        return rows;
    }

    public ObjectProperty<PersonRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty selectedHeadingProperty() {
        return selectedHeading.getReadOnlyProperty();
    }

    public ObjectProperty<Rating> unitRatingProperty() {
        return unitRating;
    }

    public StringProperty unitTaskCompletionProperty() {
        return unitTaskCompletion;
    }

    /** The unit's own note for the year. */
    public StringProperty unitNoteProperty() {
        return unitNote;
    }

    public ObservableList<TitleChoice> unitTitles() {
        return unitTitles;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ObjectProperty<Rating> fillRatingProperty() {
        return fillRating;
    }

    public ObservableList<Innovation> innovations() {
        return innovations;
    }

    public ObjectProperty<Innovation> selectedInnovationProperty() {
        return selectedInnovation;
    }

    public StringProperty innovationTitleProperty() {
        return innovationTitle;
    }

    public ObjectProperty<InnovationLevel> innovationLevelProperty() {
        return innovationLevel;
    }

    public StringProperty innovationDecisionProperty() {
        return innovationDecision;
    }

    public ObjectProperty<LocalDate> innovationDateProperty() {
        return innovationDate;
    }

    public ObservableList<Discipline> disciplines() {
        return disciplines;
    }

    public ObjectProperty<Discipline> selectedDisciplineProperty() {
        return selectedDiscipline;
    }

    public ObjectProperty<DisciplineForm> disciplineFormProperty() {
        return disciplineForm;
    }

    public ObjectProperty<LocalDate> disciplineFromProperty() {
        return disciplineFrom;
    }

    public ObjectProperty<LocalDate> disciplineToProperty() {
        return disciplineTo;
    }

    public StringProperty disciplineDecisionProperty() {
        return disciplineDecision;
    }

    public StringProperty disciplineReasonProperty() {
        return disciplineReason;
    }

    public Command saveCommand() {
        return save;
    }

    public Command revertCommand() {
        return revert;
    }

    public Command fillMissingRatingsCommand() {
        return fillMissingRatings;
    }

    public Command addInnovationCommand() {
        return addInnovation;
    }

    public Command removeInnovationCommand() {
        return removeInnovation;
    }

    public Command addDisciplineCommand() {
        return addDiscipline;
    }

    public Command removeDisciplineCommand() {
        return removeDiscipline;
    }
}
