package vn.thidua.nominations.model;

/** Who is nominated: a person (cá nhân) or a unit (tập thể), exactly one of the two. */
public record Nominee(Long staffId, Long unitId) {

    public Nominee {
        if ((staffId == null) == (unitId == null)) {
            throw new IllegalArgumentException("a nominee is a person or a unit");
        }
    }

    public static Nominee person(long staffId) {
        return new Nominee(staffId, null);
    }

    public static Nominee unit(long unitId) {
        return new Nominee(null, unitId);
    }

    public boolean isPerson() {
        return staffId != null;
    }
}
