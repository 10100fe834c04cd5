package vn.thidua.app;

import static vn.thidua.app.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.common.i18n.Messages;
import vn.thidua.organisation.logic.DemoOffice;

/** backup, restore and password on the command line: what they print, their exit status, and their refusals. */
class BackupCommandsTest {

    private static final String SEE_HELP = "Xem hướng dẫn: java -jar thidua.jar --help";

    @TempDir
    Path dir;

    private Path office() {
        Path data = dir.resolve("data");
        try (Services s = Services.open(data)) {
            DemoOffice.fill(s.database());
        }
        return data;
    }

    @Test
    void backupThenRestoreBringsBackTheData() {
        Path data = office();
        Path file = dir.resolve("usb/sao-luu.tdbak");
        CliRun backup = run(Map.of(), data, "backup", "--out", file.toString());
        assertEquals(0, backup.status(), backup.err());
        assertTrue(backup.out().startsWith("Đã sao lưu vào " + file + ": 1 tệp, "), backup.out());
        String staff = run(Map.of(), data, "list", "staff").out();
        try (Services s = Services.open(data)) {
            s.database().inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM staff_year"));
        }
        CliRun restore = run(Map.of(), data, "restore", file.toString());
        assertEquals(0, restore.status(), restore.err());
        assertTrue(restore.out().startsWith("Đã khôi phục từ " + file + " (sao lưu lúc "), restore.out());
        assertTrue(restore.out().contains("Bản sao dữ liệu trước đó: "), restore.out());
        assertEquals(staff, run(Map.of(), data, "list", "staff").out());
    }

    @Test
    void wrongUsageAndBadFilesAreVietnameseErrorsWithANonZeroStatus() throws Exception {
        Path data = office();
        assertEquals(new CliRun(2, "", "Cách dùng: backup --out TỆP.tdbak\n" + SEE_HELP + "\n"),
                run(Map.of(), data, "backup"));
        assertEquals(new CliRun(2, "", "Cách dùng: restore TỆP.tdbak hoặc restore --latest\n" + SEE_HELP + "\n"),
                run(Map.of(), data, "restore"));
        assertEquals(new CliRun(2, "", "Cách dùng: password set|change|remove\n" + SEE_HELP + "\n"),
                run(Map.of(), data, "password", "xoa"));
        Path text = Files.writeString(dir.resolve("ghi-chu.tdbak"), "không phải");
        assertEquals(new CliRun(1, "", "Lỗi: " + Messages.get("backup.error.notBackup", "ghi-chu.tdbak") + "\n"),
                run(Map.of(), data, "restore", text.toString()));
        assertEquals(new CliRun(1, "", "Lỗi: " + Messages.get("backup.error.noGoodBackup",
                data.toAbsolutePath().resolve("backups")) + "\n"), run(Map.of(), data, "restore", "--latest"));
        for (String command : List.of("backup", "restore", "password")) {
            CliRun help = run(Map.of(), data, command, "--help");
            assertEquals(0, help.status());
            assertTrue(help.out().startsWith("Cách dùng: java -jar thidua.jar [--data THƯ_MỤC] " + command), command);
        }
    }

    @Test
    void aPasswordIsSetFromTheEnvironmentAndAskedOfEveryCommand() throws Exception {
        Path data = office();
        CliRun set = run(Map.of("THIDUA_NEW_PASSWORD", "bí mật"), data, "password", "set");
        assertEquals(0, set.status(), set.err());
        assertTrue(set.out().startsWith(Messages.get("cli.password.set")));
        assertEquals(new CliRun(1, "", "Lỗi: " + Messages.get("data.wrongPassword") + "\n"),
                run(Map.of(), data, "list", "units"));
        assertEquals(new CliRun(1, "", "Lỗi: " + Messages.get("data.wrongPassword") + "\n"),
                run(Map.of("THIDUA_PASSWORD", "sai"), data, "list", "units"));
        assertEquals(0, run(Map.of("THIDUA_PASSWORD", "bí mật"), data, "list", "units").status());
        Path passwordFile = Files.writeString(dir.resolve("mk.txt"), "bí mật\n");
        Path backup = dir.resolve("b.tdbak");
        CliRun encrypted = run(Map.of(), data, "backup", "--out", backup.toString(), "--password-file",
                passwordFile.toString());
        assertEquals(0, encrypted.status(), encrypted.err());
        assertTrue(encrypted.out().contains(Messages.get("cli.backup.encrypted")));
        CliRun removed = run(Map.of("THIDUA_PASSWORD", "bí mật"), data, "password", "remove");
        assertEquals(0, removed.status(), removed.err());
        assertEquals(0, run(Map.of(), data, "list", "units").status());
        assertFalse(Files.exists(data.resolve("thidua.trace.db")), "no trace file with the statements' values");
    }
}
