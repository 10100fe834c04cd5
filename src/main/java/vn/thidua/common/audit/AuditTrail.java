package vn.thidua.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import vn.thidua.common.text.VietText;

/**
 * Writes one line of the change log on the connection of the change itself, so the line is committed with the
 * change or rolled back with it. The workstation user is given by the composition root, never looked up here.
 * Before and after are the records as JSON; the log lives only in the database, never in log files, because the
 * records hold personal data.
 */
public final class AuditTrail {

    /** Logs nothing: for the demo data the program writes itself, which is no one's change. */
    public static final AuditTrail OFF = new AuditTrail(null, null, false);

    private final String user;
    private final String workstation;
    private final boolean on;

    public AuditTrail(String user, String workstation) {
        this(user, workstation, true);
    }

    private AuditTrail(String user, String workstation, boolean on) {
        this.user = clip(user, 100);
        this.workstation = clip(workstation, 100);
        this.on = on;
    }

    public String user() {
        return user;
    }

    /** Logs a change; {@code before} is null for a new record, {@code after} null for a removed one. */
    public void record(Connection c, AuditEntity entity, Long entityId, AuditAction action, Object before, Object after,
            String summary) throws SQLException {
        if (!on) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (logged_at, os_user, workstation, entity, "
                + "entity_id, action, before_json, after_json, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS)));
            ps.setString(2, user);
            ps.setString(3, workstation);
            ps.setString(4, entity.name());
            if (entityId == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, entityId);
            }
            ps.setString(6, action.name());
            ps.setString(7, json(before));
            ps.setString(8, json(after));
            ps.setString(9, clip(summary, 400));
            ps.executeUpdate();
        }
    }

    /** The JSON the log keeps of a record (null stays null). */
    public static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record could not be written as JSON: " + value.getClass().getName(), e);
        }
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = VietText.cleanOrNull(text);
        if (clean == null) {
            return null;
        }
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    /** Built at the first change logged, not at start-up: Jackson's classes take a quarter of a second to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
