package vn.thidua.plans.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.thidua.catalogue.logic.CatalogueRepository;
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
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanPrinter;
import vn.thidua.plans.logic.RegistrationImport;
import vn.thidua.plans.logic.RegistrationRepository;
import vn.thidua.plans.logic.RegistrationWorkbook;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.Registration;

/**
 * The registrations (đăng ký thi đua) of the plan open in the editor: a list, a small form to add or change one, and
 * the list saved as .xlsx or .docx and read back from .xlsx. A new plan has none until it is saved.
 */
public class PlanRegistrationsViewModel {

    /** One line of the table, with the names the clerk reads. */
    public record RegistrationRow(Registration registration, String registrant, String positionAndUnit,
                                  String awardForm, String commitment, String registeredOn) {
    }

    /** What the view needs to read the stored data and write the files. */
    public record Sources(RegistrationRepository registrations, UnitRepository units, StaffRepository staff,
                          CatalogueRepository catalogue, PlanPrinter printer) {
    }

    private record Loaded(List<Registration> registrations, List<Unit> units, List<StaffMember> staff,
                          List<AwardForm> forms) {
    }

    private final ObservableValue<Plan> plan;
    private final Sources sources;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;

    private final ObservableList<RegistrationRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final StringProperty personFilter = new SimpleStringProperty("");
    private final FilteredList<StaffMember> shownStaff = new FilteredList<>(staff);
    private final ObservableList<AwardForm> allForms = FXCollections.observableArrayList();
    private final ObservableList<AwardForm> forms = FXCollections.observableArrayList();
    private final ObjectProperty<RegistrationRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper formOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Awardee> awardee = new SimpleObjectProperty<>(Awardee.COLLECTIVE);
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffMember> person = new SimpleObjectProperty<>();
    private final ObjectProperty<AwardForm> awardForm = new SimpleObjectProperty<>();
    private final StringProperty commitment = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> registeredOn = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper formProblem = new ReadOnlyStringWrapper();
    private Long editedId;

    private final Command add;
    private final Command edit;
    private final Command remove;
    private final Command saveForm;
    private final Command cancelForm;
    private final Command exportXlsx;
    private final Command exportDocx;
    private final Command importXlsx;

    public PlanRegistrationsViewModel(ObservableValue<Plan> plan, Sources sources, TaskExecutor executor,
                                      DialogService dialogs, Supplier<LocalDate> today) {
        this.plan = plan;
        this.sources = sources;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        var idle = available.and(busy.not());
        add = new Command(this::startAdd, idle.and(formOpen.not()));
        edit = new Command(this::startEdit, idle.and(formOpen.not()).and(selected.isNotNull()));
        remove = new Command(this::remove, idle.and(formOpen.not()).and(selected.isNotNull()));
        saveForm = new Command(this::saveForm, idle.and(formOpen).and(formProblem.isNull()));
        cancelForm = new Command(() -> formOpen.set(false), formOpen.and(busy.not()));
        exportXlsx = new Command(() -> export(false), idle);
        exportDocx = new Command(() -> export(true), idle);
        importXlsx = new Command(this::importXlsx, idle.and(formOpen.not()));
        countText.bind(Bindings.createStringBinding(() -> Messages.get("plan.registrations.count", rows.size()), rows));
        awardee.addListener((o, a, b) -> {
            filterForms();
            recheck();
        });
        for (ObservableValue<?> v : List.of(unit, person, awardForm, formOpen)) {
            v.addListener((o, a, b) -> recheck());
        }
        allForms.addListener((javafx.collections.ListChangeListener<AwardForm>) c -> filterForms());
        personFilter.addListener((o, a, b) -> {
            java.util.function.Predicate<String> test = VietText.query(b);
            shownStaff.setPredicate(m -> test.test(VietText.fold(personLabel(m))));
        });
        plan.addListener((o, a, b) -> load());
        load();
    }

    /** Reads the plan's registrations with the names they point to; nothing for a new plan. */
    public void load() {
        Plan p = plan.getValue();
        formOpen.set(false);
        selected.set(null);
        available.set(p != null);
        if (p == null) {
            rows.clear();
            return;
        }
        busy.set(true);
        executor.submit(Messages.get("plan.registrations.loading"), () -> new Loaded(
                sources.registrations().forPlan(p.id()), sources.units().all(), sources.staff().all(),
                sources.catalogue().awardForms()), loaded -> {
                    busy.set(false);
                    if (!Objects.equals(plan.getValue(), p)) {
                        return;
                    }
                    LocalDate day = today.get();
                    Set<Long> unitIds = loaded.registrations().stream().map(Registration::unitId)
                            .filter(Objects::nonNull).collect(Collectors.toSet());
                    Set<Long> staffIds = loaded.registrations().stream().map(Registration::staffId)
                            .filter(Objects::nonNull).collect(Collectors.toSet());
                    units.setAll(loaded.units().stream().filter(u -> u.active() || unitIds.contains(u.id())).toList());
                    staff.setAll(loaded.staff().stream()
                            .filter(m -> m.activeOn(day) || staffIds.contains(m.id())).toList());
                    allForms.setAll(loaded.forms().stream().filter(AwardForm::active).toList());
                    show(loaded);
                }, this::failed);
    }

    private void show(Loaded loaded) {
        Map<Long, String> formNames = loaded.forms().stream()
                .collect(Collectors.toMap(AwardForm::id, AwardForm::name));
        List<RegistrationWorkbook.Line> lines = RegistrationWorkbook.lines(loaded.registrations(), loaded.units(),
                loaded.staff(), formNames::get);
        List<RegistrationRow> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RegistrationWorkbook.Line l = lines.get(i);
            out.add(new RegistrationRow(loaded.registrations().get(i), l.registrant(), l.positionAndUnit(),
                    l.awardForm(), l.commitment(), VietDates.format(l.registeredOn())));
        }
        rows.setAll(out);
    }

    private void filterForms() {
        boolean individual = awardee.get() == Awardee.INDIVIDUAL;
        forms.setAll(allForms.stream().filter(f -> individual ? f.forIndividual() : f.forCollective()).toList());
        if (awardForm.get() != null && !forms.contains(awardForm.get())) {
            awardForm.set(null);
        }
    }

    private void startAdd() {
        editedId = null;
        formTitle.set(Messages.get("plan.registrations.addTitle"));
        awardee.set(Awardee.COLLECTIVE);
        filterForms();
        unit.set(null);
        person.set(null);
        awardForm.set(null);
        commitment.set("");
        registeredOn.set(today.get());
        formOpen.set(true);
        recheck();
    }

    private void startEdit() {
        Registration r = selected.get().registration();
        editedId = r.id();
        formTitle.set(Messages.get("plan.registrations.editTitle"));
        awardee.set(r.awardee());
        filterForms();
        unit.set(units.stream().filter(u -> u.id().equals(r.unitId())).findFirst().orElse(null));
        person.set(staff.stream().filter(m -> m.id().equals(r.staffId())).findFirst().orElse(null));
        awardForm.set(forms.stream().filter(f -> f.id() == r.awardFormId()).findFirst().orElse(null));
        commitment.set(r.commitment() == null ? "" : r.commitment());
        registeredOn.set(r.registeredOn());
        formOpen.set(true);
        recheck();
    }

    private void recheck() {
        if (!formOpen.get()) {
            formProblem.set(null);
            return;
        }
        boolean collective = awardee.get() == Awardee.COLLECTIVE;
        if (collective ? unit.get() == null : person.get() == null) {
            formProblem.set(Messages.get(collective ? "plan.registrations.error.unit" : "plan.registrations.error.person"));
        } else if (awardForm.get() == null) {
            formProblem.set(Messages.get("plan.registrations.error.form"));
        } else {
            formProblem.set(null);
        }
    }

    /** One transaction: the registration, then the list read again. */
    private void saveForm() {
        Plan p = plan.getValue();
        boolean collective = awardee.get() == Awardee.COLLECTIVE;
        Registration r = new Registration(editedId, p.id(), collective ? unit.get().id() : null,
                collective ? null : person.get().id(), awardForm.get().id(), commitment.get(), registeredOn.get());
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> sources.registrations().save(r), saved -> {
            busy.set(false);
            formOpen.set(false);
            load();
        }, this::failed);
    }

    private void remove() {
        RegistrationRow row = selected.get();
        if (!dialogs.confirm(Messages.get("plan.registrations.removeTitle"),
                Messages.get("plan.registrations.removeQuestion", row.registrant(), row.awardForm()))) {
            return;
        }
        busy.set(true);
        executor.submit(Messages.get("plan.registrations.removing"), () -> {
            sources.registrations().delete(row.registration().id());
            return null;
        }, done -> {
            busy.set(false);
            load();
        }, this::failed);
    }

    /** The list as the clerk prints or sends it on, to a file the clerk picks. */
    private void export(boolean word) {
        Plan p = plan.getValue();
        String name = Messages.get("plan.registrations.fileName") + (word ? ".docx" : ".xlsx");
        Path file = (word ? dialogs.chooseDocumentToSave(name) : dialogs.chooseSpreadsheetToSave(name)).orElse(null);
        if (file == null) {
            return;
        }
        LocalDate day = today.get();
        busy.set(true);
        PlanPrinter.RegistrationFormat format = word ? PlanPrinter.RegistrationFormat.DOCX
                : PlanPrinter.RegistrationFormat.XLSX;
        executor.submit(Messages.get("plan.registrations.exporting"),
                () -> sources.printer().printRegistrations(p.id(), format, day, file), count -> {
            busy.set(false);
            dialogs.showInfo(Messages.get("plan.registrations.exported", count, file.toAbsolutePath()));
        }, this::failed);
    }

    /** Reads a list in the export's layout and adds its new rows in one transaction, or nothing if a row is bad. */
    private void importXlsx() {
        Plan p = plan.getValue();
        Path file = dialogs.chooseSpreadsheetToOpen().orElse(null);
        if (file == null) {
            return;
        }
        LocalDate day = today.get();
        busy.set(true);
        executor.submit(Messages.get("plan.registrations.importing"), () -> {
            RegistrationImport.Result read = RegistrationImport.read(file, p.id(), sources.units().all(),
                    sources.staff().all(), sources.catalogue().awardForms(), sources.registrations().forPlan(p.id()), day);
            if (read.accepted() && !read.additions().isEmpty()) {
                sources.registrations().saveAll(read.additions());
            }
            return read;
        }, read -> {
            busy.set(false);
            if (!read.accepted()) {
                dialogs.showError(Messages.get("plan.registrations.importRejected", file.getFileName(),
                        read.problems().size()) + "\n" + String.join("\n",
                        read.problems().stream().map(Object::toString).toList()));
                return;
            }
            dialogs.showInfo(Messages.get("plan.registrations.imported", read.additions().size(),
                    read.alreadyRegistered()));
            load();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        dialogs.showError(Errors.message(e));
    }

    /** A person's line in the chooser: name, position, unit. */
    public String personLabel(StaffMember m) {
        if (m == null) {
            return "";
        }
        Map<Long, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Unit u = byId.get(m.unitId());
        String position = m.position() == null || m.position().isBlank() ? "" : " – " + m.position();
        return m.fullName() + position + (u == null ? "" : ", " + u.name());
    }

    public ObservableList<RegistrationRow> rows() {
        return rows;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    public ObservableList<StaffMember> staff() {
        return staff;
    }

    /** The people the chooser offers: those whose name, unit or position hold every word typed, accents ignored. */
    public ObservableList<StaffMember> shownStaff() {
        return shownStaff;
    }

    public StringProperty personFilterProperty() {
        return personFilter;
    }

    /** The catalogue's forms open to the chosen kind of registrant. */
    public ObservableList<AwardForm> forms() {
        return forms;
    }

    public ObjectProperty<RegistrationRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formProblemProperty() {
        return formProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ObjectProperty<Awardee> awardeeProperty() {
        return awardee;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<StaffMember> personProperty() {
        return person;
    }

    public ObjectProperty<AwardForm> awardFormProperty() {
        return awardForm;
    }

    public StringProperty commitmentProperty() {
        return commitment;
    }

    public ObjectProperty<LocalDate> registeredOnProperty() {
        return registeredOn;
    }

    public Command addCommand() {
        return add;
    }

    public Command editCommand() {
        return edit;
    }

    public Command removeCommand() {
        return remove;
    }

    public Command saveFormCommand() {
        return saveForm;
    }

    public Command cancelFormCommand() {
        return cancelForm;
    }

    public Command exportXlsxCommand() {
        return exportXlsx;
    }

    public Command exportDocxCommand() {
        return exportDocx;
    }

    public Command importXlsxCommand() {
        return importXlsx;
    }
}
