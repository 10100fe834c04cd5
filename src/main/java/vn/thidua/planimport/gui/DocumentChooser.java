package vn.thidua.planimport.gui;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the clerk for the Word file (or text file) to read; tests stand in for it. */
@FunctionalInterface
public interface DocumentChooser {

    Optional<Path> chooseDocumentToRead();
}
