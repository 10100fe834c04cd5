package vn.thidua.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import vn.thidua.common.ui.DialogService;

/**
 * The screens' dialogs, quiet about errors once the data could not be opened: the first screen's reading, queued
 * behind the opening, would otherwise put its own "Lỗi cơ sở dữ liệu" beside the message that says what is wrong (a
 * damaged file and the offer of the latest backup).
 */
final class ScreenDialogs implements DialogService {

    private final DialogService dialogs;
    private final BooleanSupplier openingFailed;

    ScreenDialogs(DialogService dialogs, BooleanSupplier openingFailed) {
        this.dialogs = dialogs;
        this.openingFailed = openingFailed;
    }

    @Override
    public void showError(String message) {
        if (!openingFailed.getAsBoolean()) {
            dialogs.showError(message);
        }
    }

    @Override
    public void showInfo(String message) {
        dialogs.showInfo(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return dialogs.confirm(title, message);
    }

    @Override
    public Optional<Path> chooseSpreadsheetToOpen() {
        return dialogs.chooseSpreadsheetToOpen();
    }

    @Override
    public Optional<Path> chooseSpreadsheetToSave(String suggestedName) {
        return dialogs.chooseSpreadsheetToSave(suggestedName);
    }

    @Override
    public Optional<Path> chooseDocumentToSave(String suggestedName) {
        return dialogs.chooseDocumentToSave(suggestedName);
    }

    @Override
    public Optional<Path> chooseFileToAttach() {
        return dialogs.chooseFileToAttach();
    }

    @Override
    public Optional<Path> chooseExchangeFileToSave(String suggestedName) {
        return dialogs.chooseExchangeFileToSave(suggestedName);
    }

    @Override
    public Optional<Path> chooseExchangeFileToOpen() {
        return dialogs.chooseExchangeFileToOpen();
    }

    @Override
    public void openFile(Path file) {
        dialogs.openFile(file);
    }
}
