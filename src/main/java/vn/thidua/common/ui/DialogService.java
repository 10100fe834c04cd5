package vn.thidua.common.ui;

import java.nio.file.Path;
import java.util.Optional;

/** What ViewModels may ask of the user; tests stand in for it. */
public interface DialogService {

    void showError(String message);

    void showInfo(String message);

    /** Asks a yes/no question; true means go ahead. */
    boolean confirm(String title, String message);

    Optional<Path> chooseSpreadsheetToOpen();

    Optional<Path> chooseSpreadsheetToSave(String suggestedName);

    Optional<Path> chooseDocumentToSave(String suggestedName);

    /** Any file to attach to a dossier (a scan, a PDF, a Word document); nothing chosen: empty. */
    default Optional<Path> chooseFileToAttach() {
        return Optional.empty();
    }

    /** Where to write an exchange file (.tdx); nothing chosen: empty. */
    default Optional<Path> chooseExchangeFileToSave(String suggestedName) {
        return Optional.empty();
    }

    /** An exchange file (.tdx) to import; nothing chosen: empty. */
    default Optional<Path> chooseExchangeFileToOpen() {
        return Optional.empty();
    }

    /** Hands a stored file to the desktop to open in its usual program. */
    default void openFile(Path file) {
        showInfo(file.toString());
    }
}
