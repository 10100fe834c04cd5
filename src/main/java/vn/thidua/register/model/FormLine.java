package vn.thidua.register.model;

/**
 * A row of a national statistics form as the form prints it: its label, its code ("Mã số"; empty for a section
 * heading such as "1. Chia theo phạm vi tổ chức thi đua"), its unit of count (column C, where the form has one) and
 * how it is set.
 */
public record FormLine(String label, String code, String unit, Kind kind) {

    /** The grand total (bold), a section heading (bold, no code, no figures), an item, or a detail of an item. */
    public enum Kind { TOTAL, SECTION, ITEM, DETAIL }

    public boolean hasFigures() {
        return kind != Kind.SECTION;
    }
}
