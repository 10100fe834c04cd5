package vn.thidua.common.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;

/**
 * One row of an imported sheet read by its columns: a cell's text or day, and every problem found kept with the
 * row's number and the column's header ("Dòng 7, cột "Ngày sinh": …"). Each import adds its own readings.
 */
public class SheetRow<C> {

    private final Row row;
    private final int rowNo;
    private final DataFormatter formatter;
    private final Map<C, Integer> columns;
    private final Function<C, String> header;
    private final List<RowProblem> problems;
    private final int problemsBefore;

    public SheetRow(Row row, int rowNo, DataFormatter formatter, Map<C, Integer> columns, Function<C, String> header,
                    List<RowProblem> problems) {
        this.row = row;
        this.rowNo = rowNo;
        this.formatter = formatter;
        this.columns = columns;
        this.header = header;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    /** The row's number as the sheet shows it (from 1). */
    public int rowNo() {
        return rowNo;
    }

    /** Whether this row added a problem. */
    public boolean hasProblems() {
        return problems.size() > problemsBefore;
    }

    public void problem(C column, String message) {
        problems.add(new RowProblem(rowNo, header.apply(column), message));
    }

    public Cell cell(C column) {
        Integer index = columns.get(column);
        return index == null ? null : row.getCell(index);
    }

    /** The cell's text as the sheet shows it, trimmed; empty when there is no such cell. */
    public String text(C column) {
        Cell cell = cell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    /** A day from a date cell or a typed "dd/mm/yyyy"; a text that is no day is a problem (null then). */
    public LocalDate date(C column) {
        Cell cell = cell(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return VietDates.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, Messages.get("import.error.badDate", value));
            return null;
        }
    }
}
