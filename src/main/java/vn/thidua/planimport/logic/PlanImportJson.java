package vn.thidua.planimport.logic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.planimport.model.FoundField;
import vn.thidua.planimport.model.ImportedTask;
import vn.thidua.planimport.model.PlanReading;

/** The fields found, as JSON: the kind of plan, each field with its confidence and source line, and a task plan's tasks. */
public final class PlanImportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanImportJson() {
    }

    public static String write(PlanReading reading) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", reading.kind().name());
        root.put("encoding", reading.document().encoding().name());
        root.put("paragraphs", reading.document().paragraphs().size());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FoundField f : reading.fields()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", f.kind().name());
            m.put("value", f.value());
            m.put("confidence", f.confidence().name());
            if (f.group() != null) {
                m.put("group", f.group());
            }
            if (f.awardee() != null) {
                m.put("awardee", f.awardee().name());
            }
            if (f.label() != null) {
                m.put("label", f.label());
                m.put("level", f.level());
            }
            m.put("line", f.paragraph() < 0 ? null : f.paragraph() + 1);
            m.put("source", f.source());
            fields.add(m);
        }
        root.put("fields", fields);
        if (!reading.tasks().isEmpty()) {
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (ImportedTask t : reading.tasks()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("section", t.section());
                m.put("group", t.group());
                m.put("number", t.number());
                m.put("content", t.content());
                m.put("leadUnit", t.leadUnit());
                m.put("supportingUnits", t.supportingUnits());
                m.put("deadline", t.deadline());
                m.put("product", t.product());
                m.put("confidence", t.confidence().name());
                m.put("line", t.paragraph() < 0 ? null : t.paragraph() + 1);
                tasks.add(m);
            }
            root.put("tasks", tasks);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
