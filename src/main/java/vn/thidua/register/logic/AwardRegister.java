package vn.thidua.register.logic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.text.VietText;
import vn.thidua.register.model.AwardEntry;
import vn.thidua.register.model.AwardOrigin;
import vn.thidua.register.model.AwardTotal;
import vn.thidua.register.model.ClassCount;
import vn.thidua.register.model.RecipientClass;

/**
 * The award register: every title and award of every person and unit across the years, whatever its origin. Reads
 * the whole register once into an index of accent-free texts, so a search over a hundred thousand entries answers
 * without touching the database again.
 */
public class AwardRegister {

    private static final String SELECT = "SELECT a.*, f.name AS award_name, f.category, f.sort_order AS form_order, "
            + "COALESCE(a.recipient_name, s.full_name, u.name) AS recipient, COALESCE(su.name, u.name) AS unit_name "
            + "FROM award a JOIN award_form f ON f.id = a.award_form_id LEFT JOIN staff s ON s.id = a.staff_id "
            + "LEFT JOIN unit su ON su.id = s.unit_id LEFT JOIN unit u ON u.id = a.unit_id ";

    /**
     * The {@link RecipientClass} of an award {@code a} as {@link #byClass} explains it, over {@link #RECIPIENT_JOINS}
     * (the person {@code s}, the person's unit {@code su}, the awarded unit {@code u}).
     */
    static final String RECIPIENT_CLASS = "CASE "
            + "WHEN a.unit_id IS NOT NULL THEN CASE u.unit_type WHEN 'PUBLIC_SERVICE' THEN 'PUBLIC_SERVICE' "
            + "ELSE 'ADMINISTRATIVE' END "
            + "WHEN s.id IS NULL THEN 'OTHER_PERSON' WHEN su.unit_type = 'LEADERSHIP' THEN 'DEPARTMENT_LEADER' "
            + "WHEN s.leader THEN 'MANAGER' ELSE 'WORKER' END";
    static final String RECIPIENT_JOINS = "LEFT JOIN staff s ON s.id = a.staff_id "
            + "LEFT JOIN unit su ON su.id = s.unit_id LEFT JOIN unit u ON u.id = a.unit_id ";

    private final Database db;

    public AwardRegister(Database db) {
        this.db = db;
    }

    /** The register read once, newest year first, with each entry's accent-free text for searching. */
    public static final class Index {

        private final List<AwardEntry> entries;
        private final String[] folded;

        Index(List<AwardEntry> entries) {
            this.entries = List.copyOf(entries);
            this.folded = new String[entries.size()];
            for (int i = 0; i < folded.length; i++) {
                AwardEntry e = entries.get(i);
                folded[i] = VietText.fold(String.join(" ", e.recipient() == null ? "" : e.recipient(),
                        e.unitName() == null ? "" : e.unitName(), e.awardName(), String.valueOf(e.year()),
                        e.decisionNumber() == null ? "" : e.decisionNumber()));
            }
        }

        public int size() {
            return entries.size();
        }

        public List<AwardEntry> entries() {
            return entries;
        }

        /**
         * The entries whose name, unit, award, year or decision contain every word of the query, accents and đ/d
         * ignored ("nguyen lan 2025" finds Nguyễn Thị Lan's awards of 2025), from {@code offset}, at most
         * {@code limit} of them.
         */
        public List<AwardEntry> search(String query, int offset, int limit) {
            Predicate<String> test = VietText.query(query);
            List<AwardEntry> out = new ArrayList<>();
            int skipped = 0;
            for (int i = 0; i < folded.length && out.size() < limit; i++) {
                if (test.test(folded[i])) {
                    if (skipped++ >= offset) {
                        out.add(entries.get(i));
                    }
                }
            }
            return out;
        }

        /**
         * Every entry the query finds within the years (either bound may be null) and of the origin (null: any), with
         * the count of collectives and individuals and the prize money of what is found.
         */
        public Selection select(String query, Integer fromYear, Integer toYear, AwardOrigin origin) {
            Predicate<String> test = VietText.query(query);
            int[] hits = new int[folded.length];
            int n = 0;
            int collectives = 0;
            long money = 0;
            for (int i = 0; i < folded.length; i++) {
                AwardEntry e = entries.get(i);
                if ((fromYear != null && e.year() < fromYear) || (toYear != null && e.year() > toYear)
                        || (origin != null && e.origin() != origin) || !test.test(folded[i])) {
                    continue;
                }
                hits[n++] = i;
                if (e.unitId() != null) {
                    collectives++;
                }
                money += e.prize() == null ? 0 : e.prize();
            }
            return new Selection(this, java.util.Arrays.copyOf(hits, n), collectives, money);
        }

        /** A recipient's whole history, oldest year first: a person's by staff id, else a unit's own awards. */
        public List<AwardEntry> history(Long staffId, Long unitId) {
            List<AwardEntry> out = new ArrayList<>();
            for (AwardEntry e : entries) {
                if (staffId != null ? staffId.equals(e.staffId()) : unitId != null && unitId.equals(e.unitId())) {
                    out.add(e);
                }
            }
            out.sort(java.util.Comparator.comparingInt(AwardEntry::year));
            return out;
        }

        /** How many entries the query finds. */
        public int count(String query) {
            Predicate<String> test = VietText.query(query);
            int n = 0;
            for (String f : folded) {
                if (test.test(f)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** What a search found: positions in the index, read a page at a time, with its counts and money. */
    public static final class Selection {

        private final Index index;
        private final int[] hits;
        private final int collectives;
        private final long money;

        Selection(Index index, int[] hits, int collectives, long money) {
            this.index = index;
            this.hits = hits;
            this.collectives = collectives;
            this.money = money;
        }

        public int size() {
            return hits.length;
        }

        public int collectives() {
            return collectives;
        }

        public int individuals() {
            return hits.length - collectives;
        }

        public long money() {
            return money;
        }

        /** At most {@code limit} entries from {@code offset}. */
        public List<AwardEntry> page(int offset, int limit) {
            List<AwardEntry> out = new ArrayList<>(Math.max(0, Math.min(limit, hits.length - offset)));
            for (int i = Math.max(0, offset); i < hits.length && out.size() < limit; i++) {
                out.add(index.entries.get(hits[i]));
            }
            return out;
        }

        public List<AwardEntry> all() {
            return page(0, hits.length);
        }
    }

    /**
     * The whole register, newest year first, then the catalogue's order and the order of entry. H2 streams the rows
     * (lazy execution: a hundred thousand joined rows are neither sorted nor buffered to a temporary file by the
     * database) and the order is made here, on plain numbers — several times faster than an ORDER BY.
     */
    public Index index() {
        record Row(AwardEntry entry, int formOrder) {
        }
        List<Row> rows = db.read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            try {
                return Jdbc.list(c, SELECT, rs -> new Row(entry(rs), rs.getInt("form_order")));
            } finally {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
            }
        });
        rows.sort(Comparator.comparingInt((Row r) -> -r.entry().year()).thenComparingInt(Row::formOrder)
                .thenComparingLong(r -> r.entry().id()));
        return new Index(rows.stream().map(Row::entry).toList());
    }

    /** The entries of a range of years, oldest first and in the catalogue's order within a year. */
    public List<AwardEntry> between(int fromYear, int toYear) {
        return db.read(c -> Jdbc.list(c, SELECT + "WHERE a.award_year BETWEEN ? AND ? ORDER BY a.award_year, f.sort_order, "
                + "a.id", AwardRegister::entry, fromYear, toYear));
    }

    /**
     * The awards a plan's movement brought: from its decisions, or from its nominations, whatever their origin; the
     * titles typed in the yearly records are not among them.
     */
    public List<AwardEntry> forPlan(long planId) {
        return db.read(c -> Jdbc.list(c, SELECT + "LEFT JOIN decision d ON d.id = a.decision_id "
                + "LEFT JOIN nomination n ON n.id = a.nomination_id WHERE d.plan_id = ? OR n.plan_id = ? "
                + "ORDER BY a.award_year, f.sort_order, a.id", AwardRegister::entry, planId, planId));
    }

    /** A person's awards, oldest first. */
    public List<AwardEntry> personHistory(long staffId) {
        return db.read(c -> Jdbc.list(c, SELECT + "WHERE a.staff_id = ? ORDER BY a.award_year, f.sort_order, a.id",
                AwardRegister::entry, staffId));
    }

    /** A unit's own awards as a collective, oldest first. */
    public List<AwardEntry> unitHistory(long unitId) {
        return db.read(c -> Jdbc.list(c, SELECT + "WHERE a.unit_id = ? ORDER BY a.award_year, f.sort_order, a.id",
                AwardRegister::entry, unitId));
    }

    /** Awards and prize money per year and funding source over a range of years (entries with a decision). */
    public List<AwardTotal> totals(int fromYear, int toYear) {
        return db.read(c -> Jdbc.list(c, "SELECT award_year, COALESCE(funding_source, '') AS source, "
                + "SUM(CASE WHEN unit_id IS NOT NULL THEN 1 ELSE 0 END) AS collectives, "
                + "SUM(CASE WHEN staff_id IS NOT NULL THEN 1 ELSE 0 END) AS individuals, "
                + "COALESCE(SUM(prize_amount), 0) AS money FROM award WHERE origin <> 'RECORD' AND award_year BETWEEN ? AND ? "
                + "GROUP BY award_year, COALESCE(funding_source, '') ORDER BY award_year, source",
                rs -> new AwardTotal(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)),
                fromYear, toYear));
    }

    /**
     * Awards per form and class of recipient over a range of years, for the national statistics. The class comes from
     * what the office records: a person of the leadership unit (Ban Giám đốc) is a department leader, a person marked
     * as leading a division (trưởng, phó phòng) a manager, anyone else of the office a person working directly; a
     * recipient outside the office's lists is "other". A unit of the office is an administrative body, a public service
     * unit by its kind. The class is the one recorded today, not on the day of the award.
     */
    public List<ClassCount> byClass(int fromYear, int toYear) {
        return db.read(c -> Jdbc.list(c, "SELECT a.award_form_id, " + RECIPIENT_CLASS + " AS recipient_class, COUNT(*), "
                + "COALESCE(SUM(a.prize_amount), 0) FROM award a " + RECIPIENT_JOINS
                + "WHERE a.award_year BETWEEN ? AND ? GROUP BY a.award_form_id, recipient_class",
                rs -> new ClassCount(rs.getLong(1), RecipientClass.valueOf(rs.getString(2)), rs.getInt(3), rs.getLong(4)),
                fromYear, toYear));
    }

    private static AwardEntry entry(ResultSet rs) throws SQLException {
        return new AwardEntry(rs.getLong("id"), Jdbc.longOrNull(rs, "staff_id"), Jdbc.longOrNull(rs, "unit_id"),
                rs.getString("recipient"), rs.getString("unit_name"), rs.getLong("award_form_id"), rs.getString("award_name"),
                AwardCategory.valueOf(rs.getString("category")), rs.getInt("award_year"),
                AwardOrigin.valueOf(rs.getString("origin")), rs.getString("decision_number"), Jdbc.date(rs, "decision_date"),
                rs.getString("issuer"), rs.getString("golden_book_no"), Jdbc.longOrNull(rs, "prize_amount"),
                rs.getBoolean("thematic"), rs.getString("funding_source"));
    }
}
