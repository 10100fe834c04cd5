package vn.thidua.nominations.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.eligibility.logic.EligibilityService;
import vn.thidua.eligibility.model.EligibilityQuery;
import vn.thidua.eligibility.model.EligibilityResult;
import vn.thidua.nominations.logic.DossierService;
import vn.thidua.nominations.logic.NominationRepository;
import vn.thidua.nominations.logic.QuotaCheck;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.nominations.model.QuotaFinding;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanRepository;

/**
 * The nominations screen (Hồ sơ khen thưởng): choose a plan or a year-end review, see its nominations (collectives,
 * then individuals) with their status, dossier and lateness, search them without accents, see the plan's quotas
 * counted, and open one in the editor.
 */
public class NominationsViewModel {

    /** The repositories and services the screen reads and writes. */
    public record Sources(NominationRepository nominations, DossierService dossiers, QuotaCheck quotas,
                          EligibilityService eligibility, PlanRepository plans, AgencyRepository agency,
                          StaffRepository staff, UnitRepository units, CatalogueRepository catalogue) {
    }

    /** A line of the nominations table as shown. */
    public record NominationRow(NominationSummary nomination, String kindText, String statusText, String dossierText,
                                boolean dossierComplete, boolean late, String eligibilityText, String searchKey) {
    }

    /** A quota of the plan counted: "Chiến sĩ thi đua cơ sở (cá nhân): 4/3 — vượt", with the order to choose in. */
    public record QuotaLine(String text, boolean exceeded, String detail) {
    }

    private record Lists(List<Scope> scopes, List<StaffMember> staff, List<Unit> units, List<AwardForm> forms) {
    }

    private record Content(List<NominationRow> rows, List<QuotaLine> quotas, String eligibilityProblem) {
    }

    private final Sources s;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final NominationEditorViewModel editor;

    private List<NominationRow> allRows = List.of();
    private volatile Map<Long, String> forms = Map.of();
    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObservableList<NominationRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<NominationRow> selected = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ObservableList<QuotaLine> quotas = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper quotaText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper quotaExceeded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper eligibilityProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final Command newNomination;
    private final Command open;
    private final Command delete;

    public NominationsViewModel(Sources sources, NominationEditorViewModel editor, TaskExecutor executor,
                                DialogService dialogs, Supplier<LocalDate> today) {
        this.s = sources;
        this.editor = editor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        editor.setOnSaved(saved -> reload(saved.id(), true));
        editor.setOnChanged(changed -> reload(changed.id(), false));
        scope.addListener((o, a, b) -> {
            if (b != null && !Objects.equals(a, b)) {
                editor.close();
                reload(null, false);
            }
        });
        search.addListener((o, a, b) -> filter());
        BooleanBinding idle = busy.not().and(editor.editingProperty().not());
        newNomination = new Command(this::newNomination, idle.and(scope.isNotNull()));
        open = new Command(this::openSelected, idle.and(selected.isNotNull()));
        delete = new Command(this::deleteSelected, idle.and(selected.isNotNull()).and(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() != null
                        && selected.get().nomination().status() == NominationStatus.DRAFT, selected)));
    }

    /** Reads the plans, people, units and award forms, then the chosen scope's nominations. */
    public void load() {
        busy.set(true);
        int thisYear = today.get().getYear();
        executor.submit(Messages.get("common.loading"), () -> {
            String code = s.agency().agency().map(Agency::shortCode).orElse(null);
            List<Integer> years = s.nominations().all().stream().filter(n -> n.planId() == null)
                    .map(NominationSummary::year).distinct().toList();
            return new Lists(Scope.of(s.plans().all(), code, thisYear, years), s.staff().all(), s.units().all(),
                    s.catalogue().awardForms());
        }, lists -> {
            busy.set(false);
            forms = lists.forms().stream().collect(java.util.stream.Collectors.toMap(AwardForm::id, AwardForm::code));
            editor.setChoices(lists.staff(), lists.units(), lists.forms());
            Scope chosen = scope.get();
            scopes.setAll(lists.scopes());
            Scope again = chosen == null ? null : scopes.stream().filter(x -> Objects.equals(x.planId(), chosen.planId())
                    && x.year() == chosen.year()).findFirst().orElse(null);
            // A choice box showing the list may have dropped its value when the list was replaced: set it again.
            if (again == null) {
                scope.set(scopes.isEmpty() ? null : scopes.get(0));
            } else if (again.equals(scope.get())) {
                reload(selected.get() == null ? null : selected.get().nomination().id(), false);
            } else {
                scope.set(again);
            }
        }, this::failed);
    }

    private void reload(Long selectId, boolean reopen) {
        Scope sc = scope.get();
        if (sc == null) {
            return;
        }
        LocalDate day = today.get();
        busy.set(true);
        executor.submit(Messages.get("common.loading"), () -> read(sc, day), content -> {
            busy.set(false);
            if (!sc.equals(scope.get())) {
                return;
            }
            allRows = content.rows();
            eligibilityProblem.set(content.eligibilityProblem());
            quotas.setAll(content.quotas());
            quotaExceeded.set(content.quotas().stream().anyMatch(QuotaLine::exceeded));
            quotaText.set(sc.yearEnd() ? Messages.get("nominations.quota.yearEnd")
                    : content.quotas().isEmpty() ? Messages.get("nominations.quota.none")
                    : quotaExceeded.get() ? Messages.get("nominations.quota.exceeded")
                    : Messages.get("nominations.quota.within"));
            filter();
            selected.set(rows.stream().filter(r -> Objects.equals(r.nomination().id(), selectId)).findFirst()
                    .orElse(null));
            if (reopen && selected.get() != null) {
                openSelected();
            }
        }, this::failed);
    }

    /** The scope's nominations with their dossier's state, and its quotas counted (on the worker thread). */
    private Content read(Scope sc, LocalDate day) {
        List<NominationSummary> found = sc.yearEnd()
                ? s.nominations().forYear(sc.year()).stream().filter(n -> n.planId() == null).toList()
                : s.nominations().forPlan(sc.planId());
        List<String> verdicts = new ArrayList<>(found.stream().map(n -> Messages.get("nominations.eligibility.none"))
                .toList());
        String problem = null;
        try {
            List<EligibilityResult> results = s.eligibility().checkAll(found.stream().map(n -> query(n, day)).toList());
            for (int i = 0; i < results.size(); i++) {
                verdicts.set(i, EligibilityService.label(results.get(i).verdict()));
            }
        } catch (UserException e) {
            problem = Messages.get("nominations.eligibility.failed", e.getMessage());
        }
        List<NominationRow> out = new ArrayList<>();
        Map<Long, DossierService.Status> statuses = s.dossiers().statuses();
        for (int i = 0; i < found.size(); i++) {
            NominationSummary n = found.get(i);
            DossierService.Status d = statuses.get(n.id());
            String dossier = d.items().isEmpty() ? "" : d.complete() ? Messages.get("nominations.row.complete")
                    : Messages.get("nominations.row.missing", d.missing().size());
            String kind = Messages.get(n.nominee().isPerson() ? "nominations.kind.person" : "nominations.kind.unit");
            out.add(new NominationRow(n, kind, Messages.get("nominations.status.line", Messages.label(n.status()),
                    VietDates.format(n.statusDate())), dossier, d.complete(), d.late(), verdicts.get(i),
                    VietText.fold(n.nomineeName() + " " + n.positionAndUnit() + " " + n.awardName())));
        }
        List<QuotaLine> quota = sc.yearEnd() ? List.of()
                : s.quotas().check(s.plans().get(sc.planId()), day).stream().map(NominationsViewModel::quotaLine).toList();
        return new Content(out, quota, problem);
    }

    /** The eligibility question of a nomination, decided as if on the given day. */
    private EligibilityQuery query(NominationSummary n, LocalDate day) {
        String code = forms.getOrDefault(n.awardFormId(), "");
        EligibilityQuery q = new EligibilityQuery(n.nominee().staffId(), n.nominee().unitId(), code, n.year(), day, true);
        return n.occasion().merit() ? q : q.nonMerit();
    }

    static QuotaLine quotaLine(QuotaFinding f) {
        // A count quota's text is the count itself ("03"); only a share ("không quá 30% của 45 = 13") says more.
        String limitText = f.limitText().equals(String.format("%02d", f.limit())) ? ""
                : Messages.get("nominations.quota.limitText", f.limitText());
        String text = Messages.get(f.exceeded() ? "nominations.quota.lineExceeded" : "nominations.quota.line",
                f.label(), f.nominated(), f.limit(), limitText);
        List<String> detail = new ArrayList<>();
        if (f.exceeded()) {
            int i = 1;
            for (NominationSummary n : f.priorityOrder()) {
                detail.add(Messages.get("nominations.quota.order", i++, n.nomineeName(),
                        n.female() ? Messages.get("nominations.quota.female") : "",
                        n.leader() ? Messages.get("nominations.quota.leader") : ""));
            }
            for (String p : f.priorities()) {
                detail.add(Messages.get("nominations.quota.priority", p));
            }
        }
        return new QuotaLine(text, f.exceeded(), String.join("\n", detail));
    }

    private void filter() {
        Long keep = selected.get() == null ? null : selected.get().nomination().id();
        rows.setAll(allRows.stream().filter(r -> VietText.matches(r.searchKey(), search.get())).toList());
        selected.set(rows.stream().filter(r -> Objects.equals(r.nomination().id(), keep)).findFirst().orElse(null));
        countText.set(Messages.get("nominations.count", rows.size(), allRows.size()));
    }

    private void newNomination() {
        selected.set(null);
        editor.startNew(scope.get());
    }

    private void openSelected() {
        long id = selected.get().nomination().id();
        busy.set(true);
        executor.submit(Messages.get("common.loading"), () -> Map.entry(s.nominations().get(id),
                Map.entry(s.nominations().history(id), s.dossiers().status(id))), loaded -> {
                    busy.set(false);
                    editor.startEdit(loaded.getKey(), loaded.getValue().getKey(), loaded.getValue().getValue());
                }, this::failed);
    }

    private void deleteSelected() {
        NominationRow row = selected.get();
        if (!dialogs.confirm(Messages.get("nominations.delete.title"),
                Messages.get("nominations.delete.confirm", row.nomination().nomineeName(), row.nomination().awardName()))) {
            return;
        }
        busy.set(true);
        executor.submit(Messages.get("common.saving"), () -> {
            s.nominations().deleteDraft(row.nomination().id());
            return row;
        }, done -> {
            busy.set(false);
            reload(null, false);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        dialogs.showError(Errors.message(e));
    }

    /** The row of a nomination by id, if the search shows it. */
    public Optional<NominationRow> row(long id) {
        return rows.stream().filter(r -> r.nomination().id() == id).findFirst();
    }

    public ObservableList<Scope> scopes() {
        return scopes;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObservableList<NominationRow> rows() {
        return rows;
    }

    public ObjectProperty<NominationRow> selectedProperty() {
        return selected;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** The plan's quotas counted; empty for a year-end review. */
    public ObservableList<QuotaLine> quotas() {
        return quotas;
    }

    /** One line over the quota panel: within the quotas, exceeded, or none set. */
    public ReadOnlyStringProperty quotaTextProperty() {
        return quotaText.getReadOnlyProperty();
    }

    /** Why the eligibility column reads "—": a rule file of the clerk's that cannot be read; null when all is well. */
    public ReadOnlyStringProperty eligibilityProblemProperty() {
        return eligibilityProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty quotaExceededProperty() {
        return quotaExceeded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public NominationEditorViewModel editor() {
        return editor;
    }

    public Command newCommand() {
        return newNomination;
    }

    public Command openCommand() {
        return open;
    }

    public Command deleteCommand() {
        return delete;
    }
}
