package vn.thidua.exchange.logic;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.thidua.common.attachments.AttachmentStore;
import vn.thidua.common.i18n.UserException;
import vn.thidua.exchange.model.ExchangeFile;

/**
 * The exchange file on disk: a zip holding {@code exchange.json} and each attached document once as
 * {@code attachments/<sha256>}. A zip rather than base64 inside the JSON: documents of up to 50 MB are streamed and
 * compressed instead of held in memory a third larger, and the JSON stays readable. Reading checks the format name
 * and version, the sizes (no zip bomb), and every document's checksum.
 */
public final class ExchangeFormat {

    /** The version this program writes; files of a newer version are refused, older ones read. */
    public static final int VERSION = 1;
    public static final String JSON_ENTRY = "exchange.json";
    public static final String ATTACHMENT_DIR = "attachments/";

    private static final long MAX_JSON_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private ExchangeFormat() {
    }

    /** A file read: its content and where each attached document was unpacked (by SHA-256). */
    public record Contents(ExchangeFile file, Map<String, Path> attachments) {
    }

    /** Writes the zip; {@code files} gives each attachment's bytes by its SHA-256. */
    static void write(ExchangeFile file, Map<String, Path> files, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        zip.putNextEntry(new ZipEntry(JSON_ENTRY));
        zip.write(JSON.writeValueAsBytes(file));
        zip.closeEntry();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            zip.putNextEntry(new ZipEntry(ATTACHMENT_DIR + f.getKey()));
            Files.copy(f.getValue(), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /**
     * Reads an exchange file, unpacking its documents into {@code workDir}. Anything wrong with it is a
     * {@link UserException} in Vietnamese naming what is wrong; no other exception leaves.
     */
    public static Contents read(Path source, Path workDir) {
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw UserException.of("exchange.error.unreadable", name);
        }
        byte[] json = null;
        Map<String, Path> attachments = new HashMap<>();
        int entries = 0;
        try (ZipFile zip = new ZipFile(source.toFile())) {
            var all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw UserException.of("exchange.error.damaged", name);
                }
                String entry = e.getName();
                if (entry.equals(JSON_ENTRY)) {
                    if (json != null) {
                        throw UserException.of("exchange.error.damaged", name);
                    }
                    try (InputStream in = zip.getInputStream(e)) {
                        json = limited(in, MAX_JSON_BYTES, name);
                    }
                } else if (entry.startsWith(ATTACHMENT_DIR) && SHA.matcher(entry.substring(ATTACHMENT_DIR.length())).matches()) {
                    String sha = entry.substring(ATTACHMENT_DIR.length());
                    if (attachments.containsKey(sha)) {
                        throw UserException.of("exchange.error.damaged", name);
                    }
                    Path out = workDir.resolve(sha);
                    String actual;
                    try (InputStream in = zip.getInputStream(e)) {
                        actual = copyHashed(in, out, name);
                    }
                    if (!actual.equals(sha)) {
                        throw UserException.of("exchange.error.attachmentChecksum", name);
                    }
                    attachments.put(sha, out);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw UserException.of("exchange.error.damaged", name);
        }
        if (json == null) {
            throw UserException.of("exchange.error.notExchange", name);
        }
        ExchangeFile file = parse(json, name);
        ExchangeChecks.check(file, attachments.keySet(), name);
        return new Contents(file, attachments);
    }

    private static ExchangeFile parse(byte[] json, String name) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException | RuntimeException e) {
            throw UserException.of("exchange.error.damaged", name);
        }
        if (tree == null || !tree.isObject() || !ExchangeFile.FORMAT.equals(tree.path("format").asText(null))) {
            throw UserException.of("exchange.error.notExchange", name);
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null || !version.isInt() || version.asInt() < 1) {
            throw UserException.of("exchange.error.damaged", name);
        }
        if (version.asInt() > VERSION) {
            throw UserException.of("exchange.error.newer", name, version.asInt(), VERSION);
        }
        try {
            return JSON.treeToValue(tree, ExchangeFile.class);
        } catch (IOException | RuntimeException e) {
            throw UserException.of("exchange.error.damaged", name);
        }
    }

    private static byte[] limited(InputStream in, long max, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                throw UserException.of("exchange.error.tooLarge", name);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String copyHashed(InputStream in, Path target, String name) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > AttachmentStore.MAX_BYTES) {
                    throw UserException.of("exchange.error.tooLarge", name);
                }
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The SHA-256 of a file, as the zip names it. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
