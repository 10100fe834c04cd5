package vn.thidua.backup.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;

/**
 * Kills the program's process with SIGKILL ({@link Process#destroyForcibly} on Linux) at random moments while it
 * commits edits, fifty times, reopening the database after each: it opens, and every edit the process reported
 * committed is there. Half the kills come at a random moment after the start (often while the database opens),
 * half while edits are being committed.
 */
class CrashSafetyTest {

    private static final int ROUNDS = 50;

    @TempDir
    Path dir;

    @Test
    void everyCommittedEditSurvivesAKillAndTheDatabaseOpens() throws Exception {
        Path data = dir.resolve("data");
        try (DataFolder folder = DataFolder.open(data); Database db = Database.open(folder)) {
            assertEquals(Long.valueOf(0), db.read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM unit")));
        }
        Random random = new Random(20261123);
        Set<Long> reported = new HashSet<>();
        int killedWhileEditing = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), CrashEditor.class.getName(), data.toString()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            CountDownLatch ready = new CountDownLatch(1);
            AtomicLong last = new AtomicLong();
            Thread reader = new Thread(() -> read(process, ready, last, reported));
            reader.start();
            if (round % 2 == 0) {
                Thread.sleep(random.nextInt(600));
            } else {
                assertTrue(ready.await(30, TimeUnit.SECONDS), "the process opened the database");
                Thread.sleep(20 + random.nextInt(150));
                killedWhileEditing++;
            }
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);

            try (DataFolder folder = DataFolder.open(data); Database db = Database.open(folder)) {
                Set<Long> there = new HashSet<>(db.read(c -> Jdbc.list(c, "SELECT sort_order FROM unit",
                        rs -> rs.getLong(1))));
                assertTrue(there.containsAll(reported), "round " + round + ": every reported edit is there");
            }
        }
        assertEquals(ROUNDS / 2, killedWhileEditing);
        assertTrue(reported.size() > ROUNDS, "edits were committed between the kills: " + reported.size());
    }

    private static void read(Process process, CountDownLatch ready, AtomicLong last, Set<Long> reported) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.equals("ready")) {
                    ready.countDown();
                } else if (!line.isBlank()) {
                    long n = Long.parseLong(line.trim());
                    synchronized (reported) {
                        reported.add(n);
                    }
                    last.set(n);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process was killed mid-line: a half-printed number was never reported
        }
    }
}
