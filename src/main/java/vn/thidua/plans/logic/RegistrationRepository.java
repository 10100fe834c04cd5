package vn.thidua.plans.logic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietText;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.Registration;

/** Đăng ký thi đua under a plan: who aims for which award form, with what commitment. */
public class RegistrationRepository {

    private final Database db;

    public RegistrationRepository(Database db) {
        this.db = db;
    }

    /** A plan's registrations: units first, then people, each in the order they were registered. */
    public List<Registration> forPlan(long planId) {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM plan_registration WHERE plan_id = ? "
                + "ORDER BY unit_id IS NULL, id", RegistrationRepository::registration, planId));
    }

    /**
     * Saves one registration. Refused: no registrant or both a unit and a person, a closed or unknown plan, an award
     * form the registrant already registered for under this plan.
     */
    public Registration save(Registration r) {
        return db.inTransaction(c -> save(c, r));
    }

    /** Saves several registrations in one transaction: all of them, or none when one is refused. */
    public List<Registration> saveAll(List<Registration> registrations) {
        return db.inTransaction(c -> {
            List<Registration> out = new ArrayList<>();
            for (Registration r : registrations) {
                out.add(save(c, r));
            }
            return out;
        });
    }

    private static Registration save(Connection c, Registration r) throws SQLException {
        if ((r.unitId() == null) == (r.staffId() == null)) {
            throw UserException.of("registration.error.registrant");
        }
        String commitment = VietText.cleanOrNull(r.commitment());
        PlanStatus status = Jdbc.one(c, "SELECT status FROM plan WHERE id = ?", rs -> PlanStatus.valueOf(rs.getString(1)),
                r.planId()).orElseThrow(() -> UserException.of("plan.error.notFound", r.planId()));
        if (status == PlanStatus.CLOSED) {
            throw UserException.of("registration.error.closed");
        }
        long taken = Jdbc.count(c, "SELECT COUNT(*) FROM plan_registration WHERE plan_id = ? AND award_form_id = ? "
                + "AND (unit_id = ? OR staff_id = ?) AND id <> ?", r.planId(), r.awardFormId(), r.unitId(), r.staffId(),
                r.id() == null ? -1L : r.id());
        if (taken > 0) {
            throw UserException.of("registration.error.duplicate");
        }
        if (r.id() == null) {
            long id = Jdbc.insert(c, "INSERT INTO plan_registration (plan_id, unit_id, staff_id, award_form_id, commitment, "
                    + "registered_on) VALUES (?, ?, ?, ?, ?, ?)", r.planId(), r.unitId(), r.staffId(), r.awardFormId(),
                    commitment, r.registeredOn());
            return new Registration(id, r.planId(), r.unitId(), r.staffId(), r.awardFormId(), commitment, r.registeredOn());
        }
        Jdbc.update(c, "UPDATE plan_registration SET unit_id = ?, staff_id = ?, award_form_id = ?, commitment = ?, "
                + "registered_on = ? WHERE id = ?", r.unitId(), r.staffId(), r.awardFormId(), commitment,
                r.registeredOn(), r.id());
        return new Registration(r.id(), r.planId(), r.unitId(), r.staffId(), r.awardFormId(), commitment, r.registeredOn());
    }

    public void delete(long id) {
        db.inTransaction(c -> Jdbc.update(c, "DELETE FROM plan_registration WHERE id = ?", id));
    }

    private static Registration registration(ResultSet rs) throws SQLException {
        return new Registration(rs.getLong("id"), rs.getLong("plan_id"), Jdbc.longOrNull(rs, "unit_id"),
                Jdbc.longOrNull(rs, "staff_id"), rs.getLong("award_form_id"), rs.getString("commitment"),
                Jdbc.date(rs, "registered_on"));
    }
}
