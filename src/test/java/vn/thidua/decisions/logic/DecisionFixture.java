package vn.thidua.decisions.logic;

import java.time.LocalDate;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.decisions.model.Decision;

/** Signed decisions on the demo office, as the clerk makes them: drafted from a closed meeting, then signed. */
public final class DecisionFixture {

    private DecisionFixture() {
    }

    /** The Giấy khen of the demo movement's meeting (05/11/2025): 1 collective and 3 individuals, signed on {@code day}. */
    public static Decision signedGiayKhen(Services s, LocalDate day) {
        long meeting = meetingOn(s, LocalDate.of(2025, 11, 5));
        Decision draft = s.decisionDrafts().fromMeeting(meeting, formId(s, "GK_SO"), day);
        return s.decisions().sign(draft.id(), day, null);
    }

    /**
     * The demo office as it stood before its decisions were signed: the demo, then its decisions taken away with their
     * register entries, and the nominations they decided back at "reviewed" — for tests that make their own.
     */
    public static void demoBeforeDecisions(Services s, LocalDate today) {
        Demo.fill(s.database(), today);
        s.database().inTransaction(c -> {
            Jdbc.update(c, "DELETE FROM award WHERE decision_id IS NOT NULL");
            Jdbc.update(c, "DELETE FROM nomination_status WHERE status = 'DECIDED'");
            Jdbc.update(c, "UPDATE nomination n SET status = 'REVIEWED', status_date = (SELECT MAX(h.status_date) "
                    + "FROM nomination_status h WHERE h.nomination_id = n.id) WHERE status = 'DECIDED'");
            Jdbc.update(c, "DELETE FROM decision_line");
            Jdbc.update(c, "DELETE FROM decision_basis");
            Jdbc.update(c, "DELETE FROM decision");
            return null;
        });
    }

    public static long meetingOn(Services s, LocalDate day) {
        return s.meetings().all().stream().filter(m -> m.date().equals(day)).findFirst().orElseThrow().id();
    }

    public static long formId(Services s, String code) {
        return s.catalogue().awardForms().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().id();
    }
}
