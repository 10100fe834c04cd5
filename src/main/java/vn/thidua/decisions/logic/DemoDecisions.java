package vn.thidua.decisions.logic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import vn.thidua.common.db.Jdbc;
import vn.thidua.decisions.model.Decision;
import vn.thidua.organisation.logic.YearlyRecordRepository;

/**
 * The demo office's decisions on the results of its two held council meetings, drafted and signed as the clerk
 * would: the director's Giấy khen for seed 001's movement (10/11/2025), and the 2025 year-end titles CSTĐ cơ sở and
 * Tập thể lao động tiên tiến (22/12/2025). Signing puts them in the award register.
 */
public final class DemoDecisions {

    private DemoDecisions() {
    }

    public static void write(Connection c) throws SQLException {
        Map<String, Long> forms = YearlyRecordRepository.awardFormIds(c);
        sign(c, LocalDate.of(2025, 11, 5), forms.get("GK_SO"), LocalDate.of(2025, 11, 10));
        sign(c, LocalDate.of(2025, 12, 18), forms.get("CSTD_CS"), LocalDate.of(2025, 12, 22));
        sign(c, LocalDate.of(2025, 12, 18), forms.get("TT_LDTT"), LocalDate.of(2025, 12, 22));
    }

    private static void sign(Connection c, LocalDate meetingDay, long awardFormId, LocalDate day) throws SQLException {
        long meeting = Jdbc.one(c, "SELECT id FROM council_meeting WHERE meeting_date = ? AND closed_at IS NOT NULL",
                rs -> rs.getLong(1), meetingDay).orElseThrow();
        Decision draft = DecisionRepository.saveDraft(c, DecisionDrafts.fromMeeting(c, meeting, awardFormId, day));
        DecisionRepository.sign(c, draft.id(), day, null);
    }
}
