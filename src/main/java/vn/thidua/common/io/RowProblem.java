package vn.thidua.common.io;

import vn.thidua.common.i18n.Messages;

/**
 * One problem of an imported spreadsheet, at a row (as the spreadsheet numbers it) and column (its header text, or
 * null for the whole row), printed as "Dòng 7, cột "Năm": …".
 */
public record RowProblem(int row, String column, String message) {

    @Override
    public String toString() {
        return column == null ? Messages.get("import.problem.row", row, message)
                : Messages.get("import.problem.rowColumn", row, column, message);
    }
}
