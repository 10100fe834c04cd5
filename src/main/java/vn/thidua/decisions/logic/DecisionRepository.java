package vn.thidua.decisions.logic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.decisions.model.DecisionStatus;
import vn.thidua.decisions.model.DecisionSummary;
import vn.thidua.nominations.logic.MeetingRepository;
import vn.thidua.nominations.logic.NominationRepository;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.VoteOutcome;
import vn.thidua.organisation.model.SignerRole;

/**
 * Award decisions, each user action one transaction. A draft is saved freely; signing numbers it (from 01 per year
 * and code, or the number the clerk typed), works out the prizes, and writes every line into the award register,
 * where it feeds later eligibility checks; the nominations it answers become decided. A signed decision is frozen:
 * a correction is an amendment decision that, once signed, replaces the original's register entries.
 */
public class DecisionRepository {

    private final Database db;
    private final AuditTrail audit;

    public DecisionRepository(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<DecisionSummary> all() {
        return db.read(c -> Jdbc.list(c, "SELECT d.*, (SELECT COUNT(*) FROM decision_line l WHERE l.decision_id = d.id "
                + "AND l.unit_id IS NOT NULL) AS collectives, (SELECT COUNT(*) FROM decision_line l WHERE l.decision_id = d.id "
                + "AND l.staff_id IS NOT NULL) AS individuals, (SELECT COALESCE(SUM(prize_amount), 0) FROM decision_line l "
                + "WHERE l.decision_id = d.id) AS total FROM decision d ORDER BY d.doc_year DESC, d.doc_number DESC NULLS FIRST, "
                + "d.id DESC", rs -> new DecisionSummary(rs.getLong("id"),
                symbol(Jdbc.intOrNull(rs, "doc_number"), rs.getString("doc_kind")), Jdbc.date(rs, "issue_date"),
                rs.getString("issuer"), rs.getString("subject"), rs.getInt("collectives"), rs.getInt("individuals"),
                rs.getLong("total"), DecisionStatus.valueOf(rs.getString("status")), Jdbc.longOrNull(rs, "amends_id"))));
    }

    public Optional<Decision> find(long id) {
        return db.read(c -> find(c, id));
    }

    public Decision get(long id) {
        return find(id).orElseThrow(() -> UserException.of("decision.error.notFound", id));
    }

    /** "12/QĐ-SNgV"; a draft reads "/QĐ-SNgV". */
    public static String symbol(Integer number, String kind) {
        return (number == null ? "" : String.format("%02d", number)) + "/" + kind;
    }

    public static String symbol(Decision d) {
        return symbol(d.number(), kind(d));
    }

    /** Saves a draft (new or stored); a signed decision is refused: it changes only by an amendment decision. */
    public Decision saveDraft(Decision typed) {
        return db.inTransaction(c -> saveDraft(c, audit, typed));
    }

    /** Saves a draft as {@link #saveDraft(Decision)} does, on the caller's transaction, and logs it. */
    public static Decision saveDraft(Connection c, AuditTrail audit, Decision typed) throws SQLException {
        Decision before = typed.id() == null ? null : find(c, typed.id()).orElse(null);
        Decision saved = saveDraft(c, typed);
        audit.record(c, AuditEntity.DECISION, saved.id(), before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                before, saved, symbol(saved));
        return saved;
    }

    public static Decision saveDraft(Connection c, Decision typed) throws SQLException {
        Decision d = clean(typed);
        if (d.id() != null) {
            Decision stored = find(c, d.id()).orElseThrow(() -> UserException.of("decision.error.notFound", d.id()));
            if (stored.signed()) {
                throw UserException.of("decision.error.signed", symbol(stored));
            }
        }
        checkDraft(c, d);
        return write(c, d.withSigning(null, d.date(), DecisionStatus.DRAFT));
    }

    /**
     * Signs a draft on the given day with the next number of its year and code, or the number the clerk typed from the
     * register. Refused: a day before the council's meeting, a number already used that year, a line whose nominee the
     * council did not approve. The prizes still blank are worked out for the day; lines without a "số sổ vàng" get
     * their place in the list.
     */
    public Decision sign(long id, LocalDate day, Integer typedNumber) {
        return db.inTransaction(c -> sign(c, audit, id, day, typedNumber));
    }

    public static Decision sign(Connection c, long id, LocalDate day, Integer typedNumber) throws SQLException {
        return sign(c, AuditTrail.OFF, id, day, typedNumber);
    }

    /** Signs as {@link #sign(long, LocalDate, Integer)} does and logs the decision and each nomination it decided. */
    public static Decision sign(Connection c, AuditTrail audit, long id, LocalDate day, Integer typedNumber)
            throws SQLException {
        Decision stored = find(c, id).orElseThrow(() -> UserException.of("decision.error.notFound", id));
        if (stored.signed()) {
            throw UserException.of("decision.error.signed", symbol(stored));
        }
        if (day == null) {
            throw UserException.of("decision.error.dayMissing");
        }
        if (stored.meetingId() != null) {
            LocalDate met = Jdbc.one(c, "SELECT meeting_date FROM council_meeting WHERE id = ?", rs -> Jdbc.date(rs,
                    "meeting_date"), stored.meetingId()).orElseThrow();
            if (day.isBefore(met)) {
                throw UserException.of("decision.error.beforeMeeting", VietDates.format(day), VietDates.format(met));
            }
        }
        if (stored.lines().isEmpty()) {
            throw UserException.of("decision.error.noLines");
        }
        String kind = kind(stored);
        int number = typedNumber != null ? typedNumber : nextNumber(c, kind, day.getYear());
        if (number < 1) {
            throw UserException.of("decision.error.number", number);
        }
        if (Jdbc.count(c, "SELECT COUNT(*) FROM decision WHERE doc_year = ? AND doc_kind = ? AND doc_number = ? AND id <> ?",
                day.getYear(), kind, number, id) > 0) {
            throw UserException.of("decision.error.numberTaken", symbol(number, kind), day.getYear());
        }
        for (DecisionLine line : stored.lines()) {
            if (line.nominationId() != null && !approved(c, line.nominationId())) {
                throw UserException.of("decision.error.notApproved", line.name());
            }
        }
        List<DecisionLine> priced = new ArrayList<>();
        int i = 1;
        for (DecisionLine line : stored.lines()) {
            Long prize = line.prize() != null || !stored.own() ? line.prize()
                    : PrizeCalculator.prize(c, line.awardFormId(), line.collective(), day).orElse(null);
            String book = line.goldenBookNo() == null || line.goldenBookNo().isBlank() ? String.valueOf(i) : line.goldenBookNo();
            priced.add(line.withPrize(book, prize));
            i++;
        }
        Decision signed = stored.withLines(priced).withSigning(number, day, DecisionStatus.SIGNED);
        write(c, signed);
        if (signed.amendsId() != null) {
            Jdbc.update(c, "DELETE FROM award WHERE decision_id = ?", signed.amendsId());
        }
        register(c, audit, signed);
        Decision after = find(c, id).orElseThrow();
        audit.record(c, AuditEntity.DECISION, id, AuditAction.SIGN, stored, after, symbol(after));
        return after;
    }

    /** Starts an amendment of a signed decision: a draft with the same content, to correct and sign. */
    public Decision amend(long originalId, String reason) {
        String why = VietText.clean(reason);
        if (why.isEmpty()) {
            throw UserException.of("decision.error.reasonMissing");
        }
        return db.inTransaction(c -> {
            Decision original = find(c, originalId).orElseThrow(() -> UserException.of("decision.error.notFound", originalId));
            if (!original.signed()) {
                throw UserException.of("decision.error.notSigned");
            }
            List<DecisionLine> lines = original.lines().stream().map(l -> l.withPrize(l.goldenBookNo(), null)).toList();
            Decision amendment = write(c, original.asAmendmentOf(originalId, why).withLines(lines));
            audit.record(c, AuditEntity.DECISION, amendment.id(), AuditAction.AMEND, original, amendment, why);
            return amendment;
        });
    }

    /** Removes a draft; a signed decision is never deleted. */
    public void deleteDraft(long id) {
        db.inTransaction(c -> {
            Decision stored = find(c, id).orElseThrow(() -> UserException.of("decision.error.notFound", id));
            if (stored.signed()) {
                throw UserException.of("decision.error.signed", symbol(stored));
            }
            Jdbc.update(c, "DELETE FROM decision WHERE id = ?", id);
            audit.record(c, AuditEntity.DECISION, id, AuditAction.DELETE, stored, null, symbol(stored));
            return null;
        });
    }

    public int nextNumber(String kind, int year) {
        return db.read(c -> nextNumber(c, kind, year));
    }

    static int nextNumber(Connection c, String kind, int year) throws SQLException {
        return Jdbc.one(c, "SELECT COALESCE(MAX(doc_number), 0) + 1 FROM decision WHERE doc_kind = ? AND doc_year = ?",
                rs -> rs.getInt(1), kind, year).orElse(1);
    }

    /** "QĐ-SNgV": the type code and the issuer's code, which together number the decisions of a year. */
    static String kind(Decision d) {
        return d.issuerCode() == null || d.issuerCode().isBlank() ? Decision.CODE : Decision.CODE + "-" + d.issuerCode();
    }

    /** The council approved the nomination: its vote in a closed meeting reached the award's threshold. */
    static boolean approved(Connection c, long nominationId) throws SQLException {
        for (long meetingId : Jdbc.list(c, "SELECT v.meeting_id FROM council_vote v JOIN council_meeting m ON m.id = "
                + "v.meeting_id WHERE v.nomination_id = ? AND m.closed_at IS NOT NULL ORDER BY m.meeting_date DESC",
                rs -> rs.getLong(1), nominationId)) {
            MeetingRepository.Sitting s = MeetingRepository.find(c, meetingId).orElseThrow();
            VoteOutcome outcome = MeetingRepository.outcomes(c, s).get(nominationId);
            return outcome != null && outcome.passed();
        }
        return false;
    }

    private static void checkDraft(Connection c, Decision d) throws SQLException {
        if (d.issuer() == null || d.issuer().isBlank()) {
            throw UserException.of("decision.error.issuerMissing");
        }
        Set<String> seen = new HashSet<>();
        int row = 1;
        for (DecisionLine l : d.lines()) {
            if ((l.staffId() == null) == (l.unitId() == null)) {
                throw UserException.of("decision.error.lineRecipient", row);
            }
            if (l.name() == null || l.name().isBlank()) {
                throw UserException.of("decision.error.lineName", row);
            }
            if (!seen.add((l.staffId() != null ? "s" + l.staffId() : "u" + l.unitId()) + "/" + l.awardFormId())) {
                throw UserException.of("decision.error.lineTwice", row, l.name());
            }
            if (l.prize() != null && l.prize() < 0) {
                throw UserException.of("decision.error.linePrize", row);
            }
            row++;
        }
    }

    private static Decision clean(Decision d) {
        List<DecisionLine> lines = d.lines().stream().map(l -> new DecisionLine(l.nominationId(), l.staffId(), l.unitId(),
                l.awardFormId(), l.awardYear(), VietText.clean(l.name()), VietText.cleanOrNull(l.position()),
                VietText.cleanOrNull(l.goldenBookNo()), l.prize())).toList();
        List<String> basis = d.basis().stream().map(VietText::clean).filter(s -> !s.isEmpty()).toList();
        return new Decision(d.id(), d.number(), d.year(), d.date(), d.own(), VietText.clean(d.issuer()),
                VietText.cleanOrNull(d.issuerCode()), VietText.cleanOrNull(d.place()), d.planId(), d.meetingId(),
                d.awardFormId(), VietText.cleanOrNull(d.subject()), VietText.cleanOrNull(d.achievement()), basis,
                VietText.cleanOrNull(d.petitionRef()), VietText.cleanOrNull(d.fundingSource()),
                VietText.cleanOrNull(d.executors()), VietText.cleanOrNull(d.signerName()), d.signerRole(), lines, d.status(),
                d.amendsId(), VietText.cleanOrNull(d.amendmentReason()));
    }

    private static void register(Connection c, AuditTrail audit, Decision d) throws SQLException {
        String number = symbol(d);
        for (DecisionLine l : d.lines()) {
            boolean thematic = l.nominationId() != null && Jdbc.one(c, "SELECT occasion FROM nomination WHERE id = ?",
                    rs -> rs.getString(1), l.nominationId()).map(o -> o.equals("THEMATIC") || o.equals("ONE_OFF")).orElse(false);
            Jdbc.update(c, "INSERT INTO award (staff_id, unit_id, award_form_id, award_year, origin, decision_number, "
                    + "decision_date, issuer, golden_book_no, prize_amount, thematic, decision_id, nomination_id, funding_source, "
                    + "recipient_name) VALUES (?, ?, ?, ?, 'DECISION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", l.staffId(), l.unitId(),
                    l.awardFormId(), l.awardYear(), number, d.date(), d.issuer(), l.goldenBookNo(), l.prize(), thematic,
                    d.id(), l.nominationId(), d.fundingSource(), l.name());
            if (l.nominationId() != null) {
                String status = Jdbc.one(c, "SELECT status FROM nomination WHERE id = ?", rs -> rs.getString(1),
                        l.nominationId()).orElse("");
                if (status.equals(NominationStatus.REVIEWED.name()) || status.equals(NominationStatus.PROPOSED.name())) {
                    NominationRepository.changeStatus(c, audit, l.nominationId(), NominationStatus.DECIDED, d.date(),
                            number);
                }
            }
        }
    }

    private static Decision write(Connection c, Decision d) throws SQLException {
        String kind = kind(d);
        int year = d.date() != null ? d.date().getYear() : d.year();
        long id;
        if (d.id() == null) {
            id = Jdbc.insert(c, "INSERT INTO decision (doc_kind, doc_year, issuer, status) VALUES (?, ?, ?, ?)", kind, year,
                    d.issuer(), d.status().name());
        } else {
            id = d.id();
        }
        Jdbc.update(c, "UPDATE decision SET doc_kind = ?, doc_number = ?, doc_year = ?, issue_date = ?, issuer = ?, own = ?, "
                + "issuer_code = ?, place_name = ?, plan_id = ?, meeting_id = ?, award_form_id = ?, subject = ?, achievement = ?, "
                + "petition_ref = ?, funding_source = ?, executors = ?, signer_name = ?, signer_role = ?, status = ?, "
                + "amends_id = ?, amendment_reason = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?", kind, d.number(), year,
                d.date(), d.issuer(), d.own(), d.issuerCode(), d.place(), d.planId(), d.meetingId(), d.awardFormId(),
                d.subject(), d.achievement(), d.petitionRef(), d.fundingSource(), d.executors(), d.signerName(),
                d.signerRole() == null ? null : d.signerRole().name(), d.status().name(), d.amendsId(), d.amendmentReason(),
                id);
        Jdbc.update(c, "DELETE FROM decision_basis WHERE decision_id = ?", id);
        int i = 0;
        for (String line : d.basis()) {
            Jdbc.update(c, "INSERT INTO decision_basis (decision_id, sort_order, line_text) VALUES (?, ?, ?)", id, i++, line);
        }
        Jdbc.update(c, "DELETE FROM decision_line WHERE decision_id = ?", id);
        i = 0;
        for (DecisionLine l : d.lines()) {
            Jdbc.update(c, "INSERT INTO decision_line (decision_id, sort_order, nomination_id, staff_id, unit_id, award_form_id, "
                    + "award_year, name_text, position_text, golden_book_no, prize_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, i++, l.nominationId(), l.staffId(), l.unitId(), l.awardFormId(), l.awardYear(), l.name(), l.position(),
                    l.goldenBookNo(), l.prize());
        }
        return find(c, id).orElseThrow();
    }

    public static Optional<Decision> find(Connection c, long id) throws SQLException {
        Optional<Decision> head = Jdbc.one(c, "SELECT * FROM decision WHERE id = ?", DecisionRepository::head, id);
        if (head.isEmpty()) {
            return head;
        }
        List<String> basis = Jdbc.list(c, "SELECT line_text FROM decision_basis WHERE decision_id = ? ORDER BY sort_order",
                rs -> rs.getString(1), id);
        List<DecisionLine> lines = Jdbc.list(c, "SELECT * FROM decision_line WHERE decision_id = ? ORDER BY sort_order",
                rs -> new DecisionLine(Jdbc.longOrNull(rs, "nomination_id"), Jdbc.longOrNull(rs, "staff_id"),
                        Jdbc.longOrNull(rs, "unit_id"), rs.getLong("award_form_id"), rs.getInt("award_year"),
                        rs.getString("name_text"), rs.getString("position_text"), rs.getString("golden_book_no"),
                        Jdbc.longOrNull(rs, "prize_amount")), id);
        Decision d = head.get();
        return Optional.of(new Decision(d.id(), d.number(), d.year(), d.date(), d.own(), d.issuer(), d.issuerCode(),
                d.place(), d.planId(), d.meetingId(), d.awardFormId(), d.subject(), d.achievement(), basis, d.petitionRef(),
                d.fundingSource(), d.executors(), d.signerName(), d.signerRole(), lines, d.status(), d.amendsId(),
                d.amendmentReason()));
    }

    private static Decision head(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong("id"), Jdbc.intOrNull(rs, "doc_number"), rs.getInt("doc_year"),
                Jdbc.date(rs, "issue_date"), rs.getBoolean("own"), rs.getString("issuer"), rs.getString("issuer_code"),
                rs.getString("place_name"), Jdbc.longOrNull(rs, "plan_id"), Jdbc.longOrNull(rs, "meeting_id"),
                Jdbc.longOrNull(rs, "award_form_id"), rs.getString("subject"), rs.getString("achievement"), List.of(),
                rs.getString("petition_ref"), rs.getString("funding_source"), rs.getString("executors"),
                rs.getString("signer_name"), Jdbc.enumOrNull(rs, "signer_role", SignerRole.class), List.of(),
                DecisionStatus.valueOf(rs.getString("status")), Jdbc.longOrNull(rs, "amends_id"),
                rs.getString("amendment_reason"));
    }
}
