package vn.thidua.decisions.logic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.decisions.model.DecisionStatus;
import vn.thidua.decisions.model.DraftOrigin;
import vn.thidua.nominations.logic.MeetingRepository;
import vn.thidua.nominations.model.Vote;
import vn.thidua.nominations.model.VoteOutcome;
import vn.thidua.organisation.model.SignerRole;

/**
 * A decision drafted from a closed council meeting: the nominations of one award that reached the vote threshold
 * become its lines (collectives first, in the meeting's order), with the office's name, code, place and director,
 * the legal grounds of the basis in force on the day, and the meeting as the proposal it answers.
 */
public class DecisionDrafts {

    private final Database db;
    private final AuditTrail audit;

    public DecisionDrafts(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    private record Office(String name, String code, String place) {
    }

    /**
     * What the awarded achieved, as Điều 1 and the certificates print it after "đã có thành tích": in the plan's
     * movement ("xuất sắc trong phong trào thi đua …", the plan's title without its "Phát động"), or in the year's work.
     */
    static String achievement(Connection c, Long planId, int year) throws SQLException {
        if (planId != null) {
            String title = Jdbc.one(c, "SELECT title FROM plan WHERE id = ?", rs -> rs.getString(1), planId).orElse("");
            String movement = title.replaceFirst("^(?i)(phát động|kế hoạch)\\s+", "");
            if (!movement.isBlank()) {
                return Messages.get("decision.draft.achievementPlan",
                        movement.substring(0, 1).toLowerCase(VietText.VIETNAMESE) + movement.substring(1));
            }
        }
        return Messages.get("decision.draft.achievementYear", year);
    }

    public Decision fromMeeting(long meetingId, long awardFormId, LocalDate today) {
        return db.inTransaction(c -> DecisionRepository.saveDraft(c, audit,
                fromMeeting(c, meetingId, awardFormId, today)));
    }

    public static Decision fromMeeting(Connection c, long meetingId, long awardFormId, LocalDate today) throws SQLException {
        MeetingRepository.Sitting s = MeetingRepository.find(c, meetingId)
                .orElseThrow(() -> UserException.of("meeting.error.notFound", meetingId));
        if (!s.meeting().closed()) {
            throw UserException.of("decision.error.meetingOpen");
        }
        Map<Long, VoteOutcome> outcomes = MeetingRepository.outcomes(c, s);
        List<DecisionLine> units = new ArrayList<>();
        List<DecisionLine> people = new ArrayList<>();
        for (Vote v : s.votes()) {
            if (!outcomes.get(v.nominationId()).passed()) {
                continue;
            }
            var line = Jdbc.one(c, "SELECT n.id, n.staff_id, n.unit_id, n.award_form_id, n.nomination_year, "
                    + "COALESCE(st.full_name, u.name) AS name, st.position, su.name AS staff_unit FROM nomination n "
                    + "LEFT JOIN staff st ON st.id = n.staff_id LEFT JOIN unit su ON su.id = st.unit_id "
                    + "LEFT JOIN unit u ON u.id = n.unit_id WHERE n.id = ? AND n.award_form_id = ?", rs -> {
                        String printed = printedPosition(rs.getString("position"), rs.getString("staff_unit"));
                        return new DecisionLine(rs.getLong("id"), Jdbc.longOrNull(rs, "staff_id"),
                                Jdbc.longOrNull(rs, "unit_id"), rs.getLong("award_form_id"), rs.getInt("nomination_year"),
                                rs.getString("name"), printed, null, null);
                    }, v.nominationId(), awardFormId);
            line.ifPresent(l -> (l.collective() ? units : people).add(l));
        }
        List<DecisionLine> lines = new ArrayList<>(units);
        lines.addAll(people);
        if (lines.isEmpty()) {
            throw UserException.of("decision.error.nothingPassed");
        }
        String awardName = awardName(c, awardFormId);
        Office office = office(c);
        String director = director(c);
        List<String> basis = basis(c, today);
        int year = lines.get(0).awardYear();
        List<String> who = new ArrayList<>();
        if (!units.isEmpty()) {
            who.add(Messages.get("decision.draft.units", String.format("%02d", units.size())));
        }
        if (!people.isEmpty()) {
            who.add(Messages.get("decision.draft.people", String.format("%02d", people.size())));
        }
        String subject = Messages.get("decision.draft.subject", awardName, String.join(", ", who));
        return new Decision(null, null, today.getYear(), null, true,
                Messages.get("decision.draft.issuer", office.name()), office.code(), office.place(), s.meeting().planId(), meetingId,
                awardFormId, subject, achievement(c, s.meeting().planId(), year), basis,
                Messages.get("decision.draft.petition", VietDates.format(s.meeting().date())),
                Messages.get("decision.draft.funding", year), Messages.get("decision.draft.executors"), director,
                SignerRole.DIRECTOR, lines, DecisionStatus.DRAFT, null, null);
    }

    /**
     * An empty draft for one award, not from a meeting: one received from above carries the provincial chairman as
     * issuer and the province's code ("QĐ-UBND"), its number, day and prizes typed from the paper; the director's own
     * carries the office's heading like a draft from a meeting. The clerk then adds its people and units.
     */
    public Decision blank(DraftOrigin origin, long awardFormId, LocalDate today) {
        return db.inTransaction(c -> DecisionRepository.saveDraft(c, audit, blank(c, origin, awardFormId, today)));
    }

    static Decision blank(Connection c, DraftOrigin origin, long awardFormId, LocalDate today) throws SQLException {
        if (origin == DraftOrigin.MEETING) {
            throw new IllegalArgumentException("a draft from a meeting needs its meeting");
        }
        String awardName = awardName(c, awardFormId);
        Office office = office(c);
        String subject = Messages.get("decision.draft.subjectBlank", awardName);
        if (origin == DraftOrigin.ABOVE) {
            return new Decision(null, null, today.getYear(), null, false,
                    Messages.get("decision.draft.issuerAbove", office.place() == null ? "" : office.place()),
                    Messages.get("decision.draft.codeAbove"), office.place(), null, null, awardFormId, subject,
                    Messages.get("decision.draft.achievementYear", today.getYear()), basis(c, today), null, null, null,
                    null, null, List.of(), DecisionStatus.DRAFT, null, null);
        }
        return new Decision(null, null, today.getYear(), null, true,
                Messages.get("decision.draft.issuer", office.name()), office.code(), office.place(), null, null,
                awardFormId, subject, Messages.get("decision.draft.achievementYear", today.getYear()), basis(c, today), null,
                Messages.get("decision.draft.funding", today.getYear()), Messages.get("decision.draft.executors"),
                director(c), SignerRole.DIRECTOR, List.of(), DecisionStatus.DRAFT, null, null);
    }

    /**
     * A line for a person (staffId) or a unit (unitId) picked by the clerk, with the name, position and unit as the
     * list prints them. When the council approved a nomination of that nominee for that award and year, the line
     * answers it, so signing moves the nomination to "đã quyết định" and the register links both.
     */
    public DecisionLine line(Long staffId, Long unitId, long awardFormId, int year) {
        return db.read(c -> line(c, staffId, unitId, awardFormId, year));
    }

    static DecisionLine line(Connection c, Long staffId, Long unitId, long awardFormId, int year) throws SQLException {
        if ((staffId == null) == (unitId == null)) {
            throw new IllegalArgumentException("a line is for one person or one unit");
        }
        Long nomination = null;
        for (long id : Jdbc.list(c, "SELECT id FROM nomination WHERE award_form_id = ? AND nomination_year = ? AND "
                + (staffId != null ? "staff_id" : "unit_id") + " = ? AND status IN ('REVIEWED', 'PROPOSED') ORDER BY id DESC",
                rs -> rs.getLong(1), awardFormId, year, staffId != null ? staffId : unitId)) {
            if (DecisionRepository.approved(c, id)) {
                nomination = id;
                break;
            }
        }
        Long answered = nomination;
        if (unitId != null) {
            String name = Jdbc.one(c, "SELECT name FROM unit WHERE id = ?", rs -> rs.getString(1), unitId)
                    .orElseThrow(() -> UserException.of("decision.error.unitMissing", unitId));
            return new DecisionLine(answered, null, unitId, awardFormId, year, name, null, null, null);
        }
        return Jdbc.one(c, "SELECT st.full_name, st.position, u.name FROM staff st JOIN unit u ON u.id = st.unit_id "
                + "WHERE st.id = ?", rs -> new DecisionLine(answered, staffId, null, awardFormId, year,
                        rs.getString(1), printedPosition(rs.getString(2), rs.getString(3)), null, null), staffId)
                .orElseThrow(() -> UserException.of("decision.error.staffMissing", staffId));
    }

    private static String printedPosition(String position, String unit) {
        return unit == null ? null : position == null || position.isBlank() ? unit : position + ", " + unit;
    }

    private static String awardName(Connection c, long awardFormId) throws SQLException {
        return Jdbc.one(c, "SELECT name FROM award_form WHERE id = ?", rs -> rs.getString(1), awardFormId).orElseThrow();
    }

    private static Office office(Connection c) throws SQLException {
        return Jdbc.one(c, "SELECT name, short_code, place_name FROM agency WHERE id = 1",
                rs -> new Office(rs.getString(1), rs.getString(2), rs.getString(3))).orElse(new Office("", null, null));
    }

    private static String director(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT full_name FROM signer WHERE role = 'DIRECTOR' AND active ORDER BY sort_order",
                rs -> rs.getString(1)).stream().findFirst().orElse(null);
    }

    /** The grounds as the decree's form wants them: the Law, the decree in force on the day, the province's rules. */
    private static List<String> basis(Connection c, LocalDate today) throws SQLException {
        String basisTitle = Jdbc.list(c, "SELECT title FROM legal_basis WHERE effective_from <= ? AND (effective_to IS NULL "
                + "OR effective_to >= ?) ORDER BY effective_from DESC", rs -> rs.getString(1), today, today)
                .stream().findFirst().orElse(null);
        List<String> basis = new ArrayList<>();
        basis.add(Messages.get("decision.draft.basisLaw"));
        if (basisTitle != null) {
            basis.add(Messages.get("decision.draft.basisDecree", basisTitle));
        }
        basis.add(Messages.get("decision.draft.basisRules"));
        return basis;
    }
}
