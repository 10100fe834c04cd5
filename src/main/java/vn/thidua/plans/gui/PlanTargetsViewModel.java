package vn.thidua.plans.gui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.logic.YearlyRecordRepository;
import vn.thidua.plans.logic.TargetProgress;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.Target;
import vn.thidua.plans.model.TargetResult;

/**
 * The measurable targets of the plan open in the editor against the yearly records: for each target, the last
 * {@value #RECORD_YEARS} years that have records and the plan's own year, each with the actual value and met or not.
 * The stored plan is measured, so a changed threshold shows once it is saved.
 */
public class PlanTargetsViewModel {

    /** How many years with records are shown before the plan's year. */
    static final int RECORD_YEARS = 3;

    /** Whether a year met its target; NO_DATA when the year has no records to measure. */
    public enum Outcome { MET, NOT_MET, NO_DATA }

    /** One target in one year as the table shows it. */
    public record Row(String target, int year, String actual, String threshold, Outcome outcome) {
        public String outcomeText() {
            return switch (outcome) {
                case MET -> Messages.get("plan.targetProgress.met");
                case NOT_MET -> Messages.get("plan.targetProgress.notMet");
                case NO_DATA -> Messages.get("plan.targetProgress.noData");
            };
        }
    }

    private final ObservableValue<Plan> plan;
    private final TargetProgress progress;
    private final YearlyRecordRepository records;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);

    public PlanTargetsViewModel(ObservableValue<Plan> plan, TargetProgress progress, YearlyRecordRepository records,
                                TaskExecutor executor, DialogService dialogs) {
        this.plan = plan;
        this.progress = progress;
        this.records = records;
        this.executor = executor;
        this.dialogs = dialogs;
        plan.addListener((o, a, b) -> load());
        load();
    }

    /** Measures the plan on the worker thread; nothing for a new plan or one without measurable targets. */
    public void load() {
        Plan p = plan.getValue();
        rows.clear();
        available.set(p != null && p.targets().stream().anyMatch(Target::isMeasurable));
        if (!available.get()) {
            return;
        }
        executor.submit(Messages.get("plan.targetProgress.loading"), () -> measure(p), measured -> {
            if (Objects.equals(plan.getValue(), p)) {
                rows.setAll(measured);
            }
        }, e -> dialogs.showError(Errors.message(e)));
    }

    /** The years shown: the last years with records and the plan's year, oldest first. */
    static List<Integer> years(int planYear, Integer latestRecordYear) {
        TreeSet<Integer> years = new TreeSet<>();
        if (latestRecordYear != null) {
            int last = Math.min(latestRecordYear, planYear);
            for (int y = last - RECORD_YEARS + 1; y <= last; y++) {
                years.add(y);
            }
        }
        years.add(planYear);
        return new ArrayList<>(years);
    }

    private List<Row> measure(Plan p) {
        List<Integer> years = years(p.date().year(), records.latestYear().orElse(null));
        List<List<TargetResult>> byYear = new ArrayList<>();
        for (int year : years) {
            byYear.add(progress.of(p, year));
        }
        List<Row> out = new ArrayList<>();
        int targets = byYear.get(0).size();
        for (int t = 0; t < targets; t++) {
            for (List<TargetResult> results : byYear) {
                TargetResult r = results.get(t);
                Outcome outcome = r.actual() == null ? Outcome.NO_DATA : r.met() ? Outcome.MET : Outcome.NOT_MET;
                out.add(new Row(r.target().text(), r.year(), value(r.target(), r.actual()), threshold(r.target()),
                        outcome));
            }
        }
        return out;
    }

    /** "93,33%" or "2"; a dash when the year has nothing to measure. */
    static String value(Target t, BigDecimal v) {
        if (v == null) {
            return "–";
        }
        String plain = v.stripTrailingZeros().toPlainString().replace('.', ',');
        return t.measure().isPercent() ? plain + "%" : plain;
    }

    /** "≥ 90%", "≤ 2%", "≥ 1". */
    static String threshold(Target t) {
        return (t.measure().isAtLeast() ? "≥ " : "≤ ") + value(t, t.threshold());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** True for a stored plan with at least one measurable target. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
}
