package vn.thidua.plans.model;

import java.util.List;

/**
 * One numbered item of the contents with its sub-items: the label as printed ("II.", "1.", "1.1.", "a)", "-"), an
 * optional heading, the text, and the children.
 */
public record ContentItem(String label, String heading, String body, List<ContentItem> children) {

    public ContentItem {
        children = List.copyOf(children);
    }

    public static ContentItem text(String label, String body) {
        return new ContentItem(label, null, body, List.of());
    }

    public static ContentItem section(String label, String heading, String body, ContentItem... children) {
        return new ContentItem(label, heading, body, List.of(children));
    }
}
