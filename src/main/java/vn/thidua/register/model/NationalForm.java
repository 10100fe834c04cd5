package vn.thidua.register.model;

import java.util.List;

/**
 * The layout of one form of the national statistics on emulation and commendation (Thông tư 02/2023/TT-BNV, Biểu
 * 0601–0605): its number ("0601.N/BNV-TĐKT"), title, the unit of count printed above the table (null where the table
 * has a unit column instead), the column headings (the letter and number row "A, B, 1=(2+3+4), …" is their last row),
 * the number of columns before the figures (label, code and, where the form has one, unit), the number of figure
 * columns, and the rows. Wide forms print on A4 landscape.
 */
public record NationalForm(String number, String sheetName, String title, String unitNote, int headingRows,
                           List<FormHeading> headings, int textColumns, int figureColumns, List<FormLine> lines,
                           boolean landscape) {

    public NationalForm {
        headings = List.copyOf(headings);
        lines = List.copyOf(lines);
    }

    /** All the table's columns: the texts, then the figures. */
    public int columns() {
        return textColumns + figureColumns;
    }

    /** The line of a code ("01"). */
    public FormLine line(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(number + " has no line " + code));
    }
}
