package vn.thidua.planimport.model;

import java.util.List;

/** What the reader made of a document: its text, what kind of plan it is, the fields found and, for a task plan, its tasks. */
public record PlanReading(ReadDocument document, PlanKind kind, List<FoundField> fields, List<ImportedTask> tasks) {

    public PlanReading {
        fields = List.copyOf(fields);
        tasks = List.copyOf(tasks);
    }

    public List<FoundField> all(FieldKind k) {
        return fields.stream().filter(f -> f.kind() == k).toList();
    }

    /** The first field of that kind's value, or null. */
    public String first(FieldKind k) {
        return fields.stream().filter(f -> f.kind() == k).map(FoundField::value).findFirst().orElse(null);
    }

    public PlanReading withFields(List<FoundField> newFields) {
        return new PlanReading(document, kind, newFields, tasks);
    }
}
