package vn.thidua.register.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A form with the figures of a year: for each line code, one value per figure column, null where the office's data
 * cannot tell (the cell is left empty for the clerk) and 0 where it is known to be none.
 */
public record FilledForm(NationalForm form, int year, Map<String, List<Long>> figures) {

    public FilledForm {
        Map<String, List<Long>> copy = new java.util.HashMap<>();
        figures.forEach((code, values) -> copy.put(code, Collections.unmodifiableList(new ArrayList<>(values))));
        figures = Collections.unmodifiableMap(copy);
    }

    /** The figure of a line's column (0 = the first figure column), or null when it is left empty. */
    public Long figure(String code, int column) {
        List<Long> values = figures.get(code);
        return values == null ? null : values.get(column);
    }

    /** A line's figures with every cell empty, to be filled. */
    public static List<Long> empty(int columns) {
        return new ArrayList<>(Collections.nCopies(columns, (Long) null));
    }
}
