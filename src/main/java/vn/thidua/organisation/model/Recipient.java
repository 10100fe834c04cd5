package vn.thidua.organisation.model;

/**
 * A person (with position and unit) or a unit a chooser offers for a nomination or a decision's line, with the
 * accent-free text its filter looks in.
 */
public record Recipient(Long staffId, Long unitId, String name, String detail, String searchKey) {

    @Override
    public String toString() {
        return detail.isEmpty() ? name : name + " — " + detail;
    }
}
