package vn.thidua.organisation.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.thidua.app.Services;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.testsupport.StaffMemberBuilder;

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

    StaffMember save(StaffMemberBuilder person) {
        return services.staff().save(person.build());
    }

    @Override
    public void close() {
        services.close();
    }

    /** A person with the shared builder's plausible defaults; only what a test cares about needs saying. */
    static StaffMemberBuilder aStaffMember(String fullName) {
        return StaffMemberBuilder.aStaffMember().named(fullName);
    }
}
