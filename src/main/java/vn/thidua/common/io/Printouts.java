package vn.thidua.common.io;

import java.nio.file.Path;
import vn.thidua.common.text.VietText;

/**
 * Where a document made only to be printed is written (the data folder's {@code printouts/}, replaced each time),
 * and the system's printing of it.
 */
public class Printouts {

    private final Path folder;
    private final SystemPrint print;

    public Printouts(Path dataFolder, SystemPrint print) {
        this.folder = dataFolder.resolve("printouts");
        this.print = print;
    }

    /** A file in the printouts folder named after the document, without accents or spaces: "579-kh.docx". */
    public Path fileFor(String documentName, String extension) {
        String base = VietText.fold(documentName).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return folder.resolve((base.isEmpty() ? "ban-in" : base) + "." + extension);
    }

    /** Sends the file to the printer (or opens it when the system cannot print it). */
    public SystemPrint.Outcome print(Path file) {
        return print.print(file);
    }
}
