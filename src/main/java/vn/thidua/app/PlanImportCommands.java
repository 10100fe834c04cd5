package vn.thidua.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.planimport.logic.PlanImportJson;
import vn.thidua.planimport.logic.PlanImportService;
import vn.thidua.planimport.model.FoundField;
import vn.thidua.planimport.model.PlanKind;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.plans.model.Plan;

/**
 * {@code import plan FILE.docx|FILE.txt [--json]}: reads a plan and saves it as a draft, printing its id and each
 * field with its source line; with {@code --json} prints the fields found and saves nothing. A file that cannot be
 * read is refused (exit 1) with the reason, before the data folder is opened.
 */
final class PlanImportCommands {

    private final PrintStream out;
    private final PrintStream err;

    PlanImportCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Supplier<Services> open, List<String> rest) {
        List<String> args = new ArrayList<>(rest);
        boolean json = args.remove("--json");
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            err.println(Messages.get("cli.error.importPlanUsage"));
            err.println(Messages.get("cli.seeHelp"));
            return 2;
        }
        PlanReading reading = PlanImportService.read(Path.of(args.get(0)));
        if (json) {
            out.println(PlanImportJson.write(reading));
            return 0;
        }
        try (Services s = open.get()) {
            if (reading.kind() == PlanKind.TASK_PLAN) {
                if (!s.planImport().savesTaskPlans()) {
                    printFields(reading);
                    err.println(Messages.get("planImport.error.taskPlan"));
                    return 1;
                }
                long id;
                try {
                    id = s.planImport().saveTaskPlan(reading);
                } catch (UserException e) {
                    printFields(reading);
                    throw e;
                }
                out.println(Messages.get("cli.importPlan.savedTaskPlan", id));
                printFields(reading);
                return 0;
            }
            Plan saved = s.planImport().save(reading);
            out.println(Messages.get("cli.importPlan.saved", saved.id(), saved.title()));
            printFields(reading);
            for (String note : s.planImport().draft(reading.fields()).notes()) {
                out.println(Messages.get("cli.importPlan.note", note));
            }
        }
        return 0;
    }

    private void printFields(PlanReading reading) {
        for (FoundField f : reading.fields()) {
            String line = f.paragraph() < 0 ? "-" : String.valueOf(f.paragraph() + 1);
            out.println(String.join("\t", Messages.label(f.kind()), f.value(),
                    Messages.label(f.confidence()),
                    Messages.get("cli.importPlan.line", line, shorten(f.source()))));
        }
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
