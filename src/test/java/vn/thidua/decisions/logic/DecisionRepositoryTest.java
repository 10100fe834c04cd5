package vn.thidua.decisions.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.app.Services;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.NominationSummary;

class DecisionRepositoryTest {

    @TempDir
    Path dir;

    @TempDir
    static Path moneyDir;

    private static Services money;

    @BeforeAll
    static void openMoney() {
        money = Services.open(moneyDir.resolve("data"));
        money.catalogue().saveBaseSalary(new BaseSalary(null, LocalDate.of(2026, 7, 1), 2_530_000, "dự kiến"));
    }

    @AfterAll
    static void closeMoney() {
        money.close();
    }

    /** Hand-worked: coefficient × base salary on the signing day, rounded up to the next 10.000 đ. */
    @ParameterizedTest(name = "{0} {1} on {2}: {3} đ")
    @CsvSource({
        "LDTT,      false, 2025-12-20, 710000",    // 0,3 × 2.340.000 = 702.000 → 710.000
        "LDTT,      false, 2026-06-30, 710000",    // the day before the new base salary
        "LDTT,      false, 2026-07-01, 760000",    // 0,3 × 2.530.000 = 759.000 → 760.000
        "CSTD_CS,   false, 2024-06-30, 1800000",   // 1,0 × 1.800.000 under the old base salary
        "CSTD_CS,   false, 2024-07-01, 2340000",
        "CSTD_TINH, false, 2025-12-20, 7020000",   // 3,0 × 2.340.000
        "TT_LDTT,   true,  2025-12-20, 1880000",   // collective 0,8 × 2.340.000 = 1.872.000 → 1.880.000
        "TT_LDXS,   true,  2025-12-20, 3510000",   // collective 1,5 × 2.340.000
        "GK_SO,     true,  2025-12-20, 1410000",   // collective 0,6 × 2.340.000 = 1.404.000 → 1.410.000
        "BK_TINH,   false, 2025-06-30, 2340000",   // 98/2023: 1,0
        "BK_TINH,   false, 2025-07-01, 3510000",   // 152/2025: 1,5
        "BK_TINH,   true,  2025-07-01, 7020000",   // 152/2025 collective: 3,0
    })
    void prizeMoneyFollowsTheBasisAndTheBaseSalaryOfTheSigningDay(String code, boolean collective, LocalDate day,
                                                                    long expected) {
        long form = formId(money, code);
        Optional<Long> prize = money.database().read(c -> PrizeCalculator.prize(c, form, collective, day));
        assertEquals(Optional.of(expected), prize);
    }

    @Test
    void aDecisionDraftedFromTheMeetingIsSignedIntoTheRegisterAndFrozen() {
        try (Services s = Services.open(dir.resolve("data"))) {
            DecisionFixture.demoBeforeDecisions(s, LocalDate.of(2026, 11, 23));
            long meeting = s.meetings().all().stream().filter(m -> m.date().equals(LocalDate.of(2025, 12, 18)))
                    .findFirst().orElseThrow().id();
            long cstd = formId(s, "CSTD_CS");
            DecisionRepository decisions = s.decisions();

            Decision draft = s.decisionDrafts().fromMeeting(meeting, cstd, LocalDate.of(2025, 12, 19));

            assertEquals(1, draft.lines().size(), "only the nominee who reached 80% of the council");
            assertEquals("Về việc tặng Chiến sĩ thi đua cơ sở cho 01 cá nhân", draft.subject());
            assertEquals("Giám đốc Sở Ngoại vụ", draft.issuer());
            assertEquals("xuất sắc trong thực hiện nhiệm vụ năm 2025", draft.achievement());
            assertEquals("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", draft.basis().get(0));
            UserException early = assertThrows(UserException.class,
                    () -> decisions.sign(draft.id(), LocalDate.of(2025, 12, 17), null));
            assertEquals("Ngày ký 17/12/2025 trước ngày họp Hội đồng Thi đua - Khen thưởng (18/12/2025).", early.getMessage());

            Decision signed = decisions.sign(draft.id(), LocalDate.of(2025, 12, 22), null);

            assertEquals("01/QĐ-SNgV", DecisionRepository.symbol(signed));
            DecisionLine line = signed.lines().get(0);
            assertEquals(2_340_000L, line.prize());
            assertEquals("1", line.goldenBookNo());
            assertEquals(NominationStatus.DECIDED, s.nominations().get(line.nominationId()).status());
            long registered = s.database().read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM award WHERE decision_id = ? "
                    + "AND origin = 'DECISION' AND decision_number = '01/QĐ-SNgV' AND prize_amount = 2340000 "
                    + "AND staff_id = ?", signed.id(), line.staffId()));
            assertEquals(1L, registered);
            UserException frozen = assertThrows(UserException.class, () -> decisions.saveDraft(signed));
            assertEquals("Quyết định 01/QĐ-SNgV đã ký, không sửa được; hãy lập quyết định sửa đổi.", frozen.getMessage());

            // A nominee the council did not approve cannot be added.
            NominationSummary refused = s.nominations().forYear(2025).stream()
                    .filter(n -> n.planId() == null && n.awardFormId() == cstd && n.id() != line.nominationId())
                    .findFirst().orElseThrow();
            List<DecisionLine> more = new ArrayList<>(signed.lines());
            more.add(new DecisionLine(refused.id(), refused.nominee().staffId(), null, cstd, 2025, refused.nomineeName(),
                    null, null, null));
            Decision amendment = decisions.amend(signed.id(), "Bổ sung cá nhân");
            Decision widened = decisions.saveDraft(amendment.withLines(more));
            UserException notApproved = assertThrows(UserException.class,
                    () -> decisions.sign(widened.id(), LocalDate.of(2025, 12, 23), null));
            assertEquals("\"" + refused.nomineeName() + "\" chưa được Hội đồng Thi đua - Khen thưởng thông qua.",
                    notApproved.getMessage());
            UserException taken = assertThrows(UserException.class,
                    () -> decisions.sign(amendment.id(), LocalDate.of(2025, 12, 23), 1));
            assertEquals("Số 01/QĐ-SNgV năm 2025 đã dùng cho quyết định khác.", taken.getMessage());

            // Signing the amendment with its original lines replaces the original's register entries.
            Decision corrected = decisions.sign(decisions.saveDraft(amendment.withLines(signed.lines())).id(),
                    LocalDate.of(2025, 12, 23), null);
            assertEquals("02/QĐ-SNgV", DecisionRepository.symbol(corrected));
            assertEquals(signed.id(), corrected.amendsId());
            long left = s.database().read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM award WHERE decision_id = ?", signed.id()));
            long now = s.database().read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM award WHERE decision_id = ?",
                    corrected.id()));
            assertEquals(List.of(0L, 1L), List.of(left, now));
            assertTrue(decisions.all().stream().anyMatch(d -> d.symbol().equals("02/QĐ-SNgV") && d.total() == 2_340_000L));
        }
    }

    private static long formId(Services s, String code) {
        return s.catalogue().awardForms().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().id();
    }
}
