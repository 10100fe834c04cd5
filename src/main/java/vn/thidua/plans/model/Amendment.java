package vn.thidua.plans.model;

import java.time.LocalDateTime;
import java.util.List;

/** A change to an issued plan: who made it, when, why, and each changed part's value before and after. */
public record Amendment(long id, long planId, LocalDateTime at, String by, String reason, List<Change> changes) {

    public Amendment {
        changes = List.copyOf(changes);
    }

    /** One part of the plan (its name in {@link Plan}) as text before and after. */
    public record Change(String field, String before, String after) {
    }
}
