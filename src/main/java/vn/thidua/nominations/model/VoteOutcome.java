package vn.thidua.nominations.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A vote measured against the whole council: the share of all members in favour and the threshold of the award
 * under the legal basis in force (80% for CSTĐ cơ sở, 90% for CSTĐ tỉnh; more than half when the basis sets none).
 */
public record VoteOutcome(Vote vote, int members, Integer thresholdPercent) {

    /** Share of all members in favour, in percent with two decimals. */
    public BigDecimal percent() {
        if (members == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(vote.inFavour() * 100L).divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
    }

    public boolean passed() {
        long favour = vote.inFavour() * 100L;
        return thresholdPercent == null ? favour > members * 50L : favour >= (long) members * thresholdPercent;
    }
}
