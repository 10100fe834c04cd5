package vn.thidua.eligibility.logic;

import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.eligibility.model.EligibilityQuery;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.DisciplineForm;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.Unit;

/**
 * Writes people's and units' yearly records into a real database, each scenario in a unit of its own so that many
 * scenarios share one database without meeting: {@code office.person().rated(2025, GOOD).title(2025, "LDTT")}.
 */
final class OfficeRecords {

    /** A person or a unit that a nomination can name. */
    interface Nominee {
        EligibilityQuery nominated(String awardFormCode, int year, LocalDate decisionDate);
    }

    private final Services services;
    private int units;

    OfficeRecords(Services services) {
        this.services = services;
    }

    /** A person alone in a new unit. */
    PersonRecords person() {
        return newUnit().member("Nguyễn Thị Lan");
    }

    UnitRecords unit() {
        return newUnit();
    }

    private UnitRecords newUnit() {
        units++;
        Unit unit = services.units().save(aUnit().named("Phòng thử số " + units).build());
        return new UnitRecords(unit.id());
    }

    final class UnitRecords implements Nominee {

        final long id;

        UnitRecords(long id) {
            this.id = id;
        }

        PersonRecords member(String name) {
            return member(name, LocalDate.of(2015, 9, 1), null);
        }

        PersonRecords member(String name, LocalDate from, LocalDate to) {
            long staffId = services.staff().save(aStaffMember().named(name).inUnit(id).working(from, to).build()).id();
            return new PersonRecords(staffId);
        }

        /** {@code count} more members, each set up by {@code each}. */
        UnitRecords members(int count, Consumer<PersonRecords> each) {
            for (int i = 0; i < count; i++) {
                each.accept(member("Thành viên " + (i + 1)));
            }
            return this;
        }

        UnitRecords rated(int year, Rating rating) {
            upsert("unit_year", "unit_id", id, year, "rating", rating);
            return this;
        }

        UnitRecords completed(int year, String percent) {
            upsert("unit_year", "unit_id", id, year, "task_completion", new BigDecimal(percent));
            return this;
        }

        @Override
        public EligibilityQuery nominated(String awardFormCode, int year, LocalDate decisionDate) {
            return EligibilityQuery.forUnit(id, awardFormCode, year, decisionDate);
        }
    }

    final class PersonRecords implements Nominee {

        final long id;

        PersonRecords(long id) {
            this.id = id;
        }

        PersonRecords rated(int year, Rating rating) {
            upsert("staff_year", "staff_id", id, year, "rating", rating);
            return this;
        }

        PersonRecords inspected(int year) {
            upsert("staff_year", "staff_id", id, year, "pending_inspection", true);
            return this;
        }

        /** A title of the yearly record (origin RECORD). */
        PersonRecords title(int year, String code) {
            return award(year, code, false);
        }

        /** A title or award given in a thematic movement: it does not count towards merit awards. */
        PersonRecords thematic(int year, String code) {
            return award(year, code, true);
        }

        private PersonRecords award(int year, String code, boolean thematic) {
            services.database().inTransaction(c -> Jdbc.update(c, "INSERT INTO award (staff_id, award_form_id, "
                    + "award_year, origin, thematic) SELECT ?, id, ?, ?, ? FROM award_form WHERE code = ?", id, year,
                    thematic ? "DECISION" : "RECORD", thematic, code));
            return this;
        }

        PersonRecords innovation(int year, InnovationLevel level) {
            services.records().saveInnovation(new Innovation(null, id, year, "Sáng kiến năm " + year, level, null, null));
            return this;
        }

        PersonRecords disciplined(DisciplineForm form, LocalDate from, LocalDate to) {
            services.records().saveDiscipline(new Discipline(null, id, form, from, to, null, null));
            return this;
        }

        @Override
        public EligibilityQuery nominated(String awardFormCode, int year, LocalDate decisionDate) {
            return EligibilityQuery.forStaff(id, awardFormCode, year, decisionDate);
        }
    }

    private void upsert(String table, String idColumn, long id, int year, String column, Object value) {
        services.database().inTransaction(c -> {
            int changed = Jdbc.update(c, "UPDATE " + table + " SET " + column + " = ? WHERE " + idColumn
                    + " = ? AND record_year = ?", value, id, year);
            if (changed == 0) {
                Jdbc.update(c, "INSERT INTO " + table + " (" + idColumn + ", record_year, " + column + ") VALUES (?, ?, ?)",
                        id, year, value);
            }
            return null;
        });
    }
}
