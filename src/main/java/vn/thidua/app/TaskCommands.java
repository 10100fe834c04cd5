package vn.thidua.app;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.common.i18n.Messages;
import vn.thidua.organisation.model.Unit;
import vn.thidua.tasks.logic.ProgressReport;
import vn.thidua.tasks.logic.TaskPrinter;
import vn.thidua.tasks.logic.TaskTexts;
import vn.thidua.tasks.logic.TaskTracking;
import vn.thidua.tasks.logic.TaskValidator;
import vn.thidua.tasks.model.ReportPeriod;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TrackedTask;

/**
 * The key-task plan's commands: {@code list tasks --year YEAR}, {@code export tasks --year YEAR --out FILE.xlsx} and
 * {@code export progress --year YEAR [--month M | --quarter Q] --out FILE.docx}. The {@link Cli} dispatches here and
 * reports a refusal (status 1); wrong usage returns 2 from here.
 */
final class TaskCommands {

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, Services> open;
    private final LocalDate today;

    TaskCommands(PrintStream out, PrintStream err, Function<String, Services> open, LocalDate today) {
        this.out = out;
        this.err = err;
        this.open = open;
        this.today = today;
    }

    /** The help key of a task command, or null when the words name none. */
    static String helpKey(String command, List<String> rest) {
        if (rest.isEmpty()) {
            return null;
        }
        return switch (command + " " + rest.get(0)) {
            case "list tasks" -> "cli.help.listTasks";
            case "export tasks" -> "cli.help.exportTasks";
            case "export progress" -> "cli.help.exportProgress";
            default -> null;
        };
    }

    /** list tasks --year YEAR: id, section, no., lead, supporting, deadline, state, % done, content; urgent first. */
    int list(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), List.of("--year"), List.of());
        if (options == null) {
            return usage(Messages.get("cli.error.listTasksUsage"));
        }
        Integer year = year(options.get("--year"));
        if (year == null) {
            return usage(Messages.get("cli.error.year", options.get("--year")));
        }
        try (Services s = open.apply(data)) {
            TaskPlan plan = s.tasks().require(year);
            var tasks = s.tasks().tasks(plan.id());
            Map<Long, Unit> units = units(s);
            Map<Long, Integer> numbers = new LinkedHashMap<>();
            Map<Object, Integer> counters = new LinkedHashMap<>();
            tasks.forEach(t -> numbers.put(t.id(), counters.merge(t.section(), 1, Integer::sum)));
            for (TrackedTask t : TaskTracking.trackAll(tasks, s.tasks().progress(plan.id()), year, today)) {
                row(t.task().id(), t.task().section().letter(), numbers.get(t.task().id()),
                        TaskTexts.unit(units, t.task().leadUnitId()), TaskTexts.supporting(t.task(), units),
                        TaskTexts.deadline(t.task().deadline()), Messages.label(t.state()), t.percentDone() + "%",
                        t.task().content().replace('\n', ' '));
            }
        }
        return 0;
    }

    /** export tasks --year YEAR --out FILE.xlsx: the appendix with progress as of today. */
    int exportTasks(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), List.of("--year", "--out"), List.of());
        if (options == null) {
            return usage(Messages.get("cli.error.exportTasksUsage"));
        }
        Integer year = year(options.get("--year"));
        if (year == null) {
            return usage(Messages.get("cli.error.year", options.get("--year")));
        }
        Path file = Path.of(options.get("--out"));
        try (Services s = open.apply(data)) {
            TaskPrinter.Written w = s.taskPrinter().appendix(year, today, file);
            out.println(Messages.get("cli.export.tasksDone", w.tasks(), year, file.toAbsolutePath()));
        }
        return 0;
    }

    /** export progress --year YEAR [--month M | --quarter Q] --out FILE.docx. */
    int exportProgress(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), List.of("--year", "--out"),
                List.of("--month", "--quarter"));
        if (options == null || (options.containsKey("--month") && options.containsKey("--quarter"))) {
            return usage(Messages.get("cli.error.exportProgressUsage"));
        }
        Integer year = year(options.get("--year"));
        if (year == null) {
            return usage(Messages.get("cli.error.year", options.get("--year")));
        }
        Integer month = null;
        Integer quarter = null;
        try {
            if (options.containsKey("--month")) {
                month = Integer.parseInt(options.get("--month"));
            }
            if (options.containsKey("--quarter")) {
                quarter = Integer.parseInt(options.get("--quarter"));
            }
        } catch (NumberFormatException e) {
            return usage(Messages.get("cli.error.period", options.getOrDefault("--month", options.get("--quarter"))));
        }
        if ((month != null && (month < 1 || month > 12)) || (quarter != null && (quarter < 1 || quarter > 4))) {
            return usage(Messages.get(month != null ? "tasks.error.month" : "tasks.error.quarter"));
        }
        ReportPeriod period = TaskPrinter.period(year, month, quarter);
        Path file = Path.of(options.get("--out"));
        try (Services s = open.apply(data)) {
            TaskPrinter.Written w = s.taskPrinter().progress(period, today, file);
            out.println(Messages.get("cli.export.progressDone", ProgressReport.periodText(period), file.toAbsolutePath()));
            if (period.isYear()) {
                Map<Long, Unit> units = units(s);
                for (Map.Entry<Long, BigDecimal> e : w.ratesWritten().entrySet()) {
                    out.println(Messages.get("cli.export.rateWritten", TaskTexts.unit(units, e.getKey()),
                            e.getValue().stripTrailingZeros().toPlainString().replace('.', ','), year));
                }
            }
        }
        return 0;
    }

    private static Map<Long, Unit> units(Services s) {
        return s.units().all().stream().collect(Collectors.toMap(Unit::id, u -> u, (a, b) -> a, LinkedHashMap::new));
    }

    /** A year the program takes (2000–2100), or null. */
    private static Integer year(String text) {
        try {
            int y = Integer.parseInt(text);
            return TaskValidator.year(y).isPresent() ? null : y;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "--name value" pairs: every required name once, optional ones at most once, nothing else; else null. */
    private static Map<String, String> options(List<String> args, List<String> required, List<String> optional) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!(required.contains(name) || optional.contains(name)) || i + 1 >= args.size() || values.containsKey(name)) {
                return null;
            }
            values.put(name, args.get(i + 1));
        }
        return values.keySet().containsAll(required) ? values : null;
    }

    private int usage(String message) {
        err.println(message);
        err.println(Messages.get("cli.seeHelp"));
        return 2;
    }

    private void row(Object... values) {
        out.println(java.util.Arrays.stream(values).map(v -> String.valueOf(v).replace('\t', ' '))
                .collect(Collectors.joining("\t")));
    }
}
