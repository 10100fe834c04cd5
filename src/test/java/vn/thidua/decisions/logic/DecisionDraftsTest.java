package vn.thidua.decisions.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.decisions.model.DraftOrigin;
import vn.thidua.organisation.model.StaffMember;

/** Decisions that do not come from one of the office's meetings: received from above, or the director's own. */
class DecisionDraftsTest {

    @TempDir
    Path dir;

    @Test
    void aDecisionFromAboveStartsEmptyWithTheChairmanAndTheProvinceCode() {
        try (Services s = Services.open(dir.resolve("data"))) {
            DecisionFixture.demoBeforeDecisions(s, LocalDate.of(2026, 11, 23));
            Decision d = s.decisionDrafts().blank(DraftOrigin.ABOVE, DecisionFixture.formId(s, "BK_TINH"),
                    LocalDate.of(2026, 3, 2));

            assertFalse(d.own());
            assertEquals("Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", d.issuer());
            assertEquals("/QĐ-UBND", DecisionRepository.symbol(d));
            assertEquals(List.of(), d.lines());
            assertNull(d.meetingId());
            assertEquals("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", d.basis().get(0));
            UserException empty = assertThrows(UserException.class,
                    () -> s.decisions().sign(d.id(), LocalDate.of(2026, 3, 20), 512));
            assertEquals("Quyết định chưa có tập thể, cá nhân nào: thêm vào danh sách trước khi ký.", empty.getMessage());
        }
    }

    @Test
    void aPickedPersonIsSignedWithTheTypedNumberAndPrizeIntoTheRegister() {
        try (Services s = Services.open(dir.resolve("data"))) {
            DecisionFixture.demoBeforeDecisions(s, LocalDate.of(2026, 11, 23));
            long form = DecisionFixture.formId(s, "BK_TINH");
            Decision d = s.decisionDrafts().blank(DraftOrigin.ABOVE, form, LocalDate.of(2026, 3, 2));
            StaffMember who = s.staff().all().get(3);
            DecisionLine line = s.decisionDrafts().line(who.id(), null, form, 2025);
            assertEquals(who.fullName(), line.name());
            assertTrue(line.position().endsWith(s.units().all().stream().filter(u -> u.id().equals(who.unitId()))
                    .findFirst().orElseThrow().name()), line.position());

            Decision typed = s.decisions().saveDraft(d.withLines(List.of(line.withPrize(null, 1_170_000L))));
            Decision signed = s.decisions().sign(typed.id(), LocalDate.of(2026, 3, 20), 512);

            assertEquals("512/QĐ-UBND", DecisionRepository.symbol(signed));
            assertEquals(1_170_000L, signed.lines().get(0).prize(), "a decision from above keeps the typed prize");
            long inRegister = s.database().read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM award WHERE staff_id = ? AND "
                    + "award_form_id = ? AND decision_number = '512/QĐ-UBND' AND prize_amount = 1170000", who.id(), form));
            assertEquals(1, inRegister);
        }
    }

    @Test
    void aLineForANomineeTheCouncilApprovedAnswersTheNominationAndSigningDecidesIt() {
        try (Services s = Services.open(dir.resolve("data"))) {
            DecisionFixture.demoBeforeDecisions(s, LocalDate.of(2026, 11, 23));
            long form = DecisionFixture.formId(s, "CSTD_CS");
            DecisionLine fromMeeting = s.decisionDrafts().fromMeeting(DecisionFixture.meetingOn(s, LocalDate.of(2025, 12, 18)),
                    form, LocalDate.of(2025, 12, 19)).lines().get(0);
            s.database().inTransaction(c -> Jdbc.update(c, "DELETE FROM decision_line") + Jdbc.update(c,
                    "DELETE FROM decision_basis") + Jdbc.update(c, "DELETE FROM decision"));

            Decision own = s.decisionDrafts().blank(DraftOrigin.OWN, form, LocalDate.of(2025, 12, 22));
            DecisionLine picked = s.decisionDrafts().line(fromMeeting.staffId(), null, form, fromMeeting.awardYear());
            assertEquals(fromMeeting.nominationId(), picked.nominationId());
            assertTrue(own.own());
            assertEquals("Giám đốc Sở Ngoại vụ", own.issuer());

            Decision signed = s.decisions().sign(s.decisions().saveDraft(own.withLines(List.of(picked))).id(),
                    LocalDate.of(2025, 12, 22), null);
            String status = s.database().read(c -> Jdbc.one(c, "SELECT status FROM nomination WHERE id = ?",
                    rs -> rs.getString(1), picked.nominationId()).orElseThrow());
            assertEquals("DECIDED", status);
            assertTrue(signed.lines().get(0).prize() > 0, "the director's own decision works the prize out");

            DecisionLine stranger = s.decisionDrafts().line(s.staff().all().get(0).id(), null, form, 2025);
            assertNull(stranger.nominationId(), "no approved nomination: the line stands on its own");
        }
    }
}
