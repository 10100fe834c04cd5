package vn.thidua.audit.logic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.audit.model.AuditEntry;
import vn.thidua.audit.model.FieldChange;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietDates;

/** Reads the change log the repositories write (through {@link vn.thidua.common.audit.AuditTrail}). */
public class AuditLog {

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    /**
     * The entries logged from the start of {@code from} to the end of {@code to}, oldest first; only those of one kind of
     * record when {@code entity} is given.
     */
    public List<AuditEntry> between(LocalDate from, LocalDate to, AuditEntity entity) {
        if (from == null || to == null) {
            throw UserException.of("audit.error.range");
        }
        if (to.isBefore(from)) {
            throw UserException.of("audit.error.rangeOrder");
        }
        String sql = "SELECT * FROM audit_log WHERE logged_at >= ? AND logged_at < ?"
                + (entity == null ? "" : " AND entity = ?") + " ORDER BY logged_at, id";
        Object[] params = entity == null
                ? new Object[] {from.atStartOfDay(), to.plusDays(1).atStartOfDay()}
                : new Object[] {from.atStartOfDay(), to.plusDays(1).atStartOfDay(), entity.name()};
        return db.read(c -> Jdbc.list(c, sql, AuditLog::entry, params));
    }

    /** Every entry of one record, oldest first. */
    public List<AuditEntry> of(AuditEntity entity, long entityId) {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY logged_at, id",
                AuditLog::entry, entity.name(), entityId));
    }

    /**
     * The record's top-level fields before and after, in the order they first appear; nested values (lists, records)
     * as compact Json.MAPPER. A field missing on one side reads as empty.
     */
    public static List<FieldChange> changes(AuditEntry e) {
        JsonNode before = tree(e.beforeJson());
        JsonNode after = tree(e.afterJson());
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<FieldChange> out = new ArrayList<>();
        if (names.isEmpty() && (before.isArray() || after.isArray())) {
            out.add(new FieldChange("", text(before), text(after)));
            return out;
        }
        for (String name : names) {
            out.add(new FieldChange(name, text(before.get(name)), text(after.get(name))));
        }
        return out;
    }

    private static JsonNode tree(String json) {
        if (json == null || json.isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return Json.MAPPER.createObjectNode();
        }
    }

    /** A value as text; a day ("2025-11-05" in the JSON) as the clerk writes it, 05/11/2025. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (!node.isValueNode()) {
            return node.toString();
        }
        String value = node.asText();
        if (node.isTextual() && ISO_DAY.matcher(value).matches()) {
            try {
                return VietDates.format(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("logged_at").toLocalDateTime(), rs.getString("os_user"),
                rs.getString("workstation"), parse(AuditEntity.class, rs.getString("entity")),
                Jdbc.longOrNull(rs, "entity_id"), parse(AuditAction.class, rs.getString("action")),
                rs.getString("before_json"), rs.getString("after_json"), rs.getString("summary"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Made at first use, not when the services are built at start-up: Jackson's classes take long to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
