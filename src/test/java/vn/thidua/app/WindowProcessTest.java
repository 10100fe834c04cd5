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
}
