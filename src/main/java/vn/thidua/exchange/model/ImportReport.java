package vn.thidua.exchange.model;

import java.util.List;

/**
 * What an import did (or, before it is confirmed, would do): a line per record added, reused or skipped and per
 * conflict with how it was resolved, and the counts.
 */
public record ImportReport(String planTitle, String office, boolean applied, List<Line> lines, int nominationsAdded,
                           int nominationsSkipped, int peopleAdded, int peopleReused, int unitsAdded,
                           int attachmentsAdded) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public enum LineKind {
        ADDED, REUSED, CONFLICT, SKIPPED, NOTE
    }

    public record Line(LineKind kind, String text) {
    }

    public long conflicts() {
        return lines.stream().filter(l -> l.kind() == LineKind.CONFLICT).count();
    }
}
