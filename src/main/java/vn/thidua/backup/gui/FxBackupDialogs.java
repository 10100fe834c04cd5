package vn.thidua.backup.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.thidua.backup.logic.Backups;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.FileChoosers;

/** The backup screen's file choosers and password dialogs in the real window, and the password asked at start. */
public final class FxBackupDialogs implements BackupDialogs {

    private final Supplier<Window> owner;
    private final FileChoosers choosers = new FileChoosers();

    public FxBackupDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseBackupToSave(String suggestedName) {
        FileChooser chooser = chooser(Messages.get("backup.dialog.save"));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseBackupToOpen() {
        return remember(chooser(Messages.get("backup.dialog.open")).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<PasswordChange> askPasswordChange(boolean protectedNow) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(Messages.get("password.title"));
        dialog.setHeaderText(Messages.get(protectedNow ? "password.header.change" : "password.header.set"));
        PasswordField current = field("currentPasswordField");
        PasswordField next = field("newPasswordField");
        PasswordField again = field("againPasswordField");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        if (protectedNow) {
            grid.addRow(row++, new Label(Messages.get("password.current")), current);
        }
        grid.addRow(row++, new Label(Messages.get("password.new")), next);
        grid.addRow(row, new Label(Messages.get("password.again")), again);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(Messages.get("password.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(next.textProperty()
                .isNotEqualTo(again.textProperty()));
        Platform.runLater(() -> (protectedNow ? current : next).requestFocus());
        if (dialog.showAndWait().filter(ok::equals).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PasswordChange(current.getText().toCharArray(), next.getText().toCharArray()));
    }

    /**
     * The password of an encrypted database, asked before it opens; {@code problem} (may be null) says why it is
     * asked again. Empty when the clerk gives up.
     */
    public static Optional<char[]> askPassword(String problem) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("app.title"));
        dialog.setHeaderText(problem == null ? Messages.get("password.ask") : problem);
        PasswordField field = field("startPasswordField");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, new Label(Messages.get("password.label")), field);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(Messages.get("password.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(Messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().isEmpty());
        Platform.runLater(field::requestFocus);
        Optional<char[]> answer = dialog.showAndWait().filter(ok::equals).map(b -> field.getText().toCharArray());
        field.clear();
        return answer;
    }

    private static PasswordField field(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }

    private FileChooser chooser(String title) {
        return choosers.chooser(title, Messages.get("backup.dialog.filter"), "*" + Backups.EXTENSION);
    }

    private Optional<Path> remember(File file) {
        return choosers.remember(file);
    }
}
