package vn.thidua.app;

import java.nio.file.Path;
import vn.thidua.audit.logic.AuditLog;
import vn.thidua.backup.logic.Backups;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.certificates.logic.CertificateLayouts;
import vn.thidua.certificates.logic.CertificatePrinter;
import vn.thidua.common.attachments.AttachmentStore;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.Database;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.document.Templates;
import vn.thidua.common.io.Printouts;
import vn.thidua.common.io.SystemPrint;
import vn.thidua.decisions.logic.DecisionDrafts;
import vn.thidua.decisions.logic.DecisionPrinter;
import vn.thidua.decisions.logic.DecisionRepository;
import vn.thidua.eligibility.logic.EligibilityService;
import vn.thidua.eligibility.logic.RecordFactsLoader;
import vn.thidua.eligibility.logic.RuleSets;
import vn.thidua.exchange.logic.ExchangeService;
import vn.thidua.nominations.logic.DossierService;
import vn.thidua.nominations.logic.MeetingRepository;
import vn.thidua.nominations.logic.NominationChecks;
import vn.thidua.nominations.logic.NominationPrinter;
import vn.thidua.nominations.logic.NominationRepository;
import vn.thidua.nominations.logic.QuotaCheck;
import vn.thidua.nominations.logic.ReportFiller;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.logic.YearlyRecordRepository;
import vn.thidua.overview.logic.OverviewService;
import vn.thidua.planimport.logic.PlanImportService;
import vn.thidua.plans.logic.PlanPrinter;
import vn.thidua.plans.logic.PlanRepository;
import vn.thidua.plans.logic.RegistrationRepository;
import vn.thidua.plans.logic.TargetProgress;
import vn.thidua.register.logic.AwardRegister;
import vn.thidua.reports.logic.ClosingReportPrinter;
import vn.thidua.tasks.logic.ImportedTaskPlans;
import vn.thidua.tasks.logic.TaskPrinter;
import vn.thidua.tasks.logic.TaskRepository;

/** Every service of the program, built once with plain constructors; the GUI and the command line share it. */
public final class Services implements AutoCloseable {

    private final DataFolder folder;
    private final Database database;
    private final AuditTrail audit;
    private final AgencyRepository agency;
    private final UnitRepository units;
    private final StaffRepository staff;
    private final YearlyRecordRepository records;
    private final CatalogueRepository catalogue;
    private final PlanRepository plans;
    private final RegistrationRepository registrations;
    private final TargetProgress targetProgress;
    private final DocxWriter documents;
    private final PlanPrinter planPrinter;
    private final NominationRepository nominations;
    private final ReportFiller reportFiller;
    private final DossierService dossiers;
    private final MeetingRepository meetings;
    private final QuotaCheck quotas;
    private final OverviewService overview;
    private final EligibilityService eligibility;
    private final Printouts printouts;
    private final NominationChecks checks;
    private final DecisionRepository decisions;
    private final DecisionDrafts decisionDrafts;
    private final AwardRegister register;
    private final NominationPrinter nominationPrinter;
    private final DecisionPrinter decisionPrinter;
    private final CertificatePrinter certificatePrinter;
    private final ClosingReportPrinter closingReports;
    private final ExchangeService exchange;
    private final AuditLog auditLog;
    private final TaskRepository tasks;
    private final TaskPrinter taskPrinter;
    private final Backups backups;
    private final PlanImportService planImport;

    private Services(DataFolder folder, Database database, AuditTrail audit) {
        this.folder = folder;
        this.database = database;
        this.audit = audit;
        this.agency = new AgencyRepository(database);
        this.units = new UnitRepository(database);
        this.staff = new StaffRepository(database);
        this.records = new YearlyRecordRepository(database, audit);
        this.catalogue = new CatalogueRepository(database, audit);
        this.plans = new PlanRepository(database);
        this.registrations = new RegistrationRepository(database);
        this.targetProgress = new TargetProgress(records);
        this.documents = new DocxWriter(new Templates(folder.path()));
        this.planPrinter = new PlanPrinter(new PlanPrinter.Sources(plans, registrations, agency, units, staff, catalogue),
                documents);
        this.nominations = new NominationRepository(database, audit);
        this.reportFiller = new ReportFiller(database);
        this.dossiers = new DossierService(database, new AttachmentStore(folder.path()), audit);
        this.meetings = new MeetingRepository(database, audit);
        this.quotas = new QuotaCheck(nominations, registrations, staff, units, catalogue);
        this.overview = new OverviewService(plans, nominations, dossiers, quotas, meetings);
        this.eligibility = new EligibilityService(new RecordFactsLoader(database), catalogue, new RuleSets(folder.path()));
        this.printouts = new Printouts(folder.path(), SystemPrint.forThisMachine());
        this.checks = new NominationChecks(nominations, eligibility, quotas, plans, catalogue);
        this.decisions = new DecisionRepository(database, audit);
        this.decisionDrafts = new DecisionDrafts(database, audit);
        this.register = new AwardRegister(database);
        this.nominationPrinter = new NominationPrinter(new NominationPrinter.Sources(nominations, meetings, dossiers,
                plans, agency, staff, units, catalogue), documents);
        this.decisionPrinter = new DecisionPrinter(database, decisions, agency, catalogue, documents);
        this.certificatePrinter = new CertificatePrinter(decisions, agency, staff, catalogue,
                new CertificateLayouts(folder.path()));
        this.closingReports = new ClosingReportPrinter(new ClosingReportPrinter.Sources(plans, registrations,
                nominations, decisions, agency, staff, units, catalogue), documents);
        this.exchange = new ExchangeService(database, audit, new AttachmentStore(folder.path()),
                new ExchangeService.Sources(plans, nominations, dossiers, meetings, staff, units, catalogue, agency));
        this.auditLog = new AuditLog(database);
        this.tasks = new TaskRepository(database, new AttachmentStore(folder.path()));
        this.taskPrinter = new TaskPrinter(tasks, agency, units, documents);
        this.backups = new Backups(database, folder.path(), programVersion());
        this.planImport = new PlanImportService(plans, catalogue, agency, units, java.time.LocalDate::now,
                new ImportedTaskPlans(database, agency, units, java.time.LocalDate::now));
    }

    /** Locks the data folder and opens (and migrates) its database. */
    public static Services open(Path dataFolder) {
        return open(dataFolder, null);
    }

    /** As {@link #open(Path)}, for a database encrypted with {@code password} (null: none given). */
    public static Services open(Path dataFolder, char[] password) {
        Services services = create(dataFolder, password);
        try {
            services.migrate();
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        return services;
    }

    /** Locks the data folder and builds the services; the database opens with {@link #migrate}, before any use. */
    public static Services create(Path dataFolder) {
        return create(dataFolder, null);
    }

    /**
     * The computer's name for the change log: from the environment (Windows sets COMPUTERNAME), else the system's
     * host name file, which Linux keeps but does not export; never a network lookup at start-up.
     */
    static String workstation(java.util.Map<String, String> env, Path hostnameFile) {
        for (String name : new String[] {env.get("COMPUTERNAME"), env.get("HOSTNAME")}) {
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        try {
            String name = java.nio.file.Files.isRegularFile(hostnameFile)
                    ? java.nio.file.Files.readString(hostnameFile).strip() : "";
            return name.isEmpty() ? null : name;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** As {@link #create(Path)}, for a database encrypted with {@code password} (null: none given). */
    public static Services create(Path dataFolder, char[] password) {
        DataFolder folder = DataFolder.open(dataFolder);
        return new Services(folder, Database.create(folder, password), new AuditTrail(System.getProperty("user.name"),
                workstation(System.getenv(), Path.of("/etc/hostname"))));
    }

    /** The program's version from the jar's manifest ("dev" when run from the build folder). */
    public static String programVersion() {
        String v = Services.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Opens the database file and brings its schema up to date, keeping a backup of an older one first. */
    public void migrate() {
        database.migrate(null, () -> backups.beforeUpgrade(java.time.LocalDateTime.now()));
    }

    public TaskRepository tasks() {
        return tasks;
    }

    public TaskPrinter taskPrinter() {
        return taskPrinter;
    }

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    /** Writes the change log as the workstation user who runs the program. */
    public AuditTrail audit() {
        return audit;
    }

    public AgencyRepository agency() {
        return agency;
    }

    public UnitRepository units() {
        return units;
    }

    public StaffRepository staff() {
        return staff;
    }

    public YearlyRecordRepository records() {
        return records;
    }

    /** Plans read from Word files or pasted text, saved as drafts. */
    public PlanImportService planImport() {
        return planImport;
    }

    public CatalogueRepository catalogue() {
        return catalogue;
    }

    public PlanRepository plans() {
        return plans;
    }

    public RegistrationRepository registrations() {
        return registrations;
    }

    /** The Word writer of this data folder: the clerk's templates there win over the shipped ones. */
    public DocxWriter documents() {
        return documents;
    }

    public PlanPrinter planPrinter() {
        return planPrinter;
    }

    public TargetProgress targetProgress() {
        return targetProgress;
    }

    public NominationRepository nominations() {
        return nominations;
    }

    public ReportFiller reportFiller() {
        return reportFiller;
    }

    public DossierService dossiers() {
        return dossiers;
    }

    public MeetingRepository meetings() {
        return meetings;
    }

    public QuotaCheck quotas() {
        return quotas;
    }

    public OverviewService overview() {
        return overview;
    }

    /** Checks nominations against the standards of their legal basis; the clerk's rule files win over the shipped ones. */
    public EligibilityService eligibility() {
        return eligibility;
    }

    /** A plan's nominations checked against the standards and its quotas. */
    public NominationChecks checks() {
        return checks;
    }

    public DecisionRepository decisions() {
        return decisions;
    }

    public AwardRegister register() {
        return register;
    }

    public DecisionDrafts decisionDrafts() {
        return decisionDrafts;
    }

    /** Documents written only to be printed, and the system's printing. */
    public Printouts printouts() {
        return printouts;
    }

    /** Prints petitions, minutes, dossiers and the list of nominations for the window and the command line. */
    public NominationPrinter nominationPrinter() {
        return nominationPrinter;
    }

    /** Prints award decisions for the window and the command line. */
    public DecisionPrinter decisionPrinter() {
        return decisionPrinter;
    }

    /** Prints certificates and keeps their layouts; the clerk's layouts in the data folder win over the shipped one. */
    public CertificatePrinter certificatePrinter() {
        return certificatePrinter;
    }

    /** Prints a movement's closing report (báo cáo tổng kết). */
    public ClosingReportPrinter closingReports() {
        return closingReports;
    }

    /** Exports a plan to an exchange file and imports one from another installation. */
    public ExchangeService exchange() {
        return exchange;
    }

    /** Reads the change log. */
    public AuditLog auditLog() {
        return auditLog;
    }

    /** Backups of this data folder: automatic, manual, and the list of those kept. */
    public Backups backups() {
        return backups;
    }

    @Override
    public void close() {
        database.close();
        folder.close();
    }
}
