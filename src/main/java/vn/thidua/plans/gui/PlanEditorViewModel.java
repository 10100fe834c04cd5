package vn.thidua.plans.gui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.document.DocumentText;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.CopyEditor;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.InvalidPlanException;
import vn.thidua.plans.logic.PlanDocument;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.plans.logic.PlanRepository;
import vn.thidua.plans.logic.PlanValidator;
import vn.thidua.plans.model.Amendment;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.AwardeeLine;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.Duty;
import vn.thidua.plans.model.FieldProblem;
import vn.thidua.plans.model.MovementForm;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanField;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.Quota;
import vn.thidua.plans.model.Target;
import vn.thidua.plans.model.TargetMeasure;

/**
 * Edits a copy of a plan in the document's order. A draft is saved as a draft; an issued plan opens read-only and
 * changes only through Amend (Sửa đổi), which asks who and why and is logged. Every problem is shown at its field.
 */
public class PlanEditorViewModel extends CopyEditor<Plan> {

    /** A basis document (căn cứ). */
    public static final class BasisRow implements RowList.Row {
        public final StringProperty type = new SimpleStringProperty("Kế hoạch");
        public final StringProperty number = new SimpleStringProperty("");
        public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
        public final StringProperty issuer = new SimpleStringProperty("");
        public final StringProperty subject = new SimpleStringProperty("");

        @Override
        public Observable[] fields() {
            return new Observable[] {type, number, date, issuer, subject};
        }

        /** "Kế hoạch 134/KH-UBND ngày 15/05/2025 – UBND tỉnh", as the list shows it. */
        public String summary() {
            return Messages.get("plan.editor.basisSummary", type.get(), number.get(), VietDates.format(date.get()),
                    issuer.get());
        }
    }

    /** A target with its optional measure and threshold. */
    public static final class TargetRow implements RowList.Row {
        public final StringProperty text = new SimpleStringProperty("");
        public final ObjectProperty<TargetMeasure> measure = new SimpleObjectProperty<>();
        public final StringProperty threshold = new SimpleStringProperty("");

        @Override
        public Observable[] fields() {
            return new Observable[] {text, measure, threshold};
        }
    }

    /** An award offer: form × collective/individual, standards and priorities one per line, quota. */
    public static final class OfferRow implements RowList.Row {
        public final ObjectProperty<Long> awardFormId = new SimpleObjectProperty<>();
        public final ObjectProperty<Awardee> awardee = new SimpleObjectProperty<>(Awardee.INDIVIDUAL);
        public final StringProperty standardsIntro = new SimpleStringProperty("");
        public final StringProperty standards = new SimpleStringProperty("");
        public final StringProperty quotaCount = new SimpleStringProperty("");
        public final StringProperty quotaPercent = new SimpleStringProperty("");
        public final StringProperty priorities = new SimpleStringProperty("");

        @Override
        public Observable[] fields() {
            return new Observable[] {awardFormId, awardee, standardsIntro, standards, quotaCount, quotaPercent, priorities};
        }
    }

    /** A duty of a unit or a party named in words. */
    public static final class DutyRow implements RowList.Row {
        public final ObjectProperty<Long> unitId = new SimpleObjectProperty<>();
        public final StringProperty party = new SimpleStringProperty("");
        public final StringProperty text = new SimpleStringProperty("");

        @Override
        public Observable[] fields() {
            return new Observable[] {unitId, party, text};
        }
    }

    private final PlanRepository repository;
    private final Supplier<LocalDateTime> now;

    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper amending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper frozen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ObservableList<Amendment> amendments = FXCollections.observableArrayList();
    private final ObservableList<Signer> signers = FXCollections.observableArrayList();
    private final ObservableList<AwardForm> awardForms = FXCollections.observableArrayList();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObjectProperty<Agency> agency = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Plan> opened = new ReadOnlyObjectWrapper<>();
    private Plan loaded;
    private Plan loadedCopy;
    private boolean filling;

    private final StringProperty code = new SimpleStringProperty("KH");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty month = new SimpleStringProperty("");
    private final StringProperty day = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty theme = new SimpleStringProperty("");
    private final StringProperty introduction = new SimpleStringProperty("");
    private final RowList<BasisRow> basis;
    private final StringProperty purposes = new SimpleStringProperty("");
    private final StringProperty requirements = new SimpleStringProperty("");
    private final StringProperty objectives = new SimpleStringProperty("");
    private final RowList<TargetRow> targets;
    private final ContentRows contents;
    private final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    private final BooleanProperty periodFromIssue = new SimpleBooleanProperty(false);
    private final BooleanProperty periodWholeMonths = new SimpleBooleanProperty(false);
    private final ObjectProperty<MovementForm> movementForm = new SimpleObjectProperty<>();
    private final StringProperty eligibleCollective = new SimpleStringProperty("");
    private final StringProperty eligibleIndividual = new SimpleStringProperty("");
    private final StringProperty criteriaCollective = new SimpleStringProperty("");
    private final StringProperty criteriaIndividual = new SimpleStringProperty("");
    private final RowList<OfferRow> offers;
    private final StringProperty overallQuotaCount = new SimpleStringProperty("");
    private final StringProperty overallQuotaPercent = new SimpleStringProperty("");
    private final StringProperty dossierDocuments = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dossierDeadline = new SimpleObjectProperty<>();
    private final StringProperty dossierDestination = new SimpleStringProperty("");
    private final RowList<DutyRow> duties;
    private final StringProperty closing = new SimpleStringProperty("");
    private final StringProperty recipients = new SimpleStringProperty("");
    private final ObjectProperty<Signer> signer = new SimpleObjectProperty<>();
    private final StringProperty amendBy = new SimpleStringProperty("");
    private final StringProperty amendReason = new SimpleStringProperty("");

    private final Map<PlanField, ReadOnlyStringWrapper> errors = new EnumMap<>(PlanField.class);
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper firstProblem = new ReadOnlyStringWrapper();
    private final Command amend;
    private final Command leave;
    private final DialogService dialogs;
    private final String user;

    public PlanEditorViewModel(PlanRepository repository, TaskExecutor executor, DialogService dialogs,
                               Supplier<LocalDateTime> now, String user) {
        super(executor, dialogs);
        this.repository = repository;
        this.dialogs = dialogs;
        this.now = now;
        this.user = user == null ? "" : user;
        for (PlanField f : PlanField.values()) {
            errors.put(f, new ReadOnlyStringWrapper());
        }
        basis = new RowList<>(BasisRow::new, editable);
        targets = new RowList<>(TargetRow::new, editable);
        contents = new ContentRows(editable);
        offers = new RowList<>(OfferRow::new, editable);
        duties = new RowList<>(DutyRow::new, editable);
        amend = new Command(this::startAmending, frozen.and(amending.not()).and(editing)
                .and(status.isNotEqualTo(PlanStatus.CLOSED)));
        leave = new Command(this::leave, cancelCommand().executableProperty());
        List<Observable> watched = new ArrayList<>(Arrays.asList(code, number, place, year, month, day, title, theme,
                introduction, purposes, requirements, objectives, periodFrom, periodTo, periodFromIssue,
                periodWholeMonths, movementForm, eligibleCollective, eligibleIndividual, criteriaCollective,
                criteriaIndividual, overallQuotaCount, overallQuotaPercent, dossierDocuments, dossierDeadline,
                dossierDestination, closing, recipients, signer, amendReason, amending, agency, awardForms));
        watched.addAll(List.of(basis.items(), targets.items(), contents.items(), offers.items(), duties.items()));
        watched.forEach(o -> o.addListener(x -> recheck()));
        bindValid(firstProblem.isNull().and(editable));
        editing.addListener((o, was, open) -> {
            if (!open) {
                opened.set(null);
            }
        });
    }

    /** A new draft: the office's place, this year, the director as signer. */
    public void startNew(Plan draft) {
        heading.set(Messages.get("plan.editor.new"));
        fill(draft, List.of());
    }

    /** Opens a stored plan: a draft to edit, an issued plan read-only with its amendments. */
    public void startEdit(Plan plan, List<Amendment> logged) {
        heading.set(plan.number() == null ? Messages.get("plan.editor.editDraft", plan.date().year())
                : Messages.get("plan.editor.edit", symbol(plan)));
        fill(plan, logged);
    }

    private String symbol(Plan p) {
        Agency a = agency.get();
        return PlanNumbers.symbol(p.number(), p.code(), a == null ? null : a.shortCode());
    }

    private void fill(Plan p, List<Amendment> logged) {
        filling = true;
        try {
            loaded = p;
            frozen.set(p.isFrozen());
            amending.set(false);
            editable.set(!p.isFrozen());
            status.set(p.status());
            statusText.set(Messages.label(p.status()));
            amendments.setAll(logged);
            code.set(text(p.code()));
            number.set(PlanNumbers.number(p.number()));
            place.set(text(p.place()));
            year.set(String.valueOf(p.date().year()));
            month.set(p.date().month() == null ? "" : p.date().month().toString());
            day.set(p.date().day() == null ? "" : p.date().day().toString());
            title.set(text(p.title()));
            theme.set(text(p.theme()));
            introduction.set(text(p.introduction()));
            basis.items().setAll(p.basis().stream().map(b -> {
                BasisRow r = new BasisRow();
                r.type.set(text(b.type()));
                r.number.set(text(b.number()));
                r.date.set(b.date());
                r.issuer.set(text(b.issuer()));
                r.subject.set(text(b.subject()));
                return r;
            }).toList());
            purposes.set(String.join("\n", p.purposes()));
            requirements.set(String.join("\n", p.requirements()));
            objectives.set(String.join("\n", p.objectives()));
            targets.items().setAll(p.targets().stream().map(t -> {
                TargetRow r = new TargetRow();
                r.text.set(text(t.text()));
                r.measure.set(t.measure());
                r.threshold.set(decimal(t.threshold()));
                return r;
            }).toList());
            contents.setTree(p.contents());
            Period period = p.period();
            periodFrom.set(period == null ? null : period.start());
            periodTo.set(period == null ? null : period.end());
            periodFromIssue.set(period != null && period.startsOnIssue());
            periodWholeMonths.set(period != null && period.wholeMonths());
            movementForm.set(p.movementForm());
            eligibleCollective.set(lines(p.eligible(), Awardee.COLLECTIVE));
            eligibleIndividual.set(lines(p.eligible(), Awardee.INDIVIDUAL));
            criteriaCollective.set(lines(p.criteria(), Awardee.COLLECTIVE));
            criteriaIndividual.set(lines(p.criteria(), Awardee.INDIVIDUAL));
            offers.items().setAll(p.offers().stream().map(o -> {
                OfferRow r = new OfferRow();
                r.awardFormId.set(o.awardFormId());
                r.awardee.set(o.awardee());
                r.standardsIntro.set(text(o.standardsIntro()));
                r.standards.set(String.join("\n", o.standards()));
                r.quotaCount.set(o.quota().count() == null ? "" : o.quota().count().toString());
                r.quotaPercent.set(decimal(o.quota().percent()));
                r.priorities.set(String.join("\n", o.priorities()));
                return r;
            }).toList());
            overallQuotaCount.set(p.overallQuota().count() == null ? "" : p.overallQuota().count().toString());
            overallQuotaPercent.set(decimal(p.overallQuota().percent()));
            dossierDocuments.set(String.join("\n", p.dossierDocuments()));
            dossierDeadline.set(p.dossierDeadline());
            dossierDestination.set(text(p.dossierDestination()));
            duties.items().setAll(p.duties().stream().map(d -> {
                DutyRow r = new DutyRow();
                r.unitId.set(d.unitId());
                r.party.set(text(d.party()));
                r.text.set(text(d.text()));
                return r;
            }).toList());
            closing.set(text(p.closing()));
            recipients.set(String.join("\n", p.recipients()));
            signer.set(signerOf(p.signer()));
            amendBy.set(user);
            amendReason.set("");
            for (RowList<?> list : List.of(basis, targets, contents, offers, duties)) {
                list.selectedProperty().set(null);
            }
        } finally {
            filling = false;
        }
        editing.set(true);
        loadedCopy = toPlan(new ArrayList<>());
        opened.set(p.id() == null ? null : p);
        recheck();
    }

    /** The office's signer the plan names, or a stand-in keeping the stored name when the office no longer lists it. */
    private Signer signerOf(PlanSigner s) {
        if (s == null) {
            return null;
        }
        return signers.stream().filter(x -> Objects.equals(x.id(), s.signerId()) || x.fullName().equals(s.fullName()))
                .findFirst().orElseGet(() -> {
                    Signer standIn = new Signer(s.signerId(), s.fullName(), s.role(), signers.size(), false);
                    signers.add(standIn);
                    return standIn;
                });
    }

    /** A duty belongs to a unit (or to none); a duty without a party's words is named after the unit. */
    public void chooseUnit(DutyRow row, Unit unit) {
        row.unitId.set(unit == null ? null : unit.id());
        if (unit != null && VietText.cleanOrNull(row.party.get()) == null) {
            row.party.set(unit.name());
        }
    }

    /** Back to the list; unsaved changes are dropped only when the clerk agrees. */
    private void leave() {
        if (!hasUnsavedChanges()
                || dialogs.confirm(Messages.get("plan.editor.unsavedTitle"), Messages.get("plan.editor.unsaved"))) {
            cancelCommand().execute();
        }
    }

    /** Opens a frozen plan for an amendment: the fields become editable, and who and why are asked. */
    private void startAmending() {
        amending.set(true);
        editable.set(true);
    }

    /** The copy as a plan; values that cannot be read are reported into {@code problems} and left empty. */
    Plan toPlan(List<FieldProblem> problems) {
        Integer y = whole(year.get(), PlanField.DATE, "plan.editor.error.year", problems);
        Integer m = whole(month.get(), PlanField.DATE, "plan.editor.error.month", problems);
        Integer d = whole(day.get(), PlanField.DATE, "plan.editor.error.day", problems);
        if (y == null && problems.stream().noneMatch(p -> p.field() == PlanField.DATE)) {
            problems.add(new FieldProblem(PlanField.DATE, Messages.get("plan.editor.error.year")));
        }
        Integer n = amending.get() ? whole(number.get(), PlanField.NUMBER, "plan.editor.error.number", problems)
                : loaded == null ? null : loaded.number();
        List<Target> targetList = new ArrayList<>();
        for (int i = 0; i < targets.items().size(); i++) {
            TargetRow r = targets.items().get(i);
            targetList.add(new Target(VietText.clean(r.text.get()), r.measure.get(),
                    number(r.threshold.get(), PlanField.TARGETS, Messages.get("plan.editor.error.targetThreshold", i + 1),
                            problems)));
        }
        List<AwardOffer> offerList = new ArrayList<>();
        for (int i = 0; i < offers.items().size(); i++) {
            OfferRow r = offers.items().get(i);
            if (r.awardFormId.get() == null) {
                problems.add(new FieldProblem(PlanField.OFFERS, Messages.get("plan.editor.error.offerForm", i + 1)));
            }
            String label = Messages.get("plan.editor.error.offerQuota", i + 1);
            Quota q = quota(r.quotaCount.get(), r.quotaPercent.get(), PlanField.OFFERS, label, problems);
            offerList.add(new AwardOffer(r.awardFormId.get() == null ? 0 : r.awardFormId.get(), r.awardee.get(),
                    VietText.cleanOrNull(r.standardsIntro.get()), split(r.standards.get()), q, split(r.priorities.get())));
        }
        Quota overall = quota(overallQuotaCount.get(), overallQuotaPercent.get(), PlanField.OVERALL_QUOTA,
                Messages.get("plan.editor.error.overallQuota"), problems);
        Period period = periodFromIssue.get() ? (periodTo.get() == null ? null : Period.fromIssueUntil(periodTo.get()))
                : periodFrom.get() == null && periodTo.get() == null ? null
                : new Period(periodFrom.get(), periodTo.get(), false, periodWholeMonths.get());
        Signer s = signer.get();
        Plan p = loaded;
        List<AwardeeLine> eligible = new ArrayList<>(awardeeLines(eligibleCollective.get(), Awardee.COLLECTIVE));
        eligible.addAll(awardeeLines(eligibleIndividual.get(), Awardee.INDIVIDUAL));
        List<AwardeeLine> criteria = new ArrayList<>(awardeeLines(criteriaCollective.get(), Awardee.COLLECTIVE));
        criteria.addAll(awardeeLines(criteriaIndividual.get(), Awardee.INDIVIDUAL));
        return new Plan(p == null ? null : p.id(), VietText.cleanOrNull(code.get()), n,
                p == null ? PlanStatus.DRAFT : p.status(), VietText.cleanOrNull(place.get()),
                new PlanDate(y == null ? 0 : y, m, d), VietText.clean(title.get()),
                basis.items().stream().map(b -> new DocumentRef(VietText.cleanOrNull(b.type.get()),
                        VietText.cleanOrNull(b.number.get()), b.date.get(), VietText.cleanOrNull(b.issuer.get()),
                        VietText.cleanOrNull(b.subject.get()))).toList(),
                VietText.cleanOrNull(introduction.get()), VietText.cleanOrNull(theme.get()), split(purposes.get()),
                split(requirements.get()), split(objectives.get()), targetList, contents.tree(), period,
                movementForm.get(), eligible, criteria, offerList, overall, split(dossierDocuments.get()),
                dossierDeadline.get(), VietText.cleanOrNull(dossierDestination.get()),
                duties.items().stream().map(r -> new Duty(r.unitId.get(), VietText.cleanOrNull(r.party.get()),
                        VietText.clean(r.text.get()))).toList(),
                VietText.cleanOrNull(closing.get()), split(recipients.get()),
                s == null ? null : new PlanSigner(s.id(), s.fullName(), s.role()));
    }

    /**
     * Every problem of the copy at its field; the preview follows the copy, except while the date cannot be a date
     * (month 13), which the document cannot print and which the date field already shows.
     */
    private void recheck() {
        if (filling || !editing.get()) {
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        Plan p = toPlan(problems);
        problems.addAll(PlanValidator.problems(p, frozen.get()));
        show(problems);
        reasonError.set(amending.get() && VietText.cleanOrNull(amendReason.get()) == null
                ? Messages.get("plan.editor.error.reason") : null);
        String first = problems.isEmpty() ? reasonError.get() : problems.get(0).message();
        firstProblem.set(first);
        if (problems.stream().noneMatch(x -> x.field() == PlanField.DATE)) {
            preview.set(DocumentText.of(PlanDocument.of(p, agency.get(), this::formName)));
        }
    }

    private void show(List<FieldProblem> problems) {
        for (PlanField f : PlanField.values()) {
            List<String> at = problems.stream().filter(x -> x.field() == f).map(FieldProblem::message).distinct().toList();
            errors.get(f).set(at.isEmpty() ? null : String.join("\n", at));
        }
    }

    String formName(long id) {
        return awardForms.stream().filter(f -> f.id() == id).map(AwardForm::name).findFirst().orElse("");
    }

    @Override
    protected Callable<Plan> write() {
        Plan edited = toPlan(new ArrayList<>());
        if (amending.get()) {
            String by = VietText.clean(amendBy.get());
            String reason = VietText.clean(amendReason.get());
            LocalDateTime at = now.get();
            return () -> repository.amend(edited, by, reason, at);
        }
        return () -> repository.saveDraft(edited);
    }

    /** A plan refused at a field (a number taken, …) shows the message there and stays open. */
    @Override
    protected boolean failed(Throwable e) {
        if (e instanceof InvalidPlanException invalid) {
            show(invalid.problems());
            firstProblem.set(invalid.problems().get(0).message());
            return true;
        }
        return false;
    }

    @Override
    public boolean hasUnsavedChanges() {
        return editing.get() && loadedCopy != null && !toPlan(new ArrayList<>()).equals(loadedCopy);
    }

    public Long editedId() {
        return editing.get() && loaded != null ? loaded.id() : null;
    }

    @Override
    public void close() {
        super.close();
        amending.set(false);
        loaded = null;
        loadedCopy = null;
    }

    // --- conversions ---------------------------------------------------------------------------------------------

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String decimal(BigDecimal d) {
        return d == null ? "" : d.toPlainString().replace('.', ',');
    }

    private static String lines(List<AwardeeLine> lines, Awardee who) {
        return String.join("\n", lines.stream().filter(l -> l.awardee() == who).map(AwardeeLine::text).toList());
    }

    private static List<AwardeeLine> awardeeLines(String text, Awardee who) {
        return split(text).stream().map(t -> new AwardeeLine(who, t)).toList();
    }

    /** One item per line, each in NFC, blank lines dropped. */
    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(VietText::cleanOrNull).filter(Objects::nonNull).toList();
    }

    private static Integer whole(String text, PlanField field, String key, List<FieldProblem> problems) {
        String t = VietText.cleanOrNull(text);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, Messages.get(key)));
            return null;
        }
    }

    private static BigDecimal number(String text, PlanField field, String message, List<FieldProblem> problems) {
        String t = VietText.cleanOrNull(text);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace("%", "").strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
    }

    private static Quota quota(String count, String percent, PlanField field, String label, List<FieldProblem> problems) {
        Integer c = null;
        String ct = VietText.cleanOrNull(count);
        if (ct != null) {
            try {
                c = Integer.valueOf(ct);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(field, Messages.get("plan.editor.error.quotaCount", label)));
            }
        }
        BigDecimal pc = number(percent, field, Messages.get("plan.editor.error.quotaPercent", label), problems);
        return new Quota(c, pc);
    }

    // --- properties ----------------------------------------------------------------------------------------------

    public ReadOnlyStringProperty errorProperty(PlanField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty firstProblemProperty() {
        return firstProblem.getReadOnlyProperty();
    }

    /** True while fields may be changed: a draft, or an issued plan being amended. */
    /** The stored plan open in the editor as it was loaded; null for a new draft and when the editor is closed. */
    public ReadOnlyObjectProperty<Plan> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty amendingProperty() {
        return amending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty frozenProperty() {
        return frozen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The document as text, following every edit. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Close or Cancel: asks before dropping unsaved changes. */
    public Command leaveCommand() {
        return leave;
    }

    public Command amendCommand() {
        return amend;
    }

    public ObservableList<Amendment> amendments() {
        return amendments;
    }

    /** The office's signers, kept by the screen. */
    public ObservableList<Signer> signers() {
        return signers;
    }

    /** The office's active units, kept by the screen: a duty may name one. */
    public ObservableList<Unit> units() {
        return units;
    }

    /** The catalogue's award forms, kept by the screen. */
    public ObservableList<AwardForm> awardForms() {
        return awardForms;
    }

    public ObjectProperty<Agency> agencyProperty() {
        return agency;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty monthProperty() {
        return month;
    }

    public StringProperty dayProperty() {
        return day;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public StringProperty introductionProperty() {
        return introduction;
    }

    public RowList<BasisRow> basis() {
        return basis;
    }

    public StringProperty purposesProperty() {
        return purposes;
    }

    public StringProperty requirementsProperty() {
        return requirements;
    }

    public StringProperty objectivesProperty() {
        return objectives;
    }

    public RowList<TargetRow> targets() {
        return targets;
    }

    public ContentRows contents() {
        return contents;
    }

    public ObjectProperty<LocalDate> periodFromProperty() {
        return periodFrom;
    }

    public ObjectProperty<LocalDate> periodToProperty() {
        return periodTo;
    }

    public BooleanProperty periodFromIssueProperty() {
        return periodFromIssue;
    }

    public BooleanProperty periodWholeMonthsProperty() {
        return periodWholeMonths;
    }

    public ObjectProperty<MovementForm> movementFormProperty() {
        return movementForm;
    }

    public StringProperty eligibleCollectiveProperty() {
        return eligibleCollective;
    }

    public StringProperty eligibleIndividualProperty() {
        return eligibleIndividual;
    }

    public StringProperty criteriaCollectiveProperty() {
        return criteriaCollective;
    }

    public StringProperty criteriaIndividualProperty() {
        return criteriaIndividual;
    }

    public RowList<OfferRow> offers() {
        return offers;
    }

    public StringProperty overallQuotaCountProperty() {
        return overallQuotaCount;
    }

    public StringProperty overallQuotaPercentProperty() {
        return overallQuotaPercent;
    }

    public StringProperty dossierDocumentsProperty() {
        return dossierDocuments;
    }

    public ObjectProperty<LocalDate> dossierDeadlineProperty() {
        return dossierDeadline;
    }

    public StringProperty dossierDestinationProperty() {
        return dossierDestination;
    }

    public RowList<DutyRow> duties() {
        return duties;
    }

    public StringProperty closingProperty() {
        return closing;
    }

    public StringProperty recipientsProperty() {
        return recipients;
    }

    public ObjectProperty<Signer> signerProperty() {
        return signer;
    }

    public StringProperty amendByProperty() {
        return amendBy;
    }

    public StringProperty amendReasonProperty() {
        return amendReason;
    }
}
