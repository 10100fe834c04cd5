package vn.thidua.common.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.thidua.common.io.AtomicFiles;

/**
 * Finds the Word template a document is built from. The clerk's copy in {@code <data folder>/templates/<name>.docx}
 * wins; else the template shipped with the program under that name; else (for a name without its own template) the
 * clerk's or the shipped {@value #DEFAULT}. The clerk gets an editable copy with {@link #copyToDataFolder}.
 */
public final class Templates {

    public static final String DEFAULT = "default";
    public static final String FOLDER = "templates";
    private static final String EXTENSION = ".docx";
    private static final String RESOURCE_PREFIX = "template-";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final Map<String, byte[]> SHIPPED = new ConcurrentHashMap<>();

    private final Path folder;

    /** @param dataFolder the data folder; templates live in its {@value #FOLDER} sub-folder */
    public Templates(Path dataFolder) {
        this.folder = dataFolder.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** Where the clerk's copy of the named template is (or would be). */
    public Path clerkCopy(String name) {
        return folder.resolve(checked(name) + EXTENSION);
    }

    /** True when the program ships a template of that name. */
    public static boolean isShipped(String name) {
        return Templates.class.getResource(resource(checked(name))) != null;
    }

    /** Opens the template the named document is built from; the caller closes the stream. */
    public InputStream open(String name) throws IOException {
        Path own = clerkCopy(name);
        if (Files.isRegularFile(own)) {
            return new ByteArrayInputStream(Files.readAllBytes(own));
        }
        if (isShipped(name)) {
            return shipped(name);
        }
        if (!DEFAULT.equals(name)) {
            return open(DEFAULT);
        }
        throw new IllegalStateException("no shipped template " + resource(name));
    }

    /**
     * Copies the shipped template (or the default for a name without its own) into the data folder for the clerk to
     * edit in Word, unless a copy is there already; returns the copy's path.
     */
    public Path copyToDataFolder(String name) throws IOException {
        Path own = clerkCopy(name);
        if (!Files.exists(own)) {
            String source = isShipped(name) ? name : DEFAULT;
            AtomicFiles.write(own, out -> {
                try (InputStream in = shipped(source)) {
                    in.transferTo(out);
                }
            });
        }
        return own;
    }

    /** The shipped templates are read from the program's jar once; they cannot change while it runs. */
    private static InputStream shipped(String name) {
        byte[] bytes = SHIPPED.computeIfAbsent(name, n -> {
            try (InputStream in = Templates.class.getResourceAsStream(resource(n))) {
                if (in == null) {
                    throw new IOException("missing " + resource(n));
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new ByteArrayInputStream(bytes);
    }

    private static String resource(String name) {
        return RESOURCE_PREFIX + name + EXTENSION;
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("template names are lower-case letters, digits and '-': " + name);
        }
        return name;
    }
}
