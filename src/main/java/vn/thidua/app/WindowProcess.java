package vn.thidua.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the window in a JVM of its own, with the options the installed program's launcher gives it, when the program
 * was started by a plain {@code java -jar thidua.jar}: a heap limit (a plain JVM may take a quarter of the machine's
 * memory, and G1 keeps what it once took: 430–510 MB with the register of 100,000 awards open, against 300 MB with the
 * limit) and the quick compiler only (the window is ready in 1.1 s instead of 1.6 s). A JVM given a heap or compiler
 * option of its own, a debugger or an agent, or started by the installed launcher, keeps the window itself.
 */
final class WindowProcess {

    /** The window's JVM options; the installer's scripts pass the same ones (installer/build-linux.sh). */
    static final List<String> OPTIONS = List.of("-Xmx192m", "-XX:TieredStopAtLevel=1");
    /** Set on the window's own JVM, so that it does not start another. */
    static final String DIRECT = "thidua.window.direct";
    /** When the program was launched, for the start-up benchmark: the first JVM's start, in epoch milliseconds. */
    static final String LAUNCHED_AT = "thidua.launchedAt";
    /** Environment of a window opened again: the process it waits for. */
    static final String AFTER = "THIDUA_AFTER_PID";

    private static final List<String> OWN_CHOICES = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM",
            "-XX:TieredStopAtLevel", "-agentlib", "-agentpath", "-javaagent", "-Xdebug", "-Xrunjdwp", "--module-path",
            "-Djdk.module.path", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit");

    private WindowProcess() {
    }

    /**
     * Starts the window's JVM with the program's arguments and returns true once it runs; false when this JVM should
     * open the window itself (it is already set up, or the other could not start).
     */
    static boolean start(String[] args) {
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty() || !wanted(jvmArguments, System.getProperty(DIRECT), System.getProperty("jpackage.app-path"))) {
            return false;
        }
        List<String> command = command(java.get(), jvmArguments, System.getProperty("java.class.path"),
                ManagementFactory.getRuntimeMXBean().getStartTime(), args);
        try {
            Process window = new ProcessBuilder(command).inheritIO().start();
            // A JVM that refuses its options ends at once; the window is then opened here.
            return !window.waitFor(700, TimeUnit.MILLISECONDS) || window.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /**
     * Opens the window again, on the same data folder, in a new process that first waits for this one to end (and so
     * to free the folder): after a restore or a password change the clerk goes on without starting the program again.
     * The installed program is started through its launcher, anything else with this JVM's command.
     */
    static void openAgainAfterExit(Path dataFolder) {
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty()) {
            return;
        }
        List<String> command = againCommand(java.get(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("jpackage.app-path"), System.getProperty("java.class.path"), dataFolder);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(AFTER, String.valueOf(ProcessHandle.current().pid()));
        try {
            builder.start();
        } catch (IOException e) {
            // the clerk starts the program again by hand, as the message says
        }
    }

    /** In a window opened again: waits (at most two minutes) for the process before it to end. */
    static void awaitPredecessor(java.util.Map<String, String> env) {
        String pid = env.get(AFTER);
        if (pid == null || !pid.matches("\\d{1,19}")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(before -> {
            try {
                before.onExit().get(2, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // go on: the data folder's lock says whether it is still in use
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** The command that opens the window again on {@code dataFolder}. */
    static List<String> againCommand(String java, List<String> jvmArguments, String launcher, String classPath,
                                     Path dataFolder) {
        List<String> command = new ArrayList<>();
        if (launcher != null) {
            command.add(launcher);
        } else {
            command.add(java);
            jvmArguments.stream().filter(a -> !a.startsWith("-D" + LAUNCHED_AT + "=")).forEach(command::add);
            command.add("-cp");
            command.add(classPath == null || classPath.isEmpty() ? "." : classPath);
            command.add(Main.class.getName());
        }
        command.add("--data");
        command.add(dataFolder.toString());
        return command;
    }

    /** Whether to open the window in a JVM of its own, given this JVM's options and properties. */
    static boolean wanted(List<String> jvmArguments, String direct, String jpackageAppPath) {
        if (Boolean.parseBoolean(direct) || jpackageAppPath != null) {
            return false;
        }
        return jvmArguments.stream().noneMatch(a -> OWN_CHOICES.stream().anyMatch(a::startsWith));
    }

    /** The window's JVM: the same Java and class path, the program's options, this JVM's own options and properties. */
    static List<String> command(String java, List<String> jvmArguments, String classPath, long launchedAt,
                                String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(OPTIONS);
        command.addAll(jvmArguments);
        command.add("-D" + DIRECT + "=true");
        command.add("-D" + LAUNCHED_AT + "=" + launchedAt);
        command.add("-cp");
        command.add(classPath == null || classPath.isEmpty() ? "." : classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }
}
