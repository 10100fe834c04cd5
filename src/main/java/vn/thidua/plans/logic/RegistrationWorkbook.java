package vn.thidua.plans.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.common.document.Block;
import vn.thidua.common.document.DocumentHeader;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.document.Nd30Lines;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.AtomicFiles;
import vn.thidua.common.io.PrintedSheets;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.Registration;

/**
 * A plan's registrations (đăng ký thi đua) as the list the clerk prints or sends on: an .xlsx with the office and the
 * plan above a bordered table, or a short Word document with the same table.
 */
public final class RegistrationWorkbook {

    /** The columns, in order. */
    public enum RegistrationColumn {
        NO(6), REGISTRANT(28), POSITION_UNIT(34), AWARD_FORM(28), COMMITMENT(50), REGISTERED_ON(13);

        private final int width;

        RegistrationColumn(int width) {
            this.width = width;
        }

        public String header() {
            return switch (this) {
                case NO -> Messages.get("registrations.column.no");
                case REGISTRANT -> Messages.get("registrations.column.registrant");
                case POSITION_UNIT -> Messages.get("registrations.column.positionUnit");
                case AWARD_FORM -> Messages.get("registrations.column.awardForm");
                case COMMITMENT -> Messages.get("registrations.column.commitment");
                case REGISTERED_ON -> Messages.get("registrations.column.registeredOn");
            };
        }
    }

    /** One printed line of the list: who, their position and unit, the award form, the commitment, the day. */
    public record Line(Awardee awardee, String registrant, String positionAndUnit, String awardForm, String commitment,
                       LocalDate registeredOn) {
    }

    /** Times New Roman 12 fits about this many characters in a column of width 1 (Calibri 11 digits). */
    private static final double CHARACTERS_PER_WIDTH_UNIT = 1.05;
    private static final float LINE_POINTS = 15.75f;

    /** The first row of the table, below the office, the title and the plan. */
    static final int HEADER_ROW = 5;

    private RegistrationWorkbook() {
    }

    /** The registrations as printed lines, in the repository's order (units first, then people). */
    public static List<Line> lines(List<Registration> registrations, List<Unit> units, List<StaffMember> staff,
                                   LongFunction<String> awardFormName) {
        Map<Long, Unit> unitById = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, StaffMember> staffById = staff.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
        List<Line> out = new ArrayList<>();
        for (Registration r : registrations) {
            String form = nz(awardFormName.apply(r.awardFormId()));
            if (r.unitId() != null) {
                Unit u = unitById.get(r.unitId());
                out.add(new Line(Awardee.COLLECTIVE, u == null ? "" : u.name(), "", form, nz(r.commitment()),
                        r.registeredOn()));
            } else {
                StaffMember m = staffById.get(r.staffId());
                Unit u = m == null ? null : unitById.get(m.unitId());
                String position = m == null ? "" : nz(m.position());
                String unit = u == null ? "" : u.name();
                String both = position.isBlank() ? unit : unit.isBlank() ? position : position + ", " + unit;
                out.add(new Line(Awardee.INDIVIDUAL, m == null ? "" : m.fullName(), both, form, nz(r.commitment()),
                        r.registeredOn()));
            }
        }
        return out;
    }

    /** The list as an .xlsx: A4 landscape, borders, widths, the header row repeated on each printed page. */
    public static void writeXlsx(Plan plan, Agency agency, List<Line> lines, Path file) throws IOException {
        RegistrationColumn[] columns = RegistrationColumn.values();
        int lastColumn = columns.length - 1;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(Messages.get("registrations.sheet"));
            CellStyle parentStyle = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, false);
            CellStyle agencyStyle = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, false);
            CellStyle titleStyle = PrintedSheets.style(wb, 14, true, HorizontalAlignment.CENTER, false);
            CellStyle planStyle = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, false);
            planStyle.setWrapText(true);
            CellStyle header = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            CellStyle text = PrintedSheets.style(wb, 12, false, HorizontalAlignment.LEFT, true);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle centred = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, true);
            centred.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle date = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, true);
            date.setVerticalAlignment(VerticalAlignment.TOP);
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));

            PrintedSheets.mergedRow(sheet, 0, capitals(agency == null ? "" : agency.parentAgency()), parentStyle, 0, 2);
            PrintedSheets.mergedRow(sheet, 1, capitals(agency == null ? "" : agency.name()), agencyStyle, 0, 2);
            PrintedSheets.mergedRow(sheet, 2, Messages.get("registrations.title"), titleStyle, 0, lastColumn);
            PrintedSheets.mergedRow(sheet, 3, planLine(plan, agency), planStyle, 0, lastColumn);
            sheet.getRow(3).setHeightInPoints(34);

            Row headerRow = sheet.createRow(HEADER_ROW);
            headerRow.setHeightInPoints(32);
            for (RegistrationColumn col : columns) {
                Cell cell = headerRow.createCell(col.ordinal());
                cell.setCellValue(col.header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(col.ordinal(), col.width * 256);
            }
            int r = HEADER_ROW + 1;
            int no = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                Cell n = row.createCell(RegistrationColumn.NO.ordinal());
                n.setCellValue(no++);
                n.setCellStyle(centred);
                cell(row, RegistrationColumn.REGISTRANT, line.registrant(), text);
                cell(row, RegistrationColumn.POSITION_UNIT, line.positionAndUnit(), text);
                cell(row, RegistrationColumn.AWARD_FORM, line.awardForm(), text);
                cell(row, RegistrationColumn.COMMITMENT, line.commitment(), text);
                Cell d = row.createCell(RegistrationColumn.REGISTERED_ON.ordinal());
                if (line.registeredOn() != null) {
                    d.setCellValue(line.registeredOn());
                }
                d.setCellStyle(date);
                row.setHeightInPoints(height(line));
            }
            PrintedSheets.a4Landscape(sheet, HEADER_ROW, lastColumn, r - 1, Messages.get("registrations.footer", "&P", "&N"));
            AtomicFiles.write(file, wb::write);
        }
    }

    /**
     * A row tall enough for its longest wrapped cell: neither Excel nor LibreOffice grows a row to wrapped text when
     * it opens a file, so the lines are estimated from the column widths (characters of Times New Roman 12).
     */
    static float height(Line line) {
        int lines = 1;
        String[] texts = {line.registrant(), line.positionAndUnit(), line.awardForm(), line.commitment()};
        RegistrationColumn[] cols = {RegistrationColumn.REGISTRANT, RegistrationColumn.POSITION_UNIT,
                RegistrationColumn.AWARD_FORM, RegistrationColumn.COMMITMENT};
        for (int i = 0; i < texts.length; i++) {
            int perLine = Math.max(1, (int) (cols[i].width * CHARACTERS_PER_WIDTH_UNIT));
            lines = Math.max(lines, (nz(texts[i]).length() + perLine - 1) / perLine);
        }
        return lines * LINE_POINTS + 3;
    }

    /**
     * The list as a short official document: the office's header dated {@code today}, "DANH SÁCH" and the plan as its
     * subject, the counts, then the table (TT, registrant, position and unit, award form, commitment). The place is the
     * office's: the list is made there today, whatever place the plan was issued in.
     */
    public static OfficialDocument document(Plan plan, Agency agency, List<Line> lines, LocalDate today) {
        Agency office = agency == null ? Agency.blank() : agency;
        String place = !nz(office.placeName()).isBlank() ? office.placeName() : nz(plan.place());
        DocumentHeader header = new DocumentHeader(office.parentAgency(), office.name(), "",
                place.isBlank() ? "" : Nd30Lines.placeAndDate(place, today));
        long collectives = lines.stream().filter(l -> l.awardee() == Awardee.COLLECTIVE).count();
        long individuals = lines.size() - collectives;
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of(lines.isEmpty() ? Messages.get("registrations.none")
                : Messages.get("registrations.counts", collectives, individuals)));
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (Line l : lines) {
            rows.add(List.of(String.valueOf(no++), l.registrant(), l.positionAndUnit(), l.awardForm(), l.commitment()));
        }
        List<String> head = List.of(Messages.get("registrations.column.noShort"), RegistrationColumn.REGISTRANT.header(), RegistrationColumn.POSITION_UNIT.header(),
                RegistrationColumn.AWARD_FORM.header(), RegistrationColumn.COMMITMENT.header());
        body.add(new Block.Table(head, rows, List.of(3, 8, 8, 7, 10)));
        return new OfficialDocument(header, Messages.get("registrations.documentType"),
                List.of(planLine(plan, agency)), body, null, null);
    }

    /** Writes {@link #document} as .docx through the Word writer and its template. */
    public static void writeDocx(DocxWriter writer, Plan plan, Agency agency, List<Line> lines, LocalDate today,
                                 Path file) throws IOException {
        writer.write(document(plan, agency, lines, today), file);
    }

    /** "Đăng ký thi đua theo Kế hoạch số 579/KH-SNgV ngày 20/03/2026: …", or "… theo dự thảo kế hoạch: …". */
    static String planLine(Plan plan, Agency agency) {
        String title = nz(plan.title());
        if (plan.number() == null) {
            return Messages.get("registrations.planDraft", title);
        }
        String code = agency == null ? null : agency.shortCode();
        return Messages.get("registrations.plan", PlanNumbers.symbol(plan.number(), plan.code(), code),
                PlanNumbers.date(plan.date()), title);
    }

    private static void cell(Row row, RegistrationColumn col, String value, CellStyle style) {
        Cell cell = row.createCell(col.ordinal());
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static String capitals(String s) {
        return nz(s).toUpperCase(VietText.VIETNAMESE);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
