package vn.thidua.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.common.text.VietText;

/**
 * Every text key the program uses is in the bundle, and every key in the bundle is used. Keys are found generically:
 * string literals in the Java sources, {@code %key} in FXML, and the labels {@link Messages#label} builds for enums.
 */
class BundleKeysTest {

    private static final Path BUNDLE = Path.of("src/main/resources/vn/thidua/messages.properties");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** What {@link Messages#label} puts before "SimpleName.CONSTANT". */
    private static final String ENUM_PREFIX = "enum.";

    /**
     * Key prefixes the code completes at run time ({@code "prefix." + something}), with the reason. Every key under such
     * a prefix counts as used, except enum labels, which are checked constant by constant.
     */
    private static final Map<String, String> BUILT_AT_RUN_TIME = Map.of(
            ENUM_PREFIX, "Messages.label: enum.<SimpleName>.<CONSTANT>, checked per enum constant below");

    /** Dotted literals that are not text keys although they start like one: the exchange file's JSON entry. */
    private static final Set<String> NOT_KEYS = Set.of("exchange.json");

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)*\\.");
    private static final Pattern LOOKUP_CALL = Pattern.compile("(Messages\\s*\\.\\s*(get|format)|UserException\\s*\\.\\s*of)\\s*\\(\\s*$");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([^\"\\s]+)\"");

    private static List<Entry> entries;
    private static Set<String> bundleKeys;
    private static List<Literal> literals;
    private static Map<String, List<String>> fxmlKeys;
    private static List<Class<?>> mainEnums;
    private static Map<String, Set<String>> enumLabelKeys;

    @BeforeAll
    static void scan() throws IOException {
        assertTrue(Files.isRegularFile(BUNDLE), "run from the project folder: " + BUNDLE.toAbsolutePath());
        entries = parse(strictUtf8(BUNDLE));
        bundleKeys = entries.stream().map(Entry::key).collect(Collectors.toCollection(TreeSet::new));
        literals = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            literals.addAll(JavaLiterals.of(file, Files.readString(file, StandardCharsets.UTF_8)));
        }
        fxmlKeys = new TreeMap<>();
        for (Path file : files(RESOURCES, ".fxml")) {
            Matcher m = FXML_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                fxmlKeys.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(RESOURCES.relativize(file).toString());
            }
        }
        mainEnums = findMainEnums();
        enumLabelKeys = enumLabelKeys();
    }

    @Test
    void bundleIsUtf8AndTheProgramReadsItAsSuch() throws IOException {
        Properties plain = new Properties();
        plain.load(new StringReader(strictUtf8(BUNDLE)));
        ResourceBundle loaded = Messages.bundle();
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        for (String key : plain.stringPropertyNames()) {
            expected.put(key, plain.getProperty(key));
        }
        for (String key : loaded.keySet()) {
            actual.put(key, loaded.getString(key));
        }
        assertEquals(expected, actual);
        assertEquals(bundleKeys, expected.keySet(), "the test's reading of the file agrees with java.util.Properties");
    }

    @Test
    void bundleHasNoDuplicateKeys() {
        Map<String, List<Integer>> lines = new TreeMap<>();
        for (Entry e : entries) {
            lines.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.line());
        }
        lines.values().removeIf(l -> l.size() < 2);
        assertEquals(Map.of(), lines, "keys given more than once (key=lines); the last one silently wins");
    }

    @Test
    void everyTextIsAPatternMessagesCanFormat() {
        Map<String, String> broken = new TreeMap<>();
        for (Entry e : entries) {
            try {
                new MessageFormat(e.value().replace("'", "''"), VietText.VIETNAMESE);
            } catch (IllegalArgumentException ex) {
                broken.put(e.key(), ex.getMessage());
            }
        }
        assertEquals(Map.of(), broken);
    }

    @Test
    void everyKeyTheProgramUsesIsInTheBundle() {
        Set<String> prefixes = bundleKeys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Literal l : literals) {
            boolean lookedUp = LOOKUP_CALL.matcher(l.codeBefore()).find();
            boolean looksLikeKey = KEY.matcher(l.value()).matches() && !NOT_KEYS.contains(l.value())
                    && prefixes.contains(l.value().substring(0, l.value().indexOf('.')));
            if ((lookedUp || looksLikeKey) && !bundleKeys.contains(l.value())) {
                missing.computeIfAbsent(l.value(), k -> new TreeSet<>()).add(l.file());
            }
        }
        fxmlKeys.forEach((key, files) -> {
            if (!bundleKeys.contains(key)) {
                missing.computeIfAbsent(key, k -> new TreeSet<>()).addAll(files);
            }
        });
        enumLabelKeys.forEach((enumName, keys) -> keys.stream().filter(k -> !bundleKeys.contains(k))
                .forEach(k -> missing.computeIfAbsent(k, x -> new TreeSet<>()).add(enumName)));
        assertEquals(Map.of(), missing, "keys used (key=where) but not in " + BUNDLE);
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> used = new TreeSet<>();
        literals.stream().map(Literal::value).filter(bundleKeys::contains).forEach(used::add);
        used.addAll(fxmlKeys.keySet());
        enumLabelKeys.values().forEach(used::addAll);
        BUILT_AT_RUN_TIME.keySet().stream().filter(p -> !p.equals(ENUM_PREFIX))
                .forEach(p -> bundleKeys.stream().filter(k -> k.startsWith(p)).forEach(used::add));
        Set<String> unused = new TreeSet<>(bundleKeys);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys in " + BUNDLE + " that no Java source, FXML file or enum uses");
    }

    @Test
    void everyKeyBuiltAtRunTimeIsDeclaredWithItsReason() {
        Map<String, Set<String>> built = new TreeMap<>();
        for (Literal l : literals) {
            if (l.concatenatedAfter() && KEY_PREFIX.matcher(l.value()).matches()) {
                built.computeIfAbsent(l.value(), k -> new TreeSet<>()).add(l.file());
            }
        }
        assertEquals(new TreeSet<>(BUILT_AT_RUN_TIME.keySet()), built.keySet(),
                "key prefixes completed at run time (prefix=where); declare each in BUILT_AT_RUN_TIME with a reason: "
                        + built);
    }

    @Test
    void labelledEnumsHaveDistinctSimpleNames() {
        Map<String, List<String>> bySimpleName = new TreeMap<>();
        for (Class<?> c : mainEnums) {
            if (hasLabels(c)) {
                bySimpleName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName());
            }
        }
        bySimpleName.values().removeIf(l -> l.size() < 2);
        assertEquals(Map.of(), bySimpleName, "enums whose labels would share keys");
    }

    /** For every enum of the program with any label in the bundle: the keys of all its constants, by enum name. */
    private static Map<String, Set<String>> enumLabelKeys() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Class<?> c : mainEnums) {
            if (hasLabels(c)) {
                Set<String> keys = new TreeSet<>();
                for (Object constant : c.getEnumConstants()) {
                    keys.add(ENUM_PREFIX + c.getSimpleName() + "." + ((Enum<?>) constant).name());
                }
                out.put(c.getName(), keys);
            }
        }
        return out;
    }

    private static boolean hasLabels(Class<?> c) {
        String prefix = ENUM_PREFIX + c.getSimpleName() + ".";
        return bundleKeys.stream().anyMatch(k -> k.startsWith(prefix));
    }

    /** The enums among the compiled main classes (the folder or jar Messages was loaded from). */
    private static List<Class<?>> findMainEnums() throws IOException {
        Path root;
        try {
            root = Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        for (Path file : files(root, ".class")) {
            String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                    .replaceFirst("\\.class$", "");
            try {
                Class<?> c = Class.forName(name, false, BundleKeysTest.class.getClassLoader());
                if (c.isEnum()) {
                    out.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError("cannot load " + name, e);
            }
        }
        return out;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        assertTrue(Files.isDirectory(root), "run from the project folder: " + root.toAbsolutePath());
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String strictUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
    }

    record Entry(String key, String value, int line) {
    }

    /** The key, value and first line of every entry, duplicates kept, as java.util.Properties reads the file. */
    static List<Entry> parse(String text) throws IOException {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            String line = lines[i].stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(lines[++i].stripLeading());
            }
            Properties one = new Properties();
            one.load(new StringReader(logical.toString()));
            for (String key : one.stringPropertyNames()) {
                out.add(new Entry(key, one.getProperty(key), first + 1));
            }
        }
        return out;
    }

    private static boolean endsWithContinuation(CharSequence s) {
        int backslashes = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** A string literal of a Java source, with the code just before it (comments removed). */
    record Literal(String file, String value, String codeBefore, boolean concatenatedAfter) {
    }

    /** Finds the string literals of a Java source outside comments; enough of a lexer for that. */
    static final class JavaLiterals {

        private JavaLiterals() {
        }

        static List<Literal> of(Path path, String src) {
            String file = path.getFileName().toString();
            List<Literal> out = new ArrayList<>();
            StringBuilder code = new StringBuilder();
            int i = 0;
            int n = src.length();
            while (i < n) {
                char c = src.charAt(i);
                if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                    while (i < n && src.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                    int end = src.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                    code.append(' ');
                } else if (src.startsWith("\"\"\"", i)) {
                    int end = i + 3;
                    while (end < n && !(src.startsWith("\"\"\"", end) && src.charAt(end - 1) != '\\')) {
                        end++;
                    }
                    out.add(literal(file, src.substring(src.indexOf('\n', i) + 1, Math.min(end, n)), code, src, end + 3));
                    code.append("\"\"");
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    StringBuilder value = new StringBuilder();
                    int j = i + 1;
                    while (j < n && src.charAt(j) != c) {
                        if (src.charAt(j) == '\\' && j + 1 < n) {
                            value.append(unescape(src.charAt(j + 1)));
                            j += 2;
                        } else {
                            value.append(src.charAt(j++));
                        }
                    }
                    if (c == '"') {
                        out.add(literal(file, value.toString(), code, src, j + 1));
                        code.append("\"\"");
                    } else {
                        code.append("''");
                    }
                    i = j + 1;
                } else {
                    code.append(c);
                    i++;
                }
            }
            return out;
        }

        private static Literal literal(String file, String value, StringBuilder code, String src, int after) {
            String before = code.substring(Math.max(0, code.length() - 200));
            int k = after;
            while (k < src.length() && Character.isWhitespace(src.charAt(k))) {
                k++;
            }
            return new Literal(file, value, before, k < src.length() && src.charAt(k) == '+');
        }

        private static char unescape(char c) {
            return switch (c) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 's' -> ' ';
                default -> c;
            };
        }
    }

    @Test
    void theSourceScanFindsKeysInCallsButNotInComments() {
        String src = """
                class X {
                    // Messages.get("in.comment")
                    /* "also.in.comment" */
                    String a = Messages.get("some.key", 1) + '"' + "other.text";
                    String b = UserException.of(
                            "error.key").getMessage();
                    String c = "built." + name;
                }
                """;
        List<Literal> found = JavaLiterals.of(Path.of("X.java"), src);
        assertEquals(List.of("some.key", "other.text", "error.key", "built."),
                found.stream().map(Literal::value).toList());
        assertEquals(List.of(true, false, true, false),
                found.stream().map(l -> LOOKUP_CALL.matcher(l.codeBefore()).find()).toList());
        assertEquals(List.of(false, false, false, true), found.stream().map(Literal::concatenatedAfter).toList());
    }
}
