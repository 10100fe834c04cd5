package vn.thidua.backup.gui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.thidua.backup.model.BackupInfo;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Views;

/** The backup screen: binds the list of kept backups and the three actions to {@link BackupViewModel}. */
public class BackupView {

    private final BackupViewModel model;
    private final Parent root;

    @FXML private Label folderLabel;
    @FXML private Label protectionLabel;
    @FXML private Button backUpNowButton;
    @FXML private Button restoreFileButton;
    @FXML private Button restoreSelectedButton;
    @FXML private Button passwordButton;
    @FXML private TableView<BackupInfo> backupTable;
    @FXML private TableColumn<BackupInfo, String> timeColumn;
    @FXML private TableColumn<BackupInfo, String> kindColumn;
    @FXML private TableColumn<BackupInfo, String> sizeColumn;

    public BackupView(BackupViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        folderLabel.setText(model.folderText());
        protectionLabel.textProperty().bind(javafx.beans.binding.Bindings.when(model.encryptedProperty())
                .then(Messages.get("backup.protected")).otherwise(Messages.get("backup.notProtected")));
        Views.bind(backUpNowButton, model.backUpNowCommand());
        Views.bind(restoreFileButton, model.restoreFileCommand());
        Views.bind(restoreSelectedButton, model.restoreSelectedCommand());
        Views.bind(passwordButton, model.changePasswordCommand());
        backupTable.setItems(model.backups());
        Views.text(timeColumn, b -> BackupViewModel.row(b).get(0));
        Views.text(kindColumn, b -> BackupViewModel.row(b).get(1));
        Views.text(sizeColumn, b -> BackupViewModel.row(b).get(2));
        Views.keepSelection(backupTable, model.selectedProperty());
    }
}
