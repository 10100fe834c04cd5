package vn.thidua.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The version the packages and "--version" show, and the window's icons. */
class AppIdentityTest {

    @Test
    void versionCommandPrintsTheProgramsVersionAndTouchesNoData() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // No --data and no THIDUA_DATA: a data folder would be the user's own, so none may be opened.
        int status = new Cli(new PrintStream(out), new PrintStream(err), Map.of()).run(new String[] {"--version"});
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("ThiĐua " + AppIdentity.version(), out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void everyIconSizeIsAPngOfThatSize() throws IOException {
        for (int size : new int[] {16, 32, 48, 256}) {
            try (InputStream in = AppIdentity.class.getResourceAsStream("icon-" + size + ".png")) {
                assertNotNull(in, "icon-" + size + ".png");
                byte[] header = in.readNBytes(24);
                assertTrue(new String(header, 1, 3, StandardCharsets.US_ASCII).equals("PNG"), "PNG signature");
                int width = ((header[16] & 0xff) << 24) | ((header[17] & 0xff) << 16) | ((header[18] & 0xff) << 8)
                        | (header[19] & 0xff);
                assertEquals(size, width, "icon-" + size + ".png width");
            }
        }
    }
}
