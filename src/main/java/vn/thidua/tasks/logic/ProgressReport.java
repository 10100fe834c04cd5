package vn.thidua.tasks.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thidua.common.document.Block;
import vn.thidua.common.document.Block.Cell;
import vn.thidua.common.document.DocumentHeader;
import vn.thidua.common.document.Nd30Lines;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.Recipients;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanDocument;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.ReportPeriod;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TaskState;
import vn.thidua.tasks.model.TrackedTask;

/**
 * The progress report of a task plan for a month, a quarter or the year ("Báo cáo kết quả thực hiện nhiệm vụ trọng tâm
 * và nhiệm vụ công tác tháng 6 năm 2026"), laid out as Nghị định 30/2020 asks: the figures, the key tasks one by one,
 * the work programme's results, what is late or close to its deadline, each unit's completion rate, what falls due
 * next, and after the signature the appendix table. Tasks are read as they stood on the period's last day, or today
 * when that is earlier. Built from plain data; {@link TaskPrinter} loads it and writes the .docx.
 */
public final class ProgressReport {

    /** The template the report is printed from: the clerk's copy of that name in the data folder, else the default. */
    public static final String TEMPLATE = "bao-cao-nhiem-vu";

    private final Agency agency;
    private final TaskPlan plan;
    private final List<Task> tasks;
    private final Map<Long, List<ProgressUpdate>> progress;
    private final Map<Long, Unit> units;
    private final ReportPeriod period;
    private final LocalDate today;
    private final LocalDate asOf;
    private final List<TrackedTask> tracked;

    public ProgressReport(Agency agency, TaskPlan plan, List<Task> tasks, Map<Long, List<ProgressUpdate>> progress,
                          Map<Long, Unit> units, ReportPeriod period, LocalDate today) {
        this.agency = agency == null ? Agency.blank() : agency;
        this.plan = plan;
        this.tasks = List.copyOf(tasks);
        this.progress = progress;
        this.units = units;
        this.period = period;
        this.today = today;
        this.asOf = period.to().isBefore(today) ? period.to() : today;
        this.tracked = TaskTracking.trackAll(tasks, progress, plan.year(), asOf, today.isAfter(period.to()));
    }

    /** The day the tasks are read on: the period's last day, or today when earlier. */
    public LocalDate asOf() {
        return asOf;
    }

    /** "tháng 6 năm 2026", "quý II năm 2026", "năm 2026". */
    public static String periodText(ReportPeriod p) {
        if (p.month() != null) {
            return Messages.get("taskReport.period.month", p.month(), p.year());
        }
        if (p.quarter() != null) {
            return Messages.get("taskReport.period.quarter", TaskTexts.roman(p.quarter()), p.year());
        }
        return Messages.get("taskReport.period.year", p.year());
    }

    public OfficialDocument document() {
        String symbol = agency.shortCode() == null || agency.shortCode().isBlank() ? "BC"
                : Nd30Lines.symbol("BC", agency.shortCode());
        String place = agency.placeName() == null ? "" : agency.placeName();
        DocumentHeader header = new DocumentHeader(agency.parentAgency(), agency.name(), Nd30Lines.numberLine(null, symbol),
                Nd30Lines.placeAndDate(place, today));
        List<Block> body = new ArrayList<>();
        opening(body);
        results(body);
        late(body);
        rates(body);
        next(body);
        return new OfficialDocument(header, Messages.get("taskReport.type"),
                List.of(Messages.get("taskReport.subject", periodText(period))), body,
                PlanDocument.recipients(List.of(Messages.get("taskReport.recipients").split("\\|"))),
                PlanDocument.signature(plan.signer()));
    }

    /** The report, then its appendix table on landscape pages of its own. */
    public List<OfficialDocument> documents() {
        DocumentHeader header = new DocumentHeader(agency.parentAgency(), agency.name(), "", "");
        List<Block> body = List.of(new Block.Centred(Messages.get("taskReport.appendix.subtitle", periodText(period),
                VietDates.format(asOf)), false, true), appendixGrid());
        return List.of(document(), new OfficialDocument(header, Messages.get("taskReport.appendix.type"),
                List.of(Messages.get("taskReport.appendix.title", plan.year())), body, null, null, true));
    }

    /** "Kế hoạch số      /KH-SNgV tháng 01/2026 của Sở Ngoại vụ về triển khai …": as much as the plan has. */
    private String planReference() {
        String symbol = PlanNumbers.symbol(plan.number(), nz(plan.code()), agency.shortCode());
        String number = plan.number() == null ? Nd30Lines.BLANK + symbol : symbol;
        String date = "";
        if (plan.date() != null && plan.date().isComplete() && plan.date().isValid()) {
            date = Messages.get("taskReport.planDate", VietDates.format(plan.date().toLocalDate()));
        } else if (plan.date() != null && plan.date().month() != null) {
            date = Messages.get("taskReport.planMonth", String.format("%02d", plan.date().month()), plan.year());
        }
        String title = nz(plan.title()).strip();
        if (!title.isEmpty()) {
            title = title.substring(0, 1).toLowerCase(vn.thidua.common.text.VietText.VIETNAMESE) + title.substring(1);
        }
        return Messages.get("taskReport.planRef", number, date, nz(agency.name()), title);
    }

    private void opening(List<Block> body) {
        body.add(Block.Paragraph.of(Messages.get("taskReport.opening", planReference(), nz(agency.name()),
                periodText(period))));
    }

    private void results(List<Block> body) {
        body.add(new Block.Heading(1, Messages.get("taskReport.section.results")));
        body.add(new Block.Heading(2, Messages.get("taskReport.general")));
        Map<TaskState, Integer> count = new EnumMap<>(TaskState.class);
        tracked.forEach(t -> count.merge(t.state(), 1, Integer::sum));
        long key = tasks.stream().filter(t -> t.section() == TaskSection.KEY).count();
        int done = count.getOrDefault(TaskState.DONE, 0);
        int doneLate = count.getOrDefault(TaskState.DONE_LATE, 0);
        int open = tasks.size() - done - doneLate - count.getOrDefault(TaskState.STOPPED, 0);
        body.add(Block.Paragraph.of(Messages.get("taskReport.counts", tasks.size(), key, tasks.size() - key,
                VietDates.format(asOf), done + doneLate, done, doneLate, open,
                count.getOrDefault(TaskState.OVERDUE, 0), count.getOrDefault(TaskState.AT_RISK, 0))));
        body.add(new Block.Heading(2, Messages.get("taskReport.key")));
        int n = 1;
        for (Task t : tasks) {
            if (t.section() != TaskSection.KEY) {
                continue;
            }
            TrackedTask tt = trackedOf(t);
            body.add(Block.Paragraph.of(Block.Span.bold(Messages.get("taskReport.keyLabel", n++)),
                    Block.Span.plain(" " + nz(t.content()).strip() + " "),
                    Block.Span.italic(Messages.get("taskReport.leadAndDue", TaskTexts.unit(units, t.leadUnitId()),
                            TaskTexts.deadline(t.deadline())))));
            body.add(new Block.Bullet(Messages.get("taskReport.result", result(tt))));
        }
        body.add(new Block.Heading(2, Messages.get("taskReport.programme")));
        String group = null;
        for (Task t : tasks) {
            if (t.section() != TaskSection.PROGRAMME) {
                continue;
            }
            if (t.group() != null && !t.group().equals(group)) {
                group = t.group();
                body.add(Block.Paragraph.italic(group));
            }
            body.add(new Block.Bullet(Messages.get("taskReport.programmeLine", nz(t.content()).strip(),
                    TaskTexts.unit(units, t.leadUnitId()), result(trackedOf(t)))));
        }
    }

    private void late(List<Block> body) {
        body.add(new Block.Heading(1, Messages.get("taskReport.section.late")));
        List<TrackedTask> overdue = tracked.stream().filter(t -> t.state() == TaskState.OVERDUE).toList();
        List<TrackedTask> risk = tracked.stream().filter(t -> t.state() == TaskState.AT_RISK).toList();
        List<TrackedTask> doneLate = tracked.stream().filter(t -> t.state() == TaskState.DONE_LATE).toList();
        if (overdue.isEmpty() && risk.isEmpty() && doneLate.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("taskReport.noneLate")));
            return;
        }
        if (!overdue.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("taskReport.overdue", overdue.size())));
            overdue.forEach(t -> body.add(new Block.Bullet(lateLine(t))));
        }
        if (!doneLate.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("taskReport.doneLate", doneLate.size())));
            doneLate.forEach(t -> body.add(new Block.Bullet(lateLine(t))));
        }
        if (!risk.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("taskReport.atRisk", risk.size(), TaskTracking.AT_RISK_DAYS)));
            risk.forEach(t -> body.add(new Block.Bullet(lateLine(t))));
        }
    }

    private String lateLine(TrackedTask t) {
        String note = t.latest() == null || note(t.latest().note()).isEmpty() ? ""
                : " " + Messages.get("taskReport.lastNote", note(t.latest().note()));
        return Messages.get("taskReport.lateLine", nz(t.task().content()).strip(),
                TaskTexts.unit(units, t.task().leadUnitId()), TaskTexts.deadline(t.task().deadline()),
                t.percentDone()) + note;
    }

    /** Each unit's completion rate as the yearly record gets it, with the tasks behind it. */
    private void rates(List<Block> body) {
        body.add(new Block.Heading(1, Messages.get("taskReport.section.rates")));
        Map<Long, BigDecimal> rates = TaskTracking.completionRates(tasks, progress, plan.year(), asOf);
        body.add(Block.Paragraph.of(Messages.get("taskReport.ratesRule", VietDates.format(asOf))));
        List<List<Cell>> rows = new ArrayList<>();
        int n = 1;
        for (Unit u : units.values()) {
            long lead = tasks.stream().filter(t -> Objects.equals(t.leadUnitId(), u.id())).count();
            if (lead == 0) {
                continue;
            }
            long onTime = tracked.stream().filter(t -> Objects.equals(t.task().leadUnitId(), u.id())
                    && t.state() == TaskState.DONE).count();
            BigDecimal rate = rates.get(u.id());
            rows.add(List.of(Cell.centred(String.valueOf(n++)), Cell.text(u.name()), Cell.centred(String.valueOf(lead)),
                    Cell.centred(String.valueOf(onTime)),
                    Cell.centred(rate == null ? Messages.get("taskReport.noRate") : percent(rate))));
        }
        body.add(new Block.Grid(List.of(List.of(Cell.head(Messages.get("taskSheet.column.no")),
                Cell.head(Messages.get("taskReport.rates.unit")), Cell.head(Messages.get("taskReport.rates.lead")),
                Cell.head(Messages.get("taskReport.rates.onTime")), Cell.head(Messages.get("taskReport.rates.rate")))),
                rows, List.of(1, 6, 2, 2, 2)));
    }

    /** "100%", "66,67%". */
    static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    /** What falls due in the next month or quarter, or the next year's first steps for the year's report. */
    private void next(List<Block> body) {
        body.add(new Block.Heading(1, Messages.get("taskReport.section.next")));
        LocalDate from = period.to().plusDays(1);
        LocalDate to = period.month() != null ? from.plusMonths(1).minusDays(1)
                : period.quarter() != null ? from.plusMonths(3).minusDays(1) : null;
        List<TrackedTask> coming = to == null ? List.of() : tracked.stream().filter(t -> t.finishedOn() == null
                && t.state() != TaskState.STOPPED && t.due() != null && !t.due().isBefore(from) && !t.due().isAfter(to))
                .sorted(java.util.Comparator.comparing(TrackedTask::due)).toList();
        List<TrackedTask> carried = tracked.stream().filter(t -> t.state() == TaskState.OVERDUE).toList();
        if (coming.isEmpty() && carried.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("taskReport.nextNone")));
        }
        if (!carried.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("taskReport.nextCarried", carried.size())));
        }
        for (TrackedTask t : coming) {
            body.add(new Block.Bullet(Messages.get("taskReport.nextLine", nz(t.task().content()).strip(),
                    TaskTexts.unit(units, t.task().leadUnitId()), TaskTexts.deadline(t.task().deadline()))));
        }
        body.add(Block.Paragraph.of(Messages.get("taskReport.closing", nz(agency.name()))));
    }

    private Block.Grid appendixGrid() {
        List<List<Cell>> rows = new ArrayList<>();
        for (TaskSection section : TaskSection.values()) {
            List<Task> of = tasks.stream().filter(t -> t.section() == section).toList();
            if (of.isEmpty()) {
                continue;
            }
            rows.add(List.of(Cell.group(TaskTexts.sectionTitle(section), 7)));
            int n = 1;
            String group = null;
            for (Task t : of) {
                if (t.group() != null && !t.group().equals(group)) {
                    group = t.group();
                    rows.add(List.of(new Cell(group, true, true, Block.Align.LEFT, 7, Block.Merge.NONE)));
                }
                rows.add(List.of(Cell.centred(String.valueOf(n++)), Cell.text(nz(t.content()).strip()),
                        Cell.centred(TaskTexts.unit(units, t.leadUnitId())), Cell.centred(TaskTexts.supporting(t, units)),
                        Cell.centred(TaskTexts.deadline(t.deadline())), Cell.text(nz(t.product())),
                        Cell.text(result(trackedOf(t)))));
            }
        }
        List<Cell> head = new ArrayList<>();
        for (String key : TaskWorkbook.COLUMNS) {
            head.add(Cell.head(Messages.get(key)));
        }
        return new Block.Grid(List.of(head), rows, List.of(3, 17, 6, 7, 6, 8, 10));
    }

    /** "Hoàn thành ngày 15/03/2026", "Đang thực hiện (60%): …", "Chưa thực hiện", with the last note. */
    static String result(TrackedTask t) {
        String state = switch (t.state()) {
            case DONE -> Messages.get("taskReport.state.done", VietDates.format(t.finishedOn()));
            case DONE_LATE -> Messages.get("taskReport.state.doneLate", VietDates.format(t.finishedOn()));
            case STOPPED -> Messages.get("taskReport.state.stopped");
            default -> t.latest() == null ? Messages.get("taskReport.state.notStarted")
                    : Messages.get("taskReport.state.progress", t.percentDone());
        };
        if (t.state() == TaskState.OVERDUE) {
            state = state + " – " + Messages.get("enum.TaskState.OVERDUE").toLowerCase(vn.thidua.common.text.VietText.VIETNAMESE);
        }
        String note = t.latest() == null ? "" : note(t.latest().note());
        return note.isEmpty() ? state : state + ": " + note;
    }

    /** A note on one line without its closing full stop, for a sentence that adds its own. */
    private static String note(String note) {
        String n = note == null ? "" : note.replace('\n', ' ').strip();
        while (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1).stripTrailing();
        }
        return n;
    }

    private TrackedTask trackedOf(Task t) {
        return tracked.stream().filter(x -> x.task() == t).findFirst().orElseThrow();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
