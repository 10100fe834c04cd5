package vn.thidua.eligibility.logic;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.DisciplineForm;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;

/**
 * Reads the facts of a range of years in one read transaction and a handful of queries, whatever the number of
 * nominations: the whole office's records of those years are small next to a query per nominee.
 */
public class RecordFactsLoader {

    private final Database db;

    public RecordFactsLoader(Database db) {
        this.db = db;
    }

    public RecordFacts load(int fromYear, int toYear, List<LegalBasis> legalBases, Map<String, String> shortNames) {
        return db.read(c -> load(c, fromYear, toYear, legalBases, shortNames));
    }

    private static RecordFacts load(Connection c, int fromYear, int toYear, List<LegalBasis> legalBases,
                                    Map<String, String> shortNames) throws SQLException {
        RecordFacts facts = new RecordFacts(legalBases, shortNames);
        Jdbc.list(c, "SELECT id, full_name, unit_id, start_date, end_date FROM staff", rs -> facts.addPerson(
                new RecordFacts.Person(rs.getLong(1), rs.getString(2), Jdbc.longOrNull(rs, "unit_id"),
                        Jdbc.date(rs, "start_date"), Jdbc.date(rs, "end_date"))));
        Jdbc.list(c, "SELECT staff_id, record_year, rating, pending_inspection FROM staff_year "
                + "WHERE record_year BETWEEN ? AND ?", rs -> {
                    RecordFacts.Person p = facts.person(rs.getLong(1));
                    p.rated(rs.getInt(2), Jdbc.enumOrNull(rs, "rating", Rating.class));
                    if (rs.getBoolean(4)) {
                        p.inspected(rs.getInt(2));
                    }
                    return p;
                }, fromYear, toYear);
        Jdbc.list(c, "SELECT unit_id, record_year, rating, task_completion FROM unit_year WHERE record_year BETWEEN ? AND ?",
                rs -> {
                    RecordFacts.UnitRecord u = facts.unit(rs.getLong(1));
                    u.rated(rs.getInt(2), Jdbc.enumOrNull(rs, "rating", Rating.class));
                    u.completed(rs.getInt(2), rs.getBigDecimal(4));
                    return u;
                }, fromYear, toYear);
        Jdbc.list(c, "SELECT * FROM innovation WHERE record_year BETWEEN ? AND ?", rs -> {
            Innovation i = new Innovation(rs.getLong("id"), rs.getLong("staff_id"), rs.getInt("record_year"),
                    rs.getString("title"), InnovationLevel.valueOf(rs.getString("level")),
                    rs.getString("decision_number"), Jdbc.date(rs, "decision_date"));
            facts.person(i.staffId()).innovation(i);
            return i;
        }, fromYear, toYear);
        // Disciplines are few; all of them are read, since one may reach the decision date beyond the years.
        Jdbc.list(c, "SELECT * FROM discipline ORDER BY from_date, id", rs -> {
            Discipline d = new Discipline(rs.getLong("id"), rs.getLong("staff_id"),
                    DisciplineForm.valueOf(rs.getString("form")), Jdbc.date(rs, "from_date"),
                    Jdbc.date(rs, "to_date"), rs.getString("decision_number"), rs.getString("reason"));
            facts.person(d.staffId()).discipline(d);
            return d;
        });
        // Thematic awards, and those of thematic or one-off nominations, never count towards merit awards.
        Jdbc.list(c, "SELECT a.staff_id, a.unit_id, a.award_year, f.code, "
                + "(a.thematic OR COALESCE(n.occasion IN ('THEMATIC', 'ONE_OFF'), FALSE)) AS non_merit "
                + "FROM award a JOIN award_form f ON f.id = a.award_form_id "
                + "LEFT JOIN nomination n ON n.id = a.nomination_id "
                + "WHERE a.award_year BETWEEN ? AND ?", rs -> {
                    Long staffId = Jdbc.longOrNull(rs, "staff_id");
                    RecordFacts.Nominee holder = staffId != null ? facts.person(staffId) : facts.unit(rs.getLong("unit_id"));
                    holder.title(rs.getInt("award_year"), rs.getString("code"), !rs.getBoolean("non_merit"));
                    return holder;
                }, fromYear, toYear);
        return facts;
    }
}
