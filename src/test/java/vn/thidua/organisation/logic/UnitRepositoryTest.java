package vn.thidua.organisation.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.db.DatabaseException;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.testsupport.UnitBuilder;

class UnitRepositoryTest {

    @TempDir
    Path dir;

    private Services services;
    private UnitRepository units;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("data"));
        units = services.units();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void newUnitsGoToTheEndOfTheOfficialOrder() {
        Unit leadership = units.save(aUnit().named("Ban Giám đốc").shortened("BGĐ").ofType(UnitType.LEADERSHIP).build());
        Unit office = units.save(aUnit().named("Văn phòng").build());
        Unit centre = units.save(aUnit().named("Trung tâm Thông tin").ofType(UnitType.PUBLIC_SERVICE).inactive().build());

        List<Unit> expected = List.of(
                new Unit(leadership.id(), "Ban Giám đốc", "BGĐ", UnitType.LEADERSHIP, 1, true),
                new Unit(office.id(), "Văn phòng", null, UnitType.ADMINISTRATIVE, 2, true),
                new Unit(centre.id(), "Trung tâm Thông tin", null, UnitType.PUBLIC_SERVICE, 3, false));
        assertEquals(expected, List.of(leadership, office, centre), "save returns what it stored");
        assertEquals(expected, units.all());
    }

    @Test
    void editingAUnitChangesItsFieldsButKeepsItsPlace() {
        Unit first = units.save(aUnit().named("Văn phòng").build());
        Unit second = units.save(aUnit().named("Phòng Lãnh sự").build());

        Unit edited = units.save(UnitBuilder.from(first).named("Phòng Hợp tác quốc tế - Văn phòng").shortened("HTQT-VP")
                .build());

        assertEquals(List.of(new Unit(first.id(), "Phòng Hợp tác quốc tế - Văn phòng", "HTQT-VP", UnitType.ADMINISTRATIVE, 1,
                true), second), units.all());
        assertEquals(units.all().get(0), edited);
    }

    @Test
    void movingAUnitSwapsItWithItsNeighbourAndNumbersTheOrderFromOne() {
        Unit a = units.save(aUnit().named("Ban Giám đốc").build());
        Unit b = units.save(aUnit().named("Văn phòng").build());
        Unit c = units.save(aUnit().named("Phòng Lãnh sự").build());

        units.move(c.id(), -1);
        assertEquals(List.of(a.withSortOrder(1), c.withSortOrder(2), b.withSortOrder(3)), units.all());

        units.move(a.id(), +1);
        assertEquals(List.of(c.withSortOrder(1), a.withSortOrder(2), b.withSortOrder(3)), units.all());
    }

    @Test
    void movingPastEitherEndOrAnUnknownUnitChangesNothing() {
        Unit a = units.save(aUnit().named("Ban Giám đốc").build());
        Unit b = units.save(aUnit().named("Văn phòng").build());
        List<Unit> before = units.all();

        units.move(a.id(), -1);
        units.move(b.id(), +1);
        units.move(999, -1);

        assertEquals(before, units.all());
    }

    @Test
    void aDeactivatedUnitIsKeptWithItsPeople() {
        Unit consular = units.save(aUnit().named("Phòng Lãnh sự").build());
        StaffMember person = services.staff().save(aStaffMember().inUnit(consular).build());

        units.setActive(consular.id(), false);

        assertEquals(List.of(consular.withActive(false)), units.all());
        assertEquals(List.of(person), services.staff().all());
        assertEquals(Map.of(consular.id(), 1L), units.staffCounts());

        units.setActive(consular.id(), true);
        assertEquals(List.of(consular), units.all());
    }

    @Test
    void theDatabaseRefusesToDeleteAUnitThatPeopleBelongTo() {
        Unit consular = units.save(aUnit().named("Phòng Lãnh sự").build());
        services.staff().save(aStaffMember().inUnit(consular).build());

        assertThrows(DatabaseException.class, () -> services.database().inTransaction(
                c -> Jdbc.update(c, "DELETE FROM unit WHERE id = ?", consular.id())));

        assertEquals(List.of(consular), units.all());
    }

    @Test
    void aSecondUnitWithTheSameNameIsRefusedWhateverItsCaseOrUnicodeForm() {
        Unit consular = units.save(aUnit().named("Phòng Lãnh sự").build());

        UserException upper = assertThrows(UserException.class,
                () -> units.save(aUnit().named("PHÒNG LÃNH SỰ").build()));
        assertEquals("Đã có đơn vị tên \"PHÒNG LÃNH SỰ\".", upper.getMessage());
        UserException decomposed = assertThrows(UserException.class,
                () -> units.save(aUnit().named(nfd("Phòng Lãnh sự")).build()));
        assertEquals("Đã có đơn vị tên \"Phòng Lãnh sự\".", decomposed.getMessage());

        assertEquals(List.of(consular), units.all());
    }

    @Test
    void aNameTypedDecomposedOrWithStraySpacesIsStoredComposedAndTrimmed() {
        Unit saved = units.save(aUnit().named("  " + nfd("Trung tâm Thông tin  và Dịch vụ đối ngoại") + " ")
                .shortened(nfd(" TTTTDVĐN ")).build());

        Unit expected = new Unit(saved.id(), "Trung tâm Thông tin và Dịch vụ đối ngoại", "TTTTDVĐN",
                UnitType.ADMINISTRATIVE, 1, true);
        assertEquals(expected, saved);
        assertEquals(List.of(expected), units.all());
    }

    @Test
    void aUnitWithoutANameIsRefused() {
        UserException e = assertThrows(UserException.class, () -> units.save(aUnit().named("  ").build()));

        assertEquals("Cần nhập tên đơn vị.", e.getMessage());
        assertEquals(List.of(), units.all());
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }
}
