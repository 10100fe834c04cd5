package vn.thidua.backup.model;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup was made; the word goes into the file name, so the list needs no file opened. */
public enum BackupKind {
    /** At start (when the last is older than a day) and when the program closes; rotated. */
    AUTOMATIC("auto"),
    /** "Sao lưu ngay…" or {@code backup --out}, to a file the clerk chose. */
    MANUAL("manual"),
    /** The data as it was just before a restore replaced it; never rotated away. */
    BEFORE_RESTORE("before-restore"),
    /** The data as it was just before its password was set, changed or removed; never rotated away. */
    BEFORE_PASSWORD("before-password"),
    /** A database of an older version just before this program upgraded it; never rotated away. */
    BEFORE_UPGRADE("before-upgrade");

    private final String word;

    BackupKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<BackupKind> ofWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
