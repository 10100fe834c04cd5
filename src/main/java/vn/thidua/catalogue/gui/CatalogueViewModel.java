package vn.thidua.catalogue.gui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.logic.CatalogueValidator;
import vn.thidua.catalogue.logic.PrizeMoney;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.AwardRule;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.CopyEditor;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;

/**
 * The catalogue (Danh mục): titles and award forms with their rules under a chosen legal basis and the prize they
 * carry, the legal bases with their periods, and the dated base salary. Each table has an editor working on a copy;
 * forms are deactivated, never deleted.
 */
public class CatalogueViewModel {

    /** A line of the legal bases table. */
    public record LegalBasisRow(LegalBasis basis, String status) {
    }

    /** A line of the titles and award forms table: the form and its rule under the chosen basis, as shown. */
    public record AwardFormRow(AwardForm form, AwardRule rule, String recipients, String individualCoefficient,
                               String collectiveCoefficient, String individualPrize, String collectivePrize,
                               String voteThreshold, String reportYears, String status) {
    }

    /** A line of the base salary table. */
    public record BaseSalaryRow(BaseSalary salary, String amount, String status) {
    }

    private record Snapshot(List<LegalBasis> bases, List<AwardForm> forms, List<AwardRule> rules,
                            List<BaseSalary> salaries) {
    }

    private final CatalogueRepository repository;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private Snapshot snapshot = new Snapshot(List.of(), List.of(), List.of(), List.of());

    private final ObservableList<LegalBasis> bases = FXCollections.observableArrayList();
    private final ObservableList<BaseSalary> salaries = FXCollections.observableArrayList();
    private final ObservableList<LegalBasisRow> basisRows = FXCollections.observableArrayList();
    private final ObservableList<AwardFormRow> formRows = FXCollections.observableArrayList();
    private final ObservableList<BaseSalaryRow> salaryRows = FXCollections.observableArrayList();
    private final ObservableList<String> issuers = FXCollections.observableArrayList();
    private final ObjectProperty<LegalBasisRow> selectedBasis = new SimpleObjectProperty<>();
    private final ObjectProperty<AwardFormRow> selectedForm = new SimpleObjectProperty<>();
    private final ObjectProperty<BaseSalaryRow> selectedSalary = new SimpleObjectProperty<>();
    private final ObjectProperty<LegalBasis> chosenBasis = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper prizeNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper toggleFormText = new ReadOnlyStringWrapper(Messages.get("catalogue.form.deactivate"));
    /** Set while the screen itself changes a selection, so that the change does not open an editor or ask. */
    private boolean quiet;

    private final LegalBasisEditorViewModel basisEditor;
    private final AwardFormEditorViewModel formEditor;
    private final BaseSalaryEditorViewModel salaryEditor;

    private final Command addBasis;
    private final Command addForm;
    private final Command toggleFormActive;
    private final Command addSalary;
    private final Command deleteSalary;

    public CatalogueViewModel(CatalogueRepository repository, TaskExecutor executor, DialogService dialogs,
                              Supplier<LocalDate> today) {
        this.repository = repository;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        basisEditor = new LegalBasisEditorViewModel(repository, executor, dialogs, bases);
        formEditor = new AwardFormEditorViewModel(repository, executor, dialogs);
        salaryEditor = new BaseSalaryEditorViewModel(repository, executor, dialogs, salaries);
        basisEditor.setOnSaved(saved -> reload(() -> {
            restoreSelections();
            select(selectedBasis, basisRows, r -> r.basis().id(), saved.id());
            basisEditor.startEdit(selectedBasis.get().basis());
        }));
        formEditor.setOnSaved(saved -> reload(() -> {
            restoreSelections();
            select(selectedForm, formRows, r -> r.form().id(), saved.id());
            AwardFormRow row = selectedForm.get();
            formEditor.startEdit(row.form(), row.rule(), chosenBasis.get());
        }));
        salaryEditor.setOnSaved(saved -> reload(() -> {
            restoreSelections();
            select(selectedSalary, salaryRows, r -> r.salary().id(), saved.id());
            salaryEditor.startEdit(selectedSalary.get().salary());
        }));
        clearSelectionWhenClosed(basisEditor, selectedBasis);
        clearSelectionWhenClosed(formEditor, selectedForm);
        clearSelectionWhenClosed(salaryEditor, selectedSalary);

        selectedBasis.addListener((o, a, b) -> {
            if (!quiet && b != null && mayDrop(basisEditor, selectedBasis, a)) {
                basisEditor.startEdit(b.basis());
            }
        });
        selectedForm.addListener((o, a, b) -> {
            if (b != null) {
                toggleFormText.set(Messages.get(b.form().active() ? "catalogue.form.deactivate" : "catalogue.form.activate"));
            }
            if (!quiet && b != null && mayDrop(formEditor, selectedForm, a)) {
                formEditor.startEdit(b.form(), b.rule(), chosenBasis.get());
            }
        });
        selectedSalary.addListener((o, a, b) -> {
            if (!quiet && b != null && mayDrop(salaryEditor, selectedSalary, a)) {
                salaryEditor.startEdit(b.salary());
            }
        });
        chosenBasis.addListener((o, a, b) -> {
            if (quiet || b == null || b.equals(a)) {
                return;
            }
            if (!mayDrop(formEditor, chosenBasis, a)) {
                return;
            }
            showForms();
            Long editedId = formEditor.editedId();
            if (editedId != null) {
                formRows.stream().filter(r -> r.form().id().equals(editedId)).findFirst()
                        .ifPresent(r -> formEditor.startEdit(r.form(), r.rule(), b));
            } else if (formEditor.editingProperty().get()) {
                formEditor.startNew(b);
            }
        });

        addBasis = new Command(() -> {
            if (mayDrop(basisEditor)) {
                quietly(() -> selectedBasis.set(null));
                basisEditor.startNew();
            }
        });
        addForm = new Command(() -> {
            if (mayDrop(formEditor)) {
                quietly(() -> selectedForm.set(null));
                formEditor.startNew(chosenBasis.get());
            }
        }, chosenBasis.isNotNull());
        toggleFormActive = new Command(this::toggleFormActive, selectedForm.isNotNull());
        addSalary = new Command(() -> {
            if (mayDrop(salaryEditor)) {
                quietly(() -> selectedSalary.set(null));
                salaryEditor.startNew();
            }
        });
        deleteSalary = new Command(this::deleteSalary, selectedSalary.isNotNull());
    }

    /** Loads every table off the FX thread, keeping what is selected and any unsaved edit. */
    public void load() {
        reload(this::restoreSelections);
    }

    private void reload(Runnable then) {
        executor.submit(Messages.get("common.loading"), () -> new Snapshot(repository.legalBases(),
                repository.awardForms(), repository.allRules(), repository.baseSalaries()), snap -> {
                    show(snap);
                    then.run();
                }, e -> dialogs.showError(Errors.message(e)));
    }

    private void show(Snapshot snap) {
        snapshot = snap;
        LocalDate day = today.get();
        quietly(() -> {
            bases.setAll(snap.bases());
            salaries.setAll(snap.salaries());
            basisRows.setAll(snap.bases().stream().map(b -> new LegalBasisRow(b, basisStatus(b, day))).toList());
            Optional<BaseSalary> current = salaryOn(day);
            salaryRows.setAll(snap.salaries().stream().map(s -> new BaseSalaryRow(s, CatalogueFormat.money(s.amount()),
                    salaryStatus(s, current.orElse(null), day))).toList());
            issuers.setAll(snap.forms().stream().map(AwardForm::issuer).filter(Objects::nonNull).distinct()
                    .sorted(VietText.collation()).toList());
            Long chosenId = chosenBasis.get() == null ? null : chosenBasis.get().id();
            LegalBasis chosen = snap.bases().stream().filter(b -> b.id().equals(chosenId)).findFirst()
                    .or(() -> snap.bases().stream().filter(b -> b.inForceOn(day)).findFirst())
                    .or(() -> snap.bases().stream().reduce((x, y) -> y))
                    .orElse(null);
            chosenBasis.set(chosen);
        });
        showForms();
    }

    /** The forms table under the chosen basis, with the prize for the base salary of that basis's time. */
    private void showForms() {
        LegalBasis basis = chosenBasis.get();
        Map<Long, AwardRule> rules = new HashMap<>();
        if (basis != null) {
            snapshot.rules().stream().filter(r -> r.legalBasisId() == basis.id()).forEach(r -> rules.put(r.awardFormId(), r));
        }
        LocalDate day = basis == null ? today.get() : referenceDay(basis);
        Optional<BaseSalary> salary = salaryOn(day);
        Long amount = salary.map(BaseSalary::amount).orElse(null);
        List<AwardFormRow> fresh = new ArrayList<>();
        for (AwardForm f : snapshot.forms()) {
            AwardRule r = rules.get(f.id());
            fresh.add(new AwardFormRow(f, r, recipients(f),
                    CatalogueFormat.coefficient(r == null ? null : r.individualCoefficient()),
                    CatalogueFormat.coefficient(r == null ? null : r.collectiveCoefficient()),
                    prize(r == null ? null : r.individualCoefficient(), amount),
                    prize(r == null ? null : r.collectiveCoefficient(), amount),
                    CatalogueFormat.whole(r == null ? null : r.voteThresholdPercent()),
                    CatalogueFormat.whole(r == null ? null : r.reportYears()),
                    Messages.get(f.active() ? "catalogue.form.active" : "catalogue.form.inactive")));
        }
        quietly(() -> {
            Long selectedId = selectedForm.get() == null ? null : selectedForm.get().form().id();
            formRows.setAll(fresh);
            selectedForm.set(fresh.stream().filter(r -> r.form().id().equals(selectedId)).findFirst().orElse(null));
        });
        formEditor.baseSalaryProperty().set(amount);
        prizeNote.set(salary.map(s -> Messages.get("catalogue.prizeNote", CatalogueFormat.money(s.amount()),
                VietDates.format(s.effectiveFrom()))).orElse(Messages.get("catalogue.prizeNote.noSalary")));
    }

    /** After a plain reload: the same rows stay selected; an editor without unsaved changes shows the fresh data. */
    private void restoreSelections() {
        restore(selectedBasis, basisRows, r -> r.basis().id(), basisEditor, basisEditor.editedId(),
                r -> basisEditor.startEdit(r.basis()));
        restore(selectedForm, formRows, r -> r.form().id(), formEditor, formEditor.editedId(),
                r -> formEditor.startEdit(r.form(), r.rule(), chosenBasis.get()));
        restore(selectedSalary, salaryRows, r -> r.salary().id(), salaryEditor, salaryEditor.editedId(),
                r -> salaryEditor.startEdit(r.salary()));
    }

    private <R> void restore(ObjectProperty<R> selected, List<R> rows, Function<R, Long> id, CopyEditor<?> editor,
                             Long editedId, Consumer<R> startEdit) {
        Long wanted = selected.get() == null ? editedId : id.apply(selected.get());
        R row = rows.stream().filter(r -> id.apply(r).equals(wanted)).findFirst().orElse(null);
        quietly(() -> selected.set(row));
        if (editedId == null) {
            return;
        }
        if (row == null || !id.apply(row).equals(editedId)) {
            if (!editor.hasUnsavedChanges()) {
                editor.close();
            }
        } else if (!editor.hasUnsavedChanges()) {
            startEdit.accept(row);
        }
    }

    private <R> void select(ObjectProperty<R> selected, List<R> rows, Function<R, Long> id, Long wanted) {
        quietly(() -> selected.set(rows.stream().filter(r -> id.apply(r).equals(wanted)).findFirst().orElse(null)));
    }

    private void toggleFormActive() {
        AwardForm f = selectedForm.get().form();
        if (f.active() && !dialogs.confirm(Messages.get("catalogue.form.deactivateTitle"),
                Messages.get("catalogue.form.deactivateConfirm", f.name()))) {
            return;
        }
        executor.submit(Messages.get("common.saving"), () -> {
            repository.setAwardFormActive(f.id(), !f.active());
            return f.id();
        }, id -> reload(this::restoreSelections), e -> dialogs.showError(Errors.message(e)));
    }

    private void deleteSalary() {
        BaseSalary s = selectedSalary.get().salary();
        if (!dialogs.confirm(Messages.get("catalogue.salary.deleteTitle"), Messages.get("catalogue.salary.deleteConfirm",
                CatalogueFormat.money(s.amount()), VietDates.format(s.effectiveFrom())))) {
            return;
        }
        executor.submit(Messages.get("common.saving"), () -> {
            repository.deleteBaseSalary(s.id());
            return s.id();
        }, id -> {
            if (Objects.equals(salaryEditor.editedId(), id)) {
                salaryEditor.close();
            }
            quietly(() -> selectedSalary.set(null));
            reload(this::restoreSelections);
        }, e -> dialogs.showError(Errors.message(e)));
    }

    /** A row is selected while its editor is open: closing the editor (Cancel, Save) lets the row go. */
    private <R> void clearSelectionWhenClosed(CopyEditor<?> editor, ObjectProperty<R> selected) {
        editor.editingProperty().addListener((o, was, now) -> {
            if (!now) {
                quietly(() -> selected.set(null));
            }
        });
    }

    /** True when the editor has nothing unsaved or the clerk agrees to drop it. */
    private boolean mayDrop(CopyEditor<?> editor) {
        return !editor.hasUnsavedChanges()
                || dialogs.confirm(Messages.get("catalogue.unsavedTitle"), Messages.get("catalogue.unsaved"));
    }

    /** Like {@link #mayDrop(CopyEditor)}; when the clerk keeps the edit, the selection goes back to what it was. */
    private <T> boolean mayDrop(CopyEditor<?> editor, ObjectProperty<T> selection, T previous) {
        if (mayDrop(editor)) {
            return true;
        }
        quietly(() -> selection.set(previous));
        return false;
    }

    private void quietly(Runnable change) {
        boolean was = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = was;
        }
    }

    /** Today if the basis is in force today; otherwise the nearest day of its period. */
    private LocalDate referenceDay(LegalBasis b) {
        LocalDate day = today.get();
        if (day.isBefore(b.effectiveFrom())) {
            return b.effectiveFrom();
        }
        return b.effectiveTo() != null && day.isAfter(b.effectiveTo()) ? b.effectiveTo() : day;
    }

    private Optional<BaseSalary> salaryOn(LocalDate day) {
        return snapshot.salaries().stream().filter(s -> !s.effectiveFrom().isAfter(day)).reduce((a, b) -> b);
    }

    private static String prize(BigDecimal coefficient, Long baseSalary) {
        return baseSalary == null ? Messages.get("catalogue.none")
                : CatalogueFormat.money(PrizeMoney.amount(coefficient, baseSalary));
    }

    private static String recipients(AwardForm f) {
        if (f.forIndividual() && f.forCollective()) {
            return Messages.get("catalogue.recipient.both");
        }
        return Messages.get(f.forIndividual() ? "catalogue.recipient.individual" : "catalogue.recipient.collective");
    }

    private static String basisStatus(LegalBasis b, LocalDate day) {
        if (b.inForceOn(day)) {
            return Messages.get("catalogue.basis.inForce");
        }
        return Messages.get(day.isBefore(b.effectiveFrom()) ? "catalogue.basis.future" : "catalogue.basis.expired");
    }

    private static String salaryStatus(BaseSalary s, BaseSalary current, LocalDate day) {
        if (s.equals(current)) {
            return Messages.get("catalogue.salary.current");
        }
        return Messages.get(s.effectiveFrom().isAfter(day) ? "catalogue.salary.future" : "catalogue.salary.past");
    }

    /** How the basis chooser names a basis: "152/2025/NĐ-CP (từ 01/07/2025)". */
    public static String choiceText(LegalBasis b) {
        return b == null ? "" : Messages.get("catalogue.basis.choice", b.code(), CatalogueValidator.periodText(b));
    }

    public ObservableList<LegalBasisRow> basisRows() {
        return basisRows;
    }

    public ObservableList<AwardFormRow> formRows() {
        return formRows;
    }

    public ObservableList<BaseSalaryRow> salaryRows() {
        return salaryRows;
    }

    /** Every legal basis, oldest first: the chooser's items. */
    public ObservableList<LegalBasis> bases() {
        return bases;
    }

    /** Issuers already in the catalogue, offered when typing one. */
    public ObservableList<String> issuers() {
        return issuers;
    }

    public ObjectProperty<LegalBasisRow> selectedBasisProperty() {
        return selectedBasis;
    }

    public ObjectProperty<AwardFormRow> selectedFormProperty() {
        return selectedForm;
    }

    public ObjectProperty<BaseSalaryRow> selectedSalaryProperty() {
        return selectedSalary;
    }

    /** The legal basis whose rules the forms table shows; at first the one in force today. */
    public ObjectProperty<LegalBasis> chosenBasisProperty() {
        return chosenBasis;
    }

    /** Which base salary the prizes use, in words. */
    public ReadOnlyStringProperty prizeNoteProperty() {
        return prizeNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toggleFormTextProperty() {
        return toggleFormText.getReadOnlyProperty();
    }

    public LegalBasisEditorViewModel basisEditor() {
        return basisEditor;
    }

    public AwardFormEditorViewModel formEditor() {
        return formEditor;
    }

    public BaseSalaryEditorViewModel salaryEditor() {
        return salaryEditor;
    }

    public Command addBasisCommand() {
        return addBasis;
    }

    public Command addFormCommand() {
        return addForm;
    }

    public Command toggleFormActiveCommand() {
        return toggleFormActive;
    }

    public Command addSalaryCommand() {
        return addSalary;
    }

    public Command deleteSalaryCommand() {
        return deleteSalary;
    }
}
