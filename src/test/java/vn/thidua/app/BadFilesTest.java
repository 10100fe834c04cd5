package vn.thidua.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.backup.logic.Backups;
import vn.thidua.backup.logic.Restore;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.logic.StaffImport;
import vn.thidua.organisation.logic.StaffWorkbook;
import vn.thidua.register.logic.RegisterImport;

/**
 * Damaged and random files given to every importer: the staff and register workbooks and the backups. Each is
 * refused with a message (a {@link UserException}, or the import's list of row problems), no other exception
 * escapes, and the database is unchanged. A damage that leaves the data readable (garbage in a part the reader
 * does not use) may be read, but then it must read exactly what the undamaged file holds.
 */
class BadFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int PER_KIND = 55;

    @TempDir
    static Path dir;

    private static Services services;
    private static Map<String, Long> rowsBefore;

    @BeforeAll
    static void demo() {
        services = Services.open(dir.resolve("data"));
        Demo.fill(services.database(), TODAY);
        rowsBefore = rowCounts();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void badStaffWorkbooksAreRefusedWithAMessage() throws IOException {
        Path valid = dir.resolve("can-bo.xlsx");
        StaffWorkbook.export(services.staff().all(), services.units().all(), services.agency().agency().orElse(null),
                TODAY, valid);
        StaffImport.Plan original = readStaff(valid);
        assertTrue(original.accepted() && original.additions().isEmpty() && original.changes().isEmpty());
        int refused = refusedWorkbooks(damaged(valid, "Đơn vị", new Random(1)), file -> {
            StaffImport.Plan plan = readStaff(file);
            return new Reading(plan.accepted(), plan.additions().isEmpty() && plan.changes().isEmpty(),
                    !plan.problems().isEmpty());
        });
        assertEquals(rowsBefore, rowCounts());
        assertTrue(refused >= 200, "refused: " + refused);
    }

    @Test
    void badRegisterWorkbooksAreRefusedWithAMessage() throws IOException {
        Path valid = dir.resolve("so-khen-thuong.xlsx");
        String person = services.staff().all().get(5).fullName();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(valid)) {
            Sheet sheet = wb.createSheet("Sổ");
            String[] headers = {"STT", "Họ và tên / Tên tập thể", "Ngày sinh", "Đơn vị", "Hình thức / danh hiệu",
                "Năm", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Số sổ vàng", "Mức thưởng"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 1; r <= 6; r++) {
                Row row = sheet.createRow(r);
                String[] cells = {String.valueOf(r), person, "", "", "Giấy khen", String.valueOf(2010 + r),
                    r + "/QĐ-SNgV", "20/12/" + (2010 + r), "Giám đốc Sở Ngoại vụ", "", "540.000"};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            wb.write(out);
        }
        RegisterImport.Result original = readRegister(valid);
        assertTrue(original.accepted() && original.additions().size() == 6, original.problems().toString());
        int refused = refusedWorkbooks(damaged(valid, "Hình thức", new Random(2)), file -> {
            RegisterImport.Result result = readRegister(file);
            return new Reading(result.accepted(), original.additions().equals(result.additions()),
                    !result.problems().isEmpty());
        });
        assertEquals(rowsBefore, rowCounts());
        assertTrue(refused >= 200, "refused: " + refused);
    }

    @Test
    void badBackupsAreRefusedWithAMessageAndTheDataIsUntouched() throws IOException {
        Path valid = dir.resolve("sao-luu.tdbak");
        Path other = dir.resolve("other");
        try (Services s = Services.open(other)) {
            Demo.fill(s.database(), TODAY);
            Files.createDirectories(other.resolve("templates"));
            Files.writeString(other.resolve("templates/mau.docx"), "mẫu");
            s.backups().backUpTo(valid, BackupKind.MANUAL, LocalDateTime.of(2026, 11, 23, 9, 0));
        }
        byte[] database = Files.readAllBytes(other.resolve("thidua.mv.db"));
        int refused = 0;
        try (DataFolder folder = DataFolder.open(other)) {
            for (Path file : damaged(valid, null, new Random(3))) {
                try {
                    Restore.restore(folder, file, "test", LocalDateTime.of(2026, 11, 23, 10, 0));
                    fail(file + " was restored");
                } catch (UserException e) {
                    assertFalse(e.getMessage().isBlank());
                    refused++;
                } catch (RuntimeException e) {
                    fail(file + ": " + e, e);
                }
            }
            assertArrayEquals(database, Files.readAllBytes(folder.databaseFile()));
            assertEquals(List.of(), Backups.list(other.resolve("backups")), "nothing replaced, no copy needed");
        }
        assertTrue(refused >= 200, "refused: " + refused);
    }

    /** What an importer made of a file: taken or refused, read as the undamaged file was, with its row problems. */
    private record Reading(boolean accepted, boolean asOriginal, boolean hasProblems) {
    }

    /**
     * Feeds every damaged workbook to an importer: one taken must read exactly as the undamaged file (and not be a
     * file of bad cells), one refused must say why, by its row problems or a message; nothing else may escape.
     */
    private static int refusedWorkbooks(List<Path> files, Function<Path, Reading> read) {
        int refused = 0;
        for (Path file : files) {
            try {
                Reading r = read.apply(file);
                if (r.accepted()) {
                    assertTrue(r.asOriginal(), file + " was read differently");
                    assertFalse(file.getFileName().toString().startsWith("cells"), file + ": bad cells accepted");
                } else {
                    assertTrue(r.hasProblems());
                    refused++;
                }
            } catch (UserException e) {
                assertFalse(e.getMessage().isBlank());
                refused++;
            } catch (RuntimeException e) {
                fail(file + ": " + e, e);
            }
        }
        return refused;
    }

    private static StaffImport.Plan readStaff(Path file) {
        return StaffImport.read(file, services.units().all(), services.staff().all(), TODAY);
    }

    private static RegisterImport.Result readRegister(Path file) {
        return RegisterImport.read(file, services.units().all(), services.staff().all(),
                services.catalogue().awardForms(), services.register().index().entries(), TODAY);
    }

    private static Map<String, Long> rowCounts() {
        return services.database().read(c -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String t : Jdbc.list(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " AND TABLE_TYPE = 'BASE TABLE'", rs -> rs.getString(1))) {
                counts.put(t, Jdbc.count(c, "SELECT COUNT(*) FROM \"" + t + "\""));
            }
            return counts;
        });
    }

    /**
     * Damaged copies of a valid file: random bytes (some starting as a zip), the file cut short, the zip with one
     * part replaced by garbage, cut, or left out, and (for a workbook, {@code column} its header's start) data cells
     * made wrong: the named column's cell in a random row gets an unknown value, others get random text.
     */
    private static List<Path> damaged(Path valid, String column, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        String ext = valid.getFileName().toString().substring(valid.getFileName().toString().lastIndexOf('.'));
        Path out = Files.createDirectories(dir.resolve("bad-" + random.nextInt(1_000_000)));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < PER_KIND; i++) {
            byte[] noise = new byte[random.nextInt(20_000)];
            random.nextBytes(noise);
            if (i % 3 == 0 && noise.length > 4) {
                System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, noise, 0, 4);
            }
            files.add(Files.write(out.resolve("random-" + i + ext), noise));
            files.add(Files.write(out.resolve("cut-" + i + ext), Arrays.copyOf(bytes, random.nextInt(bytes.length))));
            files.add(rewrite(valid, out.resolve("part-" + i + ext), random));
        }
        if (column != null) {
            for (int i = 0; i < PER_KIND; i++) {
                files.add(mutateCells(valid, out.resolve("cells-" + i + ext), column, random));
            }
        } else {
            for (int i = 0; i < PER_KIND; i++) {
                files.add(flipBytes(bytes, out.resolve("flip-" + i + ext), random));
            }
        }
        return files;
    }

    private static Path flipBytes(byte[] bytes, Path target, Random random) throws IOException {
        byte[] copy = bytes.clone();
        for (int k = 0; k < 1 + random.nextInt(20); k++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return Files.write(target, copy);
    }

    /** The zip with one entry garbled: random bytes, cut short, left out, or its text mangled. */
    private static Path rewrite(Path valid, Path target, Random random) throws IOException {
        try (ZipFile in = new ZipFile(valid.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            List<? extends ZipEntry> entries = in.stream().toList();
            int victim = random.nextInt(entries.size());
            int how = random.nextInt(4);
            for (int i = 0; i < entries.size(); i++) {
                ZipEntry e = entries.get(i);
                byte[] content;
                try (InputStream data = in.getInputStream(e)) {
                    content = data.readAllBytes();
                }
                if (i == victim) {
                    if (how == 0) {
                        continue;
                    }
                    content = switch (how) {
                        case 1 -> {
                            byte[] noise = new byte[1 + random.nextInt(2000)];
                            random.nextBytes(noise);
                            yield noise;
                        }
                        case 2 -> Arrays.copyOf(content, content.length == 0 ? 0 : random.nextInt(content.length));
                        default -> new String(content, StandardCharsets.UTF_8).replace("<", "<<").replace("\"", "'")
                                .concat("#").getBytes(StandardCharsets.UTF_8);
                    };
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return target;
    }

    private static final Function<Random, String> GARBAGE = r -> switch (r.nextInt(6)) {
        case 0 -> "31/02/abc";
        case 1 -> "=1/0";
        case 2 -> "x".repeat(5000);
        case 3 -> "\u0000\u0007 Ș ∑ 🙂";
        case 4 -> "-1e308";
        default -> "";
    };

    private static Path mutateCells(Path valid, Path target, String column, Random random) throws IOException {
        try (InputStream in = Files.newInputStream(valid); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            int headerRow = -1;
            int col = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (col < 0 && formatter.formatCellValue(cell).startsWith(column)) {
                        headerRow = row.getRowNum();
                        col = cell.getColumnIndex();
                    }
                }
            }
            assertTrue(col >= 0, "column " + column);
            int rows = sheet.getLastRowNum() - headerRow;
            Row victim = sheet.getRow(headerRow + 1 + random.nextInt(rows));
            Cell cell = victim.getCell(col) == null ? victim.createCell(col) : victim.getCell(col);
            cell.setCellValue("Không có " + random.nextInt(1000) + " " + GARBAGE.apply(random));
            for (int k = 0; k < random.nextInt(5); k++) {
                Row row = sheet.getRow(headerRow + 1 + random.nextInt(rows));
                int c = random.nextInt(Math.max(1, row.getLastCellNum()));
                if (c != col) {
                    (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellValue(GARBAGE.apply(random));
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }
}
