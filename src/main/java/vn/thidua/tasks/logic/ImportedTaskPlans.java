package vn.thidua.tasks.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.common.db.Database;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.planimport.logic.PlanDrafts;
import vn.thidua.planimport.logic.TaskPlanSaver;
import vn.thidua.planimport.model.ImportedTask;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskSection;

/**
 * Saves a key-task plan read from a document (seed 002's kind) as the year's task plan, in one transaction: its document
 * fields read like an emulation plan's, and each task with its section, group, content, units and product. Printed unit
 * names are matched to the office's units; a lead unit the office does not have falls to the leadership (Ban Giám đốc)
 * and, like a supporting party or a deadline that could not be read, is kept word for word in the task's note of other
 * parties, so the clerk sees what to correct.
 */
public final class ImportedTaskPlans implements TaskPlanSaver {

    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("qu[ýy]\\s+(IV|III|II|I|[1-4])\\b(?:\\s*(?:/|năm)\\s*(\\d{4}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH = Pattern.compile("tháng\\s+(\\d{1,2})(?:\\s*(?:/|năm)\\s*(\\d{4}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Database db;
    private final AgencyRepository agency;
    private final UnitRepository units;
    private final Supplier<LocalDate> today;

    public ImportedTaskPlans(Database db, AgencyRepository agency, UnitRepository units, Supplier<LocalDate> today) {
        this.db = db;
        this.agency = agency;
        this.units = units;
        this.today = today;
    }

    @Override
    public long save(PlanReading reading) {
        List<Unit> all = units.all();
        if (all.isEmpty()) {
            throw UserException.of("tasks.import.noUnits");
        }
        PlanDrafts.Heading h = PlanDrafts.heading(reading.fields(),
                new PlanDrafts.Office(List.of(), agency.signers(), all), today.get().getYear());
        int year = h.date().year();
        TaskPlan plan = new TaskPlan(null, year, h.code(), null, h.place(), h.date(),
                h.title() == null || h.title().isBlank() ? Messages.get("tasks.import.title", year) : h.title(),
                h.basis(), h.introduction(), h.purposes(), List.of(), List.of(), h.duties(), h.closing(), h.recipients(),
                h.signer());
        Long leadership = all.stream().filter(u -> u.type() == UnitType.LEADERSHIP).map(Unit::id).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0).id());
        List<Task> tasks = new ArrayList<>();
        int order = 1;
        for (ImportedTask t : reading.tasks()) {
            tasks.add(task(t, order++, year, all, leadership));
        }
        return db.inTransaction(c -> {
            TaskPlan saved = TaskRepository.savePlan(c, plan);
            for (Task t : tasks) {
                TaskRepository.saveTask(c, saved.id(), t);
            }
            return saved.id();
        });
    }

    static Task task(ImportedTask t, int order, int year, List<Unit> all, Long leadership) {
        List<String> note = new ArrayList<>();
        Long lead = PlanDrafts.unitId(t.leadUnit(), all);
        if (lead == null) {
            lead = leadership;
            if (t.leadUnit() != null && !t.leadUnit().isBlank()) {
                note.add(Messages.get("tasks.import.leadAsPrinted", VietText.clean(t.leadUnit())));
            }
        }
        List<Long> support = new ArrayList<>();
        // "Phòng A và Lãnh sự - …": the first leads, the others named with it (the word "Phòng" shared) support
        String[] named = t.leadUnit() == null ? new String[0] : t.leadUnit().split("\\s+và\\s+");
        for (int i = 1; i < named.length; i++) {
            Long id = PlanDrafts.unitId(named[i], all);
            if (id == null && named[0].startsWith("Phòng ")) {
                id = PlanDrafts.unitId("Phòng " + named[i], all);
            }
            if (id != null && !id.equals(lead) && !support.contains(id)) {
                support.add(id);
            }
        }
        for (String printed : t.supportingUnits()) {
            Long id = PlanDrafts.unitId(printed, all);
            if (id != null && !id.equals(lead) && !support.contains(id)) {
                support.add(id);
            } else if (id == null && printed != null && !printed.isBlank()) {
                note.add(VietText.clean(printed));
            }
        }
        Deadline deadline = deadline(t.deadline(), year);
        if (deadline == Deadline.NONE && t.deadline() != null && !t.deadline().isBlank()
                && !VietText.fold(t.deadline()).contains("thuong xuyen")) {
            note.add(Messages.get("tasks.import.deadlineAsPrinted", VietText.clean(t.deadline())));
        }
        TaskSection section = "A".equalsIgnoreCase(t.section()) ? TaskSection.KEY : TaskSection.PROGRAMME;
        return new Task(null, section, VietText.cleanOrNull(t.group()), order, VietText.clean(t.content()), lead, support,
                note.isEmpty() ? null : String.join("; ", note), null, deadline, null, VietText.cleanOrNull(t.product()),
                null);
    }

    /**
     * A deadline as printed ("30/6/2026", "Tháng 6/2026", "Quý II/2026", "Thường xuyên") in the plan's year; one of
     * another year, or words the pattern does not know, give none.
     */
    static Deadline deadline(String printed, int year) {
        if (printed == null || printed.isBlank()) {
            return Deadline.NONE;
        }
        String text = VietText.clean(printed);
        Matcher day = DAY.matcher(text);
        if (day.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(1)));
                return d.getYear() == year ? Deadline.on(d) : Deadline.NONE;
            } catch (java.time.DateTimeException | NumberFormatException e) {
                return Deadline.NONE;
            }
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.find() && (quarter.group(2) == null || Integer.parseInt(quarter.group(2)) == year)) {
            String q = quarter.group(1).toUpperCase(Locale.ROOT);
            int n = switch (q) {
                case "I", "1" -> 1;
                case "II", "2" -> 2;
                case "III", "3" -> 3;
                default -> 4;
            };
            return Deadline.quarter(n);
        }
        Matcher month = MONTH.matcher(text);
        if (month.find() && (month.group(2) == null || Integer.parseInt(month.group(2)) == year)) {
            int m = Integer.parseInt(month.group(1));
            return m >= 1 && m <= 12 ? Deadline.month(m) : Deadline.NONE;
        }
        return Deadline.NONE;
    }
}
