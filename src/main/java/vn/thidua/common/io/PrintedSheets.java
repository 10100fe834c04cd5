package vn.thidua.common.io;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The print setup every list the program exports shares: A4 landscape, one page wide, the header row repeated. */
public final class PrintedSheets {

    private PrintedSheets() {
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
}
