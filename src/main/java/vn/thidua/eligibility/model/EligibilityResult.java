package vn.thidua.eligibility.model;

import java.util.List;

/**
 * The verdict on one nomination, the legal basis whose standards were applied (null when none was in force), the
 * facts in the order they were checked, and a one-line reason for lists: the first unmet fact, or why it passed.
 */
public record EligibilityResult(EligibilityQuery query, Verdict verdict, String legalBasisCode, List<Finding> findings,
                                String reason) {

    public EligibilityResult {
        findings = List.copyOf(findings);
    }

    public boolean eligible() {
        return verdict == Verdict.ELIGIBLE;
    }

    public List<Finding> failed() {
        return findings.stream().filter(f -> !f.passed()).toList();
    }
}
