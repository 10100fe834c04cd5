package vn.thidua.nominations.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.PlanBuilder.aPlan;
import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.i18n.UserException;
import vn.thidua.nominations.model.DocumentKind;
import vn.thidua.nominations.model.DossierItem;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.Nominee;
import vn.thidua.nominations.model.Occasion;
import vn.thidua.nominations.model.YearLine;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.model.Plan;

class NominationRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    @TempDir
    Path dir;

    @Test
    void aNominationKeepsItsReportLinesAndMovesThroughItsStatusesWithTheirDays() {
        try (Services s = Services.open(dir.resolve("data"))) {
            Unit unit = s.units().save(aUnit().named("Phòng Lãnh sự").build());
            StaffMember lan = s.staff().save(aStaffMember().named("Hà Thị Lan").inUnit(unit).build());
            Plan plan = s.plans().saveDraft(aPlan(formId(s, "GK_SO")).build());
            Nomination typed = Nomination.draft(plan.id(), Occasion.MOVEMENT, 2026, Nominee.person(lan.id()),
                    formId(s, "GK_SO"), unit.id(), DAY).withTexts("Hoa\u0300n tha\u0300nh xuất sắc", null, null, null, null, null)
                    .withReport(2026, List.of(new YearLine(2026, Rating.EXCELLENT, "LĐTT", "Có 01 sáng kiến")), List.of());
            Nomination saved = s.nominations().save(typed);

            assertEquals("Hoàn thành xuất sắc", saved.summary());
            assertEquals(saved, s.nominations().get(saved.id()));
            s.nominations().changeStatus(saved.id(), NominationStatus.SUBMITTED, DAY.plusDays(1), null);
            s.nominations().changeStatus(saved.id(), NominationStatus.RECEIVED, DAY.plusDays(2), "Đủ hồ sơ");
            assertEquals(List.of(NominationStatus.DRAFT, NominationStatus.SUBMITTED, NominationStatus.RECEIVED),
                    s.nominations().history(saved.id()).stream().map(h -> h.status()).toList());
            assertEquals(DAY.plusDays(2), s.nominations().receivedOn(saved.id()).orElseThrow());

            UserException skip = assertThrows(UserException.class, () -> s.nominations().changeStatus(saved.id(),
                    NominationStatus.DECIDED, DAY.plusDays(3), null));
            assertEquals("Không chuyển được hồ sơ từ \"Đã tiếp nhận\" sang \"Đã quyết định\".", skip.getMessage());
            UserException twice = assertThrows(UserException.class, () -> s.nominations().save(Nomination.draft(plan.id(),
                    Occasion.MOVEMENT, 2026, Nominee.person(lan.id()), formId(s, "GK_SO"), unit.id(), DAY)));
            assertEquals("Đối tượng này đã được đề nghị \"Giấy khen của Giám đốc Sở\" trong cùng phong trào.",
                    twice.getMessage());
            UserException wrongKind = assertThrows(UserException.class, () -> s.nominations().save(Nomination.draft(
                    plan.id(), Occasion.MOVEMENT, 2026, Nominee.unit(unit.id()), formId(s, "LDTT"), unit.id(), DAY)));
            assertEquals("\"Lao động tiên tiến\" không dành cho tập thể.", wrongKind.getMessage());
            assertEquals(1, s.nominations().forPlan(plan.id()).size());
        }
    }

    @Test
    void theReportIsFilledFromTheYearlyRecordsAndTheAwardRegister() {
        try (Services s = Services.open(dir.resolve("data"))) {
            Unit unit = s.units().save(aUnit().named("Văn phòng").build());
            StaffMember an = s.staff().save(aStaffMember().named("Nông Văn An").inUnit(unit).build());
            s.records().saveStaffYears(List.of(
                    new StaffYear(an.id(), 2024, Rating.EXCELLENT, false, null, Set.of("LDTT", "CSTD_CS")),
                    new StaffYear(an.id(), 2025, Rating.EXCELLENT, false, null, Set.of("LDTT", "CSTD_CS"))));
            s.records().saveInnovation(new Innovation(null, an.id(), 2025, "Số hóa hồ sơ", InnovationLevel.BASE, "5/QĐ", null));
            Nomination n = Nomination.draft(null, Occasion.YEAR_END, 2025, Nominee.person(an.id()), formId(s, "BK_TINH"),
                    unit.id(), DAY);

            Nomination filled = s.reportFiller().fill(n, DAY);

            assertEquals(2024, filled.reportFirstYear());
            assertEquals(List.of(new YearLine(2024, Rating.EXCELLENT, "Lao động tiên tiến; Chiến sĩ thi đua cơ sở", null),
                    new YearLine(2025, Rating.EXCELLENT, "Lao động tiên tiến; Chiến sĩ thi đua cơ sở",
                            "Có 1 sáng kiến được công nhận")), filled.years());
            assertEquals(4, filled.awards().size());
            Nomination saved = s.nominations().save(filled);
            assertEquals(filled.years(), s.nominations().get(saved.id()).years());
        }
    }

    @Test
    void theChecklistComesFromTheAwardAndThePlanAndAttachedFilesAreKeptWithTheirChecksum() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            Unit unit = s.units().save(aUnit().named("Văn phòng").build());
            StaffMember an = s.staff().save(aStaffMember().named("Nông Văn An").inUnit(unit).build());
            Plan draft = aPlan(formId(s, "GK_SO")).dossiersBy(LocalDate.of(2026, 11, 20)).build();
            Plan plan = s.plans().saveDraft(new Plan(null, draft.code(), null, draft.status(), draft.place(), draft.date(),
                    draft.title(), draft.basis(), draft.introduction(), draft.theme(), draft.purposes(),
                    draft.requirements(), draft.objectives(), draft.targets(), draft.contents(), draft.period(),
                    draft.movementForm(), draft.eligible(), draft.criteria(), draft.offers(), draft.overallQuota(),
                    List.of("Tờ trình đề nghị khen thưởng của phòng, đơn vị;", "Báo cáo thành tích của cá nhân."),
                    draft.dossierDeadline(), draft.dossierDestination(), draft.duties(), draft.closing(),
                    draft.recipients(), draft.signer()));
            Nomination n = s.nominations().save(Nomination.draft(plan.id(), Occasion.MOVEMENT, 2026,
                    Nominee.person(an.id()), formId(s, "GK_SO"), unit.id(), DAY));

            List<DossierItem> items = s.dossiers().prepare(n.id(), DAY);

            assertEquals(List.of("Báo cáo thành tích của cá nhân (Mẫu số 05, Nghị định 152/2025/NĐ-CP)",
                    "Tóm tắt thành tích", "Tờ trình đề nghị khen thưởng của phòng, đơn vị"),
                    items.stream().map(DossierItem::title).toList());
            DossierService.Status before = s.dossiers().status(n.id());
            assertFalse(before.complete());
            assertEquals(List.of(DocumentKind.OTHER), before.missing().stream().map(DossierItem::kind).toList());

            Path scan = Files.writeString(dir.resolve("to-trinh.pdf"), "%PDF-1.4 tờ trình");
            s.dossiers().attach(items.get(2).id(), scan, DAY);
            assertTrue(s.dossiers().status(n.id()).complete());
            Path stored = s.dossiers().file(s.dossiers().items(n.id()).get(2).attachmentId()).orElseThrow();
            assertTrue(stored.startsWith(dir.resolve("data").resolve("attachments")));
            assertEquals(Files.readString(scan), Files.readString(stored));

            UserException missing = assertThrows(UserException.class,
                    () -> s.dossiers().attach(items.get(2).id(), dir.resolve("nothing.pdf"), DAY));
            assertEquals("Không đọc được tệp \"nothing.pdf\".", missing.getMessage());

            s.nominations().changeStatus(n.id(), NominationStatus.SUBMITTED, LocalDate.of(2026, 11, 21), null);
            s.nominations().changeStatus(n.id(), NominationStatus.RECEIVED, LocalDate.of(2026, 11, 22), null);
            assertTrue(s.dossiers().status(n.id()).late());
            assertEquals(s.dossiers().status(n.id()), s.dossiers().statuses().get(n.id()), "the list reads the same status");
            // Rebuilding the checklist keeps the file on its line.
            s.dossiers().prepare(n.id(), DAY);
            assertTrue(s.dossiers().status(n.id()).complete());
        }
    }

    static long formId(Services s, String code) {
        return s.catalogue().awardForms().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().id();
    }
}
