package vn.thidua.common.io;

import java.io.IOException;
import java.nio.file.Path;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/** Writing an exported file, where a file that cannot be written is the clerk's to fix and is said so. */
public final class FileWrites {

    /** A write that may fail on the file system. */
    @FunctionalInterface
    public interface Job {
        void run() throws IOException;
    }

    private FileWrites() {
    }

    /** Runs the write; a failure becomes "Không ghi được tệp …: …" naming the file. */
    public static void reported(Path file, Job job) {
        try {
            job.run();
        } catch (IOException e) {
            throw new UserException(Messages.get("export.error.write", file, e.getMessage()), e);
        }
    }
}
