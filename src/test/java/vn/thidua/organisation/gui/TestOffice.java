package vn.thidua.organisation.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.thidua.app.Services;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;

/** A real data folder for ViewModel tests, a fixed day, a same-thread executor, and builders for its data. */
final class TestOffice implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Supplier<LocalDate> CLOCK = () -> TODAY;

    final Services services;
    final TaskExecutor executor = new SameThreadExecutor();

    TestOffice(Path folder) {
        services = Services.open(folder.resolve("data"));
    }

    Unit unit(String name) {
        return unit(name, UnitType.ADMINISTRATIVE);
    }

    Unit unit(String name, UnitType type) {
        return services.units().save(new Unit(null, name, null, type, 0, true));
    }

    StaffMember save(StaffBuilder person) {
        return services.staff().save(person.build());
    }

    @Override
    public void close() {
        services.close();
    }

    static StaffBuilder aStaffMember(String fullName) {
        return new StaffBuilder(fullName);
    }

    /** A person with plausible defaults; only what a test cares about needs saying. */
    static final class StaffBuilder {
        private final String fullName;
        private Gender gender = Gender.FEMALE;
        private LocalDate birthDate = LocalDate.of(1985, 3, 14);
        private String position = "Chuyên viên";
        private Long unitId;
        private StaffKind kind = StaffKind.CIVIL_SERVANT;
        private boolean leader;
        private LocalDate startDate = LocalDate.of(2010, 9, 1);
        private LocalDate endDate;

        private StaffBuilder(String fullName) {
            this.fullName = fullName;
        }

        StaffBuilder inUnit(Unit unit) {
            unitId = unit.id();
            return this;
        }

        StaffBuilder male() {
            gender = Gender.MALE;
            return this;
        }

        StaffBuilder as(StaffKind value) {
            kind = value;
            return this;
        }

        StaffBuilder position(String value) {
            position = value;
            return this;
        }

        StaffBuilder leading(String leaderPosition) {
            leader = true;
            position = leaderPosition;
            return this;
        }

        StaffBuilder working(LocalDate from, LocalDate to) {
            startDate = from;
            endDate = to;
            return this;
        }

        StaffMember build() {
            return new StaffMember(null, null, fullName, gender, birthDate, position, unitId, kind, leader, startDate,
                    endDate, null, null, null, null, null);
        }
    }
}
