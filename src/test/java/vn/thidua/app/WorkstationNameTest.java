package vn.thidua.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkstationNameTest {

    @TempDir
    Path dir;

    @Test
    void windowsNamesTheComputerInTheEnvironment() {
        assertEquals("MAY-VANTHU", Services.workstation(Map.of("COMPUTERNAME", "MAY-VANTHU", "HOSTNAME", "x"),
                dir.resolve("hostname")));
    }

    @Test
    void linuxWithoutAnExportedHostnameReadsTheHostNameFile() throws Exception {
        Path file = Files.writeString(dir.resolve("hostname"), "may-thidua\n");
        assertEquals("may-thidua", Services.workstation(Map.of(), file));
        assertEquals("may-thidua", Services.workstation(Map.of("HOSTNAME", " "), file));
    }

    @Test
    void noNameAnywhereLeavesTheColumnEmpty() throws Exception {
        assertNull(Services.workstation(Map.of(), dir.resolve("missing")));
        assertNull(Services.workstation(Map.of(), Files.writeString(dir.resolve("hostname"), "\n")));
    }
}
