package vn.thidua.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.certificates.logic.CertificateLayouts;
import vn.thidua.certificates.model.PrintMode;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.FileWrites;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietNumbers;
import vn.thidua.decisions.logic.DecisionRepository;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionSummary;
import vn.thidua.eligibility.logic.EligibilityService;
import vn.thidua.eligibility.model.Finding;
import vn.thidua.nominations.logic.NominationChecks;
import vn.thidua.nominations.model.MeetingSummary;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.nominations.model.QuotaFinding;
import vn.thidua.organisation.logic.StaffImport;
import vn.thidua.organisation.logic.StaffWorkbook;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.plans.logic.PlanPrinter;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanSummary;
import vn.thidua.register.logic.RegisterImport;
import vn.thidua.register.logic.RegisterWorkbooks;
import vn.thidua.register.model.AwardEntry;

/** The command line: the clerk's batch work and the checks, on the same services as the window. */
public final class Cli {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        this.env = env;
    }

    /** Runs a command and returns the exit status: 0 done, 1 refused or failed, 2 wrong usage. */
    public int run(String[] args) {
        String data = dataOption(args);
        List<String> words = List.of(withoutDataOption(args));
        if (args.length > 0 && hasDataFlagWithoutValue(args)) {
            err.println(Messages.get("cli.error.dataValue"));
            return 2;
        }
        if (words.size() == 1 && words.get(0).equals("--version")) {
            out.println(Messages.get("cli.version", AppIdentity.version()));
            return 0;
        }
        if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("-h") || words.get(0).equals("help")) {
            out.println(Messages.get("cli.help"));
            for (String group : List.of("cli.help.registerCommands", "cli.help.exchangeCommands", "cli.help.taskCommands",
                    "cli.help.backupCommands", "cli.help.planImportCommands")) {
                out.println();
                out.println(Messages.get(group));
            }
            out.println();
            out.println(Messages.get("cli.help.options"));
            return words.isEmpty() ? 2 : 0;
        }
        String command = words.get(0);
        List<String> rest = words.subList(1, words.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            return help(command, rest);
        }
        try {
            return switch (command) {
                case "demo" -> demo(data, rest);
                case "list" -> list(data, rest);
                case "export" -> export(data, rest);
                case "import" -> importCommand(data, rest);
                case "copy" -> copy(data, rest);
                case "check" -> check(data, rest);
                case "exchange" -> new ExchangeCommands(out, err, () -> open(data)).exchange(rest);
                case "audit" -> new ExchangeCommands(out, err, () -> open(data)).audit(rest);
                case "backup" -> backups().backup(DataFolder.locate(data, env), rest);
                case "restore" -> backups().restore(DataFolder.locate(data, env), rest);
                case "password" -> backups().password(DataFolder.locate(data, env), rest);
                default -> usage(Messages.get("cli.error.unknownCommand", command));
            };
        } catch (UserException e) {
            err.println(Messages.get("cli.error.prefix", e.getMessage()));
            return 1;
        } catch (RuntimeException e) {
            err.println(Messages.get("cli.error.unexpected", e.toString()));
            return 1;
        }
    }

    private int help(String command, List<String> rest) {
        String taskKey = TaskCommands.helpKey(command, rest);
        String key = taskKey != null ? taskKey : switch (command) {
            case "demo" -> "cli.help.demo";
            case "list" -> rest.get(0).equals("decisions") ? "cli.help.listDecisions" : "cli.help.list";
            case "export" -> rest.isEmpty() ? "cli.help.export" : switch (rest.get(0)) {
                case "plan" -> "cli.help.exportPlan";
                case "registrations" -> "cli.help.exportRegistrations";
                case "dossier" -> "cli.help.exportDossier";
                case "nominations" -> "cli.help.exportNominations";
                case "minutes" -> "cli.help.exportMinutes";
                case "petition" -> "cli.help.exportPetition";
                case "decision" -> "cli.help.exportDecision";
                case "certificates" -> "cli.help.exportCertificates";
                case "report" -> "cli.help.exportReport";
                case "register" -> "cli.help.exportRegister";
                case "summary" -> "cli.help.exportSummary";
                case "statistics" -> "cli.help.exportStatistics";
                case "forms" -> "cli.help.exportForms";
                default -> "cli.help.export";
            };
            case "import" -> !rest.isEmpty() && rest.get(0).equals("register") ? "cli.help.importRegister"
                    : !rest.isEmpty() && rest.get(0).equals("plan") ? "cli.help.importPlan" : "cli.help.import";
            case "copy" -> "cli.help.copy";
            case "check" -> "cli.help.check";
            case "exchange" -> "cli.help.exchange";
            case "audit" -> "cli.help.audit";
            case "backup" -> "cli.help.backup";
            case "restore" -> "cli.help.restore";
            case "password" -> "cli.help.password";
            default -> null;
        };
        if (key == null) {
            return usage(Messages.get("cli.error.unknownCommand", command));
        }
        out.println(Messages.get(key));
        return 0;
    }

    private int usage(String message) {
        err.println(message);
        err.println(Messages.get("cli.seeHelp"));
        return 2;
    }

    private TaskCommands tasks() {
        return new TaskCommands(out, err, this::open, LocalDate.now());
    }

    private Services open(String data) {
        return Services.open(DataFolder.locate(data, env), BackupCommands.passwordFromEnv(env));
    }

    private BackupCommands backups() {
        return new BackupCommands(out, err, env);
    }

    private int demo(String data, List<String> rest) {
        if (!rest.isEmpty()) {
            return usage(Messages.get("cli.error.extraArguments", String.join(" ", rest)));
        }
        try (Services s = open(data)) {
            Demo.fill(s.database(), LocalDate.now());
            out.println(Messages.get("cli.demo.done", s.folder().path(), s.staff().all().size(), s.units().all().size(),
                    s.plans().all().size(), s.nominations().all().size(), s.meetings().all().size()));
        }
        return 0;
    }

    private int list(String data, List<String> rest) {
        if (!rest.isEmpty() && rest.get(0).equals("tasks")) {
            return tasks().list(data, rest);
        }
        if (!rest.isEmpty() && rest.get(0).equals("nominations")) {
            return listNominations(data, rest);
        }
        if (!rest.isEmpty() && rest.get(0).equals("decisions")) {
            return listDecisions(data, rest);
        }
        if (rest.size() != 1) {
            return usage(Messages.get("cli.error.listWhat"));
        }
        try (Services s = open(data)) {
            switch (rest.get(0)) {
                case "units" -> {
                    for (Unit u : s.units().all()) {
                        row(u.id(), u.name(), nz(u.shortName()), Messages.label(u.type()),
                                Messages.get(u.active() ? "common.active" : "common.inactive"));
                    }
                }
                case "staff" -> {
                    Map<Long, Unit> units = unitsById(s.units().all());
                    for (StaffMember m : s.staff().all()) {
                        row(m.id(), m.code(), m.fullName(), Messages.label(m.gender()),
                                m.birthDate() == null ? "" : StaffWorkbook.DATE.format(m.birthDate()), nz(m.position()),
                                units.get(m.unitId()).name(), Messages.label(m.kind()),
                                m.leader() ? Messages.get("common.leader") : "");
                    }
                }
                case "meetings" -> {
                    for (MeetingSummary m : s.meetings().all()) {
                        row(m.id(), VietDates.format(m.date()), PlanNumbers.number(m.minutesNumber()), nz(m.subject()),
                                m.present() + "/" + m.members(),
                                Messages.get(m.closed() ? "cli.meeting.closed" : "cli.meeting.open"));
                    }
                }
                case "plans" -> {
                    String agencyCode = s.agency().agency().map(a -> a.shortCode()).orElse(null);
                    for (PlanSummary p : s.plans().all()) {
                        row(p.id(), PlanNumbers.symbol(p.number(), p.code(), agencyCode), PlanNumbers.date(p.date()),
                                p.title(), Messages.label(p.status()));
                    }
                }
                default -> {
                    return usage(Messages.get("cli.error.listWhat"));
                }
            }
        }
        return 0;
    }

    /** list nominations --plan ID: id, nominee, award, status and its day, tab-separated. */
    private int listNominations(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), "--plan");
        if (options == null) {
            return usage(Messages.get("cli.error.listNominationsUsage"));
        }
        Long id = planId(options.get("--plan"));
        if (id == null) {
            return usage(Messages.get("cli.error.planId", options.get("--plan")));
        }
        try (Services s = open(data)) {
            s.plans().get(id);
            for (NominationSummary n : s.nominations().forPlan(id)) {
                row(n.id(), n.nomineeName(), n.awardName(), Messages.label(n.status()),
                        n.statusDate() == null ? "" : VietDates.format(n.statusDate()));
            }
        }
        return 0;
    }

    /** list decisions: id, number, date, issuer, subject, collectives/individuals, prize total, status; newest first. */
    private int listDecisions(String data, List<String> rest) {
        if (rest.size() != 1) {
            return usage(Messages.get("cli.error.listDecisionsUsage"));
        }
        try (Services s = open(data)) {
            for (DecisionSummary d : s.decisions().all()) {
                row(d.id(), d.symbol(), d.date() == null ? "" : VietDates.format(d.date()), nz(d.issuer()), nz(d.subject()),
                        d.collectives() + "/" + d.individuals(), VietNumbers.grouped(d.total()), Messages.label(d.status()));
            }
        }
        return 0;
    }

    /** copy plan ID: next year's draft from a plan; prints the new plan's id. */
    private int copy(String data, List<String> rest) {
        if (rest.size() != 2 || !rest.get(0).equals("plan")) {
            return usage(Messages.get("cli.error.copyUsage"));
        }
        long id;
        try {
            id = Long.parseLong(rest.get(1));
        } catch (NumberFormatException e) {
            return usage(Messages.get("cli.error.planId", rest.get(1)));
        }
        try (Services s = open(data)) {
            Plan copy = s.plans().copyAsNew(id);
            out.println(Messages.get("cli.copy.done", copy.id(), copy.title(), PlanNumbers.date(copy.date())));
        }
        return 0;
    }

    /**
     * check --plan ID | --year YEAR [--date D]: each nomination's eligibility with its findings; for a plan, then its
     * quotas. A year checks the year-end review's nominations (those without a plan).
     */
    private int check(String data, List<String> rest) {
        String scope = rest.contains("--year") ? "--year" : "--plan";
        Map<String, String> options = rest.contains("--date") ? options(rest, scope, "--date") : options(rest, scope);
        if (options == null) {
            return usage(Messages.get("cli.error.checkUsage"));
        }
        Long id = planId(options.get(scope));
        if (id == null) {
            return usage(Messages.get(scope.equals("--plan") ? "cli.error.planId" : "cli.error.year", options.get(scope)));
        }
        LocalDate day = LocalDate.now();
        if (options.containsKey("--date")) {
            try {
                day = VietDates.parse(options.get("--date"));
            } catch (RuntimeException e) {
                return usage(Messages.get("cli.error.date", options.get("--date")));
            }
        }
        try (Services s = open(data)) {
            if (scope.equals("--year")) {
                out.println(Messages.get("cli.check.headingYear", id, VietDates.format(day)));
                printChecks(s.checks().forYearEnd(id.intValue(), day));
                return 0;
            }
            NominationChecks.Report report = s.checks().forPlan(id, day);
            out.println(Messages.get("cli.check.heading", report.plan().title(), VietDates.format(day)));
            printChecks(report.checks());
            out.println(Messages.get("cli.check.quotas"));
            for (QuotaFinding q : report.quotas()) {
                out.println(String.join("\t", q.label(), q.nominated() + "/" + q.limit(),
                        Messages.get(q.exceeded() ? "cli.check.exceeded" : "cli.check.within"), q.limitText()));
                for (int i = 0; i < q.priorityOrder().size(); i++) {
                    var n = q.priorityOrder().get(i);
                    out.println("    " + (i + 1) + ". " + n.nomineeName() + (n.female() ? Messages.get("cli.check.female") : ""));
                }
                for (String line : q.priorities()) {
                    out.println("    " + line);
                }
            }
            if (report.quotas().isEmpty()) {
                out.println(Messages.get("cli.check.noQuotas"));
            }
        }
        return 0;
    }

    private void printChecks(List<NominationChecks.Checked> checks) {
        for (NominationChecks.Checked c : checks) {
            out.println(String.join("\t", String.valueOf(c.nomination().id()), c.nomination().nomineeName(),
                    c.nomination().awardName(), EligibilityService.label(c.result().verdict()), c.result().reason()));
            for (Finding f : c.result().findings()) {
                out.println("    " + f.text());
            }
        }
        if (checks.isEmpty()) {
            out.println(Messages.get("cli.check.none"));
        }
    }

    private int export(String data, List<String> rest) {
        String what = rest.isEmpty() ? "" : rest.get(0);
        return switch (what) {
            case "staff" -> exportStaff(data, rest);
            case "plan" -> exportPlan(data, rest);
            case "registrations" -> exportRegistrations(data, rest);
            case "dossier" -> exportDossier(data, rest);
            case "nominations" -> exportNominations(data, rest);
            case "minutes" -> exportMinutes(data, rest);
            case "petition" -> exportPetition(data, rest);
            case "decision" -> exportDecision(data, rest);
            case "certificates" -> exportCertificates(data, rest);
            case "report" -> exportReport(data, rest);
            case "register" -> exportRegister(data, rest);
            case "summary" -> exportSummary(data, rest);
            case "statistics" -> exportStatistics(data, rest);
            case "forms" -> new FormCommands(out, err, () -> open(data)).export(rest);
            case "tasks" -> tasks().exportTasks(data, rest);
            case "progress" -> tasks().exportProgress(data, rest);
            default -> usage(Messages.get("cli.error.exportWhat"));
        };
    }

    private int exportStaff(String data, List<String> rest) {
        if (rest.size() != 3 || !rest.get(1).equals("--out")) {
            return usage(Messages.get("cli.error.exportUsage"));
        }
        Path file = Path.of(rest.get(2));
        try (Services s = open(data)) {
            List<Unit> units = s.units().all();
            List<StaffMember> staff = s.staff().all();
            written(file, () -> StaffWorkbook.export(staff, units, s.agency().agency().orElse(null), LocalDate.now(), file));
            out.println(Messages.get("cli.export.done", staff.size(), file.toAbsolutePath()));
        }
        return 0;
    }

    /** export plan --id ID --out FILE.docx: the plan as its Word document. */
    private int exportPlan(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), "--id", "--out");
        if (options == null) {
            return usage(Messages.get("cli.error.exportPlanUsage"));
        }
        Long id = planId(options.get("--id"));
        if (id == null) {
            return usage(Messages.get("cli.error.planId", options.get("--id")));
        }
        Path file = Path.of(options.get("--out"));
        try (Services s = open(data)) {
            Plan plan = s.planPrinter().print(id, file);
            out.println(Messages.get("cli.export.planDone", plan.title(), file.toAbsolutePath()));
        }
        return 0;
    }

    /** export registrations --plan ID --out FILE.xlsx|FILE.docx: the plan's registrations as a list. */
    private int exportRegistrations(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), "--plan", "--out");
        if (options == null) {
            return usage(Messages.get("cli.error.exportRegistrationsUsage"));
        }
        Long id = planId(options.get("--plan"));
        if (id == null) {
            return usage(Messages.get("cli.error.planId", options.get("--plan")));
        }
        Path file = Path.of(options.get("--out"));
        PlanPrinter.RegistrationFormat format = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".docx") ? PlanPrinter.RegistrationFormat.DOCX : PlanPrinter.RegistrationFormat.XLSX;
        try (Services s = open(data)) {
            int count = s.planPrinter().printRegistrations(id, format, LocalDate.now(), file);
            out.println(Messages.get("cli.export.registrationsDone", count, s.plans().get(id).title(),
                    file.toAbsolutePath()));
        }
        return 0;
    }

    /** export dossier --nomination ID|--plan ID --out FILE.docx: one nominee's or a whole movement's dossier. */
    private int exportDossier(String data, List<String> rest) {
        List<String> args = rest.subList(1, rest.size());
        boolean whole = args.contains("--plan");
        Map<String, String> options = options(args, whole ? "--plan" : "--nomination", "--out");
        if (options == null) {
            return usage(Messages.get("cli.error.exportDossierUsage"));
        }
        Path file = Path.of(options.get("--out"));
        if (whole) {
            Long id = planId(options.get("--plan"));
            if (id == null) {
                return usage(Messages.get("cli.error.planId", options.get("--plan")));
            }
            try (Services s = open(data)) {
                int count = s.nominationPrinter().printPlanDossier(id, LocalDate.now(), file);
                out.println(Messages.get("cli.export.planDossierDone", count, s.plans().get(id).title(),
                        file.toAbsolutePath()));
            }
            return 0;
        }
        Long id = planId(options.get("--nomination"));
        if (id == null) {
            return usage(Messages.get("cli.error.nominationId", options.get("--nomination")));
        }
        try (Services s = open(data)) {
            s.nominationPrinter().printDossier(id, LocalDate.now(), file);
            out.println(Messages.get("cli.export.dossierDone", id, file.toAbsolutePath()));
        }
        return 0;
    }

    /** export nominations --plan ID --out FILE.xlsx: the list of nominations by award form and the vote table. */
    private int exportNominations(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), "--plan", "--out");
        if (options == null) {
            return usage(Messages.get("cli.error.exportNominationsUsage"));
        }
        Long id = planId(options.get("--plan"));
        if (id == null) {
            return usage(Messages.get("cli.error.planId", options.get("--plan")));
        }
        Path file = Path.of(options.get("--out"));
        try (Services s = open(data)) {
            int count = s.nominationPrinter().printList(id, LocalDate.now(), file);
            out.println(Messages.get("cli.export.nominationsDone", count, s.plans().get(id).title(),
                    file.toAbsolutePath()));
        }
        return 0;
    }

    /** export minutes --meeting ID --out FILE.docx: the Biên bản of a council meeting. */
    private int exportMinutes(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), "--meeting", "--out");
        if (options == null) {
            return usage(Messages.get("cli.error.exportMinutesUsage"));
        }
        Long id = planId(options.get("--meeting"));
        if (id == null) {
            return usage(Messages.get("cli.error.meetingId", options.get("--meeting")));
        }
        Path file = Path.of(options.get("--out"));
        try (Services s = open(data)) {
            var sitting = s.nominationPrinter().printMinutes(id, LocalDate.now(), file);
            out.println(Messages.get("cli.export.minutesDone", VietDates.format(sitting.meeting().date()),
                    file.toAbsolutePath()));
        }
        return 0;
    }

    /** export petition --plan ID --out FILE.docx: the Tờ trình for the plan's proposed nominations. */
    private int exportPetition(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), "--plan", "--out");
        if (options == null) {
            return usage(Messages.get("cli.error.exportPetitionUsage"));
        }
        Long id = planId(options.get("--plan"));
        if (id == null) {
            return usage(Messages.get("cli.error.planId", options.get("--plan")));
        }
        Path file = Path.of(options.get("--out"));
        try (Services s = open(data)) {
            int count = s.nominationPrinter().printPetition(id, LocalDate.now(), file);
            out.println(Messages.get("cli.export.petitionDone", count, s.plans().get(id).title(),
                    file.toAbsolutePath()));
        }
        return 0;
    }

    /** export decision --id ID --out FILE.docx: an award decision with its attached list; a draft unnumbered. */
    private int exportDecision(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), "--id", "--out");
        if (options == null) {
            return usage(Messages.get("cli.error.exportDecisionUsage"));
        }
        Long id = planId(options.get("--id"));
        if (id == null) {
            return usage(Messages.get("cli.error.decisionId", options.get("--id")));
        }
        Path file = Path.of(options.get("--out"));
        try (Services s = open(data)) {
            Decision d = s.decisionPrinter().print(id, LocalDate.now(), file);
            out.println(d.signed() ? Messages.get("cli.export.decisionDone", DecisionRepository.symbol(d), file.toAbsolutePath())
                    : Messages.get("cli.export.draftDecisionDone", id, file.toAbsolutePath()));
        }
        return 0;
    }

    /** export register --from YEAR --to YEAR --out FILE.xlsx: the award register of a range of years. */
    private int exportRegister(String data, List<String> rest) {
        return yearsExport(data, rest, "cli.error.exportRegisterUsage", (s, years, file) -> {
            List<AwardEntry> entries = s.register().between(years.from(), years.to());
            written(file, () -> RegisterWorkbooks.register(entries, s.agency().agency().orElse(null),
                    RegisterWorkbooks.years(years.from(), years.to()), file));
            return Messages.get("cli.export.registerDone", entries.size(), years.from(), years.to(), file.toAbsolutePath());
        });
    }

    /** export statistics --from YEAR --to YEAR --out FILE.xlsx: awards by form and class of recipient. */
    private int exportStatistics(String data, List<String> rest) {
        return yearsExport(data, rest, "cli.error.exportStatisticsUsage", (s, years, file) -> {
            var counts = s.register().byClass(years.from(), years.to());
            written(file, () -> RegisterWorkbooks.byClass(counts, s.catalogue().awardForms(),
                    s.agency().agency().orElse(null), RegisterWorkbooks.years(years.from(), years.to()), file));
            return Messages.get("cli.export.statisticsDone", counts.stream().mapToInt(c -> c.count()).sum(),
                    years.from(), years.to(), file.toAbsolutePath());
        });
    }

    private record Years(int from, int to) {
    }

    /** Writes one register table of a range of years; answers what was written. */
    @FunctionalInterface
    private interface YearsWriter {
        String write(Services s, Years years, Path file);
    }

    /** The shared part of the register's exports: --from YEAR --to YEAR --out FILE, checked, then the writer. */
    private int yearsExport(String data, List<String> rest, String usageKey, YearsWriter writer) {
        Map<String, String> options = options(rest.subList(1, rest.size()), "--from", "--to", "--out");
        if (options == null) {
            return usage(Messages.get(usageKey));
        }
        Long from = planId(options.get("--from"));
        Long to = planId(options.get("--to"));
        if (from == null || to == null) {
            return usage(Messages.get("cli.error.year", from == null ? options.get("--from") : options.get("--to")));
        }
        if (from > to) {
            return usage(Messages.get("cli.error.yearOrder", from, to));
        }
        Path file = Path.of(options.get("--out"));
        try (Services s = open(data)) {
            out.println(writer.write(s, new Years(from.intValue(), to.intValue()), file));
        }
        return 0;
    }

    /** export certificates --decision ID --out FILE.docx [--blank]: one certificate page per line of a signed decision. */
    private int exportCertificates(String data, List<String> rest) {
        List<String> args = new ArrayList<>(rest.subList(1, rest.size()));
        boolean blank = args.remove("--blank");
        Map<String, String> options = options(args, "--decision", "--out");
        if (options == null) {
            return usage(Messages.get("cli.error.exportCertificatesUsage"));
        }
        Long id = planId(options.get("--decision"));
        if (id == null) {
            return usage(Messages.get("cli.error.decisionId", options.get("--decision")));
        }
        Path file = Path.of(options.get("--out"));
        try (Services s = open(data)) {
            int count = s.certificatePrinter().print(id, blank ? PrintMode.ON_BLANK : PrintMode.FULL_PAGE,
                    CertificateLayouts.DEFAULT, file);
            out.println(Messages.get(blank ? "cli.export.certificatesBlankDone" : "cli.export.certificatesDone", count,
                    DecisionRepository.symbol(s.decisions().get(id)), file.toAbsolutePath()));
        }
        return 0;
    }

    /** export summary --plan ID | --year YEAR --out FILE.xlsx: awards by unit and award form, with totals. */
    private int exportSummary(String data, List<String> rest) {
        List<String> args = rest.subList(1, rest.size());
        String scope = args.contains("--year") ? "--year" : "--plan";
        Map<String, String> options = options(args, scope, "--out");
        if (options == null) {
            return usage(Messages.get("cli.error.exportSummaryUsage"));
        }
        Long id = planId(options.get(scope));
        if (id == null) {
            return usage(Messages.get(scope.equals("--plan") ? "cli.error.planId" : "cli.error.year", options.get(scope)));
        }
        Path file = Path.of(options.get("--out"));
        try (Services s = open(data)) {
            List<AwardEntry> entries;
            String subtitle;
            if (scope.equals("--plan")) {
                Plan plan = s.plans().get(id);
                entries = s.register().forPlan(id);
                subtitle = Messages.get("registerSummary.plan", plan.title());
            } else {
                entries = s.register().between(id.intValue(), id.intValue());
                subtitle = RegisterWorkbooks.years(id.intValue(), id.intValue());
            }
            written(file, () -> RegisterWorkbooks.byUnitAndForm(entries, s.units().all(), s.catalogue().awardForms(),
                    s.agency().agency().orElse(null), subtitle, file));
            out.println(Messages.get("cli.export.summaryDone", entries.size(), subtitle, file.toAbsolutePath()));
        }
        return 0;
    }

    /** export report --plan ID --out FILE.docx: the movement's closing report. */
    private int exportReport(String data, List<String> rest) {
        Map<String, String> options = options(rest.subList(1, rest.size()), "--plan", "--out");
        if (options == null) {
            return usage(Messages.get("cli.error.exportReportUsage"));
        }
        Long id = planId(options.get("--plan"));
        if (id == null) {
            return usage(Messages.get("cli.error.planId", options.get("--plan")));
        }
        Path file = Path.of(options.get("--out"));
        try (Services s = open(data)) {
            Plan plan = s.closingReports().print(id, LocalDate.now(), file);
            out.println(Messages.get("cli.export.reportDone", plan.title(), file.toAbsolutePath()));
        }
        return 0;
    }

    /** Runs a write; a file that cannot be written is the clerk's to fix, so it is reported as such (status 1). */
    private static void written(Path file, FileWrites.Job job) {
        FileWrites.reported(file, job);
    }

    /** import register FILE.xlsx [--dry-run]: past years' awards, all or nothing. */
    private int importRegister(String data, List<String> args, boolean dryRun) {
        if (args.size() != 2) {
            return usage(Messages.get("cli.error.importRegisterUsage"));
        }
        Path file = Path.of(args.get(1));
        try (Services s = open(data)) {
            RegisterImport.Result result = RegisterImport.read(file, s.units().all(), s.staff().all(),
                    s.catalogue().awardForms(), s.register().index().entries(), LocalDate.now());
            if (!result.accepted()) {
                err.println(Messages.get("cli.import.rejected", file.getFileName(), result.problems().size()));
                result.problems().forEach(p -> err.println("  " + p));
                return 1;
            }
            for (RegisterImport.Line l : result.additions()) {
                out.println(Messages.get("cli.importRegister.line", l.recipient(), l.awardName(), l.year(),
                        l.decisionNumber() == null ? "" : l.decisionNumber()));
            }
            long individuals = result.additions().size() - result.collectives();
            if (dryRun) {
                out.println(Messages.get("cli.importRegister.dryRun", result.additions().size(), result.collectives(),
                        individuals));
            } else {
                RegisterImport.apply(s.database(), result);
                out.println(Messages.get("cli.importRegister.done", result.additions().size(), result.collectives(),
                        individuals));
            }
        }
        return 0;
    }

    /** The options as name → value when each named one is given exactly once with a value and nothing else is. */
    private static Map<String, String> options(List<String> args, String... names) {
        Map<String, String> values = new java.util.HashMap<>();
        List<String> allowed = List.of(names);
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!allowed.contains(name) || i + 1 >= args.size() || values.containsKey(name)) {
                return null;
            }
            values.put(name, args.get(i + 1));
        }
        return values.size() == names.length ? values : null;
    }

    private static Long planId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int importCommand(String data, List<String> rest) {
        if (!rest.isEmpty() && rest.get(0).equals("plan")) {
            return new PlanImportCommands(out, err).run(() -> open(data), rest.subList(1, rest.size()));
        }
        List<String> args = new ArrayList<>(rest);
        boolean dryRun = args.remove("--dry-run");
        if (!args.isEmpty() && args.get(0).equals("register")) {
            return importRegister(data, args, dryRun);
        }
        if (args.size() != 2 || !args.get(0).equals("staff")) {
            return usage(Messages.get("cli.error.importUsage"));
        }
        Path file = Path.of(args.get(1));
        try (Services s = open(data)) {
            List<Unit> units = s.units().all();
            Map<Long, Unit> unitById = unitsById(units);
            StaffImport.Plan plan = StaffImport.read(file, units, s.staff().all(), LocalDate.now());
            if (!plan.accepted()) {
                err.println(Messages.get("cli.import.rejected", file.getFileName(), plan.problems().size()));
                plan.problems().forEach(p -> err.println("  " + p));
                return 1;
            }
            for (StaffMember m : plan.additions()) {
                out.println(Messages.get("cli.import.add", m.fullName(), unitById.get(m.unitId()).name()));
            }
            for (StaffImport.Change c : plan.changes()) {
                out.println(Messages.get("cli.import.change", c.before().code(), c.after().fullName(),
                        String.join(", ", c.fields())));
            }
            if (dryRun) {
                out.println(Messages.get("cli.import.dryRun", plan.additions().size(), plan.changes().size()));
            } else {
                StaffImport.apply(s.database(), plan);
                out.println(Messages.get("cli.import.done", plan.additions().size(), plan.changes().size()));
            }
        }
        return 0;
    }

    private void row(Object... values) {
        out.println(java.util.Arrays.stream(values).map(v -> String.valueOf(v).replace('\t', ' '))
                .collect(Collectors.joining("\t")));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<Long, Unit> unitsById(List<Unit> units) {
        return units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    /** The value of --data DIR (or --data=DIR), if given. */
    public static String dataOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--data=")) {
                return args[i].substring("--data=".length());
            }
        }
        return null;
    }

    /** --data last, or with a blank value (a script's --data=$DIR with DIR unset): never fall back to another folder. */
    static boolean hasDataFlagWithoutValue(String[] args) {
        if (args[args.length - 1].equals("--data")) {
            return true;
        }
        String value = dataOption(args);
        return value != null && value.isBlank();
    }

    /** The arguments with --data and its value taken out. */
    public static String[] withoutDataOption(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data")) {
                i++;
            } else if (!args[i].startsWith("--data=")) {
                rest.add(args[i]);
            }
        }
        return rest.toArray(new String[0]);
    }
}
