package vn.thidua.backup.logic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.backup.model.BackupInfo;
import vn.thidua.backup.model.BackupKind;

/**
 * Which automatic backups to delete: one is kept per day (the day's newest, made when the program last closed),
 * for the last {@value #DAYS} days that have one, plus the newest of every month. Backups of other kinds are
 * never deleted here.
 */
public final class Rotation {

    public static final int DAYS = 10;

    private Rotation() {
    }

    public static List<BackupInfo> toDelete(List<BackupInfo> backups) {
        List<BackupInfo> automatic = backups.stream().filter(b -> b.kind() == BackupKind.AUTOMATIC)
                .sorted(Comparator.comparing(BackupInfo::createdAt).reversed()).toList();
        Map<LocalDate, BackupInfo> newestOfDay = new LinkedHashMap<>();
        Map<YearMonth, BackupInfo> newestOfMonth = new LinkedHashMap<>();
        for (BackupInfo b : automatic) {
            newestOfDay.putIfAbsent(b.createdAt().toLocalDate(), b);
            newestOfMonth.putIfAbsent(YearMonth.from(b.createdAt()), b);
        }
        Set<BackupInfo> keep = new HashSet<>(newestOfDay.values().stream().limit(DAYS).toList());
        keep.addAll(newestOfMonth.values());
        List<BackupInfo> delete = new ArrayList<>();
        for (BackupInfo b : automatic) {
            if (!keep.contains(b)) {
                delete.add(b);
            }
        }
        return delete;
    }
}
