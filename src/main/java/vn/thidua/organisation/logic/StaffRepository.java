package vn.thidua.organisation.logic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;

/** Staff members. People are never deleted: a person who leaves gets an end date. */
public class StaffRepository {

    private static final String COLUMNS = "code, full_name, gender, birth_date, position, unit_id, kind, leader, "
            + "start_date, end_date, hometown, residence, qualification, academic_title, note";

    private final Database db;

    public StaffRepository(Database db) {
        this.db = db;
    }

    /** Everyone, in the official order. */
    public List<StaffMember> all() {
        return db.read(c -> StaffOrder.sort(all(c), UnitRepository.all(c)));
    }

    public static List<StaffMember> all(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM staff", StaffRepository::map);
    }

    public Optional<StaffMember> find(long id) {
        return db.read(c -> Jdbc.one(c, "SELECT * FROM staff WHERE id = ?", StaffRepository::map, id));
    }

    /** Validates and saves one person; a new person gets the next staff code. */
    public StaffMember save(StaffMember s) {
        return db.inTransaction(c -> save(c, s));
    }

    public static StaffMember save(Connection c, StaffMember typed) throws SQLException {
        StaffMember s = normalised(typed);
        StaffValidator.requireValid(s);
        if (s.id() == null) {
            String code = s.code() != null ? s.code() : nextCode(c);
            long id = Jdbc.insert(c, "INSERT INTO staff (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    code, s.fullName(), s.gender(), s.birthDate(), s.position(), s.unitId(), s.kind(), s.leader(),
                    s.startDate(), s.endDate(), s.hometown(), s.residence(), s.qualification(), s.academicTitle(),
                    s.note());
            return s.withId(id, code);
        }
        Jdbc.update(c, "UPDATE staff SET full_name = ?, gender = ?, birth_date = ?, position = ?, unit_id = ?, kind = ?, "
                        + "leader = ?, start_date = ?, end_date = ?, hometown = ?, residence = ?, qualification = ?, "
                        + "academic_title = ?, note = ? WHERE id = ?",
                s.fullName(), s.gender(), s.birthDate(), s.position(), s.unitId(), s.kind(), s.leader(),
                s.startDate(), s.endDate(), s.hometown(), s.residence(), s.qualification(), s.academicTitle(),
                s.note(), s.id());
        return s;
    }

    /** The record as stored: text in NFC with spaces folded, blank text as null, whatever path it came by. */
    static StaffMember normalised(StaffMember s) {
        return new StaffMember(s.id(), VietText.cleanOrNull(s.code()), VietText.clean(s.fullName()), s.gender(),
                s.birthDate(), VietText.cleanOrNull(s.position()), s.unitId(), s.kind(), s.leader(), s.startDate(),
                s.endDate(), VietText.cleanOrNull(s.hometown()), VietText.cleanOrNull(s.residence()),
                VietText.cleanOrNull(s.qualification()), VietText.cleanOrNull(s.academicTitle()),
                VietText.cleanOrNull(s.note()));
    }

    /** "CB0001", "CB0002", …: the next free code. */
    public static String nextCode(Connection c) throws SQLException {
        long max = Jdbc.count(c, "SELECT COALESCE(MAX(CAST(SUBSTRING(code, 3) AS INT)), 0) FROM staff "
                + "WHERE REGEXP_LIKE(code, '^CB[0-9]+$')");
        return String.format("CB%04d", max + 1);
    }

    static StaffMember map(ResultSet rs) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                Gender.valueOf(rs.getString("gender")), Jdbc.date(rs, "birth_date"), rs.getString("position"),
                rs.getLong("unit_id"), StaffKind.valueOf(rs.getString("kind")), rs.getBoolean("leader"),
                Jdbc.date(rs, "start_date"), Jdbc.date(rs, "end_date"), rs.getString("hometown"),
                rs.getString("residence"), rs.getString("qualification"), rs.getString("academic_title"),
                rs.getString("note"));
    }
}
