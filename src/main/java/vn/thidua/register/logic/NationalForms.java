package vn.thidua.register.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.text.VietText;
import vn.thidua.register.model.FilledForm;
import vn.thidua.register.model.FormLine;
import vn.thidua.register.model.NationalForm;
import vn.thidua.register.model.RecipientClass;

/**
 * Fills the national statistics forms (Thông tư 02/2023/TT-BNV, Biểu 0601–0605) of a year from what the office
 * records: its issued plans for Biểu 0601, its award register for Biểu 0602 and 0603. A cell the data cannot tell is
 * left empty (null) for the clerk; a cell that is none for an office of a province (a movement of the whole country,
 * an award to an enterprise or a household) is 0. Biểu 0604 and 0605 count the bodies and civil servants of the
 * ministries' and provinces' emulation and commendation services, which the office does not record: left empty.
 */
public final class NationalForms {

    /** How a movement ran, as far as the office's plan tells. */
    public record Movement(String movementForm, LocalDate start, LocalDate end) {
    }

    /** How an award was given: merit (thường xuyên), thematic (chuyên đề), one-off (đột xuất), or not told apart. */
    public enum Method { REGULAR, THEMATIC, ONE_OFF, THEMATIC_OR_ONE_OFF }

    /** An award of the year: its form, the class of its recipient and how it was given. */
    public record Award(long awardFormId, RecipientClass recipientClass, Method method) {
    }

    /** The facts of a year the forms are filled from. */
    public record Facts(int year, List<Movement> movements, List<Award> awards) {

        public boolean isEmpty() {
            return movements.isEmpty() && awards.isEmpty();
        }
    }

    /** Where an award form of the catalogue goes in Biểu 0602 or 0603 (NONE: in neither, e.g. Giấy khen, LĐTT). */
    enum StatisticsColumn { ORDER_OR_MEDAL, HO_CHI_MINH_PRIZE, STATE_PRIZE, HONOUR_TITLE, GOVERNMENT_FLAG, PRIME_MINISTER,
        NATIONAL_FIGHTER, CERTIFICATE, FIGHTER, FLAG, BADGE, NONE }

    private static final List<String> HONOUR_TITLES = List.of("anh hung", "ba me viet nam anh hung",
            "nha giao nhan dan", "nha giao uu tu", "nghe si nhan dan", "nghe si uu tu", "thay thuoc nhan dan",
            "thay thuoc uu tu", "nghe nhan nhan dan", "nghe nhan uu tu");

    private NationalForms() {
    }

    /**
     * The year's movements and awards. Movements: the plans issued (not drafts) with the year as their document's
     * year. Awards: those decided in the year (by the decision's date; by the award's year when it has none).
     */
    public static Facts facts(Database db, int year) {
        return db.read(c -> {
            List<Movement> movements = Jdbc.list(c, "SELECT movement_form, period_from, period_to, period_from_issue, "
                    + "doc_year, issue_month, issue_day FROM plan WHERE status <> 'DRAFT' AND doc_year = ? ORDER BY id", rs -> {
                        LocalDate start = Jdbc.date(rs, "period_from");
                        Integer month = Jdbc.intOrNull(rs, "issue_month");
                        if (rs.getBoolean("period_from_issue")) {
                            Integer day = Jdbc.intOrNull(rs, "issue_day");
                            start = month == null ? null : LocalDate.of(rs.getInt("doc_year"), month, day == null ? 1 : day);
                        }
                        return new Movement(rs.getString("movement_form"), start, Jdbc.date(rs, "period_to"));
                    }, year);
            List<Award> awards = Jdbc.list(c, "SELECT a.award_form_id, " + AwardRegister.RECIPIENT_CLASS
                    + " AS recipient_class, a.thematic, n.occasion, p.movement_form FROM award a "
                    + AwardRegister.RECIPIENT_JOINS + "LEFT JOIN nomination n ON n.id = a.nomination_id "
                    + "LEFT JOIN decision d ON d.id = a.decision_id LEFT JOIN plan p ON p.id = COALESCE(n.plan_id, d.plan_id) "
                    + "WHERE COALESCE(YEAR(a.decision_date), a.award_year) = ? ORDER BY a.id",
                    rs -> new Award(rs.getLong(1), RecipientClass.valueOf(rs.getString(2)),
                            method(rs.getBoolean(3), rs.getString(4), rs.getString(5))), year);
            return new Facts(year, movements, awards);
        });
    }

    /** Thematic awards are told apart by their nomination's occasion, else by their plan's kind of movement. */
    static Method method(boolean thematic, String occasion, String movementForm) {
        if ("ONE_OFF".equals(occasion)) {
            return Method.ONE_OFF;
        }
        if ("THEMATIC".equals(occasion)) {
            return Method.THEMATIC;
        }
        if (!thematic) {
            return Method.REGULAR;
        }
        return "THEMATIC".equals(movementForm) || "CAMPAIGN".equals(movementForm) ? Method.THEMATIC
                : Method.THEMATIC_OR_ONE_OFF;
    }

    /** The five forms filled with the facts; {@code catalogue} tells which award form goes in which column. */
    public static List<FilledForm> fill(Facts facts, List<AwardForm> catalogue) {
        Map<Long, StatisticsColumn> columns = new HashMap<>();
        Set<StatisticsColumn> held = EnumSet.noneOf(StatisticsColumn.class);
        for (AwardForm f : catalogue) {
            StatisticsColumn column = column(f);
            columns.put(f.id(), column);
            held.add(column);
        }
        return List.of(movements(facts), stateAwards(facts, columns, held), provincialAwards(facts, columns, held),
                unknown(NationalFormLayouts.organisations(), facts.year()),
                unknown(NationalFormLayouts.civilServants(), facts.year()));
    }

    /** The column of an award form, by its code in the shipped catalogue, else by its name. */
    static StatisticsColumn column(AwardForm form) {
        switch (form.code()) {
            case "BK_TINH":
                return StatisticsColumn.CERTIFICATE;
            case "CSTD_TINH":
                return StatisticsColumn.FIGHTER;
            case "CO_TD_TINH":
                return StatisticsColumn.FLAG;
            default:
                break;
        }
        String name = VietText.fold(form.name()).replaceAll("\\s+", " ").trim();
        if (name.startsWith("huan chuong") || name.startsWith("huy chuong")) {
            return StatisticsColumn.ORDER_OR_MEDAL;
        }
        if (name.startsWith("giai thuong ho chi minh")) {
            return StatisticsColumn.HO_CHI_MINH_PRIZE;
        }
        if (name.startsWith("giai thuong nha nuoc")) {
            return StatisticsColumn.STATE_PRIZE;
        }
        if (HONOUR_TITLES.stream().anyMatch(name::startsWith)) {
            return StatisticsColumn.HONOUR_TITLE;
        }
        if (name.startsWith("co thi dua")) {
            return name.contains("chinh phu") ? StatisticsColumn.GOVERNMENT_FLAG : StatisticsColumn.FLAG;
        }
        if (name.startsWith("bang khen")) {
            return name.contains("thu tuong") ? StatisticsColumn.PRIME_MINISTER : StatisticsColumn.CERTIFICATE;
        }
        if (name.startsWith("chien si thi dua")) {
            return name.contains("toan quoc") ? StatisticsColumn.NATIONAL_FIGHTER
                    : name.contains("cap tinh") || name.contains("cap bo") ? StatisticsColumn.FIGHTER : StatisticsColumn.NONE;
        }
        if (name.startsWith("ky niem chuong") || name.startsWith("huy hieu")) {
            return StatisticsColumn.BADGE;
        }
        return StatisticsColumn.NONE;
    }

    /**
     * Biểu 0601. The office launches its movements itself: all of them are of the level "Cơ quan, tổ chức, đơn vị"
     * (column 4, line 05); the central and ministry or province levels, the whole country and the clusters are none.
     * The duration and the method are left empty when a plan does not give its period or its kind of movement.
     */
    static FilledForm movements(Facts facts) {
        NationalForm form = NationalFormLayouts.movements();
        Map<String, List<Long>> f = new HashMap<>();
        List<Movement> all = facts.movements();
        put(f, "01", all.size());
        put(f, "02", 0);
        put(f, "03", 0);
        put(f, "04", 0);
        put(f, "05", all.size());
        boolean durationsKnown = all.stream().allMatch(m -> m.start() != null && m.end() != null);
        String[] durations = {"06", "07", "08", "09", "10"};
        for (int i = 0; i < durations.length; i++) {
            int bracket = i;
            put(f, durations[i], durationsKnown ? all.stream().filter(m -> duration(m) == bracket).count() : null);
        }
        boolean formsKnown = all.stream().allMatch(m -> m.movementForm() != null);
        put(f, "11", formsKnown ? all.stream().filter(m -> !m.movementForm().equals("REGULAR")).count() : null);
        put(f, "12", formsKnown ? all.stream().filter(m -> m.movementForm().equals("REGULAR")).count() : null);
        return new FilledForm(form, facts.year(), f);
    }

    /** A 0601 line: the office's count in the total column and column 4, none at the two higher levels. */
    private static void put(Map<String, List<Long>> f, String code, Number count) {
        Long value = count == null ? null : count.longValue();
        f.put(code, new ArrayList<>(java.util.Arrays.asList(value, 0L, 0L, value)));
    }

    /**
     * The duration bracket of a movement, its period's days both included: 0 under a year, 1 a year, 2 over one and
     * under three years, 3 from three to under five, 4 five years or more. A regular movement that runs to 31 December
     * of the year it starts in ("từ ngày ban hành đến hết 31/12") is the year's movement: one year.
     */
    static int duration(Movement m) {
        LocalDate start = m.start();
        LocalDate after = m.end().plusDays(1);
        boolean yearly = "REGULAR".equals(m.movementForm()) && after.equals(LocalDate.of(start.getYear() + 1, 1, 1));
        if (yearly || after.equals(start.plusYears(1))) {
            return 1;
        }
        if (after.isBefore(start.plusYears(1))) {
            return 0;
        }
        if (after.isBefore(start.plusYears(3))) {
            return 2;
        }
        return after.isBefore(start.plusYears(5)) ? 3 : 4;
    }

    /** The figure columns of Biểu 0603 after the total: Bằng khen, CSTĐ cấp tỉnh, Cờ thi đua, Huy hiệu. */
    private static final List<StatisticsColumn> PROVINCIAL = List.of(StatisticsColumn.CERTIFICATE, StatisticsColumn.FIGHTER, StatisticsColumn.FLAG, StatisticsColumn.BADGE);

    /**
     * Biểu 0603: the awards of the province (and ministries) the office's people and units received. A column whose
     * kind of award the catalogue does not hold (the province's badge, usually) is left empty: the register cannot
     * hold one. Enterprises, households, provincial leaders and business people are none: the register holds the
     * office's own units and staff. The thematic ones that are not told apart from one-off ones leave those two lines
     * empty in their column; foreign, dedication, seniority and resistance awards are none at this level.
     */
    static FilledForm provincialAwards(Facts facts, Map<Long, StatisticsColumn> columns, Set<StatisticsColumn> held) {
        NationalForm form = NationalFormLayouts.provincialAwards();
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < PROVINCIAL.size(); i++) {
            StatisticsColumn column = PROVINCIAL.get(i);
            cells.add(new Cell(i + 1, held.contains(column), a -> columns.get(a.awardFormId()) == column));
        }
        Map<String, List<Long>> f = new HashMap<>();
        List<Award> awards = facts.awards();
        byRecipient(f, form, cells, awards, 2);
        f.put("01", sum(form, f.get("02"), f.get("04"), f.get("05")));
        row(f, form, cells, "11", awards, a -> a.method() == Method.REGULAR);
        row(f, form, cells, "12", awards, a -> a.method() == Method.THEMATIC);
        row(f, form, cells, "13", awards, a -> a.method() == Method.ONE_OFF);
        for (Cell cell : cells) {
            if (awards.stream().anyMatch(a -> cell.test().test(a) && a.method() == Method.THEMATIC_OR_ONE_OFF)) {
                for (String code : List.of("12", "13")) {
                    f.get(code).set(cell.column(), null);
                    f.get(code).set(0, null);
                }
            }
        }
        for (String code : List.of("14", "15", "16", "17")) {
            row(f, form, cells, code, awards, a -> false);
        }
        return new FilledForm(form, facts.year(), f);
    }

    /**
     * The nine lines both award forms give by recipient, in this order from the code {@code first}: collectives,
     * enterprises, households, individuals, then the individuals' classes (provincial leaders, department leaders,
     * business people, heads of division and above, people working directly).
     */
    private static final List<Predicate<Award>> BY_RECIPIENT = List.of(a -> a.recipientClass().collective(),
            a -> a.recipientClass() == RecipientClass.ENTERPRISE, a -> a.recipientClass() == RecipientClass.HOUSEHOLD,
            a -> !a.recipientClass().collective(), a -> a.recipientClass() == RecipientClass.PROVINCE_LEADER,
            a -> a.recipientClass() == RecipientClass.DEPARTMENT_LEADER,
            a -> a.recipientClass() == RecipientClass.BUSINESS_PERSON, a -> a.recipientClass() == RecipientClass.MANAGER,
            a -> a.recipientClass() == RecipientClass.WORKER);

    private static void byRecipient(Map<String, List<Long>> f, NationalForm form, List<Cell> cells, List<Award> awards,
                                    int first) {
        for (int i = 0; i < BY_RECIPIENT.size(); i++) {
            row(f, form, cells, String.format("%02d", first + i), awards, BY_RECIPIENT.get(i));
        }
    }

    /** The figure columns of Biểu 0602 after the total, with whether each is a collective's. */
    private static final List<StatisticsColumn> STATE = List.of(StatisticsColumn.ORDER_OR_MEDAL, StatisticsColumn.ORDER_OR_MEDAL,
            StatisticsColumn.HO_CHI_MINH_PRIZE, StatisticsColumn.STATE_PRIZE, StatisticsColumn.HONOUR_TITLE, StatisticsColumn.HONOUR_TITLE, StatisticsColumn.GOVERNMENT_FLAG,
            StatisticsColumn.PRIME_MINISTER, StatisticsColumn.PRIME_MINISTER, StatisticsColumn.NATIONAL_FIGHTER, StatisticsColumn.NONE, StatisticsColumn.NONE);
    private static final List<Boolean> STATE_COLLECTIVE = List.of(true, false, false, false, true, false, true, true,
            false, false, true, false);

    /**
     * Biểu 0602: the state awards the office's people and units received, in the columns whose award forms the
     * catalogue holds (none in the shipped one). Which body proposed them to the Prime Minister (lines 02–03) and the
     * way of awarding (15–21: dedication, seniority and resistance awards are state awards the register does not tell
     * apart) are left empty, and so is "other forms", which no name of the catalogue can be told to be.
     */
    static FilledForm stateAwards(Facts facts, Map<Long, StatisticsColumn> columns, Set<StatisticsColumn> held) {
        NationalForm form = NationalFormLayouts.stateAwards();
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < STATE.size(); i++) {
            StatisticsColumn column = STATE.get(i);
            boolean collective = STATE_COLLECTIVE.get(i);
            cells.add(new Cell(i + 1, column != StatisticsColumn.NONE && held.contains(column),
                    a -> columns.get(a.awardFormId()) == column && a.recipientClass().collective() == collective));
        }
        Map<String, List<Long>> f = new HashMap<>();
        List<Award> awards = facts.awards();
        byRecipient(f, form, cells, awards, 6);
        f.put("01", sum(form, f.get("06"), f.get("08"), f.get("09")));
        for (FormLine line : form.lines()) {
            if (line.hasFigures() && !f.containsKey(line.code())) {
                f.put(line.code(), FilledForm.empty(form.figureColumns()));
            }
        }
        return new FilledForm(form, facts.year(), f);
    }

    /** A figure column of 0602 or 0603 ({@code column}, after the total): whether it can be filled, what it counts. */
    private record Cell(int column, boolean known, Predicate<Award> test) {
    }

    /** A line: per known column the awards the line and the column take; the total column their sum. */
    private static void row(Map<String, List<Long>> f, NationalForm form, List<Cell> cells, String code, List<Award> awards,
                            Predicate<Award> line) {
        List<Long> values = FilledForm.empty(form.figureColumns());
        for (Cell cell : cells) {
            if (cell.known()) {
                values.set(cell.column(), awards.stream().filter(a -> line.test(a) && cell.test().test(a)).count());
            }
        }
        totalColumn(values);
        f.put(code, values);
    }

    /** The total (column 0) as the sum of the filled columns; empty when none is filled. */
    private static void totalColumn(List<Long> values) {
        Long total = null;
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) != null) {
                total = (total == null ? 0 : total) + values.get(i);
            }
        }
        values.set(0, total);
    }

    /** The cell-by-cell sum of lines; a cell is empty where every part is. */
    private static List<Long> sum(NationalForm form, List<Long> first, List<Long> second, List<Long> third) {
        List<Long> values = FilledForm.empty(form.figureColumns());
        for (int i = 0; i < values.size(); i++) {
            Long total = null;
            for (List<Long> part : List.of(first, second, third)) {
                if (part.get(i) != null) {
                    total = (total == null ? 0 : total) + part.get(i);
                }
            }
            values.set(i, total);
        }
        return values;
    }

    /** A form the office's data cannot fill: every line's cells empty. */
    private static FilledForm unknown(NationalForm form, int year) {
        Map<String, List<Long>> f = new HashMap<>();
        form.lines().stream().filter(FormLine::hasFigures).forEach(l -> f.put(l.code(), FilledForm.empty(form.figureColumns())));
        return new FilledForm(form, year, f);
    }
}
