package vn.thidua.backup.model;

/** One file inside a backup: its path in the archive, its size and its SHA-256 in hex. */
public record BackupEntry(String path, long size, String sha256) {
}
