package vn.thidua.nominations.model;

import java.util.List;

/**
 * One quota of a plan counted against its nominations: which award and for whom (null award: the plan's quota over
 * all its awards), how many are nominated, the limit, and when exceeded, the nominations in the order the legal
 * priorities put them (women first, then people doing the work directly rather than leaders) with the plan's own
 * priority lines.
 */
public record QuotaFinding(Long awardFormId, String label, int nominated, int limit, String limitText,
                           List<NominationSummary> priorityOrder, List<String> priorities) {

    public QuotaFinding {
        priorityOrder = List.copyOf(priorityOrder);
        priorities = List.copyOf(priorities);
    }

    public boolean exceeded() {
        return nominated > limit;
    }
}
