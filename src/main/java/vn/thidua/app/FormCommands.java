package vn.thidua.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.FileWrites;
import vn.thidua.register.logic.NationalForms;
import vn.thidua.register.logic.NationalFormsWorkbook;

/**
 * {@code export forms --year YEAR --out FILE.xlsx}: the national statistics forms of a year (Thông tư 02/2023/TT-BNV,
 * Biểu 0601–0605). Returns the exit status as {@link Cli} does: 0 written, 2 wrong usage; a refusal (a year with
 * nothing to count, a file that cannot be written) is thrown for the Cli to report with status 1.
 */
final class FormCommands {

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Services> open;

    FormCommands(PrintStream out, PrintStream err, Supplier<Services> open) {
        this.out = out;
        this.err = err;
        this.open = open;
    }

    /** {@code rest} starts with "forms". */
    int export(List<String> rest) {
        List<String> args = rest.subList(1, rest.size());
        if (args.size() != 4) {
            return usage(Messages.get("cli.error.exportFormsUsage"));
        }
        String yearText = null;
        String fileText = null;
        for (int i = 0; i < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--year" -> yearText = yearText == null ? args.get(i + 1) : null;
                case "--out" -> fileText = fileText == null ? args.get(i + 1) : null;
                default -> {
                    return usage(Messages.get("cli.error.exportFormsUsage"));
                }
            }
        }
        if (yearText == null || fileText == null) {
            return usage(Messages.get("cli.error.exportFormsUsage"));
        }
        Integer year = year(yearText);
        if (year == null) {
            return usage(Messages.get("cli.error.year", yearText));
        }
        Path file = Path.of(fileText);
        try (Services s = open.get()) {
            NationalForms.Facts facts = NationalForms.facts(s.database(), year);
            if (facts.isEmpty()) {
                throw UserException.of("nationalForms.nothingToCount", String.valueOf(year));
            }
            FileWrites.reported(file, () -> NationalFormsWorkbook.write(NationalForms.fill(facts, s.catalogue().awardForms()),
                    s.agency().agency().orElse(null), file));
            out.println(Messages.get("cli.export.formsDone", String.valueOf(year), facts.movements().size(),
                    facts.awards().size(), file.toAbsolutePath()));
        }
        return 0;
    }

    /** A year of the program's range (2000–2100), or null. */
    private static Integer year(String text) {
        try {
            int y = Integer.parseInt(text.trim());
            return y >= 2000 && y <= 2100 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int usage(String message) {
        err.println(message);
        err.println(Messages.get("cli.seeHelp"));
        return 2;
    }
}
