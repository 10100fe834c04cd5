package vn.thidua.planimport.model;

import vn.thidua.plans.model.Awardee;

/**
 * A field found in the text, as text the clerk can correct, with how sure the reader is and where it came from
 * (the paragraph's index, -1 when inferred, and its text). {@code group} ties an award form to its standards,
 * quotas and priorities ("offer 1"); {@code awardee} says whether a line is for collectives or individuals;
 * {@code label} and {@code level} place an item of the contents in its tree.
 */
public record FoundField(FieldKind kind, String value, Confidence confidence, int paragraph, String source,
                         String group, Awardee awardee, String label, int level) {

    public static FoundField of(FieldKind kind, String value, Confidence confidence, ReadParagraph from) {
        return new FoundField(kind, value, confidence, from == null ? -1 : from.index(),
                from == null ? "" : from.display(), null, null, null, 0);
    }

    public FoundField withValue(String newValue) {
        return new FoundField(kind, newValue, confidence, paragraph, source, group, awardee,
                label, level);
    }

    public FoundField inGroup(String newGroup, Awardee newAwardee) {
        return new FoundField(kind, value, confidence, paragraph, source, newGroup, newAwardee, label, level);
    }

    public FoundField at(String newLabel, int newLevel) {
        return new FoundField(kind, value, confidence, paragraph, source, group, awardee, newLabel, newLevel);
    }
}
