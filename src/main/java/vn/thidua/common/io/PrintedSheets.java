package vn.thidua.common.io;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What every list the program exports shares: Times New Roman cell styles, title rows merged across columns, and
 * the print setup (A4 landscape, one page wide, the header row repeated).
 */
public final class PrintedSheets {

    private PrintedSheets() {
    }

    /** A Times New Roman style of {@code size} points, vertically centred, with thin borders for table cells. */
    public static CellStyle style(Workbook wb, int size, boolean bold, HorizontalAlignment align, boolean border) {
        Font font = wb.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) size);
        font.setBold(bold);
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    /** A title line in row {@code r}, merged across columns {@code first..last}. */
    public static void mergedRow(Sheet sheet, int r, String value, CellStyle style, int first, int last) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(first);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, first, last));
    }

    /**
     * Freezes and repeats {@code headerRow}, fits the columns to one A4 landscape page wide, centres it, numbers the
     * pages with {@code footer} (Excel's codes: &amp;P page, &amp;N pages) and prints columns 0..lastColumn of rows
     * 0..lastRow.
     */
    public static void a4Landscape(Sheet sheet, int headerRow, int lastColumn, int lastRow, String footer) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter(footer);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0,
                Math.max(lastRow, headerRow));
    }

    /** A text cell with its style; null is written as an empty cell. */
    public static void text(org.apache.poi.ss.usermodel.Row row, int column, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    /** A number cell with its style. */
    public static void number(org.apache.poi.ss.usermodel.Row row, int column, long value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
