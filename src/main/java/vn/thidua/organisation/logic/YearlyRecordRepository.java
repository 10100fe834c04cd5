package vn.thidua.organisation.logic;

import java.sql.Connection;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.text.VietText;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.DisciplineForm;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.organisation.model.UnitYear;

/**
 * Yearly records of people and units: the history the eligibility rules read. Titles received are kept in the
 * award register with origin RECORD, so a title has one home whether typed here or granted by a decision.
 */
public class YearlyRecordRepository {

    private final Database db;
    private final AuditTrail audit;

    /** @param audit where the clerk's changes are logged (the demo and the key-task rates write without it) */
    public YearlyRecordRepository(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The stored records of a year, by staff id (people without a record are absent). */
    public Map<Long, StaffYear> staffYears(int year) {
        return db.read(c -> staffYears(c, year));
    }

    static Map<Long, StaffYear> staffYears(Connection c, int year) throws SQLException {
        Map<Long, Set<String>> titles = staffTitles(c, "a.award_year = ?", year);
        Map<Long, StaffYear> out = new HashMap<>();
        for (StaffYear y : Jdbc.list(c, "SELECT * FROM staff_year WHERE record_year = ?", rs -> staffYear(rs, Set.of()), year)) {
            out.put(y.staffId(), withTitles(y, titles.getOrDefault(y.staffId(), Set.of())));
        }
        titles.forEach((staffId, codes) -> out.putIfAbsent(staffId, new StaffYear(staffId, year, null, false, null, codes)));
        return out;
    }

    /** One person's records over all years, oldest first. */
    public List<StaffYear> history(long staffId) {
        return db.read(c -> {
            Map<Integer, Set<String>> titles = new HashMap<>();
            for (var row : Jdbc.list(c, "SELECT a.award_year, f.code FROM award a JOIN award_form f ON f.id = a.award_form_id "
                    + "WHERE a.staff_id = ?", rs -> Map.entry(rs.getInt(1), rs.getString(2)), staffId)) {
                titles.computeIfAbsent(row.getKey(), k -> new HashSet<>()).add(row.getValue());
            }
            Map<Integer, StaffYear> years = new java.util.TreeMap<>();
            for (StaffYear y : Jdbc.list(c, "SELECT * FROM staff_year WHERE staff_id = ?", rs -> staffYear(rs, Set.of()), staffId)) {
                years.put(y.year(), withTitles(y, titles.getOrDefault(y.year(), Set.of())));
            }
            titles.forEach((year, codes) -> years.putIfAbsent(year, new StaffYear(staffId, year, null, false, null, codes)));
            return new ArrayList<>(years.values());
        });
    }

    /** Saves a whole table of a year's records at once: one transaction, each person's change logged. */
    public void saveStaffYears(List<StaffYear> records) {
        saveYear(records, null);
    }

    public static void saveStaffYear(Connection c, StaffYear y, Map<String, Long> forms) throws SQLException {
        Jdbc.update(c, "MERGE INTO staff_year (staff_id, record_year, rating, pending_inspection, note) KEY (staff_id, record_year) "
                + "VALUES (?, ?, ?, ?, ?)", y.staffId(), y.year(), y.rating(), y.pendingInspection(), VietText.cleanOrNull(y.note()));
        Jdbc.update(c, "DELETE FROM award WHERE staff_id = ? AND award_year = ? AND origin = 'RECORD'", y.staffId(), y.year());
        for (String code : y.titleCodes()) {
            Long formId = forms.get(code);
            if (formId == null) {
                throw UserException.of("record.error.unknownTitle", code);
            }
            // a title a decision granted (or a past book recorded) is already in the register: not a second time
            Jdbc.update(c, "INSERT INTO award (staff_id, award_form_id, award_year, origin) SELECT ?, ?, ?, 'RECORD' "
                    + "WHERE NOT EXISTS (SELECT 1 FROM award WHERE staff_id = ? AND award_form_id = ? AND award_year = ?)",
                    y.staffId(), formId, y.year(), y.staffId(), formId, y.year());
        }
    }

    /** The newest year that holds any record, if any. */
    public java.util.Optional<Integer> latestYear() {
        return db.read(c -> Jdbc.one(c, "SELECT record_year FROM staff_year ORDER BY record_year DESC LIMIT 1",
                rs -> rs.getInt(1)));
    }

    /**
     * Saves a unit's year and its people's records together: one action of the clerk, one transaction. Each record
     * that comes out different from what was stored (rating, inspection, note, titles) is logged with both.
     */
    public void saveYear(List<StaffYear> records, UnitYear unitYear) {
        db.inTransaction(c -> {
            Map<String, Long> forms = awardFormIds(c);
            Map<Integer, Map<Long, StaffYear>> before = new HashMap<>();
            for (StaffYear y : records) {
                if (!before.containsKey(y.year())) {
                    before.put(y.year(), staffYears(c, y.year()));
                }
            }
            for (StaffYear y : records) {
                saveStaffYear(c, y, forms);
            }
            for (Map.Entry<Integer, Map<Long, StaffYear>> year : before.entrySet()) {
                Map<Long, StaffYear> after = staffYears(c, year.getKey());
                for (StaffYear y : records) {
                    if (y.year() == year.getKey()) {
                        logChange(c, AuditEntity.STAFF_YEAR, y.staffId(), year.getValue().get(y.staffId()),
                                after.get(y.staffId()), name(c, "staff", y.staffId()) + " (" + y.year() + ")");
                    }
                }
            }
            if (unitYear != null) {
                saveUnitYearLogged(c, unitYear, forms);
            }
            return null;
        });
    }

    /** Logs a record's change when there is one: created when there was nothing, else updated. */
    private void logChange(Connection c, AuditEntity entity, long id, Object before, Object after, String summary)
            throws SQLException {
        if (!java.util.Objects.equals(before, after)) {
            audit.record(c, entity, id, before == null ? AuditAction.CREATE : AuditAction.UPDATE, sortedTitles(before),
                    sortedTitles(after), summary);
        }
    }

    /**
     * What the log keeps of a record: its fields, a year's titles in order (the record's set has none, and the log's
     * before and after should list them alike).
     */
    private static Object sortedTitles(Object record) {
        if (record instanceof StaffYear y) {
            return fields("staffId", y.staffId(), "year", y.year(), "rating", y.rating(), "pendingInspection",
                    y.pendingInspection(), "note", y.note(), "titleCodes", new java.util.TreeSet<>(y.titleCodes()));
        }
        if (record instanceof UnitYear u) {
            return fields("unitId", u.unitId(), "year", u.year(), "rating", u.rating(), "taskCompletion",
                    u.taskCompletion(), "note", u.note(), "titleCodes", new java.util.TreeSet<>(u.titleCodes()));
        }
        return record;
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    private static String name(Connection c, String table, long id) throws SQLException {
        String column = table.equals("staff") ? "full_name" : "name";
        return Jdbc.one(c, "SELECT " + column + " FROM " + table + " WHERE id = ?", rs -> rs.getString(1), id).orElse("");
    }

    /** Disciplines that touch the year, by staff id. */
    public Map<Long, List<Discipline>> disciplinesIn(int year) {
        return db.read(c -> {
            Map<Long, List<Discipline>> out = new HashMap<>();
            for (Discipline d : Jdbc.list(c, "SELECT * FROM discipline WHERE from_date <= ? AND (to_date IS NULL OR to_date >= ?) "
                    + "ORDER BY from_date", YearlyRecordRepository::discipline,
                    java.time.LocalDate.of(year, 12, 31), java.time.LocalDate.of(year, 1, 1))) {
                out.computeIfAbsent(d.staffId(), k -> new ArrayList<>()).add(d);
            }
            return out;
        });
    }

    public Map<Long, UnitYear> unitYears(int year) {
        return db.read(c -> unitYears(c, year));
    }

    private static Map<Long, UnitYear> unitYears(Connection c, int year) throws SQLException {
        Map<Long, Set<String>> titles = new HashMap<>();
        for (var row : Jdbc.list(c, "SELECT a.unit_id, f.code FROM award a JOIN award_form f ON f.id = a.award_form_id "
                + "WHERE a.unit_id IS NOT NULL AND a.award_year = ?", rs -> Map.entry(rs.getLong(1), rs.getString(2)), year)) {
            titles.computeIfAbsent(row.getKey(), k -> new HashSet<>()).add(row.getValue());
        }
        Map<Long, UnitYear> out = new HashMap<>();
        for (UnitYear u : Jdbc.list(c, "SELECT * FROM unit_year WHERE record_year = ?", rs -> new UnitYear(
                rs.getLong("unit_id"), rs.getInt("record_year"), Jdbc.enumOrNull(rs, "rating", Rating.class),
                rs.getBigDecimal("task_completion"), rs.getString("note"), Set.of()), year)) {
            out.put(u.unitId(), new UnitYear(u.unitId(), year, u.rating(), u.taskCompletion(), u.note(),
                    titles.getOrDefault(u.unitId(), Set.of())));
        }
        titles.forEach((unitId, codes) -> out.putIfAbsent(unitId, new UnitYear(unitId, year, null, null, null, codes)));
        return out;
    }

    /** Saves a unit's year, its change logged. */
    public void saveUnitYear(UnitYear y) {
        db.inTransaction(c -> {
            saveUnitYearLogged(c, y, awardFormIds(c));
            return null;
        });
    }

    private void saveUnitYearLogged(Connection c, UnitYear y, Map<String, Long> forms) throws SQLException {
        UnitYear before = unitYears(c, y.year()).get(y.unitId());
        saveUnitYear(c, y, forms);
        logChange(c, AuditEntity.UNIT_YEAR, y.unitId(), before, unitYears(c, y.year()).get(y.unitId()),
                name(c, "unit", y.unitId()) + " (" + y.year() + ")");
    }

    /**
     * Sets a unit's task completion rate for a year, keeping the rest of its record (a record is made if there is
     * none): the key-task plans write what they count here, where the eligibility rules read it.
     */
    public static void saveTaskCompletion(Connection c, long unitId, int year, java.math.BigDecimal rate) throws SQLException {
        if (Jdbc.update(c, "UPDATE unit_year SET task_completion = ? WHERE unit_id = ? AND record_year = ?",
                rate, unitId, year) == 0) {
            Jdbc.update(c, "INSERT INTO unit_year (unit_id, record_year, task_completion) VALUES (?, ?, ?)",
                    unitId, year, rate);
        }
    }

    public static void saveUnitYear(Connection c, UnitYear y, Map<String, Long> forms) throws SQLException {
        Jdbc.update(c, "MERGE INTO unit_year (unit_id, record_year, rating, task_completion, note) KEY (unit_id, record_year) "
                + "VALUES (?, ?, ?, ?, ?)", y.unitId(), y.year(), y.rating(), y.taskCompletion(), VietText.cleanOrNull(y.note()));
        Jdbc.update(c, "DELETE FROM award WHERE unit_id = ? AND award_year = ? AND origin = 'RECORD'", y.unitId(), y.year());
        for (String code : y.titleCodes()) {
            Long formId = forms.get(code);
            if (formId == null) {
                throw UserException.of("record.error.unknownTitle", code);
            }
            Jdbc.update(c, "INSERT INTO award (unit_id, award_form_id, award_year, origin) SELECT ?, ?, ?, 'RECORD' "
                    + "WHERE NOT EXISTS (SELECT 1 FROM award WHERE unit_id = ? AND award_form_id = ? AND award_year = ?)",
                    y.unitId(), formId, y.year(), y.unitId(), formId, y.year());
        }
    }

    public List<Innovation> innovations(long staffId) {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM innovation WHERE staff_id = ? ORDER BY record_year, id",
                YearlyRecordRepository::innovation, staffId));
    }

    /** Saves an innovation, its change logged. */
    public Innovation saveInnovation(Innovation i) {
        return db.inTransaction(c -> {
            Innovation before = i.id() == null ? null : innovation(c, i.id());
            Innovation saved = saveInnovation(c, i);
            logChange(c, AuditEntity.INNOVATION, saved.id(), before, saved, name(c, "staff", saved.staffId()) + ": "
                    + saved.title());
            return saved;
        });
    }

    private static Innovation innovation(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM innovation WHERE id = ?", YearlyRecordRepository::innovation, id).orElse(null);
    }

    private static Discipline discipline(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM discipline WHERE id = ?", YearlyRecordRepository::discipline, id).orElse(null);
    }

    public static Innovation saveInnovation(Connection c, Innovation i) throws SQLException {
        if (i.title() == null || i.title().isBlank()) {
            throw UserException.of("innovation.error.titleRequired");
        }
        if (i.id() == null) {
            long id = Jdbc.insert(c, "INSERT INTO innovation (staff_id, record_year, title, level, decision_number, decision_date) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", i.staffId(), i.year(), VietText.clean(i.title()), i.level(),
                    VietText.cleanOrNull(i.decisionNumber()), i.decisionDate());
            return new Innovation(id, i.staffId(), i.year(), VietText.clean(i.title()), i.level(),
                    VietText.cleanOrNull(i.decisionNumber()), i.decisionDate());
        }
        Jdbc.update(c, "UPDATE innovation SET record_year = ?, title = ?, level = ?, decision_number = ?, decision_date = ? WHERE id = ?",
                i.year(), VietText.clean(i.title()), i.level(), VietText.cleanOrNull(i.decisionNumber()), i.decisionDate(),
                i.id());
        return new Innovation(i.id(), i.staffId(), i.year(), VietText.clean(i.title()), i.level(),
                VietText.cleanOrNull(i.decisionNumber()), i.decisionDate());
    }

    public void deleteInnovation(long id) {
        db.inTransaction(c -> {
            Innovation before = innovation(c, id);
            Jdbc.update(c, "DELETE FROM innovation WHERE id = ?", id);
            if (before != null) {
                audit.record(c, AuditEntity.INNOVATION, id, AuditAction.DELETE, before, null,
                        name(c, "staff", before.staffId()) + ": " + before.title());
            }
            return null;
        });
    }

    public List<Discipline> disciplines(long staffId) {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM discipline WHERE staff_id = ? ORDER BY from_date, id",
                YearlyRecordRepository::discipline, staffId));
    }

    /** Saves a discipline, its change logged. */
    public Discipline saveDiscipline(Discipline d) {
        return db.inTransaction(c -> {
            Discipline before = d.id() == null ? null : discipline(c, d.id());
            Discipline saved = saveDiscipline(c, d);
            logChange(c, AuditEntity.DISCIPLINE, saved.id(), before, saved, name(c, "staff", saved.staffId()));
            return saved;
        });
    }

    public static Discipline saveDiscipline(Connection c, Discipline d) throws SQLException {
        if (d.fromDate() == null) {
            throw UserException.of("discipline.error.fromRequired");
        }
        if (d.toDate() != null && d.toDate().isBefore(d.fromDate())) {
            throw UserException.of("discipline.error.periodReversed");
        }
        if (d.id() == null) {
            long id = Jdbc.insert(c, "INSERT INTO discipline (staff_id, form, from_date, to_date, decision_number, reason) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", d.staffId(), d.form(), d.fromDate(), d.toDate(),
                    VietText.cleanOrNull(d.decisionNumber()), VietText.cleanOrNull(d.reason()));
            return new Discipline(id, d.staffId(), d.form(), d.fromDate(), d.toDate(), VietText.cleanOrNull(d.decisionNumber()),
                    VietText.cleanOrNull(d.reason()));
        }
        Jdbc.update(c, "UPDATE discipline SET form = ?, from_date = ?, to_date = ?, decision_number = ?, reason = ? WHERE id = ?",
                d.form(), d.fromDate(), d.toDate(), VietText.cleanOrNull(d.decisionNumber()), VietText.cleanOrNull(d.reason()),
                d.id());
        return new Discipline(d.id(), d.staffId(), d.form(), d.fromDate(), d.toDate(), VietText.cleanOrNull(d.decisionNumber()),
                VietText.cleanOrNull(d.reason()));
    }

    public void deleteDiscipline(long id) {
        db.inTransaction(c -> {
            Discipline before = discipline(c, id);
            Jdbc.update(c, "DELETE FROM discipline WHERE id = ?", id);
            if (before != null) {
                audit.record(c, AuditEntity.DISCIPLINE, id, AuditAction.DELETE, before, null,
                        name(c, "staff", before.staffId()));
            }
            return null;
        });
    }

    /** Ids of the people under a discipline that touches the given year. */
    public Set<Long> disciplinedIn(int year) {
        return new HashSet<>(disciplinesIn(year).keySet());
    }

    /** Number of recognised innovations per staff id in a year. */
    public Map<Long, Integer> innovationCounts(int year) {
        return db.read(c -> {
            Map<Long, Integer> out = new HashMap<>();
            for (var row : Jdbc.list(c, "SELECT staff_id, COUNT(*) FROM innovation WHERE record_year = ? GROUP BY staff_id",
                    rs -> Map.entry(rs.getLong(1), rs.getInt(2)), year)) {
                out.put(row.getKey(), row.getValue());
            }
            return out;
        });
    }

    public static Map<String, Long> awardFormIds(Connection c) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        for (var row : Jdbc.list(c, "SELECT code, id FROM award_form", rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
            out.put(row.getKey(), row.getValue());
        }
        return out;
    }

    private static Map<Long, Set<String>> staffTitles(Connection c, String where, Object... params) throws SQLException {
        Map<Long, Set<String>> out = new HashMap<>();
        for (var row : Jdbc.list(c, "SELECT a.staff_id, f.code FROM award a JOIN award_form f ON f.id = a.award_form_id "
                + "WHERE a.staff_id IS NOT NULL AND " + where, rs -> Map.entry(rs.getLong(1), rs.getString(2)), params)) {
            out.computeIfAbsent(row.getKey(), k -> new HashSet<>()).add(row.getValue());
        }
        return out;
    }

    private static StaffYear staffYear(ResultSet rs, Set<String> titles) throws SQLException {
        return new StaffYear(rs.getLong("staff_id"), rs.getInt("record_year"), Jdbc.enumOrNull(rs, "rating", Rating.class),
                rs.getBoolean("pending_inspection"), rs.getString("note"), titles);
    }

    private static StaffYear withTitles(StaffYear y, Set<String> titles) {
        return new StaffYear(y.staffId(), y.year(), y.rating(), y.pendingInspection(), y.note(), titles);
    }

    private static Innovation innovation(ResultSet rs) throws SQLException {
        return new Innovation(rs.getLong("id"), rs.getLong("staff_id"), rs.getInt("record_year"), rs.getString("title"),
                InnovationLevel.valueOf(rs.getString("level")), rs.getString("decision_number"),
                Jdbc.date(rs, "decision_date"));
    }

    private static Discipline discipline(ResultSet rs) throws SQLException {
        return new Discipline(rs.getLong("id"), rs.getLong("staff_id"), DisciplineForm.valueOf(rs.getString("form")),
                Jdbc.date(rs, "from_date"), Jdbc.date(rs, "to_date"), rs.getString("decision_number"),
                rs.getString("reason"));
    }
}
