package vn.thidua.nominations.model;

/**
 * Why a nomination is made: at the end of a movement, at the year-end review, for a thematic movement (chuyên đề)
 * or for a one-off achievement (đột xuất). Thematic and one-off awards never count toward later merit awards.
 */
public enum Occasion {
    MOVEMENT, YEAR_END, THEMATIC, ONE_OFF;

    /** Whether an award given on this occasion counts as a merit award (khen thưởng công trạng). */
    public boolean merit() {
        return this == MOVEMENT || this == YEAR_END;
    }
}
