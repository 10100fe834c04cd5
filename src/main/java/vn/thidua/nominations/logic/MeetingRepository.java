package vn.thidua.nominations.logic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietText;
import vn.thidua.nominations.model.Attendance;
import vn.thidua.nominations.model.Meeting;
import vn.thidua.nominations.model.MeetingSummary;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.Vote;
import vn.thidua.nominations.model.VoteAmendment;
import vn.thidua.nominations.model.VoteOutcome;
import vn.thidua.organisation.model.CouncilRole;

/**
 * The council's meetings. A new meeting takes the council as it stands that day (every active member, present
 * unless marked absent), so later changes to the council do not change a past meeting. Saving the meeting writes
 * its details, attendance and votes in one transaction; closing it locks the votes and marks the nominations
 * reviewed; a later change to a vote is an amendment with its reason.
 */
public class MeetingRepository {

    private final Database db;
    private final AuditTrail audit;

    public MeetingRepository(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    /** A meeting with everything the screen and the minutes need. */
    public record Sitting(Meeting meeting, List<Attendance> attendance, List<Vote> votes) {

        public Sitting {
            attendance = List.copyOf(attendance);
            votes = List.copyOf(votes);
        }

        public int members() {
            return attendance.size();
        }

        public int present() {
            return (int) attendance.stream().filter(Attendance::present).count();
        }

        public int writtenOpinions() {
            return (int) attendance.stream().filter(a -> !a.present() && a.writtenOpinion()).count();
        }

        /** At least two thirds of all members present (the council's rules of procedure). */
        public boolean quorum() {
            return present() * 3 >= members() * 2 && members() > 0;
        }
    }

    public List<MeetingSummary> all() {
        return db.read(c -> Jdbc.list(c, "SELECT m.id, m.plan_id, m.meeting_year, m.meeting_date, m.minutes_number, "
                + "m.subject, m.closed_at, (SELECT COUNT(*) FROM council_attendance a WHERE a.meeting_id = m.id) AS members, "
                + "(SELECT COUNT(*) FROM council_attendance a WHERE a.meeting_id = m.id AND a.present) AS present, "
                + "(SELECT COUNT(*) FROM council_vote v WHERE v.meeting_id = m.id) AS nominations "
                + "FROM council_meeting m ORDER BY m.meeting_date DESC, m.id DESC", rs -> new MeetingSummary(
                rs.getLong("id"), Jdbc.longOrNull(rs, "plan_id"), rs.getInt("meeting_year"), Jdbc.date(rs, "meeting_date"),
                Jdbc.intOrNull(rs, "minutes_number"), rs.getString("subject"), rs.getInt("members"), rs.getInt("present"),
                rs.getInt("nominations"), rs.getTimestamp("closed_at") != null)));
    }

    /** Every nomination some meeting has on its agenda. */
    public Set<Long> onAnyAgenda() {
        return new HashSet<>(db.read(c -> Jdbc.list(c, "SELECT DISTINCT nomination_id FROM council_vote",
                rs -> rs.getLong(1))));
    }

    public Optional<Sitting> find(long id) {
        return db.read(c -> find(c, id));
    }

    public Sitting get(long id) {
        return find(id).orElseThrow(() -> UserException.of("meeting.error.notFound", id));
    }

    /**
     * Opens a new meeting with the council's active members and, when given, the nominations to vote on (each with
     * no votes yet). Numbered as the next minutes of its year.
     */
    public Sitting create(Meeting m, List<Long> nominationIds) {
        return db.inTransaction(c -> {
            Sitting created = create(c, m, nominationIds);
            audit.record(c, AuditEntity.COUNCIL_MEETING, created.meeting().id(), AuditAction.CREATE, null, created, null);
            return created;
        });
    }

    public static Sitting create(Connection c, Meeting m, List<Long> nominationIds) throws SQLException {
        if (m.date() == null) {
            throw UserException.of("meeting.error.date");
        }
        int number = m.minutesNumber() != null ? m.minutesNumber() : nextNumber(c, m.date().getYear());
        long id = Jdbc.insert(c, "INSERT INTO council_meeting (plan_id, meeting_year, meeting_date, minutes_number) "
                + "VALUES (?, ?, ?, ?)", m.planId(), m.date().getYear(), m.date(), number);
        List<Attendance> members = Jdbc.list(c, "SELECT id, full_name, council_role, position FROM council_member "
                + "WHERE active ORDER BY sort_order, id", rs -> new Attendance(rs.getLong(1), rs.getString(2),
                CouncilRole.valueOf(rs.getString(3)), rs.getString(4), true, null, false));
        if (members.isEmpty()) {
            throw UserException.of("meeting.error.noCouncil");
        }
        Long chair = m.chairId() != null ? m.chairId() : members.stream().filter(a -> a.role() == CouncilRole.CHAIR)
                .map(Attendance::memberId).findFirst().orElse(null);
        Long secretary = m.secretaryId() != null ? m.secretaryId() : members.stream()
                .filter(a -> a.role() == CouncilRole.SECRETARY).map(Attendance::memberId).findFirst().orElse(null);
        Meeting stored = new Meeting(id, m.planId(), m.date().getYear(), m.date(), m.startTime(), m.endTime(),
                m.place(), m.subject(), number, chair, secretary, m.guests(), m.discussion(), m.conclusion(), null);
        List<Vote> votes = nominationIds.stream().map(Vote::none).toList();
        write(c, stored, members, votes);
        return find(c, id).orElseThrow();
    }

    /**
     * Saves what the clerk typed: the meeting's details, attendance and the vote counts. Refused: a closed meeting;
     * a count above the members present; written votes above the absent members who sent one; votes while the
     * meeting lacks its quorum; a nomination dropped or already decided.
     */
    public Sitting save(Sitting s) {
        return db.inTransaction(c -> {
            Optional<Sitting> before = find(c, s.meeting().id());
            Sitting saved = save(c, s);
            audit.record(c, AuditEntity.COUNCIL_MEETING, saved.meeting().id(), AuditAction.UPDATE, before.orElse(null),
                    saved, null);
            for (Vote v : saved.votes()) {
                Vote old = before.flatMap(b -> b.votes().stream().filter(o -> o.nominationId() == v.nominationId())
                        .findFirst()).orElse(null);
                if (!v.equals(old)) {
                    audit.record(c, AuditEntity.COUNCIL_VOTE, saved.meeting().id(), AuditAction.VOTE, old, v, null);
                }
            }
            return saved;
        });
    }

    public static Sitting save(Connection c, Sitting s) throws SQLException {
        Sitting stored = find(c, s.meeting().id())
                .orElseThrow(() -> UserException.of("meeting.error.notFound", s.meeting().id()));
        if (stored.meeting().closed()) {
            throw UserException.of("meeting.error.closed");
        }
        check(c, s);
        write(c, s.meeting(), s.attendance(), s.votes());
        return find(c, s.meeting().id()).orElseThrow();
    }

    /**
     * Closes the meeting on the given moment: refused below quorum or with a nomination nobody voted on; the votes
     * are locked from then on and each nomination still at "received" becomes "reviewed" on the meeting's day.
     */
    public Sitting close(long id, LocalDateTime at) {
        return db.inTransaction(c -> close(c, audit, id, at));
    }

    public static Sitting close(Connection c, long id, LocalDateTime at) throws SQLException {
        return close(c, AuditTrail.OFF, id, at);
    }

    /** Closes as {@link #close(long, LocalDateTime)} does and logs the meeting and each nomination it reviewed. */
    public static Sitting close(Connection c, AuditTrail audit, long id, LocalDateTime at) throws SQLException {
        Sitting s = find(c, id).orElseThrow(() -> UserException.of("meeting.error.notFound", id));
        if (s.meeting().closed()) {
            throw UserException.of("meeting.error.closed");
        }
        if (!s.quorum()) {
            throw UserException.of("meeting.error.quorum", s.present(), s.members());
        }
        check(c, s);
        for (Vote v : s.votes()) {
            if (v.castInRoom() + v.written() == 0) {
                throw UserException.of("meeting.error.noVotes", nomineeName(c, v.nominationId()));
            }
        }
        Jdbc.update(c, "UPDATE council_meeting SET closed_at = ? WHERE id = ?", at, id);
        for (Vote v : s.votes()) {
            String status = Jdbc.one(c, "SELECT status FROM nomination WHERE id = ?", rs -> rs.getString(1),
                    v.nominationId()).orElse("");
            if (status.equals(NominationStatus.RECEIVED.name())) {
                NominationRepository.changeStatus(c, audit, v.nominationId(), NominationStatus.REVIEWED,
                        s.meeting().date(), null);
            }
        }
        Sitting closed = find(c, id).orElseThrow();
        audit.record(c, AuditEntity.COUNCIL_MEETING, id, AuditAction.CLOSE, s, closed, null);
        return closed;
    }

    /** Corrects a vote of a closed meeting, logged with who, when, why and the count before and after. */
    public Sitting amendVote(long meetingId, Vote corrected, String by, String reason, LocalDateTime at) {
        String why = VietText.clean(reason);
        if (why.isEmpty()) {
            throw UserException.of("meeting.error.reasonMissing");
        }
        return db.inTransaction(c -> {
            Sitting s = find(c, meetingId).orElseThrow(() -> UserException.of("meeting.error.notFound", meetingId));
            if (!s.meeting().closed()) {
                throw UserException.of("meeting.error.notClosed");
            }
            Vote before = s.votes().stream().filter(v -> v.nominationId() == corrected.nominationId()).findFirst()
                    .orElseThrow(() -> UserException.of("meeting.error.notOnAgenda"));
            List<Vote> votes = s.votes().stream().map(v -> v.nominationId() == corrected.nominationId() ? corrected : v)
                    .toList();
            check(c, new Sitting(s.meeting(), s.attendance(), votes));
            Jdbc.update(c, "UPDATE council_vote SET agree = ?, disagree = ?, abstain = ?, written_agree = ?, "
                    + "written_disagree = ? WHERE meeting_id = ? AND nomination_id = ?", corrected.agree(),
                    corrected.disagree(), corrected.abstain(), corrected.writtenAgree(), corrected.writtenDisagree(),
                    meetingId, corrected.nominationId());
            Jdbc.update(c, "INSERT INTO council_vote_amendment (meeting_id, nomination_id, amended_at, amended_by, reason, "
                    + "before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?)", meetingId, corrected.nominationId(), at,
                    by, why, before.toString(), corrected.toString());
            audit.record(c, AuditEntity.COUNCIL_VOTE, meetingId, AuditAction.AMEND, before, corrected, why);
            return find(c, meetingId).orElseThrow();
        });
    }

    public List<VoteAmendment> amendments(long meetingId) {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM council_vote_amendment WHERE meeting_id = ? ORDER BY id",
                rs -> new VoteAmendment(rs.getLong("nomination_id"), rs.getTimestamp("amended_at").toLocalDateTime(),
                        rs.getString("amended_by"), rs.getString("reason"), rs.getString("before_value"),
                        rs.getString("after_value")), meetingId));
    }

    /** Deletes a meeting that was never closed. */
    public void delete(long id) {
        db.inTransaction(c -> {
            Sitting s = find(c, id).orElseThrow(() -> UserException.of("meeting.error.notFound", id));
            if (s.meeting().closed()) {
                throw UserException.of("meeting.error.closed");
            }
            Jdbc.update(c, "DELETE FROM council_vote WHERE meeting_id = ?", id);
            Jdbc.update(c, "DELETE FROM council_attendance WHERE meeting_id = ?", id);
            Jdbc.update(c, "DELETE FROM council_meeting WHERE id = ?", id);
            audit.record(c, AuditEntity.COUNCIL_MEETING, id, AuditAction.DELETE, s, null, null);
            return null;
        });
    }

    /** The latest meeting that voted on the nomination, if any did. */
    public Optional<Sitting> latestVotingOn(long nominationId) {
        return db.read(c -> {
            Optional<Long> id = Jdbc.list(c, "SELECT m.id FROM council_meeting m JOIN council_vote v ON v.meeting_id = m.id "
                    + "WHERE v.nomination_id = ? ORDER BY m.meeting_date DESC, m.id DESC", rs -> rs.getLong(1),
                    nominationId).stream().findFirst();
            return id.isEmpty() ? Optional.empty() : find(c, id.get());
        });
    }

    /** The latest meeting held for the plan or voting on one of its nominations, if any. */
    public Optional<Sitting> latestForPlan(long planId) {
        return db.read(c -> {
            Optional<Long> id = Jdbc.list(c, "SELECT m.id FROM council_meeting m WHERE m.plan_id = ? OR EXISTS (SELECT 1 "
                    + "FROM council_vote v JOIN nomination n ON n.id = v.nomination_id WHERE v.meeting_id = m.id "
                    + "AND n.plan_id = ?) ORDER BY m.meeting_date DESC, m.id DESC", rs -> rs.getLong(1), planId, planId)
                    .stream().findFirst();
            return id.isEmpty() ? Optional.empty() : find(c, id.get());
        });
    }

    /** Each vote against the whole council and the award's threshold under the legal basis on the meeting's day. */
    public Map<Long, VoteOutcome> outcomes(Sitting s) {
        return db.read(c -> outcomes(c, s));
    }

    public static Map<Long, VoteOutcome> outcomes(Connection c, Sitting s) throws SQLException {
        Map<Long, VoteOutcome> out = new LinkedHashMap<>();
        for (Vote v : s.votes()) {
            // An award without a threshold (Giấy khen) has none in force: a simple majority then.
            Integer threshold = Jdbc.list(c, "SELECT r.vote_threshold_percent FROM nomination n JOIN award_rule r "
                    + "ON r.award_form_id = n.award_form_id JOIN legal_basis b ON b.id = r.legal_basis_id "
                    + "WHERE n.id = ? AND b.effective_from <= ? AND (b.effective_to IS NULL OR b.effective_to >= ?) "
                    + "AND r.vote_threshold_percent IS NOT NULL ORDER BY b.effective_from DESC", rs -> rs.getInt(1),
                    v.nominationId(), s.meeting().date(), s.meeting().date()).stream().findFirst().orElse(null);
            out.put(v.nominationId(), new VoteOutcome(v, s.members(), threshold));
        }
        return out;
    }

    static int nextNumber(Connection c, int year) throws SQLException {
        return Jdbc.one(c, "SELECT COALESCE(MAX(minutes_number), 0) + 1 FROM council_meeting WHERE meeting_year = ?",
                rs -> rs.getInt(1), year).orElse(1);
    }

    private static void check(Connection c, Sitting s) throws SQLException {
        Meeting m = s.meeting();
        if (m.date() == null) {
            throw UserException.of("meeting.error.date");
        }
        if (m.startTime() != null && m.endTime() != null && m.endTime().isBefore(m.startTime())) {
            throw UserException.of("meeting.error.times");
        }
        if (m.minutesNumber() != null && Jdbc.count(c, "SELECT COUNT(*) FROM council_meeting WHERE meeting_year = ? "
                + "AND minutes_number = ? AND id <> ?", m.date().getYear(), m.minutesNumber(), m.id()) > 0) {
            throw UserException.of("meeting.error.numberTaken", m.minutesNumber(), m.date().getYear());
        }
        int present = s.present();
        int written = s.writtenOpinions();
        for (Vote v : s.votes()) {
            String name = nomineeName(c, v.nominationId());
            if (v.agree() < 0 || v.disagree() < 0 || v.abstain() < 0 || v.writtenAgree() < 0 || v.writtenDisagree() < 0) {
                throw UserException.of("meeting.error.negative", name);
            }
            if (v.castInRoom() > present) {
                throw UserException.of("meeting.error.tooManyVotes", name, v.castInRoom(), present);
            }
            if (v.written() > written) {
                throw UserException.of("meeting.error.tooManyWritten", name, v.written(), written);
            }
            if (v.castInRoom() + v.written() > 0 && !s.quorum()) {
                throw UserException.of("meeting.error.quorum", present, s.members());
            }
            String status = Jdbc.one(c, "SELECT status FROM nomination WHERE id = ?", rs -> rs.getString(1),
                    v.nominationId()).orElseThrow(() -> UserException.of("nomination.error.notFound", v.nominationId()));
            NominationStatus st = NominationStatus.valueOf(status);
            if (!st.active()) {
                throw UserException.of("meeting.error.nominationDropped", name);
            }
        }
    }

    private static String nomineeName(Connection c, long nominationId) throws SQLException {
        return Jdbc.one(c, "SELECT COALESCE(s.full_name, u.name) FROM nomination n LEFT JOIN staff s ON s.id = n.staff_id "
                + "LEFT JOIN unit u ON u.id = n.unit_id WHERE n.id = ?", rs -> rs.getString(1), nominationId)
                .orElse("#" + nominationId);
    }

    private static void write(Connection c, Meeting m, List<Attendance> attendance, List<Vote> votes) throws SQLException {
        Jdbc.update(c, "UPDATE council_meeting SET plan_id = ?, meeting_year = ?, meeting_date = ?, start_time = ?, "
                + "end_time = ?, place = ?, subject = ?, minutes_number = ?, chair_id = ?, secretary_id = ?, guests = ?, "
                + "discussion = ?, conclusion = ? WHERE id = ?", m.planId(), m.date().getYear(), m.date(),
                m.startTime() == null ? null : Time.valueOf(m.startTime()), m.endTime() == null ? null : Time.valueOf(m.endTime()),
                VietText.cleanOrNull(m.place()), VietText.cleanOrNull(m.subject()), m.minutesNumber(), m.chairId(),
                m.secretaryId(), VietText.cleanOrNull(m.guests()), VietText.cleanOrNull(m.discussion()),
                VietText.cleanOrNull(m.conclusion()), m.id());
        Jdbc.update(c, "DELETE FROM council_attendance WHERE meeting_id = ?", m.id());
        int i = 0;
        for (Attendance a : attendance) {
            Jdbc.update(c, "INSERT INTO council_attendance (meeting_id, council_member_id, present, absence_reason, "
                    + "written_opinion, member_name, member_role, member_position, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    m.id(), a.memberId(), a.present(), a.present() ? null : VietText.cleanOrNull(a.absenceReason()),
                    !a.present() && a.writtenOpinion(), a.name(), a.role().name(), a.position(), i++);
        }
        Jdbc.update(c, "DELETE FROM council_vote WHERE meeting_id = ?", m.id());
        i = 0;
        for (Vote v : votes) {
            Jdbc.update(c, "INSERT INTO council_vote (meeting_id, nomination_id, sort_order, agree, disagree, abstain, "
                    + "written_agree, written_disagree) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", m.id(), v.nominationId(), i++,
                    v.agree(), v.disagree(), v.abstain(), v.writtenAgree(), v.writtenDisagree());
        }
    }

    public static Optional<Sitting> find(Connection c, long id) throws SQLException {
        Optional<Meeting> m = Jdbc.one(c, "SELECT * FROM council_meeting WHERE id = ?", MeetingRepository::meeting, id);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        List<Attendance> attendance = Jdbc.list(c, "SELECT * FROM council_attendance WHERE meeting_id = ? "
                + "ORDER BY sort_order", rs -> new Attendance(rs.getLong("council_member_id"), rs.getString("member_name"),
                CouncilRole.valueOf(rs.getString("member_role")), rs.getString("member_position"), rs.getBoolean("present"),
                rs.getString("absence_reason"), rs.getBoolean("written_opinion")), id);
        List<Vote> votes = new ArrayList<>(Jdbc.list(c, "SELECT * FROM council_vote WHERE meeting_id = ? ORDER BY sort_order",
                rs -> new Vote(rs.getLong("nomination_id"), rs.getInt("agree"), rs.getInt("disagree"), rs.getInt("abstain"),
                        rs.getInt("written_agree"), rs.getInt("written_disagree")), id));
        return Optional.of(new Sitting(m.get(), attendance, votes));
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        Time start = rs.getTime("start_time");
        Time end = rs.getTime("end_time");
        var closed = rs.getTimestamp("closed_at");
        LocalDate date = Jdbc.date(rs, "meeting_date");
        return new Meeting(rs.getLong("id"), Jdbc.longOrNull(rs, "plan_id"), rs.getInt("meeting_year"), date,
                start == null ? null : start.toLocalTime(), end == null ? null : end.toLocalTime(), rs.getString("place"),
                rs.getString("subject"), Jdbc.intOrNull(rs, "minutes_number"), Jdbc.longOrNull(rs, "chair_id"),
                Jdbc.longOrNull(rs, "secretary_id"), rs.getString("guests"), rs.getString("discussion"),
                rs.getString("conclusion"), closed == null ? null : closed.toLocalDateTime());
    }
}
