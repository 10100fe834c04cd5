package vn.thidua.common.ui;

import java.nio.file.Path;
import java.util.Optional;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.Printouts;
import vn.thidua.common.io.SystemPrint;

/**
 * What the screens do with a generated document: write it to a file the clerk names (Word or Excel), or write it to
 * the printouts folder and send it to the printer — off the window's thread, with the outcome said in Vietnamese.
 */
public final class DocumentOutput {

    /** Writes the document to the file and returns the sentence that says what was written. */
    @FunctionalInterface
    public interface Writer {
        String write(Path file) throws Exception;
    }

    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Printouts printouts;

    public DocumentOutput(DialogService dialogs, TaskExecutor executor, Printouts printouts) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.printouts = printouts;
    }

    /** Asks where to save ({@code name} suggests the file's name; ".xlsx" means a workbook) and writes it there. */
    public void saveAs(String name, String extension, Writer writer) {
        String suggested = printouts.fileFor(name, extension).getFileName().toString();
        Optional<Path> chosen = extension.equals("xlsx") ? dialogs.chooseSpreadsheetToSave(suggested)
                : dialogs.chooseDocumentToSave(suggested);
        chosen.ifPresent(file -> executor.submit(Messages.get("document.output.writing"), () -> writer.write(file),
                dialogs::showInfo, e -> dialogs.showError(Errors.message(e))));
    }

    /** Writes the document to the printouts folder and sends it to the printer (or opens it). */
    public void print(String name, String extension, Writer writer) {
        Path file = printouts.fileFor(name, extension);
        executor.submit(Messages.get("print.running"), () -> {
            writer.write(file);
            return printouts.print(file);
        }, outcome -> dialogs.showInfo(Messages.get(outcome == SystemPrint.Outcome.SENT ? "print.sent" : "print.opened",
                file.getFileName())), e -> dialogs.showError(Errors.message(e)));
    }
}
