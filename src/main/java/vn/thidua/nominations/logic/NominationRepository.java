package vn.thidua.nominations.logic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietText;
import vn.thidua.nominations.model.AwardLine;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.nominations.model.Nominee;
import vn.thidua.nominations.model.Occasion;
import vn.thidua.nominations.model.StatusChange;
import vn.thidua.nominations.model.YearLine;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.Rating;

/**
 * Nominations and their status history, each user action one transaction. A nominee is nominated for an award once
 * per movement (or once per year-end review without a plan); the status moves only along
 * {@link NominationStatus#next()}, each step kept with its day.
 */
public class NominationRepository {

    private static final String SUMMARY_SQL = "SELECT n.id, n.plan_id, n.occasion, n.nomination_year, n.staff_id, "
            + "n.unit_id, n.award_form_id, n.status, n.status_date, CAST(n.summary AS VARCHAR(4000)) AS summary, "
            + "COALESCE(s.full_name, u.name) AS nominee_name, s.position, s.gender, s.leader, su.name AS staff_unit, "
            + "f.name AS award_name, su.sort_order AS unit_order "
            + "FROM nomination n JOIN award_form f ON f.id = n.award_form_id "
            + "LEFT JOIN staff s ON s.id = n.staff_id LEFT JOIN unit su ON su.id = s.unit_id "
            + "LEFT JOIN unit u ON u.id = n.unit_id ";

    private final Database db;
    private final AuditTrail audit;

    public NominationRepository(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    /** A plan's nominations: collectives first, then people; in each, award form order, then as entered. */
    public List<NominationSummary> forPlan(long planId) {
        return db.read(c -> Jdbc.list(c, SUMMARY_SQL + "WHERE n.plan_id = ? ORDER BY n.staff_id IS NOT NULL, "
                + "f.sort_order, n.id", NominationRepository::summary, planId));
    }

    /** Every nomination of a year (by its achievement year), in the same order as a plan's. */
    public List<NominationSummary> forYear(int year) {
        return db.read(c -> Jdbc.list(c, SUMMARY_SQL + "WHERE n.nomination_year = ? ORDER BY n.staff_id IS NOT NULL, "
                + "f.sort_order, n.id", NominationRepository::summary, year));
    }

    public List<NominationSummary> all() {
        return db.read(c -> Jdbc.list(c, SUMMARY_SQL + "ORDER BY n.nomination_year DESC, n.staff_id IS NOT NULL, "
                + "f.sort_order, n.id", NominationRepository::summary));
    }

    public Optional<Nomination> find(long id) {
        return db.read(c -> find(c, id));
    }

    /** The nomination, or a message the clerk understands when there is none with that id. */
    public Nomination get(long id) {
        return find(id).orElseThrow(() -> UserException.of("nomination.error.notFound", id));
    }

    public List<StatusChange> history(long id) {
        return db.read(c -> Jdbc.list(c, "SELECT status, status_date, note FROM nomination_status "
                + "WHERE nomination_id = ? ORDER BY sort_order", rs -> new StatusChange(
                NominationStatus.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(), rs.getString(3)), id));
    }

    /**
     * Saves a nomination, new or stored, with its report lines. Refused: an unknown plan, nominee or award form; an
     * award form not given to this kind of nominee; the same nominee already nominated for the same award in the
     * same movement; report years in the wrong order; a nomination already decided or dropped.
     */
    public Nomination save(Nomination typed) {
        return db.inTransaction(c -> save(c, audit, typed));
    }

    /** Saves as {@link #save(Nomination)} does, on the caller's transaction, and logs the change. */
    public static Nomination save(Connection c, AuditTrail audit, Nomination typed) throws SQLException {
        Nomination before = typed.id() == null ? null : find(c, typed.id()).orElse(null);
        Nomination saved = save(c, typed);
        audit.record(c, AuditEntity.NOMINATION, saved.id(), before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                before, find(c, saved.id()).orElseThrow(), null);
        return saved;
    }

    public static Nomination save(Connection c, Nomination typed) throws SQLException {
        Nomination n = clean(typed);
        check(c, n);
        if (n.id() == null) {
            long id = Jdbc.insert(c, "INSERT INTO nomination (plan_id, occasion, nomination_year, report_first_year, "
                    + "staff_id, unit_id, award_form_id, proposing_unit_id, summary, duties, description, achievements, "
                    + "measures, note, status, status_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    n.planId(), n.occasion().name(), n.year(), n.reportFirstYear(), n.nominee().staffId(),
                    n.nominee().unitId(), n.awardFormId(), n.proposingUnitId(), n.summary(), n.duties(),
                    n.description(), n.achievements(), n.measures(), n.note(), n.status().name(), n.statusDate());
            Jdbc.update(c, "INSERT INTO nomination_status (nomination_id, sort_order, status, status_date) "
                    + "VALUES (?, 0, ?, ?)", id, n.status().name(), n.statusDate());
            n = n.withId(id);
        } else {
            Nomination stored = find(c, n.id()).orElseThrow(() -> UserException.of("nomination.error.notFound", typed.id()));
            if (!stored.status().active() || stored.status() == NominationStatus.DECIDED) {
                throw UserException.of("nomination.error.closed", Messages.label(stored.status()));
            }
            Jdbc.update(c, "UPDATE nomination SET plan_id = ?, occasion = ?, nomination_year = ?, report_first_year = ?, "
                    + "staff_id = ?, unit_id = ?, award_form_id = ?, proposing_unit_id = ?, summary = ?, duties = ?, "
                    + "description = ?, achievements = ?, measures = ?, note = ?, updated_at = CURRENT_TIMESTAMP "
                    + "WHERE id = ?", n.planId(), n.occasion().name(), n.year(), n.reportFirstYear(),
                    n.nominee().staffId(), n.nominee().unitId(), n.awardFormId(), n.proposingUnitId(), n.summary(),
                    n.duties(), n.description(), n.achievements(), n.measures(), n.note(), n.id());
            n = n.withStatus(stored.status(), stored.statusDate());
        }
        writeLines(c, n);
        return n;
    }

    /**
     * Moves a nomination to the next status on the given day (the day a dossier is received decides whether it was
     * late). Refused when the step is not allowed from where it stands.
     */
    public Nomination changeStatus(long id, NominationStatus to, LocalDate day, String note) {
        return db.inTransaction(c -> changeStatus(c, audit, id, to, day, note));
    }

    /** Moves the status as {@link #changeStatus(long, NominationStatus, LocalDate, String)} does, and logs it. */
    public static Nomination changeStatus(Connection c, AuditTrail audit, long id, NominationStatus to, LocalDate day,
            String note) throws SQLException {
        Optional<Nomination> before = find(c, id);
        Nomination changed = changeStatus(c, id, to, day, note);
        audit.record(c, AuditEntity.NOMINATION, id, AuditAction.STATUS, before.orElse(null), find(c, id).orElseThrow(),
                before.map(b -> Messages.label(b.status())).orElse("") + " → " + Messages.label(to));
        return changed;
    }

    public static Nomination changeStatus(Connection c, long id, NominationStatus to, LocalDate day, String note)
            throws SQLException {
        Nomination stored = find(c, id).orElseThrow(() -> UserException.of("nomination.error.notFound", id));
        if (!stored.status().next().contains(to)) {
            throw UserException.of("nomination.error.statusStep", Messages.label(stored.status()), Messages.label(to));
        }
        if (day == null) {
            throw UserException.of("nomination.error.statusDay");
        }
        if (day.isBefore(stored.statusDate())) {
            throw UserException.of("nomination.error.statusBefore", vn.thidua.common.text.VietDates.format(stored.statusDate()));
        }
        int order = (int) Jdbc.count(c, "SELECT COUNT(*) FROM nomination_status WHERE nomination_id = ?", id);
        Jdbc.update(c, "INSERT INTO nomination_status (nomination_id, sort_order, status, status_date, note) "
                + "VALUES (?, ?, ?, ?, ?)", id, order, to.name(), day, VietText.cleanOrNull(note));
        Jdbc.update(c, "UPDATE nomination SET status = ?, status_date = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?",
                to.name(), day, id);
        if (to == NominationStatus.SUBMITTED) {
            Jdbc.update(c, "UPDATE nomination SET submitted_on = ? WHERE id = ?", day, id);
        } else if (to == NominationStatus.RECEIVED) {
            Jdbc.update(c, "UPDATE nomination SET received_on = ? WHERE id = ?", day, id);
        }
        return stored.withStatus(to, day);
    }

    /** The day the dossier was received, when it was. */
    public Optional<LocalDate> receivedOn(long id) {
        return db.read(c -> Jdbc.list(c, "SELECT received_on FROM nomination WHERE id = ? AND received_on IS NOT NULL",
                rs -> rs.getDate(1).toLocalDate(), id)).stream().findFirst();
    }

    /** Removes a draft nomination with its dossier checklist; anything past a draft is withdrawn instead. */
    public void deleteDraft(long id) {
        db.inTransaction(c -> {
            Nomination stored = find(c, id).orElseThrow(() -> UserException.of("nomination.error.notFound", id));
            if (stored.status() != NominationStatus.DRAFT) {
                throw UserException.of("nomination.error.deleteNotDraft");
            }
            Jdbc.update(c, "DELETE FROM dossier_document WHERE nomination_id = ?", id);
            Jdbc.update(c, "DELETE FROM nomination WHERE id = ?", id);
            audit.record(c, AuditEntity.NOMINATION, id, AuditAction.DELETE, stored, null, null);
            return null;
        });
    }

    public static Optional<Nomination> find(Connection c, long id) throws SQLException {
        Optional<Nomination> head = Jdbc.one(c, "SELECT * FROM nomination WHERE id = ?", NominationRepository::head, id);
        if (head.isEmpty()) {
            return head;
        }
        List<YearLine> years = Jdbc.list(c, "SELECT * FROM nomination_year_line WHERE nomination_id = ? ORDER BY sort_order",
                rs -> new YearLine(rs.getInt("line_year"), Jdbc.enumOrNull(rs, "rating", Rating.class),
                        rs.getString("titles"), rs.getString("achievement")), id);
        List<AwardLine> awards = Jdbc.list(c, "SELECT * FROM nomination_award_line WHERE nomination_id = ? "
                + "ORDER BY sort_order", rs -> new AwardLine(AwardCategory.valueOf(rs.getString("category")),
                rs.getInt("line_year"), rs.getString("award_name"), rs.getString("decision_ref")), id);
        Nomination n = head.get();
        return Optional.of(n.withReport(n.reportFirstYear(), years, awards));
    }

    private static void check(Connection c, Nomination n) throws SQLException {
        if (n.reportFirstYear() > n.year()) {
            throw UserException.of("nomination.error.years", n.reportFirstYear(), n.year());
        }
        if (n.planId() != null && Jdbc.count(c, "SELECT COUNT(*) FROM plan WHERE id = ?", n.planId()) == 0) {
            throw UserException.of("plan.error.notFound", n.planId());
        }
        if (n.occasion() == Occasion.MOVEMENT && n.planId() == null) {
            throw UserException.of("nomination.error.planNeeded");
        }
        FormUse form = Jdbc.one(c, "SELECT name, for_individual, for_collective FROM award_form WHERE id = ?",
                rs -> new FormUse(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)), n.awardFormId())
                .orElseThrow(() -> UserException.of("nomination.error.awardUnknown"));
        boolean person = n.nominee().isPerson();
        if (person && !form.individual()) {
            throw UserException.of("nomination.error.awardNotForPerson", form.name());
        }
        if (!person && !form.collective()) {
            throw UserException.of("nomination.error.awardNotForUnit", form.name());
        }
        String table = person ? "staff" : "unit";
        Long nomineeId = person ? n.nominee().staffId() : n.nominee().unitId();
        if (Jdbc.count(c, "SELECT COUNT(*) FROM " + table + " WHERE id = ?", nomineeId) == 0) {
            throw UserException.of("nomination.error.nomineeUnknown");
        }
        String column = person ? "staff_id" : "unit_id";
        String sameMovement = n.planId() != null ? "plan_id = ?" : "plan_id IS NULL AND occasion = ? AND nomination_year = ?";
        List<Object> params = new ArrayList<>(List.of(nomineeId, n.awardFormId()));
        if (n.planId() != null) {
            params.add(n.planId());
        } else {
            params.add(n.occasion().name());
            params.add(n.year());
        }
        params.add(n.id() == null ? -1L : n.id());
        long taken = Jdbc.count(c, "SELECT COUNT(*) FROM nomination WHERE " + column + " = ? AND award_form_id = ? AND "
                + sameMovement + " AND status NOT IN ('WITHDRAWN') AND id <> ?", params.toArray());
        if (taken > 0) {
            throw UserException.of("nomination.error.duplicate", form.name());
        }
    }

    /** An award form's name and who may receive it. */
    private record FormUse(String name, boolean individual, boolean collective) {
    }

    private static Nomination clean(Nomination n) {
        List<YearLine> years = n.years().stream().map(y -> new YearLine(y.year(), y.rating(),
                VietText.cleanOrNull(y.titles()), VietText.cleanParagraphs(y.achievement()))).toList();
        List<AwardLine> awards = n.awards().stream().map(a -> new AwardLine(a.category(), a.year(),
                VietText.clean(a.awardName()), VietText.cleanOrNull(a.decisionRef()))).toList();
        for (AwardLine a : awards) {
            if (a.awardName().isEmpty()) {
                throw UserException.of("nomination.error.awardLineName", a.year());
            }
        }
        return n.withTexts(VietText.cleanParagraphs(n.summary()), VietText.cleanParagraphs(n.duties()),
                VietText.cleanParagraphs(n.description()), VietText.cleanParagraphs(n.achievements()),
                VietText.cleanParagraphs(n.measures()), VietText.cleanOrNull(n.note()))
                .withReport(n.reportFirstYear(), years, awards);
    }

    private static void writeLines(Connection c, Nomination n) throws SQLException {
        Jdbc.update(c, "DELETE FROM nomination_year_line WHERE nomination_id = ?", n.id());
        Jdbc.update(c, "DELETE FROM nomination_award_line WHERE nomination_id = ?", n.id());
        int i = 0;
        for (YearLine y : n.years()) {
            Jdbc.update(c, "INSERT INTO nomination_year_line (nomination_id, sort_order, line_year, rating, titles, "
                    + "achievement) VALUES (?, ?, ?, ?, ?, ?)", n.id(), i++, y.year(),
                    y.rating() == null ? null : y.rating().name(), y.titles(), y.achievement());
        }
        i = 0;
        for (AwardLine a : n.awards()) {
            Jdbc.update(c, "INSERT INTO nomination_award_line (nomination_id, sort_order, category, line_year, award_name, "
                    + "decision_ref) VALUES (?, ?, ?, ?, ?, ?)", n.id(), i++, a.category().name(), a.year(),
                    a.awardName(), a.decisionRef());
        }
    }

    private static Nomination head(ResultSet rs) throws SQLException {
        Long staffId = Jdbc.longOrNull(rs, "staff_id");
        Nominee nominee = staffId != null ? Nominee.person(staffId) : Nominee.unit(rs.getLong("unit_id"));
        return new Nomination(rs.getLong("id"), Jdbc.longOrNull(rs, "plan_id"), Occasion.valueOf(rs.getString("occasion")),
                rs.getInt("nomination_year"), rs.getInt("report_first_year"), nominee, rs.getLong("award_form_id"),
                Jdbc.longOrNull(rs, "proposing_unit_id"), rs.getString("summary"), rs.getString("duties"),
                rs.getString("description"), rs.getString("achievements"), rs.getString("measures"), List.of(), List.of(),
                NominationStatus.valueOf(rs.getString("status")), Jdbc.date(rs, "status_date"), rs.getString("note"));
    }

    private static NominationSummary summary(ResultSet rs) throws SQLException {
        Long staffId = Jdbc.longOrNull(rs, "staff_id");
        Nominee nominee = staffId != null ? Nominee.person(staffId) : Nominee.unit(rs.getLong("unit_id"));
        String position = rs.getString("position");
        String unit = rs.getString("staff_unit");
        String positionAndUnit = staffId == null ? "" : position == null || position.isBlank() ? unit
                : unit == null ? position : position + ", " + unit;
        return new NominationSummary(rs.getLong("id"), Jdbc.longOrNull(rs, "plan_id"),
                Occasion.valueOf(rs.getString("occasion")), rs.getInt("nomination_year"), nominee,
                rs.getString("nominee_name"), positionAndUnit, rs.getLong("award_form_id"), rs.getString("award_name"),
                NominationStatus.valueOf(rs.getString("status")), Jdbc.date(rs, "status_date"), rs.getString("summary"),
                Gender.FEMALE.name().equals(rs.getString("gender")), rs.getBoolean("leader"));
    }
}
