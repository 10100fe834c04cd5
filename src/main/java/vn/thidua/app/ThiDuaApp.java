package vn.thidua.app;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import vn.thidua.backup.gui.BackupView;
import vn.thidua.backup.gui.BackupViewModel;
import vn.thidua.backup.gui.FxBackupDialogs;
import vn.thidua.backup.logic.Restore;
import vn.thidua.backup.model.BackupInfo;
import vn.thidua.catalogue.gui.CatalogueView;
import vn.thidua.catalogue.gui.CatalogueViewModel;
import vn.thidua.audit.gui.AuditView;
import vn.thidua.audit.gui.AuditViewModel;
import vn.thidua.certificates.gui.CertificateActions;
import vn.thidua.certificates.gui.CertificateLayoutView;
import vn.thidua.certificates.gui.CertificateLayoutViewModel;
import vn.thidua.common.db.DamagedDatabaseException;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.WrongPasswordException;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.DocumentOutput;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.FxDialogService;
import vn.thidua.common.ui.FxTaskExecutor;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.decisions.gui.DecisionsView;
import vn.thidua.decisions.gui.DecisionsViewModel;
import vn.thidua.nominations.gui.MeetingDocumentsViewModel;
import vn.thidua.nominations.gui.MeetingsView;
import vn.thidua.nominations.gui.MeetingsViewModel;
import vn.thidua.nominations.gui.NominationDocumentsViewModel;
import vn.thidua.nominations.gui.NominationEditorViewModel;
import vn.thidua.nominations.gui.NominationsView;
import vn.thidua.nominations.gui.NominationsViewModel;
import vn.thidua.nominations.logic.NominationSaver;
import vn.thidua.organisation.gui.AgencyView;
import vn.thidua.organisation.gui.AgencyViewModel;
import vn.thidua.organisation.gui.StaffView;
import vn.thidua.organisation.gui.StaffViewModel;
import vn.thidua.organisation.gui.UnitsView;
import vn.thidua.organisation.gui.UnitsViewModel;
import vn.thidua.organisation.gui.YearlyRecordsView;
import vn.thidua.organisation.gui.YearlyRecordsViewModel;
import vn.thidua.overview.gui.OverviewView;
import vn.thidua.overview.gui.OverviewViewModel;
import vn.thidua.exchange.gui.ExchangeViewModel;
import vn.thidua.planimport.gui.PlanImportView;
import vn.thidua.planimport.gui.PlanImportViewModel;
import vn.thidua.plans.gui.PlanListViewModel;
import vn.thidua.plans.gui.PlanRegistrationsViewModel;
import vn.thidua.plans.gui.PlanTargetsViewModel;
import vn.thidua.plans.gui.PlansView;
import vn.thidua.register.gui.RegisterView;
import vn.thidua.register.gui.RegisterViewModel;
import vn.thidua.tasks.gui.TasksView;
import vn.thidua.tasks.gui.TasksViewModel;

/** The composition root of the window: opens the data, builds every ViewModel and View, shows the frame. */
public class ThiDuaApp extends Application {

    private static Services services;
    private static RuntimeException startupError;
    private static CompletableFuture<Services> creating;
    private static CompletableFuture<Void> opening;
    /** The folder of an encrypted database: its password is asked in the window before it opens. */
    private static java.nio.file.Path encryptedFolder;
    private static char[] password;

    private FxTaskExecutor executor;
    private DialogService dialogs;
    /** Set on the FX thread when the data could not be opened; the screens' errors are then not shown. */
    private boolean openingFailed;

    /**
     * Starts the window on the data folder named by --data (or the default). The database opens on another thread
     * while the toolkit starts and the screens are built; the first screen's data waits for it.
     */
    public static void start(String dataArg) {
        try {
            java.nio.file.Path folder = DataFolder.locate(dataArg, System.getenv());
            if (DataFolder.isEncrypted(folder.resolve("thidua.mv.db"))) {
                encryptedFolder = folder;
            } else {
                // Built on another core while the toolkit starts; the window waits for it only when it needs it.
                creating = CompletableFuture.supplyAsync(() -> {
                    Services created = Services.create(folder);
                    // A window closed by the system (log-off, kill) still shuts the database down cleanly.
                    Runtime.getRuntime().addShutdownHook(new Thread(created::close, "thidua-close"));
                    return created;
                });
                opening = creating.thenAcceptAsync(Services::migrate);
            }
        } catch (RuntimeException e) {
            startupError = e;
        }
        Application.launch(ThiDuaApp.class);
    }

    @Override
    public void start(Stage stage) {
        Locale.setDefault(VietText.VIETNAMESE);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (startupError != null) {
            fail(startupError);
            return;
        }
        if (encryptedFolder != null && !openWithPassword()) {
            Platform.exit();
            return;
        }
        if (creating != null) {
            try {
                services = creating.join();
            } catch (java.util.concurrent.CompletionException e) {
                fail(e.getCause() == null ? e : e.getCause());
                return;
            }
        }
        executor = new FxTaskExecutor();
        DialogService dialogs = new FxDialogService(() -> stage, getHostServices()::showDocument);
        this.dialogs = dialogs;
        AtomicReference<MainView> window = new AtomicReference<>();
        DialogService screenDialogs = new ScreenDialogs(dialogs, () -> openingFailed);
        MainView main = new MainView(sections(services, executor, screenDialogs, id -> window.get().select(id), stage),
                executor, services.folder().path().toString());
        window.set(main);
        executor.submit(Messages.get("app.opening"), () -> {
            opening.join();
            return services.agency().agency().isEmpty();
        }, empty -> {
            if (empty) {
                main.select("agency");
            }
            automaticBackup(LocalDateTime.now());
        }, this::openingFailed);
        Scene scene = new Scene(main.root(), 1280, 760);
        scene.getStylesheets().add(ThiDuaApp.class.getResource("thidua.css").toExternalForm());
        main.installShortcuts(scene);
        stage.setTitle(Messages.get("app.title"));
        AppIdentity.setIcons(stage);
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
        stage.setScene(scene);
        main.select("overview");
        if (javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() <= 1400) {
            stage.setMaximized(true);
        }
        stage.show();
        Thread tuning = new Thread(MemoryTuning::giveBackIdleMemory, "thidua-memory");
        tuning.setDaemon(true);
        tuning.start();
    }

    /** Every screen of the program, in the side bar's order. */
    private List<Section> sections(Services s, TaskExecutor executor, DialogService dialogs,
                                   Consumer<String> navigate, Stage stage) {
        OverviewViewModel overview = new OverviewViewModel(s.overview(), executor, dialogs, LocalDate::now, navigate);
        StartupReport.whenReady(overview.loadedProperty());
        Lazy<StaffViewModel> staff = new Lazy<>(() -> new StaffViewModel(s.staff(), s.units(), s.agency(),
                s.database(), executor, dialogs, LocalDate::now));
        Lazy<UnitsViewModel> units = new Lazy<>(() -> new UnitsViewModel(s.units(), executor, dialogs));
        Lazy<AgencyViewModel> agency = new Lazy<>(() -> new AgencyViewModel(s.agency(),
                () -> Demo.fill(s.database(), LocalDate.now()), executor, dialogs,
                LocalDate::now, () -> {
                    units.ifBuilt(UnitsViewModel::load);
                    staff.ifBuilt(StaffViewModel::load);
                }));
        Lazy<YearlyRecordsViewModel> records = new Lazy<>(() -> new YearlyRecordsViewModel(s.records(), s.staff(),
                s.units(), s.catalogue(), executor, dialogs, LocalDate::now));
        Lazy<PlanListViewModel> plans = new Lazy<>(() -> new PlanListViewModel(s.plans(), s.agency(), s.units(),
                s.catalogue(), s.planPrinter(), s.printouts(),
                executor, dialogs, LocalDateTime::now, System.getProperty("user.name")));
        Lazy<PlanRegistrationsViewModel> registrations = new Lazy<>(() -> new PlanRegistrationsViewModel(
                plans.get().editor().openedProperty(), new PlanRegistrationsViewModel.Sources(s.registrations(),
                s.units(), s.staff(), s.catalogue(), s.planPrinter()),
                executor, dialogs, LocalDate::now));
        Lazy<PlanTargetsViewModel> targets = new Lazy<>(() -> new PlanTargetsViewModel(
                plans.get().editor().openedProperty(), s.targetProgress(), s.records(), executor, dialogs));
        Lazy<TasksViewModel> tasks = new Lazy<>(() -> new TasksViewModel(new TasksViewModel.Sources(s.tasks(),
                s.taskPrinter(), s.units(), s.agency()), executor, dialogs, LocalDate::now));
        Lazy<CatalogueViewModel> catalogue = new Lazy<>(() -> new CatalogueViewModel(s.catalogue(), executor, dialogs,
                LocalDate::now));
        Lazy<NominationsViewModel> nominations = new Lazy<>(() -> new NominationsViewModel(
                new NominationsViewModel.Sources(s.nominations(), s.dossiers(), s.quotas(), s.eligibility(), s.plans(),
                        s.agency(), s.staff(), s.units(), s.catalogue()),
                new NominationEditorViewModel(new NominationSaver(s.database(), s.audit()), s.nominations(), s.reportFiller(),
                        s.dossiers(), s.eligibility(), executor, dialogs, LocalDate::now),
                executor, dialogs, LocalDate::now));
        Lazy<MeetingsViewModel> meetings = new Lazy<>(() -> new MeetingsViewModel(new MeetingsViewModel.Sources(
                s.meetings(), s.nominations(), s.plans(), s.agency()), executor, dialogs, LocalDateTime::now,
                System.getProperty("user.name")));
        DocumentOutput output = new DocumentOutput(dialogs, executor, s.printouts());
        Lazy<DecisionsViewModel> decisions = new Lazy<>(() -> new DecisionsViewModel(new DecisionsViewModel.Sources(
                s.decisions(), s.decisionDrafts(), s.meetings(), s.catalogue(), s.staff(), s.units()), executor, dialogs,
                LocalDate::now));
        Lazy<NominationDocumentsViewModel> nominationDocuments = new Lazy<>(() -> new NominationDocumentsViewModel(
                nominations.get().scopeProperty(), nominations.get().selectedProperty(), s.nominationPrinter(), output,
                LocalDate::now));
        Lazy<MeetingDocumentsViewModel> meetingDocuments = new Lazy<>(() -> new MeetingDocumentsViewModel(
                meetings.get().selectedProperty(), s.nominationPrinter(), output, LocalDate::now));
        Lazy<RegisterViewModel> register = new Lazy<>(() -> new RegisterViewModel(new RegisterViewModel.Sources(
                s.register(), s.units(), s.staff(), s.catalogue(), s.agency(), s.database()), executor, dialogs,
                LocalDate::now));
        Lazy<BackupViewModel> backup = new Lazy<>(() -> new BackupViewModel(new BackupViewModel.Sources(s.backups(),
                s.folder(), s.database(), Services.programVersion(), password), executor, dialogs,
                new FxBackupDialogs(() -> stage), LocalDateTime::now, () -> {
                    WindowProcess.openAgainAfterExit(s.folder().path());
                    Platform.exit();
                }));
        Lazy<CertificateLayoutViewModel> certificateLayout = new Lazy<>(() -> new CertificateLayoutViewModel(
                s.certificatePrinter(), executor, dialogs, output));
        Lazy<ExchangeViewModel> exchange = new Lazy<>(() -> new ExchangeViewModel(javafx.beans.binding.Bindings.createObjectBinding(
                () -> plans.get().selectedProperty().get() == null ? null : plans.get().selectedProperty().get().plan().id(),
                plans.get().selectedProperty()), s.exchange(), executor, dialogs, () -> plans.get().load()));
        Lazy<AuditViewModel> audit = new Lazy<>(() -> new AuditViewModel(s.auditLog(), executor, dialogs, LocalDate::now));
        return List.of(
                new Section("overview", "nav.overview", () -> new OverviewView(overview).root(), overview::load),
                new Section("agency", "nav.agency", () -> new AgencyView(agency.get()).root(), () -> agency.get().load()),
                new Section("units", "nav.units", () -> new UnitsView(units.get()).root(), () -> units.get().load()),
                new Section("staff", "nav.staff", () -> new StaffView(staff.get()).root(), () -> staff.get().load()),
                new Section("records", "nav.records", () -> new YearlyRecordsView(records.get()).root(),
                        () -> records.get().load()),
                new Section("plans", "nav.plans",
                        () -> new PlansView(plans.get(), registrations.get(), targets.get(), exchange.get().actions())
                                .withImport(owner -> PlanImportView.show(owner, new PlanImportViewModel(s.planImport(),
                                        executor, dialogs, PlanImportView.chooser(() -> owner), () -> plans.get().load())))
                                .root(),
                        () -> plans.get().load()),
                new Section("tasks", "nav.tasks", () -> new TasksView(tasks.get()).root(), () -> tasks.get().load()),
                new Section("nominations", "nav.nominations", () -> new NominationsView(nominations.get(), nominationDocuments.get().actions()).root(),
                        () -> nominations.get().load()),
                new Section("meetings", "nav.meetings", () -> new MeetingsView(meetings.get(), meetingDocuments.get().actions()).root(),
                        () -> meetings.get().load()),
                new Section("decisions", "nav.decisions", () -> new DecisionsView(decisions.get(), new CertificateActions(
                        decisions.get().openedProperty(), s.decisionPrinter(), s.certificatePrinter(), s.agency(), output,
                        LocalDate::now).actions()).root(),
                        () -> decisions.get().load()),
                new Section("register", "nav.register", () -> new RegisterView(register.get()).root(),
                        () -> register.get().load()),
                new Section("catalogue", "nav.catalogue", () -> new CatalogueView(catalogue.get()).root(),
                        () -> catalogue.get().load()),
                new Section("certificateLayout", "nav.certificateLayout",
                        () -> new CertificateLayoutView(certificateLayout.get()).root(), () -> certificateLayout.get().load()),
                new Section("audit", "nav.audit", () -> new AuditView(audit.get()).root(), () -> audit.get().load()),
                new Section("backup", "nav.backup", () -> new BackupView(backup.get()).root(), () -> backup.get().load())
        );
    }

    /** Asks the password of an encrypted database until it opens; false when the clerk gives up. */
    private boolean openWithPassword() {
        String problem = null;
        while (true) {
            Optional<char[]> given = FxBackupDialogs.askPassword(problem);
            if (given.isEmpty()) {
                return false;
            }
            try {
                services = Services.open(encryptedFolder, given.get());
                password = given.get();
                Runtime.getRuntime().addShutdownHook(new Thread(services::close, "thidua-close"));
                opening = CompletableFuture.completedFuture(null);
                return true;
            } catch (WrongPasswordException e) {
                problem = Messages.get("password.wrong");
            } catch (DamagedDatabaseException e) {
                try (DataFolder folder = DataFolder.open(encryptedFolder)) {
                    offerLatestBackup(folder, e, new FxDialogService(() -> null));
                } catch (RuntimeException other) {
                    fail(other);
                }
                return false;
            } catch (RuntimeException e) {
                fail(e);
                return false;
            }
        }
    }

    /** An automatic backup at start when the last is older than a day; a failure is said, the work goes on. */
    private void automaticBackup(LocalDateTime now) {
        executor.submit(Messages.get("backup.automatic"), () -> {
            if (services.backups().automaticDue(now)) {
                services.backups().automatic(now);
            }
            return null;
        }, done -> { }, e -> dialogs.showError(Messages.get("backup.error.automatic", Errors.message(e))));
    }

    /**
     * The database did not open. A damaged file gets the offer of the newest good backup: restored (the damaged
     * file kept in backups/), and the program closes and opens again on the restored data.
     */
    private void openingFailed(Throwable e) {
        openingFailed = true;
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                ? e.getCause() : e;
        if (!(cause instanceof DamagedDatabaseException)) {
            fail(cause);
            return;
        }
        services.database().close();
        offerLatestBackup(services.folder(), cause, dialogs);
        Platform.exit();
    }

    /** Offers the newest good backup in place of a damaged database; the caller then closes the program. */
    private void offerLatestBackup(DataFolder folder, Throwable cause, DialogService ask) {
        Optional<BackupInfo> latest = Restore.latestGood(folder);
        if (latest.isEmpty()) {
            fail(new vn.thidua.common.i18n.UserException(cause.getMessage() + "\n\n"
                    + Messages.get("backup.error.noGoodBackup", folder.path().resolve("backups")), cause));
            return;
        }
        String when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(latest.get().createdAt());
        if (!ask.confirm(Messages.get("app.startFailed"), Messages.get("backup.damaged.question", when))) {
            return;
        }
        try {
            Restore.Result r = Restore.restore(folder, latest.get().file(), Services.programVersion(),
                    LocalDateTime.now());
            WindowProcess.openAgainAfterExit(folder.path());
            ask.showInfo(r.copyOfPrevious().map(p -> Messages.get("backup.restore.done", p))
                    .orElse(Messages.get("backup.restore.doneNoCopy")) + "\n\n" + Messages.get("backup.restart"));
        } catch (RuntimeException failure) {
            ask.showError(Errors.message(failure));
        }
    }

    /** The data cannot be opened: say why and close. */
    private void fail(Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, Errors.message(e),
                new javafx.scene.control.ButtonType(Messages.get("common.close"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        alert.setTitle(Messages.get("app.startFailed"));
        alert.setHeaderText(Messages.get("app.startFailed"));
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (services != null && services.database().isOpen() && opening != null && opening.isDone()
                && !opening.isCompletedExceptionally()) {
            try {
                services.backups().automatic(LocalDateTime.now());
            } catch (RuntimeException e) {
                // the window is gone; the next start makes the backup when it is due
            }
        }
        if (services != null) {
            services.close();
        }
    }
}
