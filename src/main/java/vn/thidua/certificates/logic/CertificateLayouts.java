package vn.thidua.certificates.logic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.thidua.certificates.model.CertificateField;
import vn.thidua.certificates.model.CertificateLayout;
import vn.thidua.certificates.model.FieldPlacement;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.AtomicFiles;

/**
 * The certificate layouts: the clerk's {@code <data folder>/certificates/<name>.json} wins over the one shipped with
 * the program, as the clerk's Word templates do. A clerk's file that lacks a line takes it from the shipped default,
 * so a layout saved by an older version still prints every line.
 */
public final class CertificateLayouts {

    public static final String FOLDER = "certificates";
    public static final String DEFAULT = "default";
    private static final String RESOURCE_FOLDER = "/vn/thidua/certificates/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    private final Path folder;

    /** @param dataFolder the data folder; the clerk's layouts live in its {@value #FOLDER} sub-folder */
    public CertificateLayouts(Path dataFolder) {
        this.folder = dataFolder.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    public Path clerkFile(String name) {
        return folder.resolve(checked(name) + ".json");
    }

    /** The names there are layouts for: the shipped default and the clerk's files. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(List.of(DEFAULT));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .map(n -> n.substring(0, n.length() - ".json".length())).filter(n -> NAME.matcher(n).matches())
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UserException(Messages.get("certificate.error.read", folder, e.getMessage()), e);
            }
        }
        return List.copyOf(names);
    }

    /** The layout {@code name}: the clerk's file, else the shipped one, else a copy of the shipped default. */
    public CertificateLayout load(String name) {
        Path own = clerkFile(name);
        CertificateLayout shipped = shipped(name);
        if (!Files.isRegularFile(own)) {
            return shipped;
        }
        try (InputStream in = Files.newInputStream(own)) {
            CertificateLayout read = Json.MAPPER.readValue(in, CertificateLayout.class);
            CertificateLayout complete = new CertificateLayout(name, read.fields());
            for (FieldPlacement f : shipped.fields()) {
                if (complete.placement(f.field()).isEmpty()) {
                    complete = complete.with(f);
                }
            }
            return complete;
        } catch (IOException | RuntimeException e) {
            throw new UserException(Messages.get("certificate.error.layoutFile", own, e.getMessage()), e);
        }
    }

    /** Keeps the layout in the data folder under its name. */
    public CertificateLayout save(CertificateLayout layout) {
        Path file = clerkFile(layout.name());
        for (FieldPlacement f : layout.fields()) {
            check(f);
        }
        try {
            AtomicFiles.write(file, out -> Json.MAPPER.writeValue(out, layout));
        } catch (IOException e) {
            throw new UserException(Messages.get("export.error.write", file, e.getMessage()), e);
        }
        return layout;
    }

    /** Moves one line of layout {@code name} to (x, y) mm and keeps the layout. */
    public CertificateLayout move(String name, CertificateField field, double x, double y) {
        CertificateLayout layout = load(name);
        FieldPlacement p = layout.placement(field).orElseThrow();
        return save(layout.with(p.movedTo(x, y)));
    }

    /** Forgets the clerk's changes to layout {@code name}: the shipped one applies again. */
    public CertificateLayout reset(String name) {
        try {
            Files.deleteIfExists(clerkFile(name));
        } catch (IOException e) {
            throw new UserException(Messages.get("export.error.write", clerkFile(name), e.getMessage()), e);
        }
        return load(name);
    }

    private static void check(FieldPlacement f) {
        String label = Messages.label(f.field());
        if (f.x() < 0 || f.y() < 0 || f.x() + f.width() > CertificateLayout.PAGE_WIDTH_MM
                || f.y() >= CertificateLayout.PAGE_HEIGHT_MM) {
            throw UserException.of("certificate.error.offPage", label);
        }
        if (f.width() < 10) {
            throw UserException.of("certificate.error.width", label);
        }
        if (f.fontSize() < 6 || f.fontSize() > 72) {
            throw UserException.of("certificate.error.fontSize", label);
        }
    }

    static CertificateLayout shipped(String name) {
        String resource = RESOURCE_FOLDER + checked(name) + ".json";
        InputStream found = CertificateLayouts.class.getResourceAsStream(resource);
        try (InputStream in = found != null ? found
                : CertificateLayouts.class.getResourceAsStream(RESOURCE_FOLDER + DEFAULT + ".json")) {
            CertificateLayout read = Json.MAPPER.readValue(in, CertificateLayout.class);
            return new CertificateLayout(name, new ArrayList<>(read.fields()));
        } catch (IOException e) {
            throw new IllegalStateException("shipped certificate layout " + resource, e);
        }
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw UserException.of("certificate.error.layoutName", name);
        }
        return name;
    }

    /** Made at first use, not when the services are built at start-up: Jackson's classes take long to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
