package vn.thidua.catalogue.gui;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.logic.CatalogueValidator;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietNumbers;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.CopyEditor;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.TaskExecutor;

/** Edits a copy of one row of the base salary table; the amount is typed as "2.340.000". */
public class BaseSalaryEditorViewModel extends CopyEditor<BaseSalary> {

    private final CatalogueRepository repository;

    private final ObjectProperty<Long> editedId = new SimpleObjectProperty<>();
    private BaseSalary loaded;

    private final ObjectProperty<LocalDate> effectiveFrom = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final StringBinding dateError;
    private final StringBinding amountError;
    private final StringBinding firstProblem;


    /** {@code salaries} is the screen's table, kept up to date by the screen, for the one-row-per-date rule. */
    public BaseSalaryEditorViewModel(CatalogueRepository repository, TaskExecutor executor, DialogService dialogs,
                                     ObservableList<BaseSalary> salaries) {
        super(executor, dialogs);
        this.repository = repository;
        dateError = Bindings.createStringBinding(
                () -> CatalogueValidator.salaryDate(effectiveFrom.get(), editedId.get(), salaries),
                effectiveFrom, editedId, salaries);
        amountError = Bindings.createStringBinding(() -> CatalogueValidator.amount(amount.get()), amount);
        firstProblem = Bindings.createStringBinding(() -> firstOf(dateError.get(), amountError.get()),
                dateError, amountError);
        bindValid(firstProblem.isNull());
    }

    public void startNew() {
        heading.set(Messages.get("catalogue.salary.editor.new"));
        editedId.set(null);
        effectiveFrom.set(null);
        amount.set("");
        note.set("");
        loaded = null;
        editing.set(true);
    }

    public void startEdit(BaseSalary s) {
        heading.set(Messages.get("catalogue.salary.editor.edit"));
        editedId.set(s.id());
        effectiveFrom.set(s.effectiveFrom());
        amount.set(VietNumbers.grouped(s.amount()));
        note.set(s.note() == null ? "" : s.note());
        loaded = s;
        editing.set(true);
    }

    /** The edited copy, note in NFC; only meaningful while valid. */
    public BaseSalary toSalary() {
        return new BaseSalary(editedId.get(), effectiveFrom.get(), CatalogueValidator.parseAmount(amount.get()),
                VietText.cleanOrNull(note.get()));
    }

    @Override
    public boolean hasUnsavedChanges() {
        if (!editing.get()) {
            return false;
        }
        if (loaded == null) {
            return effectiveFrom.get() != null || VietText.cleanOrNull(amount.get()) != null
                    || VietText.cleanOrNull(note.get()) != null;
        }
        return !validProperty().get() || !toSalary().equals(new BaseSalary(loaded.id(), loaded.effectiveFrom(), loaded.amount(),
                VietText.cleanOrNull(loaded.note())));
    }

    public Long editedId() {
        return editing.get() ? editedId.get() : null;
    }

    @Override
    protected Callable<BaseSalary> write() {
        BaseSalary edited = toSalary();
        return () -> repository.saveBaseSalary(edited);
    }

    @Override
    public void close() {
        super.close();
        loaded = null;
    }

    public ObjectProperty<LocalDate> effectiveFromProperty() {
        return effectiveFrom;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableStringValue dateErrorProperty() {
        return dateError;
    }

    public ObservableStringValue amountErrorProperty() {
        return amountError;
    }

    public ObservableStringValue firstProblemProperty() {
        return firstProblem;
    }
}
