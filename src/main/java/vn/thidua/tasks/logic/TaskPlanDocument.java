package vn.thidua.tasks.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.common.document.Block;
import vn.thidua.common.document.Block.Cell;
import vn.thidua.common.document.DocumentHeader;
import vn.thidua.common.document.Nd30Lines;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanDocument;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskSection;

/**
 * The task plan as seed 002 prints it: the Nghị định 30 header, "KẾ HOẠCH" and its title, "Căn cứ …; <introduction>",
 * I. Mục đích, yêu cầu; II. Nội dung, phân công nhiệm vụ (1. the key tasks of the approving decision as "Nhiệm vụ 1:" …,
 * 1.2. their assignment; 2. the work programme); III. Tổ chức thực hiện; Nơi nhận and the signature; then the appendix
 * with every task's "6 rõ" fields, section A and B, on landscape pages. The header, references, recipients and
 * signature are the emulation plan's own ({@link PlanDocument}).
 */
public final class TaskPlanDocument {

    /** The template the plan is printed from: the clerk's copy of that name, else the default. */
    public static final String TEMPLATE = "ke-hoach-nhiem-vu";

    private static final List<String> ROMAN = List.of("I.", "II.", "III.");

    private TaskPlanDocument() {
    }

    /** The plan, then its appendix. */
    public static List<OfficialDocument> of(TaskPlan plan, List<Task> tasks, Agency agency, Map<Long, Unit> units) {
        Agency office = agency == null ? Agency.blank() : agency;
        String symbol = office.shortCode() == null || office.shortCode().isBlank() ? nz(plan.code())
                : Nd30Lines.symbol(nz(plan.code()), office.shortCode());
        String place = plan.place() != null && !plan.place().isBlank() ? plan.place() : nz(office.placeName());
        DocumentHeader header = new DocumentHeader(office.parentAgency(), office.name(),
                Nd30Lines.numberLine(plan.number(), symbol), PlanDocument.placeAndDate(place, plan.date()));
        List<Block> body = new ArrayList<>();
        opening(plan, body);
        if (!plan.purposes().isEmpty()) {
            body.add(new Block.Heading(1, ROMAN.get(0) + " " + Messages.get("taskPlanDoc.purposes")));
            plan.purposes().forEach(p -> body.add(new Block.Bullet(p)));
        }
        body.add(new Block.Heading(1, ROMAN.get(1) + " " + Messages.get("taskPlanDoc.contents")));
        body.add(new Block.Heading(2, Messages.get("taskPlanDoc.key", plan.year(), approval(plan))));
        body.add(new Block.Heading(3, Messages.get("taskPlanDoc.keyTasks")));
        int n = 1;
        for (Task t : tasks) {
            if (t.section() == TaskSection.KEY) {
                body.add(Block.Paragraph.of(Block.Span.plain("- "), Block.Span.bold(Messages.get("taskReport.keyLabel", n++)),
                        Block.Span.plain(" " + nz(t.content()).strip())));
            }
        }
        if (!plan.keyAssignments().isEmpty()) {
            body.add(new Block.Heading(3, Messages.get("taskPlanDoc.keyAssignment")));
            plan.keyAssignments().forEach(p -> body.add(Block.Paragraph.of(p)));
        }
        body.add(new Block.Heading(2, Messages.get("taskPlanDoc.programme", plan.year())));
        plan.programme().forEach(p -> body.add(Block.Paragraph.of(p)));
        if (!plan.duties().isEmpty() || plan.closing() != null) {
            body.add(new Block.Heading(1, ROMAN.get(2) + " " + Messages.get("taskPlanDoc.implementation")));
            int d = 1;
            for (String duty : plan.duties()) {
                body.add(Block.Paragraph.of((d++) + ". " + duty));
            }
            if (plan.closing() != null) {
                body.add(Block.Paragraph.of(plan.closing()));
            }
        }
        OfficialDocument document = new OfficialDocument(header, PlanDocument.type(plan.code()),
                nz(plan.title()).isBlank() ? List.of() : List.of(plan.title().strip()), body,
                PlanDocument.recipients(plan.recipients()), PlanDocument.signature(plan.signer()));
        String symbolOnly = PlanNumbers.symbol(plan.number(), nz(plan.code()), office.shortCode());
        String attached = plan.number() == null ? Nd30Lines.BLANK + symbolOnly : symbolOnly;
        String date = plan.date() != null && plan.date().isComplete() && plan.date().isValid()
                ? " " + Messages.get("taskReport.planDate", VietDates.format(plan.date().toLocalDate())).strip() : "";
        List<Block> appendix = List.of(new Block.Centred(Messages.get("taskPlanDoc.attached", attached, date,
                nz(office.name())), false, true), grid(tasks, units));
        return List.of(document, new OfficialDocument(new DocumentHeader(office.parentAgency(), office.name(), "", ""),
                Messages.get("taskReport.appendix.type"), List.of(Messages.get("taskPlanDoc.appendixTitle", plan.year())),
                appendix, null, null, true));
    }

    /** "Căn cứ Quyết định số 155/QĐ-UBND ngày 27/01/2026 của UBND tỉnh về việc …; Sở Ngoại vụ xây dựng …". */
    private static void opening(TaskPlan plan, List<Block> body) {
        List<String> refs = plan.basis().stream().map(PlanDocument::reference).toList();
        String intro = nz(plan.introduction()).strip();
        if (refs.isEmpty()) {
            if (!intro.isEmpty()) {
                body.add(Block.Paragraph.of(intro));
            }
            return;
        }
        String grounds = Messages.get("taskPlanDoc.grounds", String.join("; ", refs));
        body.add(Block.Paragraph.of(intro.isEmpty() ? grounds + "." : grounds + "; " + intro));
    }

    /** " (tại Quyết định số 155/QĐ-UBND ngày 27/01/2026 của UBND tỉnh)", from the first basis document. */
    private static String approval(TaskPlan plan) {
        if (plan.basis().isEmpty()) {
            return "";
        }
        DocumentRef r = plan.basis().get(0);
        String ref = PlanDocument.reference(new DocumentRef(r.type(), r.number(), r.date(), r.issuer(), null));
        return Messages.get("taskPlanDoc.approval", ref);
    }

    private static Block.Grid grid(List<Task> tasks, Map<Long, Unit> units) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TaskSection section : TaskSection.values()) {
            List<Task> of = tasks.stream().filter(t -> t.section() == section).toList();
            if (of.isEmpty()) {
                continue;
            }
            rows.add(List.of(Cell.group(TaskTexts.sectionTitle(section), 9)));
            int n = 1;
            String group = null;
            for (Task t : of) {
                if (t.group() != null && !t.group().equals(group)) {
                    group = t.group();
                    rows.add(List.of(new Cell(group, true, true, Block.Align.LEFT, 9, Block.Merge.NONE)));
                }
                rows.add(List.of(Cell.centred(String.valueOf(n++)), Cell.text(nz(t.content()).strip()),
                        Cell.centred(TaskTexts.unit(units, t.leadUnitId())), Cell.centred(TaskTexts.supporting(t, units)),
                        Cell.text(nz(t.responsiblePerson())), Cell.centred(TaskTexts.deadline(t.deadline())),
                        Cell.text(nz(t.responsibility())), Cell.text(nz(t.product())), Cell.text(nz(t.approver()))));
            }
        }
        List<Cell> head = new ArrayList<>();
        for (String key : List.of("taskSheet.column.no", "taskSheet.column.content", "taskSheet.column.lead",
                "taskSheet.column.support", "tasks.field.person", "taskSheet.column.deadline", "tasks.field.responsibility",
                "taskSheet.column.product", "taskPlanDoc.column.approver")) {
            head.add(Cell.head(Messages.get(key)));
        }
        return new Block.Grid(List.of(head), rows, List.of(3, 16, 6, 6, 6, 6, 8, 8, 6));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
