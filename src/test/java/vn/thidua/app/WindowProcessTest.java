package vn.thidua.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowProcessTest {

    @Test
    void aPlainJvmOpensTheWindowInAJvmOfItsOwn() {
        assertTrue(WindowProcess.wanted(List.of(), null, null));
        assertTrue(WindowProcess.wanted(List.of("-Dglass.platform=Monocle", "-Dfile.encoding=UTF-8"), null, null));
    }

    @Test
    void aJvmSetUpByItsStarterKeepsTheWindow() {
        for (String own : List.of("-Xmx512m", "-XX:MaxRAMPercentage=10", "-XX:TieredStopAtLevel=1",
                "-agentlib:jdwp=transport=dt_socket", "-javaagent:jacoco.jar", "--module-path=/opt/javafx",
                "-Djdk.module.path=/opt/javafx", "-XX:SharedArchiveFile=a.jsa")) {
            assertFalse(WindowProcess.wanted(List.of("-Dx=1", own), null, null), own);
        }
        assertFalse(WindowProcess.wanted(List.of(), "true", null), "the window's own JVM");
        assertFalse(WindowProcess.wanted(List.of(), null, "/opt/thidua/bin/ThiDua"), "the installed launcher");
    }

    @Test
    void theWindowsJvmGetsTheProgramsOptionsThenTheStartersOwnAndTheSameArguments() {
        List<String> command = WindowProcess.command("/usr/lib/jvm/bin/java", List.of("-Dglass.platform=Monocle"),
                "target/thidua.jar", 1_700_000_000_000L, new String[] {"--data", "/tmp/d d"});
        assertEquals(List.of("/usr/lib/jvm/bin/java", "-Xmx192m", "-XX:TieredStopAtLevel=1", "-Dglass.platform=Monocle",
                "-Dthidua.window.direct=true", "-Dthidua.launchedAt=1700000000000", "-cp", "target/thidua.jar",
                "vn.thidua.app.Main", "--data", "/tmp/d d"), command);
    }

    @Test
    void theWindowOpensAgainThroughTheInstalledLauncherOrThisJvmsCommandOnTheSameFolder() {
        assertEquals(List.of("/opt/thidua/bin/thidua", "--data", "/home/vt/.local/share/thidua"),
                WindowProcess.againCommand("/opt/thidua/lib/runtime/bin/java", List.of("-Xmx192m"), "/opt/thidua/bin/thidua",
                        "/opt/thidua/lib/app/thidua.jar", java.nio.file.Path.of("/home/vt/.local/share/thidua")));
        assertEquals(List.of("/usr/bin/java", "-Xmx192m", "-XX:TieredStopAtLevel=1", "-Dthidua.window.direct=true",
                        "-cp", "target/thidua.jar", "vn.thidua.app.Main", "--data", "/tmp/d"),
                WindowProcess.againCommand("/usr/bin/java", List.of("-Xmx192m", "-XX:TieredStopAtLevel=1",
                        "-Dthidua.window.direct=true", "-Dthidua.launchedAt=1700000000000"), null, "target/thidua.jar",
                        java.nio.file.Path.of("/tmp/d")));
    }

    @Test
    void aWindowOpenedAgainWaitsForTheOneBeforeToEnd() throws Exception {
        Process before = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        WindowProcess.awaitPredecessor(java.util.Map.of(WindowProcess.AFTER, String.valueOf(before.pid())));
        assertFalse(before.isAlive());
        WindowProcess.awaitPredecessor(java.util.Map.of(WindowProcess.AFTER, "not a number"));
        WindowProcess.awaitPredecessor(java.util.Map.of());
    }
}
