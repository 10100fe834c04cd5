package vn.thidua.overview.model;

import java.time.LocalDate;

/**
 * One thing that needs the clerk now: what kind of thing, the sentence that says it, the day it is about (a
 * deadline, a meeting) when there is one, whether it is already overdue, and the screen that deals with it.
 */
public record Attention(AttentionKind kind, String text, LocalDate day, boolean urgent, String sectionId) {
}
