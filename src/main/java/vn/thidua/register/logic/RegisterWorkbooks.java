package vn.thidua.register.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.AtomicFiles;
import vn.thidua.common.io.PrintedSheets;
import vn.thidua.common.io.SheetStyles;
import vn.thidua.common.text.VietText;
import vn.thidua.decisions.logic.DecisionRepository;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.Unit;
import vn.thidua.register.model.AwardEntry;
import vn.thidua.register.model.AwardTotal;
import vn.thidua.register.model.ClassCount;
import vn.thidua.register.model.RecipientClass;

/**
 * The register's Excel tables, printed like the program's other lists (the office block, a title, bordered headers
 * repeated on every page, a totals row, A4 landscape one page wide): the register itself for a range of years
 * (streamed, so tens of thousands of rows stay small in memory), awards by unit and award form, and awards and money
 * by year and funding source.
 */
public final class RegisterWorkbooks {

    /** The register's columns as the export writes them; {@link RegisterImport} reads them back. */
    public static final List<RegisterColumn> REGISTER_COLUMNS = List.of(RegisterColumn.NO, RegisterColumn.RECIPIENT,
            RegisterColumn.UNIT, RegisterColumn.AWARD, RegisterColumn.YEAR, RegisterColumn.DECISION_NUMBER,
            RegisterColumn.DECISION_DATE, RegisterColumn.ISSUER, RegisterColumn.GOLDEN_BOOK, RegisterColumn.PRIZE,
            RegisterColumn.THEMATIC, RegisterColumn.ORIGIN);
    static final int HEADER_ROW = 5;

    private RegisterWorkbooks() {
    }

    /** The register's entries, in the order given, with a totals row. */
    public static void register(List<AwardEntry> entries, Agency agency, String subtitle, Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(false);
            try {
                Styles st = new Styles(wb);
                Sheet sheet = wb.createSheet(Messages.get("registerBook.sheet"));
                int last = REGISTER_COLUMNS.size() - 1;
                top(sheet, st, agency, Messages.get("registerBook.title"), subtitle, last);
                Row header = sheet.createRow(HEADER_ROW);
                header.setHeightInPoints(32);
                for (int i = 0; i < REGISTER_COLUMNS.size(); i++) {
                    PrintedSheets.text(header, i, REGISTER_COLUMNS.get(i).header(), st.header);
                    sheet.setColumnWidth(i, REGISTER_COLUMNS.get(i).width() * 256);
                }
                int r = HEADER_ROW + 1;
                long money = 0;
                int collectives = 0;
                for (AwardEntry e : entries) {
                    Row row = sheet.createRow(r);
                    PrintedSheets.number(row, 0, r - HEADER_ROW, st.centred);
                    PrintedSheets.text(row, 1, e.recipient(), st.text);
                    PrintedSheets.text(row, 2, e.unitId() != null ? "" : e.unitName(), st.text);
                    PrintedSheets.text(row, 3, e.awardName(), st.text);
                    PrintedSheets.number(row, 4, e.year(), st.centred);
                    PrintedSheets.text(row, 5, e.decisionNumber(), st.centred);
                    Cell date = row.createCell(6);
                    if (e.decisionDate() != null) {
                        date.setCellValue(e.decisionDate());
                    }
                    date.setCellStyle(st.date);
                    PrintedSheets.text(row, 7, e.issuer(), st.text);
                    PrintedSheets.text(row, 8, e.goldenBookNo(), st.centred);
                    Cell prize = row.createCell(9);
                    if (e.prize() != null) {
                        prize.setCellValue(e.prize());
                        money += e.prize();
                    }
                    prize.setCellStyle(st.money);
                    PrintedSheets.text(row, 10, e.thematic() ? "x" : "", st.centred);
                    PrintedSheets.text(row, 11, Messages.label(e.origin()), st.centred);
                    if (e.unitId() != null) {
                        collectives++;
                    }
                    r++;
                }
                Row total = sheet.createRow(r);
                for (int i = 0; i <= last; i++) {
                    total.createCell(i).setCellStyle(i == 9 ? st.moneyBold : st.bold);
                }
                total.getCell(0).setCellValue(Messages.get("registerBook.totalLine", entries.size(), collectives,
                        entries.size() - collectives));
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 8));
                total.getCell(9).setCellValue(money);
                PrintedSheets.a4Landscape(sheet, HEADER_ROW, last, r, Messages.get("registerBook.footer", "&P", "&N"));
                AtomicFiles.write(file, wb::write);
            } finally {
                wb.dispose();
            }
        }
    }

    /**
     * Awards by unit and award form: one row per unit (a unit's own awards and its people's), one column per award
     * form, then collectives, individuals, all and the prize money; a totals row.
     */
    public static void byUnitAndForm(List<AwardEntry> entries, List<Unit> units, List<AwardForm> forms, Agency agency,
                                     String subtitle, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(Messages.get("registerSummary.sheet"));
            List<AwardForm> shown = forms.stream().filter(f -> f.active()
                    || entries.stream().anyMatch(e -> e.awardFormId() == f.id())).toList();
            List<String> headers = new ArrayList<>();
            headers.add(Messages.get("registerSummary.column.no"));
            headers.add(Messages.get("registerSummary.column.unit"));
            shown.forEach(f -> headers.add(f.shortName()));
            headers.add(Messages.get("registerSummary.column.collectives"));
            headers.add(Messages.get("registerSummary.column.individuals"));
            headers.add(Messages.get("registerSummary.column.all"));
            headers.add(Messages.get("registerSummary.column.money"));
            int last = headers.size() - 1;
            top(sheet, st, agency, Messages.get("registerSummary.title"), subtitle, last);
            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(32);
            for (int i = 0; i < headers.size(); i++) {
                PrintedSheets.text(header, i, headers.get(i), st.header);
                sheet.setColumnWidth(i, (i == 0 ? 6 : i == 1 ? 36 : i == last ? 16 : 11) * 256);
            }
            Map<String, List<AwardEntry>> byUnit = new LinkedHashMap<>();
            units.forEach(u -> byUnit.put(u.name(), new ArrayList<>()));
            String other = Messages.get("registerSummary.noUnit");
            for (AwardEntry e : entries) {
                byUnit.computeIfAbsent(e.unitName() == null ? other : e.unitName(), k -> new ArrayList<>()).add(e);
            }
            int r = HEADER_ROW + 1;
            long[] totals = new long[headers.size()];
            int no = 1;
            for (Map.Entry<String, List<AwardEntry>> unit : byUnit.entrySet()) {
                List<AwardEntry> list = unit.getValue();
                if (list.isEmpty() && units.stream().noneMatch(u -> u.name().equals(unit.getKey()) && u.active())) {
                    continue;
                }
                long[] values = new long[headers.size()];
                for (AwardEntry e : list) {
                    for (int f = 0; f < shown.size(); f++) {
                        if (shown.get(f).id() == e.awardFormId()) {
                            values[2 + f]++;
                        }
                    }
                    values[last - 3] += e.unitId() != null ? 1 : 0;
                    values[last - 2] += e.unitId() != null ? 0 : 1;
                    values[last - 1]++;
                    values[last] += e.prize() == null ? 0 : e.prize();
                }
                Row row = sheet.createRow(r++);
                PrintedSheets.number(row, 0, no++, st.centred);
                PrintedSheets.text(row, 1, unit.getKey(), st.text);
                for (int i = 2; i <= last; i++) {
                    PrintedSheets.number(row, i, values[i], i == last ? st.money : st.centred);
                    totals[i] += values[i];
                }
            }
            totalsRow(sheet, st, r, Messages.get("registerBook.total"), totals, last);
            PrintedSheets.a4Landscape(sheet, HEADER_ROW, last, r, Messages.get("registerBook.footer", "&P", "&N"));
            AtomicFiles.write(file, wb::write);
        }
    }

    /** Awards and prize money by year and funding source, a subtotal per year with several sources, a grand total. */
    public static void byYear(List<AwardTotal> totals, int fromYear, int toYear, Agency agency, Path file)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(Messages.get("registerYears.sheet"));
            List<String> headers = List.of(Messages.get("registerSummary.column.no"),
                    Messages.get("registerYears.column.year"), Messages.get("registerYears.column.source"),
                    Messages.get("registerSummary.column.collectives"), Messages.get("registerSummary.column.individuals"),
                    Messages.get("registerSummary.column.all"), Messages.get("registerSummary.column.money"));
            int last = headers.size() - 1;
            top(sheet, st, agency, Messages.get("registerYears.title"),
                    Messages.get("registerBook.years", fromYear, toYear), last);
            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(32);
            int[] widths = {6, 10, 48, 12, 12, 12, 18};
            for (int i = 0; i < headers.size(); i++) {
                PrintedSheets.text(header, i, headers.get(i), st.header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            Map<Integer, List<AwardTotal>> byYear = new LinkedHashMap<>();
            for (AwardTotal t : totals) {
                byYear.computeIfAbsent(t.year(), k -> new ArrayList<>()).add(t);
            }
            long[] grand = new long[headers.size()];
            int r = HEADER_ROW + 1;
            int no = 1;
            for (Map.Entry<Integer, List<AwardTotal>> year : byYear.entrySet()) {
                long[] sub = new long[headers.size()];
                for (AwardTotal t : year.getValue()) {
                    Row row = sheet.createRow(r++);
                    PrintedSheets.number(row, 0, no++, st.centred);
                    PrintedSheets.number(row, 1, t.year(), st.centred);
                    PrintedSheets.text(row, 2, t.fundingSource().isBlank() ? Messages.get("registerYears.noSource") : t.fundingSource(),
                            st.text);
                    long[] v = {0, 0, 0, t.collectives(), t.individuals(), t.collectives() + t.individuals(), t.money()};
                    for (int i = 3; i <= last; i++) {
                        PrintedSheets.number(row, i, v[i], i == last ? st.money : st.centred);
                        sub[i] += v[i];
                        grand[i] += v[i];
                    }
                }
                if (year.getValue().size() > 1) {
                    totalsRow(sheet, st, r++, Messages.get("registerYears.subtotal", year.getKey()), sub, last);
                }
            }
            totalsRow(sheet, st, r, Messages.get("registerBook.total"), grand, last);
            PrintedSheets.a4Landscape(sheet, HEADER_ROW, last, r, Messages.get("registerBook.footer", "&P", "&N"));
            AtomicFiles.write(file, wb::write);
        }
    }

    /**
     * The list attached to a decision (danh sách kèm theo): I. TẬP THỂ, II. CÁ NHÂN, each line with its position and
     * unit, "số sổ vàng" and prize, and a totals row.
     */
    public static void decisionList(Decision decision, String awardName, Agency agency, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(Messages.get("registerDecision.sheet"));
            List<String> headers = List.of(Messages.get("registerSummary.column.no"),
                    Messages.get("registerDecision.column.name"), Messages.get("registerDecision.column.position"),
                    RegisterColumn.GOLDEN_BOOK.header(), RegisterColumn.PRIZE.header());
            int last = headers.size() - 1;
            String symbol = DecisionRepository.symbol(decision);
            LocalDate day = decision.date();
            top(sheet, st, agency, Messages.get("registerDecision.title", awardName.toUpperCase(VietText.VIETNAMESE)),
                    day == null ? Messages.get("registerDecision.attachedUndated", symbol, decision.issuer())
                            : Messages.get("registerDecision.attached", symbol, String.format("%02d", day.getDayOfMonth()),
                            day.getMonthValue() < 3 ? String.format("%02d", day.getMonthValue())
                                    : String.valueOf(day.getMonthValue()), day.getYear(), decision.issuer()), last);
            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(32);
            int[] widths = {6, 30, 48, 12, 18};
            for (int i = 0; i < headers.size(); i++) {
                PrintedSheets.text(header, i, headers.get(i), st.header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int r = HEADER_ROW + 1;
            long money = 0;
            int collectives = 0;
            int individuals = 0;
            for (boolean collective : new boolean[] {true, false}) {
                List<DecisionLine> lines = decision.lines().stream().filter(l -> l.collective() == collective).toList();
                if (lines.isEmpty()) {
                    continue;
                }
                Row section = sheet.createRow(r);
                for (int i = 0; i <= last; i++) {
                    section.createCell(i).setCellStyle(st.section);
                }
                section.getCell(0).setCellValue(Messages.get(collective ? "registerDecision.collectives"
                        : "registerDecision.individuals"));
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                r++;
                int no = 1;
                for (DecisionLine l : lines) {
                    Row row = sheet.createRow(r++);
                    PrintedSheets.number(row, 0, no++, st.centred);
                    PrintedSheets.text(row, 1, l.name(), st.text);
                    PrintedSheets.text(row, 2, l.position(), st.text);
                    PrintedSheets.text(row, 3, l.goldenBookNo(), st.centred);
                    Cell prize = row.createCell(4);
                    if (l.prize() != null) {
                        prize.setCellValue(l.prize());
                        money += l.prize();
                    }
                    prize.setCellStyle(st.money);
                }
                if (collective) {
                    collectives = lines.size();
                } else {
                    individuals = lines.size();
                }
            }
            Row total = sheet.createRow(r);
            for (int i = 0; i <= last; i++) {
                total.createCell(i).setCellStyle(i == last ? st.moneyBold : st.bold);
            }
            total.getCell(0).setCellValue(Messages.get("registerDecision.total", collectives, individuals));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last - 1));
            total.getCell(last).setCellValue(money);
            PrintedSheets.a4Landscape(sheet, HEADER_ROW, last, r, Messages.get("registerBook.footer", "&P", "&N"));
            AtomicFiles.write(file, wb::write);
        }
    }

    /**
     * Awards by form and class of recipient (the classes of the national statistics, Thông tư 02/2023/TT-BNV): one row
     * per award form given in the years, collectives by kind with their total, individuals by class with their total,
     * all and the prize money; a totals row. Two header rows, both repeated on every page.
     */
    public static void byClass(List<ClassCount> counts, List<AwardForm> forms, Agency agency, String subtitle, Path file)
            throws IOException {
        List<RecipientClass> collectives = java.util.Arrays.stream(RecipientClass.values()).filter(RecipientClass::collective)
                .toList();
        List<RecipientClass> people = java.util.Arrays.stream(RecipientClass.values()).filter(c -> !c.collective()).toList();
        int collectiveTotal = 2 + collectives.size();
        int peopleFirst = collectiveTotal + 1;
        int peopleTotal = peopleFirst + people.size();
        int all = peopleTotal + 1;
        int last = all + 1;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(Messages.get("registerClasses.sheet"));
            top(sheet, st, agency, Messages.get("registerClasses.title"), subtitle, last);
            Row group = sheet.createRow(HEADER_ROW);
            Row header = sheet.createRow(HEADER_ROW + 1);
            header.setHeightInPoints(64);
            for (int i = 0; i <= last; i++) {
                group.createCell(i).setCellStyle(st.header);
                header.createCell(i).setCellStyle(st.header);
                sheet.setColumnWidth(i, (i == 0 ? 5 : i == 1 ? 42 : i == last ? 14 : 9) * 256);
            }
            String[] spanned = {Messages.get("registerSummary.column.no"), Messages.get("registerClasses.column.form")};
            for (int i = 0; i < spanned.length; i++) {
                group.getCell(i).setCellValue(spanned[i]);
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, i, i));
            }
            group.getCell(2).setCellValue(Messages.get("registerClasses.column.collectives"));
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 2, collectiveTotal));
            group.getCell(peopleFirst).setCellValue(Messages.get("registerClasses.column.individuals"));
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, peopleFirst, peopleTotal));
            group.getCell(all).setCellValue(Messages.get("registerSummary.column.all"));
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, all, all));
            group.getCell(last).setCellValue(Messages.get("registerSummary.column.money"));
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, last, last));
            for (int i = 0; i < collectives.size(); i++) {
                header.getCell(2 + i).setCellValue(Messages.label(collectives.get(i)));
            }
            header.getCell(collectiveTotal).setCellValue(Messages.get("registerClasses.column.sum"));
            for (int i = 0; i < people.size(); i++) {
                header.getCell(peopleFirst + i).setCellValue(Messages.label(people.get(i)));
            }
            header.getCell(peopleTotal).setCellValue(Messages.get("registerClasses.column.sum"));
            int r = HEADER_ROW + 2;
            long[] totals = new long[last + 1];
            int no = 1;
            for (AwardForm form : forms) {
                List<ClassCount> mine = counts.stream().filter(c -> c.awardFormId() == form.id()).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                long[] values = new long[last + 1];
                for (ClassCount c : mine) {
                    int column = c.recipientClass().collective() ? 2 + collectives.indexOf(c.recipientClass())
                            : peopleFirst + people.indexOf(c.recipientClass());
                    values[column] += c.count();
                    values[c.recipientClass().collective() ? collectiveTotal : peopleTotal] += c.count();
                    values[all] += c.count();
                    values[last] += c.money();
                }
                Row row = sheet.createRow(r++);
                PrintedSheets.number(row, 0, no++, st.centred);
                PrintedSheets.text(row, 1, form.name(), st.text);
                for (int i = 2; i <= last; i++) {
                    PrintedSheets.number(row, i, values[i], i == last ? st.money : i == collectiveTotal || i == peopleTotal || i == all
                            ? st.centredBold : st.centred);
                    totals[i] += values[i];
                }
            }
            totalsRow(sheet, st, r, Messages.get("registerBook.total"), totals, last);
            PrintedSheets.a4Landscape(sheet, HEADER_ROW + 1, last, r, Messages.get("registerBook.footer", "&P", "&N"));
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, -1, -1));
            AtomicFiles.write(file, wb::write);
        }
    }

    /** "Từ năm 2022 đến năm 2024", or "Năm 2024" for one year. */
    public static String years(int fromYear, int toYear) {
        return fromYear == toYear ? Messages.get("registerBook.year", fromYear)
                : Messages.get("registerBook.years", fromYear, toYear);
    }

    private static void totalsRow(Sheet sheet, Styles st, int r, String label, long[] values, int last) {
        Row row = sheet.createRow(r);
        int labelEnd = values.length == 0 ? 1 : firstValue(values, last);
        for (int i = 0; i <= last; i++) {
            Cell cell = row.createCell(i);
            cell.setCellStyle(i == last ? st.moneyBold : i >= labelEnd ? st.centredBold : st.bold);
            if (i >= labelEnd) {
                cell.setCellValue(values[i]);
            }
        }
        row.getCell(0).setCellValue(label);
        if (labelEnd > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, labelEnd - 1));
        }
    }

    /** The totals start after the texts: column 2 in the unit table, 3 in the year table. */
    private static int firstValue(long[] values, int last) {
        return last == 6 ? 3 : 2;
    }

    private static void top(Sheet sheet, Styles st, Agency agency, String title, String subtitle, int last) {
        String parent = agency == null ? "" : agency.parentAgency().toUpperCase(VietText.VIETNAMESE);
        String office = agency == null ? "" : agency.name().toUpperCase(VietText.VIETNAMESE);
        int officeEnd = Math.min(3, last);
        PrintedSheets.mergedRow(sheet, 0, parent, st.parent, 0, officeEnd);
        PrintedSheets.mergedRow(sheet, 1, office, st.agency, 0, officeEnd);
        PrintedSheets.mergedRow(sheet, 2, title, st.title, 0, last);
        PrintedSheets.mergedRow(sheet, 3, subtitle, st.subtitle, 0, last);
    }


    /** The styles of one workbook, made once: the shared ones, dates, money and the bold totals. */
    private static final class Styles extends SheetStyles {
        final CellStyle date;
        final CellStyle money;
        final CellStyle bold;
        final CellStyle centredBold;
        final CellStyle moneyBold;
        final CellStyle section;

        Styles(Workbook wb) {
            super(wb);
            date = PrintedSheets.style(wb, 12, false, HorizontalAlignment.CENTER, true);
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            money = PrintedSheets.style(wb, 12, false, HorizontalAlignment.RIGHT, true);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            bold = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, true);
            centredBold = PrintedSheets.style(wb, 12, true, HorizontalAlignment.CENTER, true);
            moneyBold = PrintedSheets.style(wb, 12, true, HorizontalAlignment.RIGHT, true);
            moneyBold.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            section = PrintedSheets.style(wb, 12, true, HorizontalAlignment.LEFT, true);
        }
    }
}
