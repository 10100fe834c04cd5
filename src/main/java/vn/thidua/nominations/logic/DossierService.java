package vn.thidua.nominations.logic;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import vn.thidua.common.attachments.AttachmentStore;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietText;
import vn.thidua.nominations.model.DocumentKind;
import vn.thidua.nominations.model.DossierItem;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.Occasion;

/**
 * The dossier checklist of a nomination. The required documents come from the award's rules (the achievement
 * report in the form the legal basis in force gives it a number for; proof of innovations where the award rests on
 * them) and from the plan's list of dossier documents. ThiĐua writes the generated ones; the others are attached
 * files kept in the data folder with their checksum. A dossier received after the plan's deadline is late.
 */
public class DossierService {

    private final Database db;
    private final AttachmentStore attachments;
    private final AuditTrail audit;

    public DossierService(Database db, AttachmentStore attachments, AuditTrail audit) {
        this.db = db;
        this.attachments = attachments;
        this.audit = audit;
    }

    /** Whether every required document is there, which are missing, and whether it came after the deadline. */
    public record Status(List<DossierItem> items, List<DossierItem> missing, LocalDate deadline, LocalDate receivedOn) {

        public boolean complete() {
            return missing.isEmpty();
        }

        public boolean late() {
            return deadline != null && receivedOn != null && receivedOn.isAfter(deadline);
        }
    }

    public List<DossierItem> items(long nominationId) {
        return db.read(c -> items(c, nominationId));
    }

    public Status status(long nominationId) {
        return db.read(c -> status(c, nominationId));
    }

    public static Status status(Connection c, long nominationId) throws SQLException {
        var dates = Jdbc.one(c, "SELECT p.dossier_deadline, n.received_on FROM nomination n LEFT JOIN plan p "
                + "ON p.id = n.plan_id WHERE n.id = ?", rs -> new LocalDate[] {Jdbc.date(rs, "dossier_deadline"),
                Jdbc.date(rs, "received_on")}, nominationId).orElse(new LocalDate[2]);
        return status(items(c, nominationId), dates[0], dates[1]);
    }

    /** The status of every nomination, read in two queries, for the lists that show each one's dossier. */
    public Map<Long, Status> statuses() {
        return db.read(c -> {
            Map<Long, List<DossierItem>> items = new HashMap<>();
            for (var row : Jdbc.list(c, ITEM_SQL + "ORDER BY d.nomination_id, d.sort_order, d.id",
                    rs -> Map.entry(rs.getLong("nomination_id"), item(rs)))) {
                items.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
            }
            Map<Long, Status> out = new HashMap<>();
            for (Dates d : Jdbc.list(c, "SELECT n.id, p.dossier_deadline, n.received_on FROM nomination n "
                    + "LEFT JOIN plan p ON p.id = n.plan_id", rs -> new Dates(rs.getLong(1),
                    Jdbc.date(rs, "dossier_deadline"), Jdbc.date(rs, "received_on")))) {
                out.put(d.nominationId(), status(items.getOrDefault(d.nominationId(), List.of()), d.deadline(),
                        d.receivedOn()));
            }
            return out;
        });
    }

    private record Dates(long nominationId, LocalDate deadline, LocalDate receivedOn) {
    }

    private static Status status(List<DossierItem> items, LocalDate deadline, LocalDate receivedOn) {
        List<DossierItem> missing = items.stream().filter(i -> i.required() && !i.present()).toList();
        return new Status(items, missing, deadline, receivedOn);
    }

    /**
     * Builds or rebuilds the checklist for the nomination as it now is, on the given day's legal basis: required lines
     * are replaced, files already attached stay with the line of the same title, extra attachments stay as they are.
     */
    public List<DossierItem> prepare(long nominationId, LocalDate day) {
        return db.inTransaction(c -> prepare(c, audit, nominationId, day));
    }

    /** Rebuilds the checklist as {@link #prepare(long, LocalDate)} does and logs it under the nomination's id. */
    public static List<DossierItem> prepare(Connection c, AuditTrail audit, long nominationId, LocalDate day)
            throws SQLException {
        List<DossierItem> before = items(c, nominationId);
        List<DossierItem> after = prepare(c, nominationId, day);
        if (!before.equals(after)) {
            audit.record(c, AuditEntity.DOSSIER_ITEM, nominationId, before.isEmpty() ? AuditAction.CREATE
                    : AuditAction.UPDATE, before.isEmpty() ? null : before, after, null);
        }
        return after;
    }

    public static List<DossierItem> prepare(Connection c, long nominationId, LocalDate day) throws SQLException {
        Nomination n = NominationRepository.find(c, nominationId)
                .orElseThrow(() -> UserException.of("nomination.error.notFound", nominationId));
        List<DossierItem> wanted = required(c, n, day);
        List<DossierItem> old = items(c, nominationId);
        Jdbc.update(c, "DELETE FROM dossier_document WHERE nomination_id = ? AND required = TRUE", nominationId);
        int order = 0;
        for (DossierItem w : wanted) {
            Long attachment = old.stream().filter(o -> o.required() && o.title().equals(w.title()) && o.attachmentId() != null)
                    .map(DossierItem::attachmentId).findFirst().orElse(null);
            LocalDate received = old.stream().filter(o -> o.required() && o.title().equals(w.title()))
                    .map(DossierItem::receivedOn).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            Jdbc.insert(c, "INSERT INTO dossier_document (nomination_id, sort_order, document_kind, title, required, "
                    + "attachment_id, received_on) VALUES (?, ?, ?, ?, TRUE, ?, ?)", nominationId, order++, w.kind().name(),
                    w.title(), attachment, received);
        }
        for (DossierItem o : old) {
            if (!o.required()) {
                Jdbc.update(c, "UPDATE dossier_document SET sort_order = ? WHERE id = ?", order++, o.id());
            }
        }
        return items(c, nominationId);
    }

    /**
     * Adds a checklist line as another installation had it (the exchange import), after the nomination's other lines,
     * on the caller's transaction.
     */
    public static DossierItem addReceived(Connection c, AuditTrail audit, long nominationId, DocumentKind kind,
            String title, boolean required, Long attachmentId, LocalDate receivedOn) throws SQLException {
        int order = (int) Jdbc.count(c, "SELECT COUNT(*) FROM dossier_document WHERE nomination_id = ?", nominationId);
        long id = Jdbc.insert(c, "INSERT INTO dossier_document (nomination_id, sort_order, document_kind, title, "
                + "required, attachment_id, received_on) VALUES (?, ?, ?, ?, ?, ?, ?)", nominationId, order, kind.name(),
                VietText.clean(title), required, attachmentId, receivedOn);
        DossierItem added = item(c, id);
        audit.record(c, AuditEntity.DOSSIER_ITEM, nominationId, AuditAction.CREATE, null, added, added.title());
        return added;
    }

    /** Attaches a file to a line of the checklist, replacing the file it had. */
    public DossierItem attach(long itemId, Path file, LocalDate receivedOn) {
        return db.inTransaction(c -> {
            DossierItem item = item(c, itemId);
            if (item.kind().generated()) {
                throw UserException.of("dossier.error.generated", item.title());
            }
            AttachmentStore.Stored stored = attachments.store(c, file);
            Jdbc.update(c, "UPDATE dossier_document SET attachment_id = ?, received_on = ? WHERE id = ?", stored.id(),
                    receivedOn, itemId);
            DossierItem after = item(c, itemId);
            audit.record(c, AuditEntity.DOSSIER_ITEM, nominationOf(c, itemId), AuditAction.UPDATE, item, after,
                    after.title());
            return after;
        });
    }

    /** Attaches a further document the checklist does not ask for ("Giấy chứng nhận …"). */
    public DossierItem attachExtra(long nominationId, String title, Path file, LocalDate receivedOn) {
        String clean = VietText.clean(title);
        if (clean.isEmpty()) {
            throw UserException.of("dossier.error.titleMissing");
        }
        return db.inTransaction(c -> {
            NominationRepository.find(c, nominationId)
                    .orElseThrow(() -> UserException.of("nomination.error.notFound", nominationId));
            AttachmentStore.Stored stored = attachments.store(c, file);
            int order = (int) Jdbc.count(c, "SELECT COUNT(*) FROM dossier_document WHERE nomination_id = ?", nominationId);
            long id = Jdbc.insert(c, "INSERT INTO dossier_document (nomination_id, sort_order, document_kind, title, "
                    + "required, attachment_id, received_on) VALUES (?, ?, 'OTHER', ?, FALSE, ?, ?)", nominationId,
                    order, clean, stored.id(), receivedOn);
            DossierItem after = item(c, id);
            audit.record(c, AuditEntity.DOSSIER_ITEM, nominationId, AuditAction.CREATE, null, after, clean);
            return after;
        });
    }

    /** Takes the file off a line (an extra line goes altogether); the stored file stays for the backups. */
    public void detach(long itemId) {
        db.inTransaction(c -> {
            DossierItem item = item(c, itemId);
            long nominationId = nominationOf(c, itemId);
            if (item.required()) {
                Jdbc.update(c, "UPDATE dossier_document SET attachment_id = NULL, received_on = NULL WHERE id = ?", itemId);
                audit.record(c, AuditEntity.DOSSIER_ITEM, nominationId, AuditAction.UPDATE, item, item(c, itemId),
                        item.title());
            } else {
                Jdbc.update(c, "DELETE FROM dossier_document WHERE id = ?", itemId);
                audit.record(c, AuditEntity.DOSSIER_ITEM, nominationId, AuditAction.DELETE, item, null, item.title());
            }
            return null;
        });
    }

    private static long nominationOf(Connection c, long itemId) throws SQLException {
        return Jdbc.one(c, "SELECT nomination_id FROM dossier_document WHERE id = ?", rs -> rs.getLong(1), itemId)
                .orElseThrow();
    }

    /** Where an attached file is kept, to open it. */
    public Optional<Path> file(long attachmentId) {
        return db.read(c -> attachments.path(c, attachmentId));
    }

    /** The report a nomination needs: a person's or a unit's, or the thematic or one-off one. */
    public static DocumentKind reportKind(Nomination n) {
        if (n.occasion() == Occasion.THEMATIC) {
            return DocumentKind.THEMATIC_REPORT;
        }
        if (n.occasion() == Occasion.ONE_OFF) {
            return DocumentKind.ONE_OFF_REPORT;
        }
        return n.nominee().isPerson() ? DocumentKind.INDIVIDUAL_REPORT : DocumentKind.COLLECTIVE_REPORT;
    }

    /** The form number ("05") the legal basis in force on the day gives this kind of document, if any. */
    public Optional<String> formNumber(DocumentKind kind, LocalDate day) {
        return db.read(c -> formNumber(c, kind, day));
    }

    /** "Mẫu số 05" of the legal basis in force on the day, when it numbers this kind of document. */
    public static Optional<String> formNumber(Connection c, DocumentKind kind, LocalDate day) throws SQLException {
        return Jdbc.list(c, "SELECT f.form_number FROM dossier_form f JOIN legal_basis b ON b.id = f.legal_basis_id "
                + "WHERE f.document_kind = ? AND b.effective_from <= ? AND (b.effective_to IS NULL OR b.effective_to >= ?) "
                + "AND f.form_number IS NOT NULL ORDER BY b.effective_from DESC", rs -> rs.getString(1), kind.name(), day, day)
                .stream().findFirst();
    }

    private static List<DossierItem> required(Connection c, Nomination n, LocalDate day) throws SQLException {
        List<DossierItem> out = new ArrayList<>();
        DocumentKind report = reportKind(n);
        String basis = Jdbc.list(c, "SELECT code FROM legal_basis WHERE effective_from <= ? AND (effective_to IS NULL "
                + "OR effective_to >= ?) ORDER BY effective_from DESC", rs -> rs.getString(1), day, day)
                .stream().findFirst().orElse("");
        String reportTitle = formNumber(c, report, day)
                .map(f -> Messages.get("dossier.item.reportForm", Messages.label(report), f, basis))
                .orElse(Messages.label(report));
        out.add(new DossierItem(null, report, reportTitle, true, null, null, null));
        out.add(new DossierItem(null, DocumentKind.SUMMARY, Messages.label(DocumentKind.SUMMARY), true, null, null, null));
        if (n.planId() != null) {
            for (String line : Jdbc.list(c, "SELECT line_text FROM plan_line WHERE plan_id = ? AND part = 'DOSSIER' "
                    + "ORDER BY sort_order", rs -> rs.getString(1), n.planId())) {
                String title = line.strip().replaceAll("[;.,]+$", "");
                String folded = VietText.fold(title).toLowerCase(Locale.ROOT);
                // The report and the summary are written by ThiĐua: already on the list above.
                if (!folded.contains("bao cao thanh tich") && !folded.contains("tom tat thanh tich")) {
                    out.add(new DossierItem(null, DocumentKind.OTHER, title, true, null, null, null));
                }
            }
        }
        if (needsInnovationProof(c, n)) {
            out.add(new DossierItem(null, DocumentKind.INNOVATION_PROOF, Messages.label(DocumentKind.INNOVATION_PROOF),
                    true, null, null, null));
        }
        return out;
    }

    /** CSTĐ tỉnh rests on an innovation of provincial scope; other merit awards when the report years hold some. */
    private static boolean needsInnovationProof(Connection c, Nomination n) throws SQLException {
        if (!n.nominee().isPerson() || !n.occasion().merit()) {
            return false;
        }
        String code = Jdbc.one(c, "SELECT code FROM award_form WHERE id = ?", rs -> rs.getString(1), n.awardFormId()).orElse("");
        if (code.equals("CSTD_TINH")) {
            return true;
        }
        return (code.equals("CSTD_CS") || code.equals("BK_TINH")) && Jdbc.count(c, "SELECT COUNT(*) FROM innovation "
                + "WHERE staff_id = ? AND record_year BETWEEN ? AND ?", n.nominee().staffId(), n.reportFirstYear(), n.year()) > 0;
    }

    private static DossierItem item(Connection c, long itemId) throws SQLException {
        return Jdbc.one(c, ITEM_SQL + "WHERE d.id = ?", DossierService::item, itemId)
                .orElseThrow(() -> UserException.of("dossier.error.itemNotFound", itemId));
    }

    private static List<DossierItem> items(Connection c, long nominationId) throws SQLException {
        return Jdbc.list(c, ITEM_SQL + "WHERE d.nomination_id = ? ORDER BY d.sort_order, d.id", DossierService::item,
                nominationId);
    }

    private static final String ITEM_SQL = "SELECT d.id, d.nomination_id, d.document_kind, d.title, d.required, "
            + "d.attachment_id, a.file_name, d.received_on FROM dossier_document d "
            + "LEFT JOIN attachment a ON a.id = d.attachment_id ";

    private static DossierItem item(java.sql.ResultSet rs) throws SQLException {
        return new DossierItem(rs.getLong("id"), DocumentKind.valueOf(rs.getString("document_kind")), rs.getString("title"),
                rs.getBoolean("required"), Jdbc.longOrNull(rs, "attachment_id"), rs.getString("file_name"),
                Jdbc.date(rs, "received_on"));
    }
}
