package vn.thidua.testsupport;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import vn.thidua.common.ui.DialogService;

/** Stands in for the user's dialogs: records what was shown and answers from a script. */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private Path fileToOpen;
    private Path fileToSave;
    private Path fileToAttach;
    public final List<Path> opened = new ArrayList<>();

    public RecordingDialogs answering(boolean... replies) {
        for (boolean r : replies) {
            answers.add(r);
        }
        return this;
    }

    public RecordingDialogs opening(Path file) {
        fileToOpen = file;
        return this;
    }

    public RecordingDialogs attaching(Path file) {
        fileToAttach = file;
        return this;
    }

    public RecordingDialogs saving(Path file) {
        fileToSave = file;
        return this;
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return answers.isEmpty() || answers.pop();
    }

    @Override
    public Optional<Path> chooseSpreadsheetToOpen() {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseSpreadsheetToSave(String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseDocumentToSave(String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseFileToAttach() {
        return Optional.ofNullable(fileToAttach);
    }

    @Override
    public Optional<Path> chooseExchangeFileToSave(String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseExchangeFileToOpen() {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public void openFile(Path file) {
        opened.add(file);
    }
}
