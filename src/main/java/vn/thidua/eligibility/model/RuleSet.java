package vn.thidua.eligibility.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The standards of one legal basis, by award-form code, and where they were read from (shown in messages). A new
 * decree is a new rule set file, not a change of the program.
 */
public record RuleSet(String legalBasisCode, String source, Map<String, AwardStandards> standards) {

    public RuleSet {
        standards = Map.copyOf(standards);
    }

    public Optional<Standard> standard(String awardFormCode, boolean collective) {
        AwardStandards s = standards.get(awardFormCode);
        return s == null ? Optional.empty() : Optional.ofNullable(s.forNominee(collective));
    }

    /** The longest look-back of any condition: how many years of records a check may read. */
    public int longestPeriod() {
        return standards.values().stream()
                .flatMap(a -> Stream.of(a.individual(), a.collective()))
                .filter(Objects::nonNull)
                .flatMap(s -> s.alternatives().stream()).flatMap(List::stream)
                .mapToInt(Condition::years).max().orElse(1);
    }
}
