package vn.thidua.common.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;

/** File choosers that open where the clerk last chose a file, with one filter each. */
public final class FileChoosers {

    private File lastFolder;

    /** A chooser with its title and one filter ("Tệp Excel", "*.xlsx"), opening in the last folder used. */
    public FileChooser chooser(String title, String filterName, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    /** What the chooser gave (nothing when cancelled); its folder is where the next one opens. */
    public Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    /** The folder the next chooser opens in, for a chooser made elsewhere; null before any choice. */
    public File lastFolder() {
        return lastFolder;
    }
}
