package vn.thidua.nominations.logic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.nominations.model.AwardLine;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.YearLine;
import vn.thidua.organisation.model.Rating;

/**
 * Fills a nomination's achievement report from what ThiĐua already knows: one line per report year with the rating
 * and the titles of the yearly records, and every award already received from the award register, with its
 * deciding document. The clerk edits the result before printing.
 */
public class ReportFiller {

    private final Database db;

    public ReportFiller(Database db) {
        this.db = db;
    }

    /** The years of the report for an award (1 for CSTĐ cơ sở, 2 for Bằng khen tỉnh, 3 for CSTĐ tỉnh). */
    public int reportYears(long awardFormId, LocalDate day) {
        return db.read(c -> reportYears(c, awardFormId, day));
    }

    public static int reportYears(Connection c, long awardFormId, LocalDate day) throws SQLException {
        return Jdbc.list(c, "SELECT r.report_years FROM award_rule r JOIN legal_basis b "
                + "ON b.id = r.legal_basis_id WHERE r.award_form_id = ? AND b.effective_from <= ? "
                + "AND (b.effective_to IS NULL OR b.effective_to >= ?) AND r.report_years IS NOT NULL",
                rs -> rs.getInt(1), awardFormId, day, day).stream().findFirst().orElse(1);
    }

    /** The nomination with its report years set for its award and its year and award lines filled in. */
    public Nomination fill(Nomination n, LocalDate day) {
        return db.read(c -> fill(c, n, day));
    }

    public static Nomination fill(Connection c, Nomination n, LocalDate day) throws SQLException {
        int first = n.year() - reportYears(c, n.awardFormId(), day) + 1;
        return n.withReport(first, years(c, n, first), awards(c, n));
    }

    private static List<YearLine> years(Connection c, Nomination n, int first) throws SQLException {
        boolean person = n.nominee().isPerson();
        long id = person ? n.nominee().staffId() : n.nominee().unitId();
        String table = person ? "staff_year" : "unit_year";
        String column = person ? "staff_id" : "unit_id";
        Map<Integer, Rating> ratings = new TreeMap<>();
        for (var row : Jdbc.list(c, "SELECT record_year, rating FROM " + table + " WHERE " + column + " = ? "
                + "AND record_year BETWEEN ? AND ?", rs -> Map.entry(rs.getInt(1),
                rs.getString(2) == null ? "" : rs.getString(2)), id, first, n.year())) {
            ratings.put(row.getKey(), row.getValue().isEmpty() ? null : Rating.valueOf(row.getValue()));
        }
        Map<Integer, List<String>> titles = new TreeMap<>();
        for (var row : Jdbc.list(c, "SELECT a.award_year, f.name FROM award a JOIN award_form f ON f.id = a.award_form_id "
                + "WHERE a." + column + " = ? AND a.award_year BETWEEN ? AND ? AND f.category = 'TITLE' "
                + "ORDER BY f.sort_order", rs -> Map.entry(rs.getInt(1), rs.getString(2)), id, first, n.year())) {
            titles.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
        }
        Map<Integer, Integer> innovations = new TreeMap<>();
        if (person) {
            for (var row : Jdbc.list(c, "SELECT record_year, COUNT(*) FROM innovation WHERE staff_id = ? "
                    + "AND record_year BETWEEN ? AND ? GROUP BY record_year", rs -> Map.entry(rs.getInt(1), rs.getInt(2)),
                    id, first, n.year())) {
                innovations.put(row.getKey(), row.getValue());
            }
        }
        List<YearLine> out = new ArrayList<>();
        for (int year = first; year <= n.year(); year++) {
            String achievement = innovations.containsKey(year)
                    ? Messages.get("nomination.report.innovations", innovations.get(year)) : null;
            out.add(new YearLine(year, ratings.get(year), String.join("; ", titles.getOrDefault(year, List.of())),
                    achievement));
        }
        return out;
    }

    private static List<AwardLine> awards(Connection c, Nomination n) throws SQLException {
        String column = n.nominee().isPerson() ? "staff_id" : "unit_id";
        long id = n.nominee().isPerson() ? n.nominee().staffId() : n.nominee().unitId();
        Map<String, AwardLine> out = new LinkedHashMap<>();
        for (AwardLine line : Jdbc.list(c, "SELECT a.award_year, f.name, f.category, a.decision_number, a.decision_date, "
                + "COALESCE(a.issuer, f.issuer) AS issuer FROM award a JOIN award_form f ON f.id = a.award_form_id "
                + "WHERE a." + column + " = ? AND a.award_year <= ? ORDER BY f.category DESC, a.award_year, f.sort_order",
                rs -> new AwardLine(AwardCategory.valueOf(rs.getString("category")), rs.getInt("award_year"),
                        rs.getString("name"), decisionRef(rs.getString("decision_number"),
                        Jdbc.date(rs, "decision_date"), rs.getString("issuer"))), id, n.year())) {
            out.putIfAbsent(line.category() + "|" + line.year() + "|" + line.awardName(), line);
        }
        return new ArrayList<>(out.values());
    }

    /** "Quyết định số 12/QĐ-SNgV ngày 15/12/2025; Giám đốc Sở", or only what is known. */
    static String decisionRef(String number, LocalDate date, String issuer) {
        StringBuilder s = new StringBuilder();
        if (number != null && !number.isBlank()) {
            s.append(Messages.get("nomination.report.decisionNumber", number));
        }
        if (date != null) {
            s.append(s.length() > 0 ? " " : "").append(Messages.get("nomination.report.decisionDate", VietDates.format(date)));
        }
        if (issuer != null && !issuer.isBlank()) {
            s.append(s.length() > 0 ? "; " : "").append(issuer);
        }
        return s.length() == 0 ? null : s.toString();
    }
}
