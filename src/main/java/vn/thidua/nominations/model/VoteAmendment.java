package vn.thidua.nominations.model;

import java.time.LocalDateTime;

/** A change to a closed meeting's vote: who, when, why, and the count before and after. */
public record VoteAmendment(long nominationId, LocalDateTime at, String by, String reason, String before, String after) {
}
