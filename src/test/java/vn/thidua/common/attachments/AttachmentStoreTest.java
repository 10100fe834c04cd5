package vn.thidua.common.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;

class AttachmentStoreTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsCopiedIntoTheDataFolderOnceByItsChecksumAndCheckedLater() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            AttachmentStore store = new AttachmentStore(dir.resolve("data"));
            Path scan = Files.writeString(dir.resolve("Quyết định công nhận sáng kiến.pdf"), "%PDF-1.4 nội dung");
            Path again = Files.writeString(dir.resolve("ban-sao.PDF"), "%PDF-1.4 nội dung");

            AttachmentStore.Stored first = s.database().inTransaction(c -> store.store(c, scan));
            AttachmentStore.Stored second = s.database().inTransaction(c -> store.store(c, again));

            assertEquals("Quyết định công nhận sáng kiến.pdf", first.fileName());
            assertEquals(first.sha256(), second.sha256());
            Path kept = s.database().read(c -> store.path(c, first.id())).orElseThrow();
            assertEquals(kept.getParent(), s.database().read(c -> store.path(c, second.id())).orElseThrow().getParent());
            assertTrue(kept.startsWith(dir.resolve("data").resolve("attachments")));
            boolean intact = s.database().read(c -> store.intact(c, first.id()));
            assertTrue(intact);

            Files.writeString(kept, "altered");
            boolean altered = s.database().read(c -> store.intact(c, first.id()));
            assertFalse(altered, "a changed file no longer matches its checksum");
        }
    }

    @Test
    void emptyMissingAndTooLargeFilesAreRefusedWithTheirName() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            AttachmentStore store = new AttachmentStore(dir.resolve("data"));
            Path big = dir.resolve("ho-so-quet.pdf");
            try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
                f.setLength(AttachmentStore.MAX_BYTES + 1);
            }
            Path empty = Files.createFile(dir.resolve("rong.pdf"));
            Path folder = Files.createDirectory(dir.resolve("thu-muc"));

            assertEquals("Tệp \"ho-so-quet.pdf\" nặng 51 MB, vượt quá 50 MB cho phép.", assertThrows(UserException.class,
                    () -> s.database().inTransaction(c -> store.store(c, big))).getMessage());
            assertEquals("Tệp \"rong.pdf\" rỗng.", assertThrows(UserException.class,
                    () -> s.database().inTransaction(c -> store.store(c, empty))).getMessage());
            assertEquals("Không đọc được tệp \"thu-muc\".", assertThrows(UserException.class,
                    () -> s.database().inTransaction(c -> store.store(c, folder))).getMessage());
            long rows = s.database().read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM attachment"));
            assertEquals(0L, rows);
        }
    }
}
