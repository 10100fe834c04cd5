package vn.thidua.decisions.model;

import java.time.LocalDate;

/** A decision as lists show it. */
public record DecisionSummary(long id, String symbol, LocalDate date, String issuer, String subject, int collectives,
                              int individuals, long total, DecisionStatus status, Long amendsId) {
}
