package vn.thidua.organisation.model;

import java.time.LocalDate;

/** A recognised initiative (sáng kiến) with the decision that recognised it. */
public record Innovation(Long id, long staffId, int year, String title, InnovationLevel level,
                         String decisionNumber, LocalDate decisionDate) {
}
