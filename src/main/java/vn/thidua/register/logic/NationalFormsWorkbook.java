package vn.thidua.register.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import vn.thidua.organisation.model.Agency;
import vn.thidua.register.model.FilledForm;
import vn.thidua.register.model.FormHeading;
import vn.thidua.register.model.FormLine;
import vn.thidua.register.model.NationalForm;

/**
 * The national statistics forms of a year in one workbook, one sheet per form, each as the circular prints it: the
 * block of the form's number, circular, due date, reporting and receiving offices; the title, the period and the unit
 * of count; the column headings merged as the form has them with the letter and number row; the lines with their
 * codes; the signature block of the person who made the form and the head of the office. A4, landscape for the wide
 * forms, each form on one page, the headings repeated should a clerk's edits make it longer.
 */
public final class NationalFormsWorkbook {

    /** The first row of the column headings: below the header block, title, period and unit of count. */
    static final int HEADING_ROW = 7;

    /** The height of a line of 12-point text, in points. */
    private static final float LINE = 16f;

    private NationalFormsWorkbook() {
    }

    public static void write(List<FilledForm> forms, Agency agency, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            for (FilledForm form : forms) {
                sheet(wb, st, form, agency == null ? Agency.blank() : agency);
            }
            AtomicFiles.write(file, wb::write);
        }
    }

    /** Column widths in characters: the label, the code, the unit where there is one, then the figures. */
    static int[] widths(NationalForm form) {
        return switch (form.number()) {
            case NationalFormLayouts.F0601 -> new int[] {50, 7, 12, 21, 21, 21};
            case NationalFormLayouts.F0602 -> new int[] {38, 6, 12, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8};
            case NationalFormLayouts.F0603 -> new int[] {46, 7, 13, 12, 13, 16, 21, 22};
            case NationalFormLayouts.F0604 -> new int[] {56, 8, 12, 15};
            default -> new int[] {56, 8, 15, 15};
        };
    }

    private static void sheet(Workbook wb, Styles st, FilledForm filled, Agency agency) {
        NationalForm form = filled.form();
        Sheet sheet = wb.createSheet(form.sheetName());
        int last = form.columns() - 1;
        int[] widths = widths(form);
        for (int i = 0; i <= last; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int split = form.landscape() ? 2 : 1;
        int leftWidth = 0;
        for (int i = 0; i < split; i++) {
            leftWidth += widths[i];
        }
        int rightWidth = 0;
        for (int i = split; i <= last; i++) {
            rightWidth += widths[i];
        }
        side(sheet, 0, Messages.get("nationalForms.number", form.number()), st.boldLeft, 0, split - 1, leftWidth);
        side(sheet, 0, Messages.get("nationalForms.reporter", agency.name()), st.plainCentred, split, last, rightWidth);
        side(sheet, 1, Messages.get("nationalForms.circular"), st.plainLeft, 0, split - 1, leftWidth);
        side(sheet, 1, Messages.get("nationalForms.receiver", receiver(agency)), st.plainCentred, split, last, rightWidth);
        side(sheet, 2, Messages.get("nationalForms.dueDate"), st.plainLeft, 0, split - 1, leftWidth);
        PrintedSheets.mergedRow(sheet, 4, form.title(), st.title, 0, last);
        int titleWidth = leftWidth + rightWidth;
        sheet.getRow(4).setHeightInPoints(form.title().length() > titleWidth * 0.8 ? 40 : 22);
        PrintedSheets.mergedRow(sheet, 5, Messages.get("nationalForms.period", String.valueOf(filled.year())),
                st.italicCentred, 0, last);
        if (form.unitNote() != null) {
            PrintedSheets.mergedRow(sheet, 6, Messages.get("nationalForms.unitNote", form.unitNote()), st.italicRight, 0,
                    last);
        }
        headings(sheet, st, form, last);
        int r = HEADING_ROW + form.headingRows();
        for (FormLine line : form.lines()) {
            Row row = sheet.createRow(r++);
            boolean total = line.kind() == FormLine.Kind.TOTAL;
            CellStyle label = switch (line.kind()) {
                case TOTAL, SECTION -> st.boldLabel;
                case ITEM -> st.label;
                case DETAIL -> st.detail;
            };
            PrintedSheets.text(row, 0, line.label(), label);
            PrintedSheets.text(row, 1, line.code(), total ? st.boldCentred : st.centred);
            if (form.textColumns() == 3) {
                PrintedSheets.text(row, 2, line.unit(), st.centred);
            }
            for (int i = 0; i < form.figureColumns(); i++) {
                Long value = line.hasFigures() ? filled.figure(line.code(), i) : null;
                Cell cell = row.createCell(form.textColumns() + i);
                cell.setCellStyle(total ? st.boldFigure : st.figure);
                if (value != null) {
                    cell.setCellValue(value);
                }
            }
            row.setHeightInPoints(LINE * Math.max(1, lines(line.label(), widths[0])));
        }
        r++;
        side(sheet, r++, Messages.get("nationalForms.signDate", agency.placeName().isBlank() ? "……" : agency.placeName()),
                st.italicCentred, split, last, rightWidth);
        side(sheet, r, Messages.get("nationalForms.preparer"), st.boldCentredPlain, 0, split - 1, leftWidth);
        side(sheet, r++, Messages.get("nationalForms.head"), st.boldCentredPlain, split, last, rightWidth);
        side(sheet, r, Messages.get("nationalForms.preparerSigns"), st.italicCentred, 0, split - 1, leftWidth);
        side(sheet, r, Messages.get("nationalForms.headSigns"), st.italicCentred, split, last, rightWidth);
        int lastRow = r + 4;
        sheet.createRow(lastRow);
        PrintedSheets.a4Landscape(sheet, HEADING_ROW + form.headingRows() - 1, last, lastRow,
                Messages.get("registerBook.footer", "&P", "&N"));
        sheet.setRepeatingRows(new CellRangeAddress(HEADING_ROW, HEADING_ROW + form.headingRows() - 1, -1, -1));
        sheet.getPrintSetup().setLandscape(form.landscape());
        // A form is one page: the wide Biểu 0602 is shrunk a little more rather than leave its signatures alone.
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    /** The column headings, each cell merged over its span; every cell of the block bordered. */
    private static void headings(Sheet sheet, Styles st, NationalForm form, int last) {
        int numberRow = form.headingRows() - 1;
        for (int r = 0; r < form.headingRows(); r++) {
            Row row = sheet.createRow(HEADING_ROW + r);
            for (int i = 0; i <= last; i++) {
                row.createCell(i).setCellStyle(r == numberRow ? st.number : st.header);
            }
        }
        int[] widths = widths(form);
        float[] heights = new float[form.headingRows()];
        for (FormHeading h : form.headings()) {
            sheet.getRow(HEADING_ROW + h.firstRow()).getCell(h.firstColumn()).setCellValue(h.text());
            if (h.firstRow() != h.lastRow() || h.firstColumn() != h.lastColumn()) {
                sheet.addMergedRegion(new CellRangeAddress(HEADING_ROW + h.firstRow(), HEADING_ROW + h.lastRow(),
                        h.firstColumn(), h.lastColumn()));
            }
            int width = 0;
            for (int i = h.firstColumn(); i <= h.lastColumn(); i++) {
                width += widths[i];
            }
            float needed = LINE * lines(h.text(), width) / (h.lastRow() - h.firstRow() + 1);
            for (int r = h.firstRow(); r <= h.lastRow(); r++) {
                heights[r] = Math.max(heights[r], needed);
            }
        }
        for (int r = 0; r < heights.length; r++) {
            sheet.getRow(HEADING_ROW + r).setHeightInPoints(Math.max(LINE, heights[r]));
        }
    }

    /** A text of the header or signature block over columns first..last, two lines high when it needs them. */
    private static void side(Sheet sheet, int r, String text, CellStyle style, int first, int last, int width) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        if (first == last) {
            PrintedSheets.text(row, first, text, style);
        } else {
            PrintedSheets.mergedRow(sheet, r, text, style, first, last);
        }
        float needed = LINE * lines(text, width);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), needed));
    }

    /**
     * About how many lines a text takes in a column {@code width} characters wide (12-point Times New Roman is a little
     * narrower than the width unit's character), breaking at spaces.
     */
    static int lines(String text, int width) {
        int room = Math.max(1, (int) (width * 1.2) - 1);
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int need = used == 0 ? word.length() : used + 1 + word.length();
            if (need > room && used > 0) {
                lines++;
                used = word.length();
            } else {
                used = need;
            }
        }
        return lines;
    }

    /** The office the forms go to: the home affairs department of the office's province. */
    static String receiver(Agency agency) {
        String parent = agency.parentAgency() == null ? "" : agency.parentAgency().trim();
        String lower = parent.toLowerCase(vn.thidua.common.text.VietText.VIETNAMESE);
        for (String prefix : List.of("ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân ")) {
            if (lower.startsWith(prefix)) {
                return Messages.get("nationalForms.homeAffairs", parent.substring(prefix.length()).trim()).trim();
            }
        }
        return Messages.get("nationalForms.homeAffairs", "").trim();
    }

    /** The styles of the forms: the shared ones and the block, label and figure styles. */
    private static final class Styles extends SheetStyles {
        final CellStyle boldLeft;
        final CellStyle plainLeft;
        final CellStyle plainCentred;
        final CellStyle boldCentredPlain;
        final CellStyle italicCentred;
        final CellStyle italicRight;
        final CellStyle number;
        final CellStyle label;
        final CellStyle boldLabel;
        final CellStyle detail;
        final CellStyle boldCentred;
        final CellStyle figure;
        final CellStyle boldFigure;

        Styles(Workbook wb) {
            super(wb);
            boldLeft = wrapped(PrintedSheets.style(wb, 12, true, HorizontalAlignment.LEFT, false));
            plainLeft = wrapped(PrintedSheets.style(wb, 12, false, HorizontalAlignment.LEFT, false));
            plainCentred = wrapped(PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, false));
            boldCentredPlain = wrapped(PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, false));
            italicCentred = italic(wb, PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, false));
            italicRight = italic(wb, PrintedSheets.style(wb, 12, false, HorizontalAlignment.RIGHT, false));
            number = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, true);
            label = wrapped(PrintedSheets.style(wb, 12, false, HorizontalAlignment.LEFT, true));
            boldLabel = wrapped(PrintedSheets.style(wb, 12, true, HorizontalAlignment.LEFT, true));
            detail = wrapped(PrintedSheets.style(wb, 12, false, HorizontalAlignment.LEFT, true));
            detail.setIndention((short) 1);
            boldCentred = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, true);
            figure = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, true);
            figure.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            boldFigure = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, true);
            boldFigure.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            centred.setWrapText(true);
            title.setWrapText(true);
        }

        private static CellStyle wrapped(CellStyle s) {
            s.setWrapText(true);
            return s;
        }

        private static CellStyle italic(Workbook wb, CellStyle s) {
            var font = wb.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 12);
            font.setItalic(true);
            s.setFont(font);
            return s;
        }
    }
}
