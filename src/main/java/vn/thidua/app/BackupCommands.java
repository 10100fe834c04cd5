package vn.thidua.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.backup.logic.Protection;
import vn.thidua.backup.logic.Restore;
import vn.thidua.backup.logic.Sizes;
import vn.thidua.backup.model.BackupInfo;
import vn.thidua.backup.model.BackupKind;
import vn.thidua.backup.model.BackupManifest;
import vn.thidua.common.db.DataFolder;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.WrongPasswordException;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;

/**
 * The command line's backup, restore and password commands. A password comes from {@value #PASSWORD_ENV} or
 * from the first line of the file named by {@code --password-file}; never from the command line itself, where
 * other users of the machine could read it.
 */
final class BackupCommands {

    static final String PASSWORD_ENV = "THIDUA_PASSWORD";
    static final String NEW_PASSWORD_ENV = "THIDUA_NEW_PASSWORD";
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    BackupCommands(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** The database password from the environment, or null. */
    static char[] passwordFromEnv(Map<String, String> env) {
        String value = env.get(PASSWORD_ENV);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    /** backup --out FILE [--password-file FILE] */
    int backup(Path data, List<String> rest) {
        Map<String, String> options = options(rest, "--out", "--password-file");
        if (options == null || options.containsKey("") || !options.containsKey("--out")) {
            return usage(Messages.get("cli.error.backupUsage"));
        }
        Path target = Path.of(options.get("--out"));
        char[] password = password(options.get("--password-file"), PASSWORD_ENV);
        try (Services s = Services.open(data, password)) {
            long started = System.nanoTime();
            BackupManifest m = s.backups().backUpTo(target, BackupKind.MANUAL, LocalDateTime.now());
            out.println(Messages.get("cli.backup.done", target, m.files().size(), size(target),
                    (System.nanoTime() - started) / 1_000_000));
            if (m.encrypted()) {
                out.println(Messages.get("cli.backup.encrypted"));
            }
        }
        return 0;
    }

    /** restore FILE | restore --latest, then opens (and upgrades) the restored database when it can. */
    int restore(Path data, List<String> rest) {
        Map<String, String> options = options(rest, "--password-file");
        if (options == null || options.containsKey("")) {
            return usage(Messages.get("cli.error.restoreUsage"));
        }
        List<String> positional = rest.stream().filter(w -> !w.startsWith("--")
                && !w.equals(options.get("--password-file"))).toList();
        boolean latest = rest.contains("--latest");
        if (positional.size() + (latest ? 1 : 0) != 1) {
            return usage(Messages.get("cli.error.restoreUsage"));
        }
        char[] password = password(options.get("--password-file"), PASSWORD_ENV);
        try (DataFolder folder = DataFolder.open(data)) {
            Path backup;
            if (latest) {
                Optional<BackupInfo> good = Restore.latestGood(folder);
                if (good.isEmpty()) {
                    throw UserException.of("backup.error.noGoodBackup", folder.path().resolve("backups"));
                }
                backup = good.get().file();
            } else {
                backup = Path.of(positional.get(0));
            }
            Restore.Result result = Restore.restore(folder, backup, Services.programVersion(), LocalDateTime.now());
            out.println(Messages.get("cli.restore.done", backup, TIME.format(result.restored().createdAt())));
            result.copyOfPrevious().ifPresent(p -> out.println(Messages.get("cli.restore.copyKept", p)));
            Database db = Database.create(folder, password);
            try {
                db.migrate(null);
            } catch (WrongPasswordException e) {
                out.println(Messages.get("cli.restore.needsPassword"));
            } finally {
                db.close();
            }
        }
        return 0;
    }

    /** password set|change|remove [--password-file FILE] [--new-password-file FILE] */
    int password(Path data, List<String> rest) {
        Map<String, String> options = options(rest.isEmpty() ? rest : rest.subList(1, rest.size()),
                "--password-file", "--new-password-file");
        if (rest.isEmpty() || options == null || options.containsKey("")
                || !List.of("set", "change", "remove").contains(rest.get(0))) {
            return usage(Messages.get("cli.error.passwordUsage"));
        }
        String action = rest.get(0);
        char[] current = action.equals("set") ? null : password(options.get("--password-file"), PASSWORD_ENV);
        char[] next = action.equals("remove") ? null : password(options.get("--new-password-file"), NEW_PASSWORD_ENV);
        if (!action.equals("remove") && next == null) {
            throw UserException.of("cli.error.newPasswordMissing", NEW_PASSWORD_ENV);
        }
        try (DataFolder folder = DataFolder.open(data)) {
            if (action.equals("set") && folder.isEncrypted()) {
                throw UserException.of("password.error.alreadySet");
            }
            Optional<Path> copy = Protection.change(folder, current, next, Services.programVersion(),
                    LocalDateTime.now());
            out.println(Messages.get(switch (action) {
                case "set" -> "cli.password.set";
                case "change" -> "cli.password.changed";
                default -> "cli.password.removed";
            }));
            copy.ifPresent(p -> out.println(Messages.get("cli.restore.copyKept", p)));
        }
        return 0;
    }

    private char[] password(String file, String variable) {
        if (file != null) {
            try {
                String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
                String line = text.lines().findFirst().orElse("");
                if (line.isEmpty()) {
                    throw UserException.of("cli.error.passwordFileEmpty", file);
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new UserException(Messages.get("cli.error.passwordFile", file), e);
            }
        }
        String value = env.get(variable);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    /** The named options with their values; "" holds an unknown word starting with "--"; null: a value missing. */
    private static Map<String, String> options(List<String> words, String... names) {
        Map<String, String> found = new HashMap<>();
        List<String> known = List.of(names);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (known.contains(w)) {
                if (i + 1 >= words.size()) {
                    return null;
                }
                found.put(w, words.get(++i));
            } else if (w.startsWith("--") && !w.equals("--latest")) {
                found.put("", w);
            }
        }
        return found;
    }

    private static String size(Path file) {
        try {
            return Sizes.megabytes(Files.size(file));
        } catch (IOException e) {
            return "?";
        }
    }

    private int usage(String message) {
        err.println(message);
        err.println(Messages.get("cli.seeHelp"));
        return 2;
    }
}
