package vn.thidua.common.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.thidua.common.i18n.Messages;

/** Dialogs and file choosers of the real window. */
public final class FxDialogService implements DialogService {

    private static final int LONG_MESSAGE = 300;

    private final Supplier<Window> owner;
    private final Consumer<String> showDocument;
    private final FileChoosers choosers = new FileChoosers();

    public FxDialogService(Supplier<Window> owner) {
        this(owner, null);
    }

    /** With the application's way of handing a document (a file: URI) to the desktop, for "Mở tệp". */
    public FxDialogService(Supplier<Window> owner, Consumer<String> showDocument) {
        this.owner = owner;
        this.showDocument = showDocument;
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, Messages.get("common.error"), message).showAndWait();
    }

    @Override
    public void showInfo(String message) {
        alert(Alert.AlertType.INFORMATION, Messages.get("common.info"), message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(Messages.get("common.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("common.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(yes, no);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseSpreadsheetToOpen() {
        FileChooser chooser = spreadsheetChooser(Messages.get("dialog.openSpreadsheet"));
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseSpreadsheetToSave(String suggestedName) {
        FileChooser chooser = spreadsheetChooser(Messages.get("dialog.saveSpreadsheet"));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseDocumentToSave(String suggestedName) {
        FileChooser chooser = chooser(Messages.get("dialog.saveDocument"), Messages.get("dialog.docxFilter"), "*.docx");
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToAttach() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.attachFile"));
        if (choosers.lastFolder() != null && choosers.lastFolder().isDirectory()) {
            chooser.setInitialDirectory(choosers.lastFolder());
        }
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public void openFile(Path file) {
        if (showDocument == null) {
            showInfo(file.toString());
        } else {
            showDocument.accept(file.toUri().toString());
        }
    }

    @Override
    public Optional<Path> chooseExchangeFileToSave(String suggestedName) {
        FileChooser chooser = chooser(Messages.get("dialog.saveExchange"), Messages.get("dialog.exchangeFilter"), "*.tdx");
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseExchangeFileToOpen() {
        FileChooser chooser = chooser(Messages.get("dialog.openExchange"), Messages.get("dialog.exchangeFilter"), "*.tdx");
        return remember(chooser.showOpenDialog(owner.get()));
    }

    private FileChooser spreadsheetChooser(String title) {
        return chooser(title, Messages.get("dialog.xlsxFilter"), "*.xlsx");
    }

    private FileChooser chooser(String title, String filterName, String pattern) {
        return choosers.chooser(title, filterName, pattern);
    }

    private Optional<Path> remember(File file) {
        return choosers.remember(file);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, "", new ButtonType(Messages.get("common.close"), ButtonBar.ButtonData.OK_DONE));
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(null);
        if (message.length() > LONG_MESSAGE || message.lines().count() > 8) {
            TextArea area = new TextArea(message);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefSize(640, 320);
            a.getDialogPane().setContent(area);
            a.setResizable(true);
        } else {
            a.setContentText(message);
        }
        return a;
    }
}
