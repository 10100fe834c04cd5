package vn.thidua.common.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.print.PrintServiceLookup;
import vn.thidua.common.i18n.UserException;

/**
 * Sends a generated document to the workstation's printer through the system (Windows: the file's own "Print" verb,
 * so Word prints the .docx and Excel the .xlsx; Linux: LibreOffice's headless print), and opens the file instead
 * when the system cannot print it, so the clerk prints from Word. A workstation without any printer gets a message
 * that says so, and the file is opened for viewing.
 */
public class SystemPrint {

    /** What became of the request. */
    public enum Outcome { SENT, OPENED }

    /** Runs a command and says whether it succeeded; replaced in tests. */
    @FunctionalInterface
    public interface Runner {
        boolean run(List<String> command);
    }

    private final String os;
    private final Runner runner;
    private final BooleanSupplier hasPrinter;

    public SystemPrint(String osName, Runner runner, BooleanSupplier hasPrinter) {
        this.os = osName.toLowerCase(Locale.ROOT);
        this.runner = runner;
        this.hasPrinter = hasPrinter;
    }

    /** For this machine: its OS, real processes, and the printers Java's print service lookup finds. */
    public static SystemPrint forThisMachine() {
        return new SystemPrint(System.getProperty("os.name", ""), SystemPrint::runProcess,
                () -> PrintServiceLookup.lookupPrintServices(null, null).length > 0);
    }

    /**
     * Prints the file, or opens it when printing is not possible. Refused with a message that names the file when it
     * can neither be printed nor opened; without a printer, the message says so after opening the file.
     */
    public Outcome print(Path file) {
        if (!Files.isRegularFile(file)) {
            throw UserException.of("print.error.noFile", file.getFileName());
        }
        String path = file.toAbsolutePath().toString();
        if (!hasPrinter.getAsBoolean()) {
            boolean opened = open(path);
            throw UserException.of(opened ? "print.error.noPrinterOpened" : "print.error.noPrinter", file.getFileName());
        }
        if (runner.run(printCommand(path))) {
            return Outcome.SENT;
        }
        if (open(path)) {
            return Outcome.OPENED;
        }
        throw UserException.of("print.error.failed", file.getFileName());
    }

    /** Opens the file with the program the system uses for it. */
    public boolean open(String path) {
        return runner.run(openCommand(path));
    }

    List<String> printCommand(String path) {
        if (os.contains("win")) {
            return List.of("powershell", "-NoProfile", "-Command",
                    "Start-Process -FilePath '" + path.replace("'", "''") + "' -Verb Print -Wait");
        }
        if (os.contains("mac")) {
            return List.of("lp", path);
        }
        return List.of("soffice", "--headless", "-p", path);
    }

    List<String> openCommand(String path) {
        if (os.contains("win")) {
            return List.of("cmd", "/c", "start", "\"\"", path);
        }
        if (os.contains("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }

    private static boolean runProcess(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroy();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
