package vn.thidua.nominations.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.thidua.common.i18n.Messages;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.PlanSummary;

/**
 * What nominations are gathered under: a plan's movement, or the year-end review of a year (no plan). Both the
 * nominations screen and the council screen choose one.
 */
public record Scope(Long planId, int year, String label) {

    public boolean yearEnd() {
        return planId == null;
    }

    /** The plans that launched a movement (issued, newest first), then the year-end review of each year around now. */
    static List<Scope> of(List<PlanSummary> plans, String agencyCode, int thisYear, List<Integer> yearsWithNominations) {
        List<Scope> out = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>(yearsWithNominations);
        years.add(thisYear);
        years.add(thisYear - 1);
        plans.stream().filter(p -> p.status() != PlanStatus.DRAFT)
                .sorted((a, b) -> Integer.compare(b.date().year(), a.date().year()))
                .forEach(p -> out.add(new Scope(p.id(), p.date().year(), Messages.get("nominations.scope.plan",
                        PlanNumbers.symbol(p.number(), p.code(), agencyCode), p.title()))));
        for (int y : years.descendingSet()) {
            out.add(new Scope(null, y, Messages.get("nominations.scope.yearEnd", y)));
        }
        return out;
    }

    @Override
    public String toString() {
        return label;
    }
}
