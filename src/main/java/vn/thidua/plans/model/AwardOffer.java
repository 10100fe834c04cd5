package vn.thidua.plans.model;

import java.util.List;

/**
 * An award form from the catalogue offered to collectives or to individuals: the sentence before the standards,
 * the standards as lines, the quota and the priorities.
 */
public record AwardOffer(long awardFormId, Awardee awardee, String standardsIntro, List<String> standards, Quota quota,
                         List<String> priorities) {

    public AwardOffer {
        standards = List.copyOf(standards);
        priorities = List.copyOf(priorities);
        quota = quota == null ? Quota.NONE : quota;
    }
}
