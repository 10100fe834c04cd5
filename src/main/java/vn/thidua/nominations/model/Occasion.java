package vn.thidua.nominations.model;

/**
 * Why a nomination is made: at the end of a regular movement (thường xuyên), at the year-end review, under a campaign
 * or thematic movement (theo đợt, chuyên đề — with its plan) or for a one-off achievement (đột xuất). Campaign,
 * thematic and one-off awards never count toward later merit awards.
 */
public enum Occasion {
    MOVEMENT, YEAR_END, THEMATIC, ONE_OFF;

    /** Whether an award given on this occasion counts as a merit award (khen thưởng công trạng). */
    public boolean merit() {
        return this == MOVEMENT || this == YEAR_END;
    }
}
