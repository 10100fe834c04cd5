package vn.thidua.planimport.model;

/**
 * One paragraph of the document as read: its place in reading order, the number or bullet it carries (typed by
 * hand or made by Word's list numbering, rebuilt as text: "I.", "1.1.", "a)", "-"; empty when none), its text
 * without that label, whether all its text is bold, and the table it sits in (-1 when in the body).
 */
public record ReadParagraph(int index, String label, String text, boolean bold, int table) {

    public ReadParagraph {
        label = label == null ? "" : label;
        text = text == null ? "" : text;
    }

    /** The paragraph as printed: the label, a space and the text. */
    public String display() {
        return label.isEmpty() ? text : label + " " + text;
    }
}
