package vn.thidua.organisation.model;

/** A section of the office (phòng, trung tâm); a collective ("tập thể") for awards. */
public record Unit(Long id, String name, String shortName, UnitType type, int sortOrder, boolean active) {

    public Unit withSortOrder(int order) {
        return new Unit(id, name, shortName, type, order, active);
    }

    public Unit withActive(boolean value) {
        return new Unit(id, name, shortName, type, sortOrder, value);
    }
}
