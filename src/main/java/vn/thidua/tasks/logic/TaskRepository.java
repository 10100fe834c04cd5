package vn.thidua.tasks.logic;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.common.attachments.AttachmentStore;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.logic.YearlyRecordRepository;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.DeadlineKind;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskField;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskProblem;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TaskStatus;

/**
 * Task plans, their tasks and the tasks' progress updates (schema V6). Every write is one transaction and refuses
 * what {@link TaskValidator} refuses; text is normalised to NFC on the way in.
 */
public class TaskRepository {

    /** The kinds of lines a plan keeps in task_plan_line. */
    enum Part { PURPOSE, KEY_ASSIGNMENT, PROGRAMME, DUTY, RECIPIENT }

    private final Database db;
    private final AttachmentStore attachments;

    public TaskRepository(Database db, AttachmentStore attachments) {
        this.db = db;
        this.attachments = attachments;
    }

    // --- plans ----------------------------------------------------------------------------------------------------

    /** The years that have a task plan, newest first. */
    public List<Integer> years() {
        return db.read(c -> Jdbc.list(c, "SELECT plan_year FROM task_plan ORDER BY plan_year DESC", rs -> rs.getInt(1)));
    }

    public Optional<TaskPlan> plan(int year) {
        return db.read(c -> plan(c, year));
    }

    static Optional<TaskPlan> plan(Connection c, int year) throws SQLException {
        Optional<Long> id = Jdbc.one(c, "SELECT id FROM task_plan WHERE plan_year = ?", rs -> rs.getLong(1), year);
        return id.isPresent() ? Optional.of(get(c, id.get())) : Optional.empty();
    }

    /** The year's plan, or a refusal naming the year. */
    public TaskPlan require(int year) {
        return plan(year).orElseThrow(() -> new vn.thidua.common.i18n.UserException(
                Messages.get("tasks.error.noPlan", year)));
    }

    static TaskPlan get(Connection c, long id) throws SQLException {
        TaskPlan head = Jdbc.one(c, "SELECT * FROM task_plan WHERE id = ?", TaskRepository::planRow, id)
                .orElseThrow(() -> new vn.thidua.common.i18n.UserException(Messages.get("tasks.error.planId", id)));
        List<DocumentRef> basis = Jdbc.list(c, "SELECT * FROM task_plan_basis WHERE task_plan_id = ? ORDER BY sort_order",
                rs -> new DocumentRef(rs.getString("doc_type"), rs.getString("doc_number"), Jdbc.date(rs, "doc_date"),
                        rs.getString("issuer"), rs.getString("subject")), id);
        return new TaskPlan(head.id(), head.year(), head.code(), head.number(), head.place(), head.date(), head.title(),
                basis, head.introduction(), lines(c, id, Part.PURPOSE), lines(c, id, Part.KEY_ASSIGNMENT),
                lines(c, id, Part.PROGRAMME), lines(c, id, Part.DUTY), head.closing(), lines(c, id, Part.RECIPIENT),
                head.signer());
    }

    private static TaskPlan planRow(ResultSet rs) throws SQLException {
        String signerName = rs.getString("signer_name");
        PlanSigner signer = signerName == null ? null : new PlanSigner(Jdbc.longOrNull(rs, "signer_id"), signerName,
                Jdbc.enumOrNull(rs, "signer_role", SignerRole.class));
        int year = rs.getInt("plan_year");
        return new TaskPlan(rs.getLong("id"), year, rs.getString("doc_code"), Jdbc.intOrNull(rs, "doc_number"),
                rs.getString("place_name"), new PlanDate(year, Jdbc.intOrNull(rs, "issue_month"),
                Jdbc.intOrNull(rs, "issue_day")), rs.getString("title"), List.of(), rs.getString("introduction"),
                List.of(), List.of(), List.of(), List.of(), rs.getString("closing"), List.of(), signer);
    }

    private static List<String> lines(Connection c, long planId, Part part) throws SQLException {
        return Jdbc.list(c, "SELECT line_text FROM task_plan_line WHERE task_plan_id = ? AND part = ? ORDER BY sort_order",
                rs -> rs.getString(1), planId, part);
    }

    /** Writes the plan's document fields (its tasks are written one by one); returns it with its id. */
    public TaskPlan savePlan(TaskPlan plan) {
        return db.inTransaction(c -> savePlan(c, plan));
    }

    public static TaskPlan savePlan(Connection c, TaskPlan raw) throws SQLException {
        TaskPlan p = clean(raw);
        List<TaskProblem> problems = new ArrayList<>(TaskValidator.problems(p));
        Optional<Long> other = Jdbc.one(c, "SELECT id FROM task_plan WHERE plan_year = ?", rs -> rs.getLong(1), p.year());
        if (other.isPresent() && !other.get().equals(p.id())) {
            problems.add(new TaskProblem(TaskField.YEAR, Messages.get("tasks.error.yearTaken", p.year())));
        } else if (p.id() != null) {
            long outside = Jdbc.count(c, "SELECT COUNT(*) FROM task WHERE task_plan_id = ? AND due_date IS NOT NULL "
                    + "AND YEAR(due_date) <> ?", p.id(), p.year());
            if (outside > 0) {
                problems.add(new TaskProblem(TaskField.YEAR, Messages.get("tasks.error.yearMovesDeadlines", p.year(),
                        outside)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTaskException(problems);
        }
        PlanSigner s = p.signer();
        Object[] values = {p.year(), p.code(), p.number(), p.place(), p.date() == null ? null : p.date().month(),
                p.date() == null ? null : p.date().day(), p.title(), p.introduction(), p.closing(),
                s == null ? null : s.signerId(), s == null ? null : s.fullName(), s == null ? null : s.role()};
        long id;
        if (p.id() == null) {
            id = Jdbc.insert(c, "INSERT INTO task_plan (plan_year, doc_code, doc_number, place_name, issue_month, issue_day, "
                    + "title, introduction, closing, signer_id, signer_name, signer_role) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        } else {
            id = p.id();
            Object[] withId = java.util.Arrays.copyOf(values, values.length + 1);
            withId[values.length] = id;
            if (Jdbc.update(c, "UPDATE task_plan SET plan_year = ?, doc_code = ?, doc_number = ?, place_name = ?, "
                    + "issue_month = ?, issue_day = ?, title = ?, introduction = ?, closing = ?, signer_id = ?, "
                    + "signer_name = ?, signer_role = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?", withId) == 0) {
                throw new vn.thidua.common.i18n.UserException(Messages.get("tasks.error.planId", id));
            }
            Jdbc.update(c, "DELETE FROM task_plan_basis WHERE task_plan_id = ?", id);
            Jdbc.update(c, "DELETE FROM task_plan_line WHERE task_plan_id = ?", id);
        }
        int n = 0;
        for (DocumentRef r : p.basis()) {
            Jdbc.update(c, "INSERT INTO task_plan_basis (task_plan_id, sort_order, doc_type, doc_number, doc_date, issuer, "
                    + "subject) VALUES (?, ?, ?, ?, ?, ?, ?)", id, n++, r.type(), r.number(), r.date(), r.issuer(), r.subject());
        }
        insertLines(c, id, Part.PURPOSE, p.purposes());
        insertLines(c, id, Part.KEY_ASSIGNMENT, p.keyAssignments());
        insertLines(c, id, Part.PROGRAMME, p.programme());
        insertLines(c, id, Part.DUTY, p.duties());
        insertLines(c, id, Part.RECIPIENT, p.recipients());
        return get(c, id);
    }

    private static void insertLines(Connection c, long planId, Part part, List<String> lines) throws SQLException {
        int n = 0;
        for (String line : lines) {
            Jdbc.update(c, "INSERT INTO task_plan_line (task_plan_id, part, sort_order, line_text) VALUES (?, ?, ?, ?)",
                    planId, part, n++, line);
        }
    }

    /** NFC text, blank as null, empty lines dropped. */
    static TaskPlan clean(TaskPlan p) {
        List<DocumentRef> basis = p.basis().stream().map(r -> new DocumentRef(VietText.cleanOrNull(r.type()),
                VietText.cleanOrNull(r.number()), r.date(), VietText.cleanOrNull(r.issuer()),
                VietText.cleanOrNull(r.subject()))).toList();
        PlanSigner s = p.signer() == null || p.signer().fullName() == null || p.signer().fullName().isBlank() ? null
                : new PlanSigner(p.signer().signerId(), VietText.clean(p.signer().fullName()), p.signer().role());
        String code = VietText.cleanOrNull(p.code());
        return new TaskPlan(p.id(), p.year(), code == null ? "KH" : code, p.number(), VietText.cleanOrNull(p.place()),
                p.date(), VietText.clean(p.title()), basis, VietText.cleanOrNull(p.introduction()), cleanLines(p.purposes()),
                cleanLines(p.keyAssignments()), cleanLines(p.programme()), cleanLines(p.duties()),
                VietText.cleanOrNull(p.closing()), cleanLines(p.recipients()), s);
    }

    private static List<String> cleanLines(List<String> lines) {
        return lines.stream().map(VietText::cleanOrNull).filter(s -> s != null && !s.isEmpty()).toList();
    }

    // --- tasks ----------------------------------------------------------------------------------------------------

    /** The plan's tasks: section A then B, each in its order. */
    public List<Task> tasks(long planId) {
        return db.read(c -> tasks(c, planId));
    }

    static List<Task> tasks(Connection c, long planId) throws SQLException {
        Map<Long, List<Long>> support = new LinkedHashMap<>();
        for (var row : Jdbc.list(c, "SELECT s.task_id, s.unit_id FROM task_support s JOIN task t ON t.id = s.task_id "
                + "JOIN unit u ON u.id = s.unit_id WHERE t.task_plan_id = ? ORDER BY s.task_id, u.sort_order, u.id",
                rs -> Map.entry(rs.getLong(1), rs.getLong(2)), planId)) {
            support.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
        }
        return Jdbc.list(c, "SELECT * FROM task WHERE task_plan_id = ? ORDER BY section, sort_order, id",
                rs -> taskRow(rs, support), planId);
    }

    private static Task taskRow(ResultSet rs, Map<Long, List<Long>> support) throws SQLException {
        long id = rs.getLong("id");
        LocalDate date = Jdbc.date(rs, "due_date");
        Integer month = Jdbc.intOrNull(rs, "due_month");
        Integer quarter = Jdbc.intOrNull(rs, "due_quarter");
        Deadline deadline = date != null ? Deadline.on(date) : month != null ? Deadline.month(month)
                : quarter != null ? Deadline.quarter(quarter) : Deadline.NONE;
        return new Task(id, TaskSection.ofLetter(rs.getString("section")), rs.getString("task_group"),
                rs.getInt("sort_order"), rs.getString("content"), Jdbc.longOrNull(rs, "lead_unit_id"),
                support.getOrDefault(id, List.of()), rs.getString("support_note"), rs.getString("responsible_person"),
                deadline, rs.getString("responsibility"), rs.getString("product"), rs.getString("approver"));
    }

    /** Adds or changes a task of the plan; a new task goes last in its section. */
    public Task saveTask(long planId, Task task) {
        return db.inTransaction(c -> saveTask(c, planId, task));
    }

    public static Task saveTask(Connection c, long planId, Task raw) throws SQLException {
        int year = Jdbc.one(c, "SELECT plan_year FROM task_plan WHERE id = ?", rs -> rs.getInt(1), planId)
                .orElseThrow(() -> new vn.thidua.common.i18n.UserException(Messages.get("tasks.error.planId", planId)));
        Task t = clean(raw);
        List<TaskProblem> problems = TaskValidator.problems(t, year);
        if (!problems.isEmpty()) {
            throw new InvalidTaskException(problems);
        }
        Deadline d = t.deadline();
        Object[] values = {t.section().letter(), t.group(), t.content(), t.leadUnitId(), t.supportNote(),
                t.responsiblePerson(), d.kind() == DeadlineKind.DATE ? d.date() : null,
                d.kind() == DeadlineKind.MONTH ? d.number() : null, d.kind() == DeadlineKind.QUARTER ? d.number() : null,
                t.responsibility(), t.product(), t.approver()};
        long id;
        if (t.id() == null) {
            int order = Jdbc.one(c, "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM task WHERE task_plan_id = ? AND section = ?",
                    rs -> rs.getInt(1), planId, t.section().letter()).orElse(1);
            Object[] row = new Object[values.length + 2];
            row[0] = planId;
            row[1] = order;
            System.arraycopy(values, 0, row, 2, values.length);
            id = Jdbc.insert(c, "INSERT INTO task (task_plan_id, sort_order, section, task_group, content, lead_unit_id, "
                    + "support_note, responsible_person, due_date, due_month, due_quarter, responsibility, product, approver) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
        } else {
            id = t.id();
            Object[] row = java.util.Arrays.copyOf(values, values.length + 2);
            row[values.length] = id;
            row[values.length + 1] = planId;
            if (Jdbc.update(c, "UPDATE task SET section = ?, task_group = ?, content = ?, lead_unit_id = ?, support_note = ?, "
                    + "responsible_person = ?, due_date = ?, due_month = ?, due_quarter = ?, responsibility = ?, product = ?, "
                    + "approver = ? WHERE id = ? AND task_plan_id = ?", row) == 0) {
                throw new vn.thidua.common.i18n.UserException(Messages.get("tasks.error.taskId", id));
            }
            Jdbc.update(c, "DELETE FROM task_support WHERE task_id = ?", id);
        }
        for (Long unit : t.supportUnitIds().stream().distinct().filter(u -> !u.equals(t.leadUnitId())).toList()) {
            Jdbc.update(c, "INSERT INTO task_support (task_id, unit_id) VALUES (?, ?)", id, unit);
        }
        return tasks(c, planId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    static Task clean(Task t) {
        return new Task(t.id(), t.section(), VietText.cleanOrNull(t.group()), t.sortOrder(),
                t.content() == null ? null : VietText.cleanParagraphs(t.content()), t.leadUnitId(), t.supportUnitIds(),
                VietText.cleanOrNull(t.supportNote()), VietText.cleanOrNull(t.responsiblePerson()), t.deadline(),
                VietText.cleanOrNull(t.responsibility()), VietText.cleanOrNull(t.product()),
                VietText.cleanOrNull(t.approver()));
    }

    /** Takes a task and its progress updates off the plan, in one transaction. */
    public void deleteTask(long taskId) {
        db.inTransaction(c -> {
            Jdbc.update(c, "DELETE FROM task_progress WHERE task_id = ?", taskId);
            Jdbc.update(c, "DELETE FROM task_support WHERE task_id = ?", taskId);
            return Jdbc.update(c, "DELETE FROM task WHERE id = ?", taskId);
        });
    }

    // --- progress -------------------------------------------------------------------------------------------------

    /** Every progress update of the plan's tasks, by task, oldest first. */
    public Map<Long, List<ProgressUpdate>> progress(long planId) {
        return db.read(c -> progress(c, planId));
    }

    static Map<Long, List<ProgressUpdate>> progress(Connection c, long planId) throws SQLException {
        Map<Long, List<ProgressUpdate>> out = new LinkedHashMap<>();
        for (ProgressUpdate u : Jdbc.list(c, "SELECT p.*, a.file_name FROM task_progress p JOIN task t ON t.id = p.task_id "
                + "LEFT JOIN attachment a ON a.id = p.attachment_id WHERE t.task_plan_id = ? ORDER BY p.reported_on, p.id",
                rs -> new ProgressUpdate(rs.getLong("id"), rs.getLong("task_id"), Jdbc.date(rs, "reported_on"),
                        TaskStatus.valueOf(rs.getString("status")), rs.getInt("percent_done"), rs.getString("note"),
                        Jdbc.longOrNull(rs, "attachment_id"), rs.getString("file_name")), planId)) {
            out.computeIfAbsent(u.taskId(), k -> new ArrayList<>()).add(u);
        }
        return out;
    }

    /**
     * Records a progress update, with its evidence file copied into the data folder in the same transaction
     * ({@code evidence} may be null). A DONE update counts as 100 % whatever was typed.
     */
    public ProgressUpdate addProgress(ProgressUpdate update, Path evidence) {
        return db.inTransaction(c -> addProgress(c, attachments, update, evidence));
    }

    public static ProgressUpdate addProgress(Connection c, AttachmentStore store, ProgressUpdate u, Path evidence)
            throws SQLException {
        int year = Jdbc.one(c, "SELECT p.plan_year FROM task t JOIN task_plan p ON p.id = t.task_plan_id WHERE t.id = ?",
                rs -> rs.getInt(1), u.taskId())
                .orElseThrow(() -> new vn.thidua.common.i18n.UserException(Messages.get("tasks.error.taskId", u.taskId())));
        List<TaskProblem> problems = TaskValidator.problems(u, year);
        if (!problems.isEmpty()) {
            throw new InvalidTaskException(problems);
        }
        int percent = u.status() == TaskStatus.DONE ? 100 : u.percentDone();
        Long attachment = u.attachmentId();
        String name = u.evidenceName();
        if (evidence != null) {
            AttachmentStore.Stored stored = store.store(c, evidence);
            attachment = stored.id();
            name = stored.fileName();
        }
        String note = u.note() == null ? null : VietText.cleanParagraphs(u.note());
        long id = Jdbc.insert(c, "INSERT INTO task_progress (task_id, reported_on, status, percent_done, note, attachment_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", u.taskId(), u.reportedOn(), u.status(), percent,
                note == null || note.isBlank() ? null : note, attachment);
        return new ProgressUpdate(id, u.taskId(), u.reportedOn(), u.status(), percent,
                note == null || note.isBlank() ? null : note, attachment, name);
    }

    /** Where an evidence file is stored, if it is still there. */
    public Optional<Path> evidence(long attachmentId) {
        return db.read(c -> attachments.path(c, attachmentId));
    }

    // --- link to the yearly records -------------------------------------------------------------------------------

    /**
     * Counts each unit's completion rate for the year ({@link TaskTracking#completionRates}) on {@code asOf} and
     * writes it into the unit's yearly record, in one transaction; returns the rates by unit id. A unit leading no
     * task that counts keeps whatever its record held.
     */
    public Map<Long, BigDecimal> writeCompletion(int year, LocalDate asOf) {
        return db.inTransaction(c -> writeCompletion(c, year, asOf));
    }

    public static Map<Long, BigDecimal> writeCompletion(Connection c, int year, LocalDate asOf) throws SQLException {
        TaskPlan plan = plan(c, year).orElseThrow(() -> new vn.thidua.common.i18n.UserException(
                Messages.get("tasks.error.noPlan", year)));
        Map<Long, BigDecimal> rates = TaskTracking.completionRates(tasks(c, plan.id()), progress(c, plan.id()), year, asOf);
        for (Map.Entry<Long, BigDecimal> e : rates.entrySet()) {
            YearlyRecordRepository.saveTaskCompletion(c, e.getKey(), year, e.getValue());
        }
        return rates;
    }
}
