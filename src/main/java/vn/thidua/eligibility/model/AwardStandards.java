package vn.thidua.eligibility.model;

/** An award's standard for individuals and for collectives; null where the award is not given to that kind. */
public record AwardStandards(Standard individual, Standard collective) {

    public Standard forNominee(boolean collectiveNominee) {
        return collectiveNominee ? collective : individual;
    }
}
