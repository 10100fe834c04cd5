package vn.thidua.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import vn.thidua.audit.logic.AuditWorkbook;
import vn.thidua.audit.model.AuditEntry;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.FileWrites;
import vn.thidua.common.text.VietDates;
import vn.thidua.exchange.model.ExportSummary;
import vn.thidua.exchange.model.ImportReport;

/**
 * The command line's exchange and change-log commands: {@code exchange export --plan N --out FILE},
 * {@code exchange import FILE [--dry-run]} and {@code audit --from DATE --to DATE --out FILE.xlsx}. Returns the exit
 * status as {@link Cli} does: 0 done, 1 refused, 2 wrong usage.
 */
final class ExchangeCommands {

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Services> open;

    ExchangeCommands(PrintStream out, PrintStream err, Supplier<Services> open) {
        this.out = out;
        this.err = err;
        this.open = open;
    }

    int exchange(List<String> rest) {
        if (rest.size() == 5 && rest.get(0).equals("export")) {
            String plan = value(rest, "--plan");
            String file = value(rest, "--out");
            if (plan == null || file == null) {
                return usage("cli.error.exchangeUsage");
            }
            long id;
            try {
                id = Long.parseLong(plan);
            } catch (NumberFormatException e) {
                return usage("cli.error.exchangeUsage");
            }
            try (Services s = open.get()) {
                ExportSummary done = s.exchange().export(id, Path.of(file));
                out.println(Messages.get("cli.exchange.exported", done.planTitle(), done.nominations(), done.people(),
                        done.meetings(), done.attachments(), Path.of(file).toAbsolutePath()));
            }
            return 0;
        }
        boolean dryRun = rest.contains("--dry-run");
        List<String> args = rest.stream().filter(a -> !a.equals("--dry-run")).toList();
        if (args.size() == 2 && args.get(0).equals("import")) {
            try (Services s = open.get()) {
                Path file = Path.of(args.get(1));
                ImportReport report = dryRun ? s.exchange().preview(file) : s.exchange().importFile(file);
                report.lines().forEach(l -> out.println(Messages.label(l.kind()) + ": " + l.text()));
                out.println(Messages.get(dryRun ? "cli.exchange.dryRun" : "cli.exchange.imported", report.planTitle(),
                        report.nominationsAdded(), report.nominationsSkipped(), report.peopleAdded(),
                        report.peopleReused(), report.unitsAdded(), report.attachmentsAdded(), report.conflicts()));
            }
            return 0;
        }
        return usage("cli.error.exchangeUsage");
    }

    int audit(List<String> rest) {
        String from = value(rest, "--from");
        String to = value(rest, "--to");
        String file = value(rest, "--out");
        if (rest.size() != 6 || from == null || to == null || file == null) {
            return usage("cli.error.auditUsage");
        }
        LocalDate first;
        LocalDate last;
        try {
            first = VietDates.parse(from);
        } catch (DateTimeParseException e) {
            err.println(Messages.get("cli.error.date", from));
            return 2;
        }
        try {
            last = VietDates.parse(to);
        } catch (DateTimeParseException e) {
            err.println(Messages.get("cli.error.date", to));
            return 2;
        }
        Path target = Path.of(file);
        try (Services s = open.get()) {
            List<AuditEntry> entries = s.auditLog().between(first, last, null);
            FileWrites.reported(target, () -> AuditWorkbook.write(entries, first, last, target));
            out.println(Messages.get("cli.audit.done", entries.size(), VietDates.format(first), VietDates.format(last),
                    target.toAbsolutePath()));
        }
        return 0;
    }

    /** The value after {@code name}, when the name is there once with a value. */
    private static String value(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0 || at != args.lastIndexOf(name) || at + 1 >= args.size() || args.get(at + 1).startsWith("--")) {
            return null;
        }
        return args.get(at + 1);
    }

    private int usage(String key) {
        err.println(Messages.get(key));
        err.println(Messages.get("cli.seeHelp"));
        return 2;
    }
}
