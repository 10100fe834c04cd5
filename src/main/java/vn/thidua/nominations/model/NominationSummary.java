package vn.thidua.nominations.model;

import java.time.LocalDate;

/** A nomination as lists show it: the nominee's name, position and unit, the award, its status and day. */
public record NominationSummary(long id, Long planId, Occasion occasion, int year, Nominee nominee, String nomineeName,
                                String positionAndUnit, long awardFormId, String awardName, NominationStatus status,
                                LocalDate statusDate, String summary, boolean female, boolean leader) {
}
