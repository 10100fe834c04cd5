package vn.thidua.backup.logic;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;

/**
 * The program's process in {@link CrashSafetyTest}: opens the data folder as the program does and commits numbered
 * edits (one new unit each, one transaction each) until it is killed, printing each number once its commit returned.
 */
public final class CrashEditor {

    private CrashEditor() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DataFolder folder = DataFolder.open(Path.of(args[0]));
        Database db = Database.open(folder);
        long next = db.read(c -> Jdbc.count(c, "SELECT COALESCE(MAX(sort_order), 0) FROM unit")) + 1;
        out.println("ready");
        while (true) {
            long n = next++;
            db.inTransaction(c -> Jdbc.insert(c, "INSERT INTO unit (name, unit_type, sort_order) VALUES (?, ?, ?)",
                    "Phòng thử " + n, "ADMINISTRATIVE", n));
            out.println(n);
        }
    }
}
