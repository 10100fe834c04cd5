package vn.thidua.organisation.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.AtomicFiles;
import vn.thidua.common.io.PrintedSheets;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;

/** The staff list as an .xlsx in the official order; {@link StaffImport} reads the same layout back. */
public final class StaffWorkbook {

    /** The columns, in order; the import finds them by these header texts. */
    public enum Column {
        NO, CODE, FULL_NAME, GENDER, BIRTH_DATE, POSITION, UNIT, KIND, LEADER, START_DATE, END_DATE, HOMETOWN,
        RESIDENCE, QUALIFICATION, NOTE;

        public String header() {
            return Messages.label(this);
        }

        int width() {
            return switch (this) {
                case NO -> 6;
                case GENDER, LEADER -> 8;
                case CODE -> 10;
                case BIRTH_DATE, START_DATE, END_DATE -> 12;
                case FULL_NAME -> 24;
                case UNIT -> 36;
                case POSITION -> 20;
                case KIND, QUALIFICATION, HOMETOWN, RESIDENCE -> 15;
                default -> 18;
            };
        }
    }

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int HEADER_ROW = 5;

    private StaffWorkbook() {
    }

    public static void export(List<StaffMember> staffInOrder, List<Unit> units, Agency agency, LocalDate today, Path file)
            throws IOException {
        Map<Long, Unit> unitById = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(Messages.get("staff.export.sheet"));
            int lastColumn = Column.values().length - 1;
            CellStyle agencyStyle = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, false);
            CellStyle titleStyle = PrintedSheets.style(wb, 14, true, HorizontalAlignment.CENTER, false);
            CellStyle subtitleStyle = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, false);
            CellStyle header = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            CellStyle text = PrintedSheets.style(wb, 12, false, HorizontalAlignment.LEFT, true);
            CellStyle centred = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, true);
            CellStyle date = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, true);
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));

            // The office block of Nghị định 30/2020: the parent agency, then the agency itself in bold.
            CellStyle parentStyle = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, false);
            String parent = agency == null ? "" : agency.parentAgency().toUpperCase(VietText.VIETNAMESE);
            String office = agency == null ? "" : agency.name().toUpperCase(VietText.VIETNAMESE);
            PrintedSheets.mergedRow(sheet, 0, parent, parentStyle, 0, 3);
            PrintedSheets.mergedRow(sheet, 1, office, agencyStyle, 0, 3);
            PrintedSheets.mergedRow(sheet, 2, Messages.get("staff.export.title"), titleStyle, 0, lastColumn);
            PrintedSheets.mergedRow(sheet, 3, Messages.get("staff.export.asOf", DATE.format(today)), subtitleStyle, 0,
                    lastColumn);

            Row headerRow = sheet.createRow(HEADER_ROW);
            headerRow.setHeightInPoints(32);
            for (Column col : Column.values()) {
                Cell cell = headerRow.createCell(col.ordinal());
                cell.setCellValue(col.header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(col.ordinal(), col.width() * 256);
            }
            int r = HEADER_ROW + 1;
            int no = 1;
            for (StaffMember s : staffInOrder) {
                Row row = sheet.createRow(r++);
                Unit unit = unitById.get(s.unitId());
                put(row, Column.NO, no++, centred);
                put(row, Column.CODE, s.code(), centred);
                put(row, Column.FULL_NAME, s.fullName(), text);
                put(row, Column.GENDER, Messages.label(s.gender()), centred);
                putDate(row, Column.BIRTH_DATE, s.birthDate(), date);
                put(row, Column.POSITION, s.position(), text);
                put(row, Column.UNIT, unit == null ? "" : unit.name(), text);
                put(row, Column.KIND, Messages.label(s.kind()), text);
                put(row, Column.LEADER, s.leader() ? "x" : "", centred);
                putDate(row, Column.START_DATE, s.startDate(), date);
                putDate(row, Column.END_DATE, s.endDate(), date);
                put(row, Column.HOMETOWN, s.hometown(), text);
                put(row, Column.RESIDENCE, s.residence(), text);
                put(row, Column.QUALIFICATION, s.qualification(), text);
                put(row, Column.NOTE, s.note(), text);
            }
            PrintedSheets.a4Landscape(sheet, HEADER_ROW, lastColumn, r - 1, Messages.get("staff.export.footer", "&P", "&N"));
            AtomicFiles.write(file, wb::write);
        }
    }

    private static void put(Row row, Column col, String value, CellStyle style) {
        Cell cell = row.createCell(col.ordinal());
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void put(Row row, Column col, int value, CellStyle style) {
        Cell cell = row.createCell(col.ordinal());
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void putDate(Row row, Column col, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(col.ordinal());
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }
}
