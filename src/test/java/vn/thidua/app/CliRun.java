package vn.thidua.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One run of the command line in the test's JVM: its exit status and what it printed on each stream. */
record CliRun(int status, String out, String err) {

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Runs {@code --data DATA ARGS…} with no environment. */
    static CliRun run(Path data, String... args) {
        return run(Map.of(), data, args);
    }

    /** Runs {@code --data DATA ARGS…} with the given environment. */
    static CliRun run(Map<String, String> env, Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(Arrays.asList(args));
        return run(env, all.toArray(String[]::new));
    }

    /** Runs the arguments as given, with the given environment. */
    static CliRun run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
