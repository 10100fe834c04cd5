package vn.thidua.backup.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.thidua.backup.model.BackupInfo;
import vn.thidua.backup.model.BackupKind;

class RotationTest {

    private static BackupInfo auto(LocalDateTime at) {
        return new BackupInfo(Path.of(Backups.fileName(at, BackupKind.AUTOMATIC)), at, BackupKind.AUTOMATIC, 1);
    }

    @Test
    void keepsTheNewestOfEachOfTheLastTenDaysAndTheNewestOfEveryMonth() {
        List<BackupInfo> all = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 9, 1, 8, 0);
        for (int day = 0; day < 90; day++) {
            all.add(auto(start.plusDays(day)));
            all.add(auto(start.plusDays(day).plusHours(9)));
        }
        BackupInfo restoreCopy = new BackupInfo(Path.of("x"), start, BackupKind.BEFORE_RESTORE, 1);
        all.add(restoreCopy);
        List<BackupInfo> deleted = Rotation.toDelete(all);
        Set<LocalDateTime> kept = all.stream().filter(b -> !deleted.contains(b)).map(BackupInfo::createdAt)
                .collect(Collectors.toSet());
        LocalDateTime last = start.plusDays(89).plusHours(9);
        Set<LocalDateTime> expected = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) {
            expected.add(last.minusDays(i));
        }
        expected.add(LocalDateTime.of(2026, 9, 30, 17, 0));
        expected.add(LocalDateTime.of(2026, 10, 31, 17, 0));
        expected.add(start);
        assertEquals(expected, kept);
        assertEquals(false, deleted.contains(restoreCopy));
    }

    @Test
    void deletesNothingWhileThereAreFewBackups() {
        LocalDateTime at = LocalDateTime.of(2026, 1, 5, 17, 0);
        assertEquals(List.of(), Rotation.toDelete(List.of(auto(at), auto(at.plusDays(1)), auto(at.plusDays(2)))));
    }
}
