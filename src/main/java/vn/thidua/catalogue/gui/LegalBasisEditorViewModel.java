package vn.thidua.catalogue.gui;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.logic.CatalogueValidator;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.CopyEditor;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.TaskExecutor;

/** Edits a copy of a legal basis; its period is checked against the other bases so that no two overlap. */
public class LegalBasisEditorViewModel extends CopyEditor<LegalBasis> {

    private final CatalogueRepository repository;

    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Long> editedId = new SimpleObjectProperty<>();
    private LegalBasis loaded;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issuedDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> effectiveFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> effectiveTo = new SimpleObjectProperty<>();
    private final BooleanProperty copyRules = new SimpleBooleanProperty(true);

    private final StringBinding codeError;
    private final StringBinding titleError;
    private final StringBinding effectiveFromError;
    private final StringBinding periodError;
    private final StringBinding firstProblem;


    /** {@code bases} is the screen's list of every basis, kept up to date by the screen. */
    public LegalBasisEditorViewModel(CatalogueRepository repository, TaskExecutor executor, DialogService dialogs,
                                     ObservableList<LegalBasis> bases) {
        super(executor, dialogs);
        this.repository = repository;
        codeError = Bindings.createStringBinding(() -> CatalogueValidator.basisCode(code.get(), editedId.get(), bases),
                code, editedId, bases);
        titleError = Bindings.createStringBinding(() -> CatalogueValidator.basisTitle(title.get()), title);
        effectiveFromError = Bindings.createStringBinding(() -> CatalogueValidator.effectiveFrom(effectiveFrom.get()),
                effectiveFrom);
        periodError = Bindings.createStringBinding(() -> {
            String reversed = CatalogueValidator.period(effectiveFrom.get(), effectiveTo.get());
            return reversed != null ? reversed
                    : CatalogueValidator.overlap(editedId.get(), effectiveFrom.get(), effectiveTo.get(), bases);
        }, effectiveFrom, effectiveTo, editedId, bases);
        firstProblem = Bindings.createStringBinding(() -> firstOf(codeError.get(), titleError.get(),
                effectiveFromError.get(), periodError.get()), codeError, titleError, effectiveFromError, periodError);
        bindValid(firstProblem.isNull());
    }

    public void startNew() {
        heading.set(Messages.get("catalogue.basis.editor.new"));
        creating.set(true);
        copyRules.set(true);
        copyIn(new LegalBasis(null, "", "", null, null, null));
    }

    public void startEdit(LegalBasis b) {
        heading.set(Messages.get("catalogue.basis.editor.edit", b.code()));
        creating.set(false);
        copyIn(b);
    }

    private void copyIn(LegalBasis b) {
        editedId.set(b.id());
        code.set(b.code());
        title.set(b.title());
        issuedDate.set(b.issuedDate());
        effectiveFrom.set(b.effectiveFrom());
        effectiveTo.set(b.effectiveTo());
        loaded = toBasis();
        editing.set(true);
    }

    /** The edited copy, text in NFC. */
    public LegalBasis toBasis() {
        return new LegalBasis(editedId.get(), VietText.clean(code.get()), VietText.clean(title.get()), issuedDate.get(),
                effectiveFrom.get(), effectiveTo.get());
    }

    @Override
    public boolean hasUnsavedChanges() {
        return editing.get() && loaded != null && !toBasis().equals(loaded);
    }

    public Long editedId() {
        return editing.get() ? editedId.get() : null;
    }

    @Override
    protected Callable<LegalBasis> write() {
        LegalBasis edited = toBasis();
        boolean copy = creating.get() && copyRules.get();
        return () -> repository.saveLegalBasis(edited, copy);
    }

    @Override
    public void close() {
        super.close();
        loaded = null;
    }

    /** True while the copy is a new basis (which may start from the rules of the basis before it). */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> issuedDateProperty() {
        return issuedDate;
    }

    public ObjectProperty<LocalDate> effectiveFromProperty() {
        return effectiveFrom;
    }

    public ObjectProperty<LocalDate> effectiveToProperty() {
        return effectiveTo;
    }

    public BooleanProperty copyRulesProperty() {
        return copyRules;
    }

    public ObservableStringValue codeErrorProperty() {
        return codeError;
    }

    public ObservableStringValue titleErrorProperty() {
        return titleError;
    }

    public ObservableStringValue effectiveFromErrorProperty() {
        return effectiveFromError;
    }

    /** The period ends before it starts, or overlaps another basis. */
    public ObservableStringValue periodErrorProperty() {
        return periodError;
    }

    public ObservableStringValue firstProblemProperty() {
        return firstProblem;
    }
}
