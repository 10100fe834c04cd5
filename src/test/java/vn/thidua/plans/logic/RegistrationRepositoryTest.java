package vn.thidua.plans.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.thidua.testsupport.PlanBuilder.aPlan;
import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.Registration;

class RegistrationRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void unitsAndPeopleRegisterTitlesAndCommitmentsUnderAPlan() {
        try (Services s = Services.open(dir.resolve("data"))) {
            long ldtt = formId(s, "LDTT");
            long cstd = formId(s, "CSTD_CS");
            long ttLdtt = formId(s, "TT_LDTT");
            Unit unit = s.units().save(aUnit().named("Phòng Lãnh sự").build());
            StaffMember person = s.staff().save(aStaffMember().named("Hà Thị Lan").inUnit(unit).build());
            Plan plan = s.plans().saveDraft(aPlan(formId(s, "GK_SO")).build());
            RegistrationRepository registrations = s.registrations();

            Registration title = registrations.save(new Registration(null, plan.id(), null, person.id(), ldtt,
                    Normalizer.normalize("Hoàn thành xuất sắc nhiệm vụ; có 01 sáng kiến", Normalizer.Form.NFD),
                    LocalDate.of(2026, 2, 1)));
            Registration higher = registrations.save(new Registration(null, plan.id(), null, person.id(), cstd,
                    "Có sáng kiến cấp cơ sở", LocalDate.of(2026, 2, 1)));
            Registration collective = registrations.save(new Registration(null, plan.id(), unit.id(), null, ttLdtt,
                    "100% thành viên hoàn thành tốt nhiệm vụ", LocalDate.of(2026, 2, 3)));

            assertEquals(List.of(collective, title, higher), registrations.forPlan(plan.id()));
            assertEquals("Hoàn thành xuất sắc nhiệm vụ; có 01 sáng kiến", title.commitment());
            assertEquals(List.of(Awardee.COLLECTIVE, Awardee.INDIVIDUAL), List.of(collective.awardee(), title.awardee()));

            Registration edited = new Registration(title.id(), plan.id(), null, person.id(), ldtt, "Hoàn thành tốt",
                    LocalDate.of(2026, 2, 5));
            registrations.save(edited);
            registrations.delete(higher.id());
            assertEquals(List.of(collective, edited), registrations.forPlan(plan.id()));

            UserException twice = assertThrows(UserException.class, () -> registrations.save(new Registration(null,
                    plan.id(), null, person.id(), ldtt, null, null)));
            assertEquals("Đăng ký thi đua: tập thể hoặc cá nhân này đã đăng ký hình thức đó trong kế hoạch này.",
                    twice.getMessage());
            UserException both = assertThrows(UserException.class, () -> registrations.save(new Registration(null,
                    plan.id(), unit.id(), person.id(), ldtt, null, null)));
            assertEquals("Đăng ký thi đua: cần chọn một tập thể hoặc một cá nhân (không chọn cả hai).", both.getMessage());
            UserException unknown = assertThrows(UserException.class, () -> registrations.save(new Registration(null,
                    404, unit.id(), null, ttLdtt, null, null)));
            assertEquals("Không có kế hoạch mã số 404.", unknown.getMessage());

            s.plans().close(s.plans().issue(plan.id(), LocalDate.of(2026, 1, 20), null).id());
            UserException closed = assertThrows(UserException.class, () -> registrations.save(new Registration(null,
                    plan.id(), unit.id(), null, formId(s, "GK_SO"), null, null)));
            assertEquals("Đăng ký thi đua: kế hoạch đã kết thúc, không nhận đăng ký.", closed.getMessage());
            assertEquals(List.of(collective, edited), registrations.forPlan(plan.id()));
        }
    }

    @Test
    void severalRegistrationsAreSavedTogetherOrNotAtAll() {
        try (Services s = Services.open(dir.resolve("data"))) {
            long ldtt = formId(s, "LDTT");
            Unit unit = s.units().save(aUnit().named("Phòng Lãnh sự").build());
            StaffMember lan = s.staff().save(aStaffMember().named("Hà Thị Lan").inUnit(unit).build());
            StaffMember minh = s.staff().save(aStaffMember().named("Lý Văn Minh").inUnit(unit).build());
            Plan plan = s.plans().saveDraft(aPlan(formId(s, "GK_SO")).build());
            RegistrationRepository registrations = s.registrations();

            assertThrows(UserException.class, () -> registrations.saveAll(List.of(
                    new Registration(null, plan.id(), null, lan.id(), ldtt, null, null),
                    new Registration(null, plan.id(), null, lan.id(), ldtt, null, null))));
            assertEquals(List.of(), registrations.forPlan(plan.id()));

            List<Registration> saved = registrations.saveAll(List.of(
                    new Registration(null, plan.id(), null, lan.id(), ldtt, null, null),
                    new Registration(null, plan.id(), null, minh.id(), ldtt, null, null)));
            assertEquals(saved, registrations.forPlan(plan.id()));
        }
    }

    private static long formId(Services s, String code) {
        return s.catalogue().awardForms().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().id();
    }
}
