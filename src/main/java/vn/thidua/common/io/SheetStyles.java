package vn.thidua.common.io;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The styles every printed list starts from, in Times New Roman: the office block (parent agency, agency), the title
 * and subtitle, the bordered header (wrapped) and the bordered text and centred cells. Made once per workbook: POI
 * keeps every style made. A workbook that wraps its cells, or needs more styles, adds them in its own subclass.
 */
public class SheetStyles {

    public final CellStyle parent;
    public final CellStyle agency;
    public final CellStyle title;
    public final CellStyle subtitle;
    public final CellStyle header;
    public final CellStyle text;
    public final CellStyle centred;

    public SheetStyles(Workbook wb) {
        parent = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, false);
        agency = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, false);
        title = PrintedSheets.style(wb, 14, true, HorizontalAlignment.CENTER, false);
        subtitle = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, false);
        header = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        text = PrintedSheets.style(wb, 12, false, HorizontalAlignment.LEFT, true);
        centred = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, true);
    }

    /** Body cells that wrap their text, for lists whose cells hold sentences. */
    protected final void wrapBody() {
        text.setWrapText(true);
        centred.setWrapText(true);
    }
}
