package vn.thidua.common.io;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.thidua.common.text.VietText;

/**
 * Reading the columns of a sheet the clerk brings back: the header row is the first of the top rows that holds the
 * required column's header, whatever row it is on (title rows above it are fine), headers compared without accents;
 * a row whose every read column is empty is blank.
 */
public final class SheetHeaders {

    private SheetHeaders() {
    }

    /**
     * Finds the header row among the first {@code maxRow} + 1 rows and puts where each known column is into
     * {@code columns}; returns the header row's index, or -1 when no row holds {@code required}.
     *
     * @param byFoldedHeader every accepted header, folded with {@link VietText#fold}, and the column it names
     */
    public static <C extends Enum<C>> int find(Sheet sheet, DataFormatter formatter, Map<String, C> byFoldedHeader,
                                               C required, int maxRow, Map<C, Integer> columns) {
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), maxRow); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<C, Integer> found = new EnumMap<>(required.getDeclaringClass());
            for (Cell cell : row) {
                C c = byFoldedHeader.get(VietText.fold(formatter.formatCellValue(cell)));
                if (c != null) {
                    found.putIfAbsent(c, cell.getColumnIndex());
                }
            }
            if (found.containsKey(required)) {
                columns.putAll(found);
                return r;
            }
        }
        return -1;
    }

    /** Whether every read column of the row but {@code ignored} (the running number) is empty. */
    public static <C> boolean blank(Row row, DataFormatter formatter, Map<C, Integer> columns, C ignored) {
        for (Map.Entry<C, Integer> e : columns.entrySet()) {
            if (e.getKey() == ignored) {
                continue;
            }
            Cell cell = row.getCell(e.getValue());
            if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
