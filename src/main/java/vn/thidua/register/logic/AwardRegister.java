package vn.thidua.register.logic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.text.VietText;
import vn.thidua.register.model.AwardEntry;
import vn.thidua.register.model.AwardOrigin;
import vn.thidua.register.model.AwardTotal;

/**
 * The award register: every title and award of every person and unit across the years, whatever its origin. Reads
 * the whole register once into an index of accent-free texts, so a search over a hundred thousand entries answers
 * without touching the database again.
 */
public class AwardRegister {

    private static final String SELECT = "SELECT a.*, f.name AS award_name, f.category, "
            + "COALESCE(a.recipient_name, s.full_name, u.name) AS recipient, COALESCE(su.name, u.name) AS unit_name "
            + "FROM award a JOIN award_form f ON f.id = a.award_form_id LEFT JOIN staff s ON s.id = a.staff_id "
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

    public Index index() {
        return new Index(db.read(c -> Jdbc.list(c, SELECT + "ORDER BY a.award_year DESC, f.sort_order, a.id",
                AwardRegister::entry)));
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

    private static AwardEntry entry(ResultSet rs) throws SQLException {
        return new AwardEntry(rs.getLong("id"), Jdbc.longOrNull(rs, "staff_id"), Jdbc.longOrNull(rs, "unit_id"),
                rs.getString("recipient"), rs.getString("unit_name"), rs.getLong("award_form_id"), rs.getString("award_name"),
                AwardCategory.valueOf(rs.getString("category")), rs.getInt("award_year"),
                AwardOrigin.valueOf(rs.getString("origin")), rs.getString("decision_number"), Jdbc.date(rs, "decision_date"),
                rs.getString("issuer"), rs.getString("golden_book_no"), Jdbc.longOrNull(rs, "prize_amount"),
                rs.getBoolean("thematic"), rs.getString("funding_source"));
    }
}
