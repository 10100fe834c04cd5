package vn.thidua.tasks.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.AtomicFiles;
import vn.thidua.common.io.PrintedSheets;
import vn.thidua.common.io.SheetStyles;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TrackedTask;

/**
 * The plan's appendix as an Excel sheet ("Phụ lục triển khai nhiệm vụ trọng tâm và nhiệm vụ công tác năm 2026"): the
 * office block, title and the plan it is attached to, then STT | task | lead | supporting | deadline | product |
 * progress / result, section A then B with their groups, printed A4 landscape like the program's other lists.
 */
public final class TaskWorkbook {

    /** The header keys, shared with the Word report's appendix. */
    static final List<String> COLUMNS = List.of("taskSheet.column.no", "taskSheet.column.content",
            "taskSheet.column.lead", "taskSheet.column.support", "taskSheet.column.deadline",
            "taskSheet.column.product", "taskSheet.column.result");

    /** Row of the column headers (0-based): the office block, title and subtitle above it. */
    public static final int HEADER_ROW = 5;

    private static final int[] WIDTHS = {6, 58, 16, 20, 14, 28, 40};

    private TaskWorkbook() {
    }

    /** Writes the appendix of {@code plan} with progress as it stood on {@code asOf}. */
    public static void appendix(Agency agency, TaskPlan plan, List<Task> tasks, Map<Long, List<ProgressUpdate>> progress,
                                Map<Long, Unit> units, LocalDate asOf, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(Messages.get("taskSheet.sheet", plan.year()));
            int last = COLUMNS.size() - 1;
            String parent = agency == null ? "" : agency.parentAgency().toUpperCase(VietText.VIETNAMESE);
            String office = agency == null ? "" : agency.name().toUpperCase(VietText.VIETNAMESE);
            PrintedSheets.mergedRow(sheet, 0, parent, st.parent, 0, 1);
            PrintedSheets.mergedRow(sheet, 1, office, st.agency, 0, 1);
            PrintedSheets.mergedRow(sheet, 2, Messages.get("taskSheet.title", plan.year()), st.title, 0, last);
            String code = agency == null ? null : agency.shortCode();
            String symbol = PlanNumbers.symbol(plan.number(), plan.code() == null ? "KH" : plan.code(), code);
            PrintedSheets.mergedRow(sheet, 3, Messages.get("taskSheet.subtitle",
                    plan.number() == null ? symbol.replaceFirst("^/", "     /") : symbol,
                    agency == null ? "" : agency.name(), VietDates.format(asOf)), st.subtitle, 0, last);
            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(32);
            for (int i = 0; i <= last; i++) {
                PrintedSheets.text(header, i, Messages.get(COLUMNS.get(i)), st.header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            List<TrackedTask> tracked = TaskTracking.trackAll(tasks, progress, plan.year(), asOf);
            int r = HEADER_ROW + 1;
            for (TaskSection section : TaskSection.values()) {
                List<Task> of = tasks.stream().filter(t -> t.section() == section).toList();
                if (of.isEmpty()) {
                    continue;
                }
                r = band(sheet, r, TaskTexts.sectionTitle(section), st.section, last);
                int n = 1;
                String group = null;
                for (Task t : of) {
                    if (t.group() != null && !t.group().equals(group)) {
                        group = t.group();
                        r = band(sheet, r, group, st.group, last);
                    }
                    TrackedTask tt = tracked.stream().filter(x -> x.task() == t).findFirst().orElseThrow();
                    Row row = sheet.createRow(r++);
                    Cell no = row.createCell(0);
                    no.setCellValue(n++);
                    no.setCellStyle(st.centred);
                    PrintedSheets.text(row, 1, t.content(), st.text);
                    PrintedSheets.text(row, 2, TaskTexts.unit(units, t.leadUnitId()), st.centred);
                    PrintedSheets.text(row, 3, TaskTexts.supporting(t, units), st.centred);
                    PrintedSheets.text(row, 4, TaskTexts.deadline(t.deadline()), st.centred);
                    PrintedSheets.text(row, 5, t.product(), st.text);
                    PrintedSheets.text(row, 6, ProgressReport.result(tt), st.text);
                    row.setHeightInPoints(height(row, last));
                }
            }
            PrintedSheets.a4Landscape(sheet, HEADER_ROW, last, r - 1, Messages.get("registerBook.footer", "&P", "&N"));
            AtomicFiles.write(file, wb::write);
        }
    }

    /** Times New Roman 12 fits about this many characters in one unit of column width (Excel's "0" width). */
    private static final double CHARACTERS_PER_WIDTH_UNIT = 1.25;
    private static final float LINE_POINTS = 15.5f;

    /**
     * A row tall enough for its longest wrapped cell: neither Excel nor LibreOffice grows a row whose cells POI wrote,
     * so the height is estimated from the text's length against the column's width.
     */
    static float height(Row row, int last) {
        int lines = 1;
        for (int i = 0; i <= last; i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                continue;
            }
            int perLine = Math.max(1, (int) ((WIDTHS[i] - 1) * CHARACTERS_PER_WIDTH_UNIT));
            int n = 0;
            for (String part : cell.getStringCellValue().split("\n", -1)) {
                n += Math.max(1, (part.length() + perLine - 1) / perLine);
            }
            lines = Math.max(lines, n);
        }
        return lines * LINE_POINTS + 4;
    }

    private static int band(Sheet sheet, int r, String text, CellStyle style, int last) {
        Row row = sheet.createRow(r);
        for (int i = 0; i <= last; i++) {
            row.createCell(i).setCellStyle(style);
        }
        row.getCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        return r + 1;
    }

    /** The workbook's styles, made once: the shared ones wrapping their text, and the section and group bands. */
    private static final class Styles extends SheetStyles {
        final CellStyle section;
        final CellStyle group;

        Styles(Workbook wb) {
            super(wb);
            wrapBody();
            section = PrintedSheets.style(wb, 12, true, HorizontalAlignment.LEFT, true);
            group = PrintedSheets.style(wb, 12, true, HorizontalAlignment.LEFT, true);
            group.setWrapText(true);
            org.apache.poi.ss.usermodel.Font italic = wb.createFont();
            italic.setFontName("Times New Roman");
            italic.setFontHeightInPoints((short) 12);
            italic.setBold(true);
            italic.setItalic(true);
            group.setFont(italic);
        }
    }
}
