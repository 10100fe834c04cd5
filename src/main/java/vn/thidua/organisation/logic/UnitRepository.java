package vn.thidua.organisation.logic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;

/** Units in their official order. Units are never deleted: a unit that is no longer used is deactivated. */
public class UnitRepository {

    private final Database db;

    public UnitRepository(Database db) {
        this.db = db;
    }

    public List<Unit> all() {
        return db.read(UnitRepository::all);
    }

    public static List<Unit> all(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM unit ORDER BY sort_order, id", UnitRepository::map);
    }

    /** Inserts or updates; a new unit goes to the end of the order. Returns the saved unit, its text in NFC. */
    public Unit save(Unit unit) {
        return db.inTransaction(c -> save(c, unit));
    }

    public static Unit save(Connection c, Unit unit) throws SQLException {
        Unit u = new Unit(unit.id(), VietText.clean(unit.name()), VietText.cleanOrNull(unit.shortName()), unit.type(),
                unit.sortOrder(), unit.active());
        if (u.name() == null || u.name().isBlank()) {
            throw UserException.of("unit.error.nameRequired");
        }
        long clash = Jdbc.count(c, "SELECT COUNT(*) FROM unit WHERE LOWER(name) = LOWER(?) AND id <> ?",
                u.name(), u.id() == null ? -1L : u.id());
        if (clash > 0) {
            throw UserException.of("unit.error.duplicateName", u.name());
        }
        if (u.id() == null) {
            int order = (int) Jdbc.count(c, "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM unit");
            long id = Jdbc.insert(c, "INSERT INTO unit (name, short_name, unit_type, sort_order, active) VALUES (?, ?, ?, ?, ?)",
                    u.name(), u.shortName(), u.type(), order, u.active());
            return new Unit(id, u.name(), u.shortName(), u.type(), order, u.active());
        }
        Jdbc.update(c, "UPDATE unit SET name = ?, short_name = ?, unit_type = ?, active = ? WHERE id = ?",
                u.name(), u.shortName(), u.type(), u.active(), u.id());
        return u;
    }

    /** Number of staff per unit id, for the units table. */
    public java.util.Map<Long, Long> staffCounts() {
        return db.read(c -> {
            java.util.Map<Long, Long> out = new java.util.HashMap<>();
            for (var row : Jdbc.list(c, "SELECT unit_id, COUNT(*) FROM staff GROUP BY unit_id",
                    rs -> java.util.Map.entry(rs.getLong(1), rs.getLong(2)))) {
                out.put(row.getKey(), row.getValue());
            }
            return out;
        });
    }

    public void setActive(long unitId, boolean active) {
        db.inTransaction(c -> Jdbc.update(c, "UPDATE unit SET active = ? WHERE id = ?", active, unitId));
    }

    /** Moves a unit one place up (delta -1) or down (+1) in the official order. */
    public void move(long unitId, int delta) {
        db.inTransaction(c -> {
            List<Unit> units = all(c);
            int i = indexOf(units, unitId);
            int j = i + delta;
            if (i < 0 || j < 0 || j >= units.size()) {
                return null;
            }
            Unit a = units.get(i);
            units.set(i, units.get(j));
            units.set(j, a);
            for (int k = 0; k < units.size(); k++) {
                Jdbc.update(c, "UPDATE unit SET sort_order = ? WHERE id = ?", k + 1, units.get(k).id());
            }
            return null;
        });
    }

    private static int indexOf(List<Unit> units, long id) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    static Unit map(ResultSet rs) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                UnitType.valueOf(rs.getString("unit_type")), rs.getInt("sort_order"), rs.getBoolean("active"));
    }
}
