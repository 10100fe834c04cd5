package vn.thidua.catalogue.gui;

import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.logic.CatalogueValidator;
import vn.thidua.catalogue.logic.PrizeMoney;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.AwardRule;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietNumbers;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.CopyEditor;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.TaskExecutor;

/**
 * Edits a copy of a title or award form together with its rule under one legal basis; Save writes both in one
 * transaction, Cancel drops the copy. Numbers are kept as typed until they are saved.
 */
public class AwardFormEditorViewModel extends CopyEditor<AwardForm> {

    /** The editor's fields as typed, to tell whether anything changed. */
    private record Fields(String name, String shortName, AwardCategory category, boolean individual, boolean collective,
                          String issuer, String individualCoefficient, String collectiveCoefficient,
                          String voteThreshold, String reportYears) {
    }

    private final CatalogueRepository repository;

    private final ReadOnlyStringWrapper ruleHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LegalBasis> basis = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Long> baseSalary = new SimpleObjectProperty<>();
    private AwardForm original;
    private Fields loaded;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final ObjectProperty<AwardCategory> category = new SimpleObjectProperty<>(AwardCategory.TITLE);
    private final BooleanProperty forIndividual = new SimpleBooleanProperty(true);
    private final BooleanProperty forCollective = new SimpleBooleanProperty(false);
    private final StringProperty issuer = new SimpleStringProperty("");
    private final StringProperty individualCoefficient = new SimpleStringProperty("");
    private final StringProperty collectiveCoefficient = new SimpleStringProperty("");
    private final StringProperty voteThreshold = new SimpleStringProperty("");
    private final StringProperty reportYears = new SimpleStringProperty("");

    private final StringBinding nameError;
    private final StringBinding recipientsError;
    private final StringBinding issuerError;
    private final StringBinding individualCoefficientError;
    private final StringBinding collectiveCoefficientError;
    private final StringBinding voteThresholdError;
    private final StringBinding reportYearsError;
    private final StringBinding firstProblem;
    private final StringBinding individualPrize;
    private final StringBinding collectivePrize;


    public AwardFormEditorViewModel(CatalogueRepository repository, TaskExecutor executor, DialogService dialogs) {
        super(executor, dialogs);
        this.repository = repository;
        nameError = Bindings.createStringBinding(() -> CatalogueValidator.formName(name.get()), name);
        recipientsError = Bindings.createStringBinding(
                () -> CatalogueValidator.recipients(forIndividual.get(), forCollective.get()), forIndividual, forCollective);
        issuerError = Bindings.createStringBinding(() -> CatalogueValidator.issuer(issuer.get()), issuer);
        individualCoefficientError = Bindings.createStringBinding(
                () -> CatalogueValidator.coefficient(individualCoefficient.get()), individualCoefficient);
        collectiveCoefficientError = Bindings.createStringBinding(
                () -> CatalogueValidator.coefficient(collectiveCoefficient.get()), collectiveCoefficient);
        voteThresholdError = Bindings.createStringBinding(
                () -> CatalogueValidator.voteThreshold(voteThreshold.get()), voteThreshold);
        reportYearsError = Bindings.createStringBinding(() -> CatalogueValidator.reportYears(reportYears.get()), reportYears);
        firstProblem = Bindings.createStringBinding(() -> firstOf(nameError.get(), recipientsError.get(), issuerError.get(),
                individualCoefficientError.get(), collectiveCoefficientError.get(), voteThresholdError.get(),
                reportYearsError.get()), nameError, recipientsError, issuerError, individualCoefficientError,
                collectiveCoefficientError, voteThresholdError, reportYearsError);
        bindValid(firstProblem.isNull());
        individualPrize = prizePreview(individualCoefficient);
        collectivePrize = prizePreview(collectiveCoefficient);
    }

    /** A new title or award form, with its rule under the given basis. */
    public void startNew(LegalBasis under) {
        original = null;
        heading.set(Messages.get("catalogue.form.editor.new"));
        copyIn(new Fields("", "", AwardCategory.TITLE, true, false, "", "", "", "", ""), under);
    }

    /** A copy of a form and of its rule under the given basis (none yet: empty fields). */
    public void startEdit(AwardForm form, AwardRule rule, LegalBasis under) {
        original = form;
        heading.set(Messages.get("catalogue.form.editor.edit", form.name()));
        copyIn(new Fields(form.name(), form.shortName(), form.category(), form.forIndividual(), form.forCollective(),
                nz(form.issuer()), rule == null ? "" : VietNumbers.decimal(rule.individualCoefficient()),
                rule == null ? "" : VietNumbers.decimal(rule.collectiveCoefficient()),
                rule == null || rule.voteThresholdPercent() == null ? "" : rule.voteThresholdPercent().toString(),
                rule == null || rule.reportYears() == null ? "" : rule.reportYears().toString()), under);
    }

    private void copyIn(Fields f, LegalBasis under) {
        basis.set(under);
        ruleHeading.set(Messages.get("catalogue.form.ruleHeading", under.code(), CatalogueValidator.periodText(under)));
        name.set(f.name());
        shortName.set(f.shortName());
        category.set(f.category());
        forIndividual.set(f.individual());
        forCollective.set(f.collective());
        issuer.set(f.issuer());
        individualCoefficient.set(f.individualCoefficient());
        collectiveCoefficient.set(f.collectiveCoefficient());
        voteThreshold.set(f.voteThreshold());
        reportYears.set(f.reportYears());
        loaded = fields();
        editing.set(true);
    }

    private Fields fields() {
        return new Fields(clean(name.get()), clean(shortName.get()), category.get(), forIndividual.get(),
                forCollective.get(), clean(issuer.get()), clean(individualCoefficient.get()),
                clean(collectiveCoefficient.get()), clean(voteThreshold.get()), clean(reportYears.get()));
    }

    @Override
    public boolean hasUnsavedChanges() {
        return editing.get() && loaded != null && !fields().equals(loaded);
    }

    /** The id of the form being edited; null for a new one or when closed. */
    public Long editedId() {
        return editing.get() && original != null ? original.id() : null;
    }

    /** The edited copy, text in NFC; only meaningful while valid. */
    public AwardForm toForm() {
        String n = VietText.clean(name.get());
        String sn = VietText.cleanOrNull(shortName.get());
        return new AwardForm(original == null ? null : original.id(), original == null ? null : original.code(), n,
                sn == null ? n : sn, category.get(), forIndividual.get(), forCollective.get(), VietText.clean(issuer.get()),
                original == null ? 0 : original.sortOrder(), original == null || original.active());
    }

    /** The edited rule under the editor's basis; only meaningful while valid. */
    public AwardRule toRule() {
        return new AwardRule(original == null ? 0 : original.id(), basis.get().id(),
                CatalogueValidator.parseCoefficient(individualCoefficient.get()),
                CatalogueValidator.parseCoefficient(collectiveCoefficient.get()),
                CatalogueValidator.parseVoteThreshold(voteThreshold.get()),
                CatalogueValidator.parseReportYears(reportYears.get()));
    }

    @Override
    protected Callable<AwardForm> write() {
        AwardForm form = toForm();
        AwardRule rule = toRule();
        return () -> repository.saveAwardForm(form, rule);
    }

    @Override
    protected void saved(AwardForm value) {
        original = value;
    }

    @Override
    public void close() {
        super.close();
        original = null;
        loaded = null;
    }

    private StringBinding prizePreview(StringProperty coefficient) {
        return Bindings.createStringBinding(() -> {
            if (baseSalary.get() == null || CatalogueValidator.coefficient(coefficient.get()) != null) {
                return "";
            }
            Long prize = PrizeMoney.amount(CatalogueValidator.parseCoefficient(coefficient.get()), baseSalary.get());
            return prize == null ? "" : CatalogueFormat.money(prize);
        }, coefficient, baseSalary);
    }

    private static String clean(String s) {
        return nz(VietText.clean(s));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ReadOnlyStringProperty ruleHeadingProperty() {
        return ruleHeading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LegalBasis> basisProperty() {
        return basis.getReadOnlyProperty();
    }

    /** The base salary the prize preview uses; the screen sets it for the chosen basis. */
    public ObjectProperty<Long> baseSalaryProperty() {
        return baseSalary;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public ObjectProperty<AwardCategory> categoryProperty() {
        return category;
    }

    public BooleanProperty forIndividualProperty() {
        return forIndividual;
    }

    public BooleanProperty forCollectiveProperty() {
        return forCollective;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty individualCoefficientProperty() {
        return individualCoefficient;
    }

    public StringProperty collectiveCoefficientProperty() {
        return collectiveCoefficient;
    }

    public StringProperty voteThresholdProperty() {
        return voteThreshold;
    }

    public StringProperty reportYearsProperty() {
        return reportYears;
    }

    public ObservableStringValue nameErrorProperty() {
        return nameError;
    }

    public ObservableStringValue recipientsErrorProperty() {
        return recipientsError;
    }

    public ObservableStringValue issuerErrorProperty() {
        return issuerError;
    }

    public ObservableStringValue individualCoefficientErrorProperty() {
        return individualCoefficientError;
    }

    public ObservableStringValue collectiveCoefficientErrorProperty() {
        return collectiveCoefficientError;
    }

    public ObservableStringValue voteThresholdErrorProperty() {
        return voteThresholdError;
    }

    public ObservableStringValue reportYearsErrorProperty() {
        return reportYearsError;
    }

    /** The first problem of the copy in words, shown under the fields; null when it can be saved. */
    public ObservableStringValue firstProblemProperty() {
        return firstProblem;
    }

    public ObservableStringValue individualPrizeProperty() {
        return individualPrize;
    }

    public ObservableStringValue collectivePrizeProperty() {
        return collectivePrize;
    }
}
