package vn.thidua.audit.model;

/** One field of a logged record, its value before and after the change as text. */
public record FieldChange(String field, String before, String after) {

    public boolean changed() {
        return !java.util.Objects.equals(before, after);
    }
}
