package vn.thidua.register.model;

/**
 * One cell of a form's column headings, spanning rows {@code firstRow..lastRow} of the heading block and columns
 * {@code firstColumn..lastColumn} of the table (column 0 is the label column "A").
 */
public record FormHeading(String text, int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public static FormHeading cell(String text, int row, int column) {
        return new FormHeading(text, row, row, column, column);
    }
}
