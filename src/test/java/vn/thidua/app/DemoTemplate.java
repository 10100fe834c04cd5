package vn.thidua.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The demo office made once per test class by the command line's {@code demo}, and copied into a test's own data
 * folder: the command tests run on it without paying for the demo in every test.
 */
final class DemoTemplate {

    private DemoTemplate() {
    }

    /** Fills {@code template/demo} with the demo office. */
    static void make(Path template) {
        CliRun r = CliRun.run(Map.of(), "--data", template.resolve("demo").toString(), "demo");
        assertEquals(0, r.status(), r.err());
    }

    /** {@code dir/data} holding a copy of the demo office's database (made on the first call, kept after). */
    static Path copy(Path template, Path dir) {
        try {
            Path data = dir.resolve("data");
            if (!Files.exists(data.resolve("thidua.mv.db"))) {
                Files.createDirectories(data);
                Files.copy(template.resolve("demo").resolve("thidua.mv.db"), data.resolve("thidua.mv.db"));
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
