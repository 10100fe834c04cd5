package vn.thidua.plans.model;

/** What a target can be measured by in the yearly records, and whether the threshold is a floor or a ceiling. */
public enum TargetMeasure {
    /** Percent of the rated staff rated "hoàn thành tốt nhiệm vụ" or better; at least the threshold. */
    SHARE_RATED_GOOD_OR_BETTER(true, true),
    /** Recognised innovations in the year; at least the threshold. */
    INNOVATIONS_PER_YEAR(false, true),
    /** Percent of the rated staff under a discipline touching the year; at most the threshold. */
    SHARE_DISCIPLINED(true, false);

    private final boolean percent;
    private final boolean atLeast;

    TargetMeasure(boolean percent, boolean atLeast) {
        this.percent = percent;
        this.atLeast = atLeast;
    }

    public boolean isPercent() {
        return percent;
    }

    public boolean isAtLeast() {
        return atLeast;
    }
}
