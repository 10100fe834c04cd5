package vn.thidua.audit.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.audit.model.AuditEntry;
import vn.thidua.audit.model.FieldChange;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.AtomicFiles;
import vn.thidua.common.io.PrintedSheets;
import vn.thidua.common.text.VietDates;

/**
 * The change log as an Excel table printed like the program's other lists: a title and the date range, bordered
 * headers repeated on every page, A4 landscape one page wide. Each entry lists the fields that changed as
 * "field: before → after" lines.
 */
public final class AuditWorkbook {

    static final int HEADER_ROW = 3;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final String[] HEADERS = {"audit.column.no", "audit.column.at", "audit.column.user",
        "audit.column.workstation", "audit.column.entity", "audit.column.entityId", "audit.column.action",
        "audit.column.summary", "audit.column.changes"};
    private static final int[] WIDTHS = {6, 20, 14, 14, 18, 8, 14, 30, 70};
    private static final int MAX_VALUE = 200;

    private AuditWorkbook() {
    }

    public static void write(List<AuditEntry> entries, LocalDate from, LocalDate to, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle title = PrintedSheets.style(wb, 14, true, HorizontalAlignment.CENTER, false);
            CellStyle subtitle = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, false);
            CellStyle header = PrintedSheets.style(wb, 11, true, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            CellStyle centred = PrintedSheets.style(wb, 11, false, HorizontalAlignment.CENTER, true);
            CellStyle text = PrintedSheets.style(wb, 11, false, HorizontalAlignment.LEFT, true);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            Sheet sheet = wb.createSheet(Messages.get("audit.sheet"));
            int last = HEADERS.length - 1;
            PrintedSheets.mergedRow(sheet, 0, Messages.get("audit.book.title"), title, 0, last);
            PrintedSheets.mergedRow(sheet, 1, Messages.get("audit.book.range", VietDates.format(from),
                    VietDates.format(to)), subtitle, 0, last);
            Row head = sheet.createRow(HEADER_ROW);
            head.setHeightInPoints(30);
            for (int i = 0; i < HEADERS.length; i++) {
                cell(head, i, Messages.get(HEADERS[i]), header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = HEADER_ROW + 1;
            for (AuditEntry e : entries) {
                Row row = sheet.createRow(r);
                Cell no = row.createCell(0);
                no.setCellValue(r - HEADER_ROW);
                no.setCellStyle(centred);
                cell(row, 1, MOMENT.format(e.at()), centred);
                cell(row, 2, e.user(), text);
                cell(row, 3, e.workstation(), text);
                cell(row, 4, Messages.label(e.entity()), text);
                cell(row, 5, e.entityId() == null ? "" : String.valueOf(e.entityId()), centred);
                cell(row, 6, Messages.label(e.action()), text);
                String changes = changes(e);
                cell(row, 7, e.summary(), text);
                cell(row, 8, changes, text);
                row.setHeightInPoints(15f * Math.max(lines(e.summary(), WIDTHS[7]), lines(changes, WIDTHS[8])));
                r++;
            }
            PrintedSheets.a4Landscape(sheet, HEADER_ROW, last, r - 1, Messages.get("audit.book.footer", "&P", "&N"));
            AtomicFiles.write(file, wb::write);
        }
    }

    /** The changed fields, one per line, long values (a whole list) cut short: the table is for reading. */
    static String changes(AuditEntry e) {
        return AuditLog.changes(e).stream().filter(FieldChange::changed)
                .map(f -> Messages.get("audit.change.line", f.field(), shortened(f.before()), shortened(f.after())))
                .collect(Collectors.joining("\n"));
    }

    private static String shortened(String value) {
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…";
    }

    /** How many printed lines a wrapped text takes in a column about {@code width} characters wide. */
    private static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        return text.lines().mapToInt(l -> Math.max(1, (l.length() + width - 3) / (width - 2))).sum();
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }
}
