package vn.thidua.register.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.decisions.logic.DecisionFixture;
import vn.thidua.common.text.VietText;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.register.model.AwardEntry;
import vn.thidua.register.model.AwardOrigin;
import vn.thidua.register.model.AwardTotal;
import vn.thidua.register.model.ClassCount;
import vn.thidua.register.model.RecipientClass;

class AwardRegisterTest {

    @TempDir
    Path dir;

    @Test
    void aSignedDecisionJoinsThePersonsHistoryTheSearchAndTheYearsTotals() {
        try (Services s = Services.open(dir.resolve("data"))) {
            DecisionFixture.demoBeforeDecisions(s, LocalDate.of(2026, 11, 23));
            long meeting = s.meetings().all().stream().filter(m -> m.date().equals(LocalDate.of(2025, 12, 18)))
                    .findFirst().orElseThrow().id();
            long cstd = s.catalogue().awardForms().stream().filter(f -> f.code().equals("CSTD_CS")).findFirst()
                    .orElseThrow().id();
            Decision draft = s.decisionDrafts().fromMeeting(meeting, cstd, LocalDate.of(2025, 12, 19));
            Decision signed = s.decisions().sign(draft.id(), LocalDate.of(2025, 12, 22), null);
            DecisionLine line = signed.lines().get(0);
            AwardRegister register = s.register();

            List<AwardEntry> history = register.personHistory(line.staffId());
            AwardEntry granted = history.stream().filter(e -> e.origin() == AwardOrigin.DECISION).findFirst().orElseThrow();
            assertEquals("Chiến sĩ thi đua cơ sở", granted.awardName());
            assertEquals(2025, granted.year());
            assertEquals("01/QĐ-SNgV", granted.decisionNumber());
            assertEquals(2_340_000L, granted.prize());
            assertEquals("Quỹ thi đua, khen thưởng của Sở năm 2025", granted.fundingSource());

            AwardRegister.Index index = register.index();
            String query = VietText.fold(line.name()) + " chien si 2025";
            List<AwardEntry> found = index.search(query, 0, 50);
            assertTrue(found.contains(granted), found.toString());
            assertEquals(found.size(), index.count(query));
            assertTrue(found.stream().allMatch(e -> e.year() == 2025 && e.awardName().equals("Chiến sĩ thi đua cơ sở")
                    && e.recipient().equals(line.name())), found.toString());
            assertEquals(index.size(), index.search("", 0, Integer.MAX_VALUE).size());

            assertEquals(List.of(new AwardTotal(2025, "Quỹ thi đua, khen thưởng của Sở năm 2025", 0, 1, 2_340_000L)),
                    register.totals(2025, 2026));
        }
    }

    @Test
    void theStatisticsClassEachRecipientByWhatTheOfficeRecords() {
        try (Services s = Services.open(dir.resolve("data"))) {
            vn.thidua.organisation.logic.DemoOffice.fill(s.database(), 0);
            var units = s.units().all();
            var leadership = units.stream().filter(u -> u.type() == vn.thidua.organisation.model.UnitType.LEADERSHIP)
                    .findFirst().orElseThrow();
            var service = units.stream().filter(u -> u.type() == vn.thidua.organisation.model.UnitType.PUBLIC_SERVICE)
                    .findFirst().orElseThrow();
            var staff = s.staff().all();
            long director = staff.stream().filter(m -> m.unitId().equals(leadership.id())).findFirst().orElseThrow().id();
            long head = staff.stream().filter(m -> m.leader() && !m.unitId().equals(leadership.id())).findFirst()
                    .orElseThrow().id();
            long worker = staff.stream().filter(m -> !m.leader() && !m.unitId().equals(leadership.id())).findFirst()
                    .orElseThrow().id();
            long gk = DecisionFixture.formId(s, "GK_SO");
            s.database().inTransaction(c -> {
                String insert = "INSERT INTO award (staff_id, unit_id, award_form_id, award_year, origin, prize_amount, "
                        + "recipient_name) VALUES (?, ?, ?, ?, 'IMPORTED', ?, ?)";
                vn.thidua.common.db.Jdbc.update(c, insert, director, null, gk, 2024, 500_000L, null);
                vn.thidua.common.db.Jdbc.update(c, insert, head, null, gk, 2024, 500_000L, null);
                vn.thidua.common.db.Jdbc.update(c, insert, worker, null, gk, 2024, 500_000L, null);
                vn.thidua.common.db.Jdbc.update(c, insert, worker, null, gk, 2023, 400_000L, null);
                vn.thidua.common.db.Jdbc.update(c, insert, null, service.id(), gk, 2024, 1_000_000L, null);
                vn.thidua.common.db.Jdbc.update(c, insert, worker, null, gk, 2019, 100_000L, null);
                return null;
            });

            var counts = s.register().byClass(2023, 2024).stream().filter(c -> c.awardFormId() == gk)
                    .sorted(java.util.Comparator.comparing(ClassCount::recipientClass)).toList();

            assertEquals(List.of(new ClassCount(gk, RecipientClass.DEPARTMENT_LEADER, 1, 500_000),
                    new ClassCount(gk, RecipientClass.MANAGER, 1, 500_000),
                    new ClassCount(gk, RecipientClass.WORKER, 2, 900_000),
                    new ClassCount(gk, RecipientClass.PUBLIC_SERVICE, 1, 1_000_000)), counts);
        }
    }
}
