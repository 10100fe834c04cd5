package vn.thidua.eligibility.logic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.AtomicFiles;
import vn.thidua.common.text.VietText;
import vn.thidua.eligibility.model.AwardStandards;
import vn.thidua.eligibility.model.Condition;
import vn.thidua.eligibility.model.RuleSet;
import vn.thidua.eligibility.model.Standard;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;

/**
 * Finds the rule set (the standards of every award) of a legal basis. The clerk's file
 * {@code <data folder>/rules/<code>.json} wins over the one shipped with the program, as the clerk's Word templates
 * do; the file name is the basis code without accents, slashes as dashes: {@code 152-2025-ND-CP.json}. A decree the
 * program does not know needs only a new file. A file that cannot be read gives a message naming it and the problem.
 */
public final class RuleSets {

    public static final String FOLDER = "rules";
    private static final String EXTENSION = ".json";
    private static final String RESOURCE_FOLDER = "/vn/thidua/eligibility/rules/";

    private static final Map<String, Optional<RuleSet>> SHIPPED = new ConcurrentHashMap<>();

    private record Stamp(FileTime modified, long size, RuleSet ruleSet) {
    }

    private final Path folder;
    private final Map<Path, Stamp> clerks = new ConcurrentHashMap<>();

    /** @param dataFolder the data folder; the clerk's rule files live in its {@value #FOLDER} sub-folder */
    public RuleSets(Path dataFolder) {
        this.folder = dataFolder.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** The file name a basis's rule set has, in the data folder and in the program: "152-2025-ND-CP.json". */
    public static String fileName(String legalBasisCode) {
        String base = VietText.fold(legalBasisCode).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return base + EXTENSION;
    }

    /** Where the clerk's file for the basis is (or would be). */
    public Path clerkFile(String legalBasisCode) {
        return folder.resolve(fileName(legalBasisCode));
    }

    /** The rule set of the basis: the clerk's file if there is one, else the shipped one, else none. */
    public Optional<RuleSet> forBasis(String legalBasisCode) {
        Path own = clerkFile(legalBasisCode);
        if (Files.isRegularFile(own)) {
            return Optional.of(clerks(own, legalBasisCode));
        }
        return shipped(legalBasisCode);
    }

    /** True when the program ships standards for the basis. */
    public static boolean isShipped(String legalBasisCode) {
        return RuleSets.class.getResource(RESOURCE_FOLDER + fileName(legalBasisCode)) != null;
    }

    /**
     * Copies the shipped rule set of the basis into the data folder for the clerk to edit, unless a copy is there
     * already; returns the copy's path. For a basis the program does not know, the newest shipped one is the start.
     */
    public Path copyToDataFolder(String legalBasisCode, String startFromCode) throws IOException {
        Path own = clerkFile(legalBasisCode);
        if (!Files.exists(own)) {
            String source = isShipped(legalBasisCode) ? legalBasisCode : startFromCode;
            byte[] bytes;
            try (InputStream in = RuleSets.class.getResourceAsStream(RESOURCE_FOLDER + fileName(source))) {
                if (in == null) {
                    throw UserException.of("eligibility.rules.error.noneShipped", source);
                }
                bytes = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("\"legalBasis\": \"" + source + "\"", "\"legalBasis\": \"" + legalBasisCode + "\"")
                        .getBytes(StandardCharsets.UTF_8);
            }
            AtomicFiles.write(own, out -> out.write(bytes));
        }
        return own;
    }

    private RuleSet clerks(Path file, String legalBasisCode) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Stamp known = clerks.get(file);
            if (known != null && known.modified().equals(modified) && known.size() == size) {
                return known.ruleSet();
            }
            RuleSet read = parse(Files.readAllBytes(file), file.toString(), legalBasisCode);
            clerks.put(file, new Stamp(modified, size, read));
            return read;
        } catch (IOException e) {
            throw new UserException(Messages.get("eligibility.rules.error.read", file, e.getMessage()), e);
        }
    }

    private static Optional<RuleSet> shipped(String legalBasisCode) {
        return SHIPPED.computeIfAbsent(legalBasisCode, code -> {
            String resource = RESOURCE_FOLDER + fileName(code);
            try (InputStream in = RuleSets.class.getResourceAsStream(resource)) {
                return in == null ? Optional.empty() : Optional.of(parse(in.readAllBytes(), resource, code));
            } catch (IOException e) {
                throw new UserException(Messages.get("eligibility.rules.error.read", resource, e.getMessage()), e);
            }
        });
    }

    /** Reads a rule set; every problem is a {@link UserException} naming the source and the place in it. */
    public static RuleSet parse(byte[] json, String source, String legalBasisCode) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new UserException(Messages.get("eligibility.rules.error.syntax", source,
                    at == null ? "?" : at.getLineNr(), at == null ? "?" : at.getColumnNr()), e);
        } catch (IOException e) {
            throw new UserException(Messages.get("eligibility.rules.error.read", source, e.getMessage()), e);
        }
        return new Reader(source).ruleSet(root, legalBasisCode);
    }

    /** Walks the tree, knowing where it is for the messages. */
    private static final class Reader {

        private final String source;

        Reader(String source) {
            this.source = source;
        }

        RuleSet ruleSet(JsonNode root, String legalBasisCode) {
            if (root == null || !root.isObject()) {
                throw problem(Messages.get("eligibility.rules.problem.notObject"));
            }
            JsonNode basis = root.get("legalBasis");
            if (basis == null || !basis.isTextual()) {
                throw problem(Messages.get("eligibility.rules.problem.missing", "legalBasis", "/"));
            }
            String declared = VietText.clean(basis.asText());
            if (!declared.equals(VietText.clean(legalBasisCode))) {
                throw problem(Messages.get("eligibility.rules.problem.otherBasis", declared, legalBasisCode));
            }
            JsonNode standards = root.get("standards");
            if (standards == null || !standards.isObject()) {
                throw problem(Messages.get("eligibility.rules.problem.missing", "standards", "/"));
            }
            Map<String, AwardStandards> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = standards.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String code = VietText.clean(e.getKey());
                String where = String.join(".", "standards", code);
                if (!e.getValue().isObject()) {
                    throw problem(Messages.get("eligibility.rules.problem.notObjectAt", where));
                }
                for (Iterator<String> names = e.getValue().fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!name.equals("individual") && !name.equals("collective")) {
                        throw problem(Messages.get("eligibility.rules.problem.unknownField", name, where));
                    }
                }
                out.put(code, new AwardStandards(standard(e.getValue().get("individual"), where + ".individual"),
                        standard(e.getValue().get("collective"), where + ".collective")));
            }
            return new RuleSet(declared, source, out);
        }

        private Standard standard(JsonNode node, String where) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isArray() || node.isEmpty()) {
                throw problem(Messages.get("eligibility.rules.problem.alternatives", where));
            }
            List<List<Condition>> alternatives = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode alternative = node.get(i);
                String at = where + "[" + (i + 1) + "]";
                if (!alternative.isArray() || alternative.isEmpty()) {
                    throw problem(Messages.get("eligibility.rules.problem.conditions", at));
                }
                List<Condition> conditions = new ArrayList<>();
                for (int j = 0; j < alternative.size(); j++) {
                    conditions.add(condition(alternative.get(j), at + "[" + (j + 1) + "]"));
                }
                alternatives.add(conditions);
            }
            return new Standard(alternatives);
        }

        private Condition condition(JsonNode node, String where) {
            if (!node.isObject()) {
                throw problem(Messages.get("eligibility.rules.problem.notObjectAt", where));
            }
            String type = text(node, "type", where);
            int years = integer(node, "years", where, 1);
            return switch (type) {
                case "rating" -> {
                    allow(node, where, "type", "years", "atLeast");
                    yield new Condition.RatingAtLeast(enumValue(node, "atLeast", where, Rating.class), years);
                }
                case "title" -> {
                    allow(node, where, "type", "years", "code", "orStandard");
                    yield new Condition.TitleHeld(text(node, "code", where), years, flag(node, "orStandard", where));
                }
                case "innovations" -> {
                    allow(node, where, "type", "years", "count", "minLevel");
                    yield new Condition.Innovations(integer(node, "count", where, 1),
                            enumValue(node, "minLevel", where, InnovationLevel.class), years);
                }
                case "memberShare" -> {
                    allow(node, where, "type", "years", "code", "percent", "orStandard");
                    yield new Condition.MemberShare(text(node, "code", where), percent(node, where),
                            flag(node, "orStandard", where), years);
                }
                case "memberCount" -> {
                    allow(node, where, "type", "years", "code", "count", "orStandard");
                    yield new Condition.MemberCount(text(node, "code", where), integer(node, "count", where, 1),
                            flag(node, "orStandard", where), years);
                }
                case "taskCompletion" -> {
                    allow(node, where, "type", "years", "percent");
                    yield new Condition.TaskCompletion(percent(node, where), years);
                }
                case "noMemberDisciplined" -> {
                    allow(node, where, "type", "years");
                    yield new Condition.NoMemberDisciplined(years);
                }
                default -> throw problem(Messages.get("eligibility.rules.problem.unknownType", type, where,
                        "rating, title, innovations, memberShare, memberCount, taskCompletion, noMemberDisciplined"));
            };
        }

        private void allow(JsonNode node, String where, String... names) {
            List<String> known = List.of(names);
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!known.contains(name)) {
                    throw problem(Messages.get("eligibility.rules.problem.unknownField", name, where));
                }
            }
        }

        private String text(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                throw problem(Messages.get("eligibility.rules.problem.missing", field, where));
            }
            return VietText.clean(v.asText());
        }

        private int integer(JsonNode node, String field, String where, int orElse) {
            JsonNode v = node.get(field);
            if (v == null) {
                return orElse;
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1 || v.asInt() > 50) {
                throw problem(Messages.get("eligibility.rules.problem.badValue", field, where, v.toString()));
            }
            return v.asInt();
        }

        private boolean flag(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v == null) {
                return false;
            }
            if (!v.isBoolean()) {
                throw problem(Messages.get("eligibility.rules.problem.badValue", field, where, v.toString()));
            }
            return v.asBoolean();
        }

        private BigDecimal percent(JsonNode node, String where) {
            JsonNode v = node.get("percent");
            if (v == null) {
                throw problem(Messages.get("eligibility.rules.problem.missing", "percent", where));
            }
            if (!v.isNumber() || v.decimalValue().signum() < 0 || v.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw problem(Messages.get("eligibility.rules.problem.badValue", "percent", where, v.toString()));
            }
            return v.decimalValue();
        }

        private <E extends Enum<E>> E enumValue(JsonNode node, String field, String where, Class<E> type) {
            String v = text(node, field, where);
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                StringBuilder names = new StringBuilder();
                for (E c : type.getEnumConstants()) {
                    names.append(names.length() == 0 ? "" : ", ").append(c.name());
                }
                throw problem(Messages.get("eligibility.rules.problem.badChoice", field, where, v, names));
            }
        }

        private UserException problem(String what) {
            return UserException.of("eligibility.rules.error.problem", source, what);
        }
    }

    /** Made at first use, not when the services are built at start-up: Jackson's classes take long to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
