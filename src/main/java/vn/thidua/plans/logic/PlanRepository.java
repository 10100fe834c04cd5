package vn.thidua.plans.logic;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.plans.model.Amendment;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.AwardeeLine;
import vn.thidua.plans.model.ContentItem;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.Duty;
import vn.thidua.plans.model.MovementForm;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanField;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.PlanSummary;
import vn.thidua.plans.model.Quota;
import vn.thidua.plans.model.Target;
import vn.thidua.plans.model.TargetMeasure;

/**
 * Plans and their parts, each write one transaction. A draft is saved freely; issuing numbers it and freezes it;
 * after that a change is an amendment, logged with who, when and what.
 */
public class PlanRepository {

    private final Database db;

    public PlanRepository(Database db) {
        this.db = db;
    }

    /** Every plan, newest year first, then by code and number (drafts after the numbered ones of their year). */
    public List<PlanSummary> all() {
        return db.read(c -> Jdbc.list(c, "SELECT id, doc_kind, doc_number, doc_year, issue_month, issue_day, title, status "
                + "FROM plan ORDER BY doc_year DESC, doc_kind, doc_number NULLS LAST, id", rs -> new PlanSummary(
                rs.getLong("id"), rs.getString("doc_kind"), Jdbc.intOrNull(rs, "doc_number"), date(rs), rs.getString("title"),
                PlanStatus.valueOf(rs.getString("status")))));
    }

    /** Each plan's theme by id (plans without one are left out), for searching the list on title and theme. */
    public Map<Long, String> themes() {
        return db.read(c -> Jdbc.list(c, "SELECT id, theme FROM plan WHERE theme IS NOT NULL",
                rs -> Map.entry(rs.getLong(1), rs.getString(2)))).stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<Plan> find(long id) {
        return db.read(c -> find(c, id));
    }

    /** The plan, or a message the clerk understands when there is none with that id. */
    public Plan get(long id) {
        return find(id).orElseThrow(() -> UserException.of("plan.error.notFound", id));
    }

    /** Saves a draft (new or stored); an issued plan is refused: it changes only by {@link #amend}. */
    public Plan saveDraft(Plan typed) {
        Plan plan = clean(typed);
        return db.inTransaction(c -> saveDraft(c, plan));
    }

    static Plan saveDraft(Connection c, Plan plan) throws SQLException {
        if (plan.id() != null) {
            Plan stored = find(c, plan.id()).orElseThrow(() -> UserException.of("plan.error.notFound", plan.id()));
            if (stored.isFrozen()) {
                throw UserException.of("plan.error.frozen", stored.title());
            }
        }
        Plan draft = plan.withIssue(null, PlanStatus.DRAFT, plan.date());
        PlanValidator.check(draft, false);
        return write(c, draft);
    }

    /**
     * Adds a plan received from another installation as it is (status and number kept), on the caller's transaction:
     * checked as a draft or as an issued plan, refused when its number is taken.
     */
    public static Plan insertReceived(Connection c, Plan received) throws SQLException {
        Plan plan = clean(received.withId(null));
        PlanValidator.check(plan, plan.status() != PlanStatus.DRAFT);
        return write(c, plan);
    }

    /** The number the next plan of this code issued in this year gets: one more than the highest, from 01. */
    public int nextNumber(String code, int year) {
        return db.read(c -> nextNumber(c, code, year));
    }

    static int nextNumber(Connection c, String code, int year) throws SQLException {
        return Jdbc.one(c, "SELECT COALESCE(MAX(doc_number), 0) + 1 FROM plan WHERE doc_kind = ? AND doc_year = ?",
                rs -> rs.getInt(1), code, year).orElse(1);
    }

    /**
     * Issues a draft on the given day: numbered from the register of its year and code, or with the number the clerk
     * typed from the paper register (refused when another plan has it). The plan is frozen from then on.
     */
    public Plan issue(long id, LocalDate issuedOn, Integer typedNumber) {
        return db.inTransaction(c -> issue(c, id, issuedOn, typedNumber));
    }

    static Plan issue(Connection c, long id, LocalDate issuedOn, Integer typedNumber) throws SQLException {
        Plan stored = find(c, id).orElseThrow(() -> UserException.of("plan.error.notFound", id));
        if (stored.status() != PlanStatus.DRAFT) {
            throw UserException.of("plan.error.alreadyIssued", stored.title());
        }
        if (issuedOn == null) {
            throw new InvalidPlanException(List.of(PlanValidator.problem(PlanField.DATE, "plan.error.dateIncomplete")));
        }
        int number = typedNumber != null ? typedNumber : nextNumber(c, stored.code(), issuedOn.getYear());
        Plan issued = stored.withIssue(number, PlanStatus.ISSUED, PlanDate.of(issuedOn));
        PlanValidator.check(issued, true);
        return write(c, issued);
    }

    /** In progress once the movement runs; only from issued. */
    public Plan start(long id) {
        return moveTo(id, PlanStatus.IN_PROGRESS, List.of(PlanStatus.ISSUED));
    }

    /** Closed when the movement is over; from issued or in progress. */
    public Plan close(long id) {
        return moveTo(id, PlanStatus.CLOSED, List.of(PlanStatus.ISSUED, PlanStatus.IN_PROGRESS));
    }

    private Plan moveTo(long id, PlanStatus to, List<PlanStatus> from) {
        return db.inTransaction(c -> {
            Plan stored = find(c, id).orElseThrow(() -> UserException.of("plan.error.notFound", id));
            if (!from.contains(stored.status())) {
                throw UserException.of("plan.error.statusChange", stored.title());
            }
            Jdbc.update(c, "UPDATE plan SET status = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?", to, id);
            return stored.withIssue(stored.number(), to, stored.date());
        });
    }

    /**
     * Changes an issued plan (not a closed one) and logs the change: who, when, why, each changed part before and
     * after. The status stays; the number may be corrected but stays unique. Nothing changed: nothing logged.
     */
    public Plan amend(Plan typed, String by, String reason, LocalDateTime at) {
        Plan changed = clean(typed);
        return db.inTransaction(c -> {
            Plan stored = find(c, changed.id()).orElseThrow(() -> UserException.of("plan.error.notFound", changed.id()));
            if (stored.status() == PlanStatus.DRAFT) {
                throw UserException.of("plan.error.notIssued", stored.title());
            }
            if (stored.status() == PlanStatus.CLOSED) {
                throw UserException.of("plan.error.closed", stored.title());
            }
            if (changed.number() == null) {
                throw new InvalidPlanException(List.of(PlanValidator.problem(PlanField.NUMBER, "plan.error.numberRequired")));
            }
            Plan amended = changed.withIssue(changed.number(), stored.status(), changed.date());
            PlanValidator.check(amended, true);
            List<Amendment.Change> changes = differences(stored, amended);
            if (changes.isEmpty()) {
                return stored;
            }
            Plan written = write(c, amended);
            long amendmentId = Jdbc.insert(c, "INSERT INTO plan_amendment (plan_id, amended_at, amended_by, reason) VALUES (?, ?, ?, ?)",
                    stored.id(), Timestamp.valueOf(at), VietText.clean(by), VietText.cleanOrNull(reason));
            for (int i = 0; i < changes.size(); i++) {
                Amendment.Change ch = changes.get(i);
                Jdbc.update(c, "INSERT INTO plan_amendment_change (amendment_id, sort_order, field, before_value, after_value) "
                        + "VALUES (?, ?, ?, ?, ?)", amendmentId, i, ch.field(), ch.before(), ch.after());
            }
            return written;
        });
    }

    /** The amendments of a plan, oldest first. */
    public List<Amendment> amendments(long planId) {
        return db.read(c -> {
            List<Amendment> out = new ArrayList<>();
            for (Amendment a : Jdbc.list(c, "SELECT * FROM plan_amendment WHERE plan_id = ? ORDER BY amended_at, id",
                    rs -> new Amendment(rs.getLong("id"), rs.getLong("plan_id"), rs.getTimestamp("amended_at").toLocalDateTime(),
                            rs.getString("amended_by"), rs.getString("reason"), List.of()), planId)) {
                out.add(new Amendment(a.id(), a.planId(), a.at(), a.by(), a.reason(), Jdbc.list(c,
                        "SELECT * FROM plan_amendment_change WHERE amendment_id = ? ORDER BY sort_order",
                        rs -> new Amendment.Change(rs.getString("field"), rs.getString("before_value"),
                                rs.getString("after_value")), a.id())));
            }
            return out;
        });
    }

    /**
     * Starts next year's plan from this one: a draft without number, every date a year later, "năm 2025" in the
     * title becoming "năm 2026", the parts copied. Basis documents are references to what was issued and keep their
     * dates.
     */
    public Plan copyAsNew(long id) {
        return db.inTransaction(c -> {
            Plan p = find(c, id).orElseThrow(() -> UserException.of("plan.error.notFound", id));
            String title = p.title().replaceAll("\\bnăm " + p.date().year() + "\\b", "năm " + (p.date().year() + 1));
            Plan copy = new Plan(null, p.code(), null, PlanStatus.DRAFT, p.place(), p.date().plusYears(1), title,
                    p.basis(), p.introduction(), p.theme(), p.purposes(), p.requirements(), p.objectives(), p.targets(),
                    p.contents(), p.period() == null ? null : p.period().plusYears(1), p.movementForm(), p.eligible(),
                    p.criteria(), p.offers(), p.overallQuota(), p.dossierDocuments(),
                    p.dossierDeadline() == null ? null : p.dossierDeadline().plusYears(1), p.dossierDestination(),
                    p.duties(), p.closing(), p.recipients(), p.signer());
            PlanValidator.check(copy, false);
            return write(c, copy);
        });
    }

    /** Removes a draft; an issued plan is a record and stays. */
    public void deleteDraft(long id) {
        db.inTransaction(c -> {
            Plan stored = find(c, id).orElseThrow(() -> UserException.of("plan.error.notFound", id));
            if (stored.isFrozen()) {
                throw UserException.of("plan.error.frozen", stored.title());
            }
            deleteChildren(c, id);
            return Jdbc.update(c, "DELETE FROM plan WHERE id = ?", id);
        });
    }

    // --- writing -------------------------------------------------------------------------------------------------

    /** Inserts or updates the plan row and replaces every child row; the caller's transaction holds it together. */
    static Plan write(Connection c, Plan p) throws SQLException {
        if (p.number() != null && Jdbc.count(c, "SELECT COUNT(*) FROM plan WHERE doc_kind = ? AND doc_year = ? AND doc_number = ? "
                + "AND id <> ?", p.code(), p.date().year(), p.number(), p.id() == null ? -1L : p.id()) > 0) {
            throw new InvalidPlanException(List.of(PlanValidator.problem(PlanField.NUMBER, "plan.error.numberTaken",
                    PlanNumbers.number(p.number()), p.code(), p.date().year())));
        }
        Period period = p.period();
        Object[] values = {p.code(), p.number(), p.date().year(), p.date().month(), p.date().day(), p.place(), p.title(),
            p.theme(), p.introduction(), p.closing(), p.movementForm(),
            period == null ? null : period.start(), period == null ? null : period.end(),
            period != null && period.startsOnIssue(), period != null && period.wholeMonths(),
            p.dossierDeadline(), p.dossierDestination(), p.overallQuota().count(), p.overallQuota().percent(),
            p.signer() == null ? null : p.signer().signerId(), p.signer() == null ? null : p.signer().fullName(),
            p.signer() == null ? null : p.signer().role(), p.status()};
        String columns = "doc_kind, doc_number, doc_year, issue_month, issue_day, place_name, title, theme, introduction, "
                + "closing, movement_form, period_from, period_to, period_from_issue, period_whole_months, dossier_deadline, "
                + "dossier_destination, quota_count, quota_percent, signer_id, signer_name, signer_role, status";
        long id;
        if (p.id() == null) {
            id = Jdbc.insert(c, "INSERT INTO plan (" + columns + ") VALUES (" + "?, ".repeat(values.length - 1) + "?)", values);
        } else {
            id = p.id();
            Object[] withId = java.util.Arrays.copyOf(values, values.length + 1);
            withId[values.length] = id;
            Jdbc.update(c, "UPDATE plan SET " + columns.replace(",", " = ?,") + " = ?, updated_at = CURRENT_TIMESTAMP "
                    + "WHERE id = ?", withId);
            deleteChildren(c, id);
        }
        for (int i = 0; i < p.basis().size(); i++) {
            DocumentRef b = p.basis().get(i);
            Jdbc.update(c, "INSERT INTO plan_basis (plan_id, sort_order, doc_type, doc_number, doc_date, issuer, subject) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, i, b.type(), b.number(), b.date(), b.issuer(), b.subject());
        }
        lines(c, id, Part.PURPOSE, p.purposes());
        lines(c, id, Part.REQUIREMENT, p.requirements());
        lines(c, id, Part.OBJECTIVE, p.objectives());
        lines(c, id, Part.DOSSIER, p.dossierDocuments());
        lines(c, id, Part.RECIPIENT, p.recipients());
        awardeeLines(c, id, Part.ELIGIBLE, p.eligible());
        awardeeLines(c, id, Part.CRITERION, p.criteria());
        List<ItemRow> items = new ArrayList<>();
        flatten(p.contents(), 0, items);
        for (int i = 0; i < items.size(); i++) {
            ItemRow it = items.get(i);
            Jdbc.update(c, "INSERT INTO plan_item (plan_id, sort_order, depth, label, heading, body) VALUES (?, ?, ?, ?, ?, ?)",
                    id, i, it.depth(), it.item().label(), it.item().heading(), it.item().body());
        }
        for (int i = 0; i < p.targets().size(); i++) {
            Target t = p.targets().get(i);
            Jdbc.update(c, "INSERT INTO plan_target (plan_id, sort_order, target_text, measure, threshold) VALUES (?, ?, ?, ?, ?)",
                    id, i, t.text(), t.measure(), t.threshold());
        }
        for (int i = 0; i < p.offers().size(); i++) {
            AwardOffer o = p.offers().get(i);
            long offerId = Jdbc.insert(c, "INSERT INTO plan_award_offer (plan_id, award_form_id, recipient, quota_count, "
                    + "quota_percent, sort_order, standards_intro) VALUES (?, ?, ?, ?, ?, ?, ?)", id, o.awardFormId(),
                    o.awardee(), o.quota().count(), o.quota().percent(), i, o.standardsIntro());
            offerLines(c, offerId, "STANDARD", o.standards());
            offerLines(c, offerId, "PRIORITY", o.priorities());
        }
        for (int i = 0; i < p.duties().size(); i++) {
            Duty d = p.duties().get(i);
            Jdbc.update(c, "INSERT INTO plan_duty (plan_id, sort_order, unit_id, party, duty_text) VALUES (?, ?, ?, ?, ?)",
                    id, i, d.unitId(), d.party(), d.text());
        }
        return p.withId(id);
    }

    private static void deleteChildren(Connection c, long id) throws SQLException {
        Jdbc.update(c, "DELETE FROM plan_offer_line WHERE offer_id IN (SELECT id FROM plan_award_offer WHERE plan_id = ?)", id);
        for (String table : List.of("plan_award_offer", "plan_basis", "plan_line", "plan_item", "plan_target", "plan_duty")) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE plan_id = ?", id);
        }
    }

    private enum Part { PURPOSE, REQUIREMENT, OBJECTIVE, DOSSIER, RECIPIENT, ELIGIBLE, CRITERION }

    private static void lines(Connection c, long id, Part part, List<String> lines) throws SQLException {
        for (int i = 0; i < lines.size(); i++) {
            Jdbc.update(c, "INSERT INTO plan_line (plan_id, part, sort_order, line_text) VALUES (?, ?, ?, ?)",
                    id, part, i, lines.get(i));
        }
    }

    private static void awardeeLines(Connection c, long id, Part part, List<AwardeeLine> lines) throws SQLException {
        for (int i = 0; i < lines.size(); i++) {
            Jdbc.update(c, "INSERT INTO plan_line (plan_id, part, sort_order, awardee, line_text) VALUES (?, ?, ?, ?, ?)",
                    id, part, i, lines.get(i).awardee(), lines.get(i).text());
        }
    }

    private static void offerLines(Connection c, long offerId, String part, List<String> lines) throws SQLException {
        for (int i = 0; i < lines.size(); i++) {
            Jdbc.update(c, "INSERT INTO plan_offer_line (offer_id, part, sort_order, line_text) VALUES (?, ?, ?, ?)",
                    offerId, part, i, lines.get(i));
        }
    }

    /** A content item as one row: its depth in the tree, and the item (whose children are rows of their own). */
    private record ItemRow(int depth, ContentItem item) {
    }

    private static void flatten(List<ContentItem> items, int depth, List<ItemRow> out) {
        for (ContentItem item : items) {
            out.add(new ItemRow(depth, item));
            flatten(item.children(), depth + 1, out);
        }
    }

    // --- reading -------------------------------------------------------------------------------------------------

    static Optional<Plan> find(Connection c, long id) throws SQLException {
        Optional<Plan> row = Jdbc.one(c, "SELECT * FROM plan WHERE id = ?", PlanRepository::planRow, id);
        if (row.isEmpty()) {
            return row;
        }
        Plan p = row.get();
        List<DocumentRef> basis = Jdbc.list(c, "SELECT * FROM plan_basis WHERE plan_id = ? ORDER BY sort_order",
                rs -> new DocumentRef(rs.getString("doc_type"), rs.getString("doc_number"), Jdbc.date(rs, "doc_date"),
                        rs.getString("issuer"), rs.getString("subject")), id);
        List<ItemRow> flat = Jdbc.list(c, "SELECT depth, label, heading, body FROM plan_item WHERE plan_id = ? ORDER BY sort_order",
                rs -> new ItemRow(rs.getInt(1), new ContentItem(rs.getString(2), rs.getString(3), rs.getString(4), List.of())), id);
        List<Target> targets = Jdbc.list(c, "SELECT * FROM plan_target WHERE plan_id = ? ORDER BY sort_order",
                rs -> new Target(rs.getString("target_text"), Jdbc.enumOrNull(rs, "measure", TargetMeasure.class),
                        rs.getBigDecimal("threshold")), id);
        List<AwardOffer> offers = new ArrayList<>();
        for (var offer : Jdbc.list(c, "SELECT * FROM plan_award_offer WHERE plan_id = ? ORDER BY sort_order, id",
                rs -> Map.entry(rs.getLong("id"), new AwardOffer(rs.getLong("award_form_id"),
                        Awardee.valueOf(rs.getString("recipient")), rs.getString("standards_intro"), List.of(),
                        new Quota(Jdbc.intOrNull(rs, "quota_count"), rs.getBigDecimal("quota_percent")), List.of())), id)) {
            AwardOffer o = offer.getValue();
            offers.add(new AwardOffer(o.awardFormId(), o.awardee(), o.standardsIntro(), offerLines(c, offer.getKey(), "STANDARD"),
                    o.quota(), offerLines(c, offer.getKey(), "PRIORITY")));
        }
        List<Duty> duties = Jdbc.list(c, "SELECT * FROM plan_duty WHERE plan_id = ? ORDER BY sort_order",
                rs -> new Duty(Jdbc.longOrNull(rs, "unit_id"), rs.getString("party"), rs.getString("duty_text")), id);
        return Optional.of(new Plan(p.id(), p.code(), p.number(), p.status(), p.place(), p.date(), p.title(), basis,
                p.introduction(), p.theme(), lines(c, id, Part.PURPOSE), lines(c, id, Part.REQUIREMENT),
                lines(c, id, Part.OBJECTIVE), targets, tree(flat), p.period(), p.movementForm(),
                awardeeLines(c, id, Part.ELIGIBLE), awardeeLines(c, id, Part.CRITERION), offers, p.overallQuota(),
                lines(c, id, Part.DOSSIER), p.dossierDeadline(), p.dossierDestination(), duties, p.closing(),
                lines(c, id, Part.RECIPIENT), p.signer()));
    }

    private static Plan planRow(ResultSet rs) throws SQLException {
        LocalDate from = Jdbc.date(rs, "period_from");
        LocalDate to = Jdbc.date(rs, "period_to");
        boolean fromIssue = rs.getBoolean("period_from_issue");
        Period period = from == null && to == null && !fromIssue ? null
                : new Period(from, to, fromIssue, rs.getBoolean("period_whole_months"));
        String signerName = rs.getString("signer_name");
        PlanSigner signer = signerName == null ? null : new PlanSigner(Jdbc.longOrNull(rs, "signer_id"), signerName,
                Jdbc.enumOrNull(rs, "signer_role", SignerRole.class));
        return new Plan(rs.getLong("id"), rs.getString("doc_kind"), Jdbc.intOrNull(rs, "doc_number"),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("place_name"), date(rs), rs.getString("title"),
                List.of(), rs.getString("introduction"), rs.getString("theme"), List.of(), List.of(), List.of(), List.of(),
                List.of(), period, Jdbc.enumOrNull(rs, "movement_form", MovementForm.class), List.of(), List.of(), List.of(),
                new Quota(Jdbc.intOrNull(rs, "quota_count"), rs.getBigDecimal("quota_percent")), List.of(),
                Jdbc.date(rs, "dossier_deadline"), rs.getString("dossier_destination"), List.of(), rs.getString("closing"),
                List.of(), signer);
    }

    private static PlanDate date(ResultSet rs) throws SQLException {
        return new PlanDate(rs.getInt("doc_year"), Jdbc.intOrNull(rs, "issue_month"), Jdbc.intOrNull(rs, "issue_day"));
    }

    private static List<String> lines(Connection c, long id, Part part) throws SQLException {
        return Jdbc.list(c, "SELECT line_text FROM plan_line WHERE plan_id = ? AND part = ? ORDER BY sort_order",
                rs -> rs.getString(1), id, part);
    }

    private static List<AwardeeLine> awardeeLines(Connection c, long id, Part part) throws SQLException {
        return Jdbc.list(c, "SELECT awardee, line_text FROM plan_line WHERE plan_id = ? AND part = ? ORDER BY sort_order",
                rs -> new AwardeeLine(Awardee.valueOf(rs.getString(1)), rs.getString(2)), id, part);
    }

    private static List<String> offerLines(Connection c, long offerId, String part) throws SQLException {
        return Jdbc.list(c, "SELECT line_text FROM plan_offer_line WHERE offer_id = ? AND part = ? ORDER BY sort_order",
                rs -> rs.getString(1), offerId, part);
    }

    /** Rebuilds the tree from items in reading order with their depths. */
    private static List<ContentItem> tree(List<ItemRow> flat) {
        List<ContentItem> roots = new ArrayList<>();
        buildLevel(flat, new int[] {0}, 0, roots);
        return roots;
    }

    private static void buildLevel(List<ItemRow> flat, int[] next, int depth, List<ContentItem> out) {
        while (next[0] < flat.size() && flat.get(next[0]).depth() >= depth) {
            ContentItem row = flat.get(next[0]++).item();
            List<ContentItem> children = new ArrayList<>();
            buildLevel(flat, next, depth + 1, children);
            out.add(new ContentItem(row.label(), row.heading(), row.body(), children));
        }
    }

    // --- amendments and text ---------------------------------------------------------------------------------------

    /** The parts that differ, by their names in {@link Plan}; the id and the status are not the clerk's to change. */
    static List<Amendment.Change> differences(Plan before, Plan after) {
        List<Amendment.Change> out = new ArrayList<>();
        for (RecordComponent rc : Plan.class.getRecordComponents()) {
            if (rc.getName().equals("id") || rc.getName().equals("status")) {
                continue;
            }
            Object a = value(rc, before);
            Object b = value(rc, after);
            if (!Objects.equals(a, b)) {
                out.add(new Amendment.Change(rc.getName(), a == null ? null : a.toString(), b == null ? null : b.toString()));
            }
        }
        return out;
    }

    private static Object value(RecordComponent rc, Plan p) {
        try {
            return rc.getAccessor().invoke(p);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every text in NFC with white space folded, blank texts as null, blank list lines dropped. */
    static Plan clean(Plan p) {
        Function<String, String> t = VietText::cleanOrNull;
        return new Plan(p.id(), t.apply(p.code()), p.number(), p.status(), t.apply(p.place()), p.date(),
                VietText.clean(p.title()),
                p.basis().stream().map(b -> new DocumentRef(t.apply(b.type()), t.apply(b.number()), b.date(),
                        t.apply(b.issuer()), t.apply(b.subject()))).toList(),
                t.apply(p.introduction()), t.apply(p.theme()), cleanLines(p.purposes()), cleanLines(p.requirements()),
                cleanLines(p.objectives()),
                p.targets().stream().map(x -> new Target(VietText.clean(x.text()), x.measure(), x.threshold())).toList(),
                cleanItems(p.contents()), p.period(), p.movementForm(), cleanAwardeeLines(p.eligible()),
                cleanAwardeeLines(p.criteria()),
                p.offers().stream().map(o -> new AwardOffer(o.awardFormId(), o.awardee(), t.apply(o.standardsIntro()),
                        cleanLines(o.standards()), o.quota(), cleanLines(o.priorities()))).toList(),
                p.overallQuota(), cleanLines(p.dossierDocuments()), p.dossierDeadline(), t.apply(p.dossierDestination()),
                p.duties().stream().map(d -> new Duty(d.unitId(), t.apply(d.party()), VietText.clean(d.text()))).toList(),
                t.apply(p.closing()), cleanLines(p.recipients()),
                p.signer() == null ? null : new PlanSigner(p.signer().signerId(), VietText.clean(p.signer().fullName()),
                        p.signer().role()));
    }

    private static List<String> cleanLines(List<String> lines) {
        return lines.stream().map(VietText::cleanOrNull).filter(Objects::nonNull).toList();
    }

    private static List<AwardeeLine> cleanAwardeeLines(List<AwardeeLine> lines) {
        return lines.stream().filter(l -> VietText.cleanOrNull(l.text()) != null)
                .map(l -> new AwardeeLine(l.awardee(), VietText.clean(l.text()))).toList();
    }

    private static List<ContentItem> cleanItems(List<ContentItem> items) {
        return items.stream().map(i -> new ContentItem(VietText.cleanOrNull(i.label()), VietText.cleanOrNull(i.heading()),
                VietText.cleanOrNull(i.body()), cleanItems(i.children()))).toList();
    }
}
