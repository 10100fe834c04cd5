package vn.thidua.eligibility.model;

import java.math.BigDecimal;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;

/**
 * The fixed vocabulary a standard is written in. Each condition looks at the last {@code years} years up to the
 * achievement year; those checked year by year must hold in every one of them (consecutive years).
 */
public sealed interface Condition {

    int years();

    /** The nominee's own yearly rating (a person's, or a unit's for a collective) is at least {@code atLeast}. */
    record RatingAtLeast(Rating atLeast, int years) implements Condition {
    }

    /**
     * The person holds the title (merit awards only; thematic and one-off ones do not count). With {@code orStandard}
     * meeting the title's own standard that year will do, as for LĐTT proposed together with CSTĐ cơ sở.
     */
    record TitleHeld(String code, int years, boolean orStandard) implements Condition {
    }

    /** At least {@code count} recognised innovations of level {@code minLevel} or higher within the years. */
    record Innovations(int count, InnovationLevel minLevel, int years) implements Condition {
    }

    /** At least {@code percent} % of the unit's members hold the title (or meet its standard, see TitleHeld). */
    record MemberShare(String code, BigDecimal percent, boolean orStandard, int years) implements Condition {
    }

    /** At least {@code count} of the unit's members hold the title. */
    record MemberCount(String code, int count, boolean orStandard, int years) implements Condition {
    }

    /** The unit completed at least {@code percent} % of its assigned tasks. */
    record TaskCompletion(BigDecimal percent, int years) implements Condition {
    }

    /** None of the unit's members was under discipline during the year. */
    record NoMemberDisciplined(int years) implements Condition {
    }
}
