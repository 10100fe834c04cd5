package vn.thidua.nominations.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.AtomicFiles;
import vn.thidua.common.io.PrintedSheets;
import vn.thidua.common.io.SheetStyles;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.Vote;
import vn.thidua.nominations.model.VoteOutcome;
import vn.thidua.organisation.model.Agency;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.plans.model.Plan;

/**
 * The plan's list of nominations (Danh sách đề nghị khen thưởng) as .xlsx: grouped by award form, collectives then
 * individuals, with the vote's result; and a second sheet with the council's vote table. Printed as the other lists:
 * Times New Roman, the office block on top, borders, A4 landscape one page wide, the header row repeated.
 */
public final class NominationWorkbook {

    static final int HEADER_ROW = 5;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    private static final int[] LIST_WIDTHS = {6, 28, 32, 56, 20, 16};
    private static final int[] VOTE_WIDTHS = {6, 26, 30, 24, 10, 10, 10, 12, 12, 12, 14, 12};
    /** Times New Roman 12 in Excel's width units, and a line's height: rows are sized to their wrapped text. */
    private static final double CHARACTERS_PER_WIDTH_UNIT = 1.05;
    private static final float LINE_POINTS = 15.75f;

    private NominationWorkbook() {
    }

    /**
     * @param all      the plan's active nominations in the plan's order
     * @param outcomes the latest vote's outcomes by nomination id (empty before a vote)
     * @param meeting  the meeting that voted, or null
     */
    public static void write(Plan plan, Agency agency, NominationDocuments docs, List<Nomination> all,
                             Map<Long, VoteOutcome> outcomes, MeetingRepository.Sitting meeting, Path file)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            listSheet(wb, st, plan, agency, docs, all, outcomes);
            voteSheet(wb, st, plan, agency, docs, all, outcomes, meeting);
            AtomicFiles.write(file, wb::write);
        }
    }

    /** "9/10 (90%) – Đạt"; blank when the nomination was not voted on. */
    public static String voteResult(VoteOutcome o) {
        return o == null ? "" : Messages.get("nominationList.voteResult", o.vote().inFavour(), o.members(),
                NominationDocuments.percent(o.percent()), NominationDocuments.result(o));
    }

    private static void listSheet(XSSFWorkbook wb, Styles st, Plan plan, Agency agency, NominationDocuments docs,
                                  List<Nomination> all, Map<Long, VoteOutcome> outcomes) {
        Sheet sheet = wb.createSheet(Messages.get("nominationList.sheet"));
        int last = LIST_WIDTHS.length - 1;
        top(sheet, st, agency, Messages.get("nominationList.title"), planLine(plan, agency), last);
        header(sheet, st, List.of(Messages.get("nominationList.column.no"), Messages.get("nominationList.column.name"),
                Messages.get("nominationList.column.positionUnit"), Messages.get("nominationList.column.summary"),
                Messages.get("nominationList.column.vote"), Messages.get("nominationList.column.note")), LIST_WIDTHS);
        Map<String, List<Nomination>> byForm = new LinkedHashMap<>();
        for (Nomination n : all) {
            byForm.computeIfAbsent(docs.formName(n), k -> new ArrayList<>()).add(n);
        }
        int r = HEADER_ROW + 1;
        int form = 0;
        for (Map.Entry<String, List<Nomination>> e : byForm.entrySet()) {
            String roman = form < ROMAN.length ? ROMAN[form] : String.valueOf(form + 1);
            form++;
            group(sheet, r++, roman + ". " + e.getKey().toUpperCase(VietText.VIETNAMESE), st.group, last);
            List<Nomination> units = e.getValue().stream().filter(n -> !n.nominee().isPerson()).toList();
            List<Nomination> people = e.getValue().stream().filter(n -> n.nominee().isPerson()).toList();
            int part = 1;
            for (List<Nomination> ns : List.of(units, people)) {
                if (ns.isEmpty()) {
                    continue;
                }
                group(sheet, r++, Messages.get(ns == units ? "nominationList.collectives" : "nominationList.individuals",
                        part++), st.subgroup, last);
                int no = 1;
                for (Nomination n : ns) {
                    Row row = sheet.createRow(r++);
                    put(row, 0, String.valueOf(no++), st.centred);
                    put(row, 1, docs.name(n), st.text);
                    put(row, 2, docs.positionAndUnit(n), st.text);
                    put(row, 3, docs.achievementSummary(n), st.text);
                    put(row, 4, voteResult(outcomes.get(n.id())), st.centred);
                    put(row, 5, n.note(), st.text);
                    fit(row, LIST_WIDTHS);
                }
            }
        }
        PrintedSheets.a4Landscape(sheet, HEADER_ROW, last, r - 1, Messages.get("nominationList.footer", "&P", "&N"));
    }

    private static void voteSheet(XSSFWorkbook wb, Styles st, Plan plan, Agency agency, NominationDocuments docs,
                                  List<Nomination> all, Map<Long, VoteOutcome> outcomes,
                                  MeetingRepository.Sitting meeting) {
        Sheet sheet = wb.createSheet(Messages.get("nominationList.voteSheet"));
        int last = VOTE_WIDTHS.length - 1;
        String subtitle = meeting == null ? Messages.get("nominationList.noVote")
                : Messages.get("nominationList.voteMeeting", VietDates.format(meeting.meeting().date()),
                        meeting.members(), meeting.present());
        top(sheet, st, agency, Messages.get("nominationList.voteTitle"), subtitle, last);
        header(sheet, st, List.of(Messages.get("nominationList.column.no"), Messages.get("nominationList.column.name"),
                Messages.get("nominationList.column.positionUnit"), Messages.get("nominationList.column.award"),
                Messages.get("nominationList.column.agree"), Messages.get("nominationList.column.disagree"),
                Messages.get("nominationList.column.abstain"), Messages.get("nominationList.column.writtenAgree"),
                Messages.get("nominationList.column.writtenDisagree"), Messages.get("nominationList.column.inFavour"),
                Messages.get("nominationList.column.percent"), Messages.get("nominationList.column.result")),
                VOTE_WIDTHS);
        int r = HEADER_ROW + 1;
        int no = 1;
        for (Nomination n : all) {
            VoteOutcome o = outcomes.get(n.id());
            if (o == null) {
                continue;
            }
            Vote v = o.vote();
            Row row = sheet.createRow(r++);
            put(row, 0, String.valueOf(no++), st.centred);
            put(row, 1, docs.name(n), st.text);
            put(row, 2, docs.positionAndUnit(n), st.text);
            put(row, 3, docs.formName(n), st.text);
            int c = 4;
            for (int value : new int[] {v.agree(), v.disagree(), v.abstain(), v.writtenAgree(), v.writtenDisagree(),
                    v.inFavour()}) {
                Cell cell = row.createCell(c++);
                cell.setCellValue(value);
                cell.setCellStyle(st.centred);
            }
            put(row, 10, NominationDocuments.percent(o.percent()), st.centred);
            put(row, 11, NominationDocuments.result(o), st.centred);
            fit(row, VOTE_WIDTHS);
        }
        PrintedSheets.a4Landscape(sheet, HEADER_ROW, last, r - 1, Messages.get("nominationList.footer", "&P", "&N"));
    }

    /** The office block of Nghị định 30/2020, the title and a line under it. */
    private static void top(Sheet sheet, Styles st, Agency agency, String title, String subtitle, int last) {
        String parent = agency == null ? "" : nz(agency.parentAgency()).toUpperCase(VietText.VIETNAMESE);
        String office = agency == null ? "" : nz(agency.name()).toUpperCase(VietText.VIETNAMESE);
        PrintedSheets.mergedRow(sheet, 0, parent, st.parent, 0, 2);
        PrintedSheets.mergedRow(sheet, 1, office, st.agency, 0, 2);
        PrintedSheets.mergedRow(sheet, 2, title, st.title, 0, last);
        PrintedSheets.mergedRow(sheet, 3, subtitle, st.subtitle, 0, last);
    }

    /** Sets the row's height to its tallest wrapped cell: LibreOffice keeps a written row's height as it is. */
    private static void fit(Row row, int[] widths) {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                continue;
            }
            int perLine = Math.max(1, (int) (widths[c] * CHARACTERS_PER_WIDTH_UNIT));
            int cellLines = 0;
            for (String line : cell.getStringCellValue().split("\n", -1)) {
                cellLines += Math.max(1, (line.length() + perLine - 1) / perLine);
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(lines * LINE_POINTS + 3);
    }

    private static void header(Sheet sheet, Styles st, List<String> titles, int[] widths) {
        Row row = sheet.createRow(HEADER_ROW);
        row.setHeightInPoints(48);
        for (int i = 0; i < titles.size(); i++) {
            put(row, i, titles.get(i), st.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** A group's title across the table: the award form, or "1. Tập thể". */
    private static void group(Sheet sheet, int r, String text, CellStyle style, int last) {
        Row row = sheet.createRow(r);
        for (int c = 0; c <= last; c++) {
            row.createCell(c).setCellStyle(style);
        }
        row.getCell(0).setCellValue(text);
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, last));
    }

    private static String planLine(Plan plan, Agency agency) {
        if (plan.number() == null) {
            return Messages.get("nominationList.planDraft", nz(plan.title()));
        }
        return Messages.get("nominationList.plan", PlanNumbers.symbol(plan.number(), plan.code(),
                agency == null ? null : agency.shortCode()), PlanNumbers.date(plan.date()), nz(plan.title()));
    }

    private static void put(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The workbook's cell styles, made once. */
    private static final class Styles extends SheetStyles {
        final CellStyle group;
        final CellStyle subgroup;

        Styles(XSSFWorkbook wb) {
            super(wb);
            wrapBody();
            subtitle.setWrapText(true);
            group = PrintedSheets.style(wb, 12, true, HorizontalAlignment.LEFT, true);
            subgroup = PrintedSheets.style(wb, 12, true, HorizontalAlignment.LEFT, true);
        }
    }
}
