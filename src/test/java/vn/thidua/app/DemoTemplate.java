package vn.thidua.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo office made once per test class by the command line's {@code demo}, and copied into a test's own data
 * folder: the command tests run on it without paying for the demo in every test. Registered as a static extension.
 */
final class DemoTemplate implements BeforeAllCallback, AfterAllCallback {

    private Path template;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        template = Files.createTempDirectory("thidua-demo");
        CliRun r = CliRun.run(Map.of(), "--data", template.resolve("demo").toString(), "demo");
        assertEquals(0, r.status(), r.err());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try (Stream<Path> all = Files.walk(template)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** {@code dir/data} holding a copy of the demo office's database (made on the first call, kept after). */
    Path copy(Path dir) {
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
