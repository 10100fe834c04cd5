package vn.thidua.exchange.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.DocumentAction;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.exchange.logic.ExchangeService;
import vn.thidua.exchange.model.ImportReport;

/**
 * The plans screen's exchange menu: export the chosen plan to an exchange file; import one, first showing what it
 * would add, reuse, skip and which conflicts it resolves how, then, when the clerk agrees, importing it in one
 * transaction and showing what was done.
 */
public class ExchangeViewModel {

    private final ObservableValue<Long> selectedPlan;
    private final ExchangeService exchange;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable afterImport;
    private final Command export;
    private final Command importFile;

    public ExchangeViewModel(ObservableValue<Long> selectedPlan, ExchangeService exchange, TaskExecutor executor,
                             DialogService dialogs, Runnable afterImport) {
        this.selectedPlan = selectedPlan;
        this.exchange = exchange;
        this.executor = executor;
        this.dialogs = dialogs;
        this.afterImport = afterImport;
        this.export = new Command(this::export, Bindings.createBooleanBinding(() -> selectedPlan.getValue() != null,
                selectedPlan));
        this.importFile = new Command(this::importFile);
    }

    public Command exportCommand() {
        return export;
    }

    public Command importCommand() {
        return importFile;
    }

    /** The two entries the plans screen shows in its exchange menu. */
    public List<DocumentAction> actions() {
        return List.of(new DocumentAction(Messages.get("exchange.action.export"), export, false),
                new DocumentAction(Messages.get("exchange.action.import"), importFile, false));
    }

    private void export() {
        Long plan = selectedPlan.getValue();
        if (plan == null) {
            return;
        }
        dialogs.chooseExchangeFileToSave(Messages.get("exchange.fileName", plan)).ifPresent(file ->
                executor.submit(Messages.get("exchange.exporting"), () -> exchange.export(plan, file),
                        done -> dialogs.showInfo(Messages.get("exchange.exported", done.planTitle(), done.nominations(),
                                done.people(), done.meetings(), done.attachments(), file)),
                        e -> dialogs.showError(Errors.message(e))));
    }

    private void importFile() {
        dialogs.chooseExchangeFileToOpen().ifPresent(file ->
                executor.submit(Messages.get("exchange.reading"), () -> exchange.preview(file),
                        preview -> confirmAndImport(file, preview), e -> dialogs.showError(Errors.message(e))));
    }

    private void confirmAndImport(Path file, ImportReport preview) {
        if (!dialogs.confirm(Messages.get("exchange.confirm.title"), text(preview) + "\n\n"
                + Messages.get("exchange.confirm.question"))) {
            return;
        }
        executor.submit(Messages.get("exchange.importing"), () -> exchange.importFile(file), done -> {
            afterImport.run();
            dialogs.showInfo(text(done));
        }, e -> dialogs.showError(Errors.message(e)));
    }

    /** The report as the clerk reads it: the totals, then one line per record with what was (or would be) done. */
    public static String text(ImportReport r) {
        String totals = Messages.get(r.applied() ? "exchange.report.done" : "exchange.report.preview", r.planTitle(),
                r.office(), r.nominationsAdded(), r.nominationsSkipped(), r.peopleAdded(), r.peopleReused(),
                r.unitsAdded(), r.attachmentsAdded(), r.conflicts());
        return totals + "\n\n" + r.lines().stream().map(l -> "• " + Messages.label(l.kind()) + ": " + l.text())
                .collect(Collectors.joining("\n"));
    }
}
