package vn.thidua.plans.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.plans.model.ContentItem;

/**
 * The contents as rows in reading order, each with its depth: an item moves, indents and goes away together with its
 * sub-items, so the rows always make a tree.
 */
public class ContentRows extends RowList<ContentRows.Item> {

    /** One content item: depth (0 for "1.", 1 for its "-" lines), label as printed, optional heading, text. */
    public static final class Item implements RowList.Row {
        private final IntegerProperty depth = new SimpleIntegerProperty();
        private final StringProperty label = new SimpleStringProperty("");
        private final StringProperty heading = new SimpleStringProperty("");
        private final StringProperty body = new SimpleStringProperty("");

        public Item(int depth, String label, String heading, String body) {
            this.depth.set(depth);
            this.label.set(label == null ? "" : label);
            this.heading.set(heading == null ? "" : heading);
            this.body.set(body == null ? "" : body);
        }

        @Override
        public Observable[] fields() {
            return new Observable[] {depth, label, heading, body};
        }

        public int depth() {
            return depth.get();
        }

        public IntegerProperty depthProperty() {
            return depth;
        }

        public StringProperty labelProperty() {
            return label;
        }

        public StringProperty headingProperty() {
            return heading;
        }

        public StringProperty bodyProperty() {
            return body;
        }
    }

    private final Command indent;
    private final Command outdent;

    public ContentRows(ObservableBooleanValue editable) {
        super(() -> null, editable);
        indent = new Command(this::indent, Bindings.createBooleanBinding(() -> editable.get() && canIndent(),
                editable, selected, items));
        outdent = new Command(this::outdent, Bindings.createBooleanBinding(() -> editable.get() && selected.get() != null
                && selected.get().depth() > 0, editable, selected, items));
    }

    /** A new item at the selected one's depth after its sub-items, numbered after it ("3." after "2.", "-" after "-"). */
    @Override
    protected void addRow() {
        Item at = selected.get();
        int depth = at == null ? 0 : at.depth();
        int index = at == null ? items.size() : end(items.indexOf(at));
        String label = at == null ? (items.stream().filter(i -> i.depth() == 0).count() + 1) + "." : next(at.label.get());
        Item row = new Item(depth, label, "", "");
        items.add(index, row);
        renumber();
        selected.set(row);
    }

    static String next(String label) {
        if (label.matches("(\\d+\\.)*\\d+\\.")) {
            String[] parts = label.split("\\.");
            parts[parts.length - 1] = String.valueOf(Integer.parseInt(parts[parts.length - 1]) + 1);
            return String.join(".", parts) + ".";
        }
        if (label.matches("[a-zđ]\\)")) {
            return (char) (label.charAt(0) + 1) + ")";
        }
        return label;
    }

    /**
     * Numbers the items again after a move: a numbered label takes its place among its siblings ("1.", "2.", or
     * "2.1." under "2."), a letter label its letter ("a)", "b)"); marks such as "-" and "+" stay as typed.
     */
    void renumber() {
        int[] numbers = new int[64];
        int[] letters = new int[64];
        String[] parent = new String[64];
        for (Item it : items) {
            int d = Math.min(it.depth(), numbers.length - 2);
            numbers[d + 1] = 0;
            letters[d + 1] = 0;
            String label = it.label.get();
            if (label.matches("(\\d+\\.)+")) {
                String prefix = d > 0 && parent[d - 1] != null && parent[d - 1].matches("(\\d+\\.)+") ? parent[d - 1] : "";
                it.label.set(prefix + (++numbers[d]) + ".");
            } else if (label.matches("[a-z]\\)")) {
                it.label.set((char) ('a' + Math.min(++letters[d], 26) - 1) + ")");
            }
            parent[d] = it.label.get();
        }
    }

    /** The index just after the item at {@code i} and its sub-items. */
    private int end(int i) {
        int d = items.get(i).depth();
        int j = i + 1;
        while (j < items.size() && items.get(j).depth() > d) {
            j++;
        }
        return j;
    }

    /** The start of the sibling just before the item at {@code i}, or -1 when it is the first under its parent. */
    private int previousSibling(int i) {
        int d = items.get(i).depth();
        for (int j = i - 1; j >= 0; j--) {
            if (items.get(j).depth() < d) {
                return -1;
            }
            if (items.get(j).depth() == d) {
                return j;
            }
        }
        return -1;
    }

    @Override
    protected void removeSelected() {
        int i = items.indexOf(selected.get());
        items.remove(i, end(i));
        renumber();
        selected.set(items.isEmpty() ? null : items.get(Math.min(i, items.size() - 1)));
    }

    @Override
    protected boolean canMoveUp() {
        return selected.get() != null && items.contains(selected.get()) && previousSibling(items.indexOf(selected.get())) >= 0;
    }

    @Override
    protected boolean canMoveDown() {
        if (selected.get() == null || !items.contains(selected.get())) {
            return false;
        }
        int i = items.indexOf(selected.get());
        int e = end(i);
        return e < items.size() && items.get(e).depth() == items.get(i).depth();
    }

    @Override
    protected void moveUp() {
        Item row = selected.get();
        int i = items.indexOf(row);
        moveBlock(i, end(i), previousSibling(i));
        renumber();
        selected.set(row);
    }

    @Override
    protected void moveDown() {
        Item row = selected.get();
        int i = items.indexOf(row);
        int next = end(i);
        moveBlock(next, end(next), i);
        renumber();
        selected.set(row);
    }

    /** Moves rows [from, to) to stand before index {@code before} (before &lt; from). */
    private void moveBlock(int from, int to, int before) {
        List<Item> block = new ArrayList<>(items.subList(from, to));
        items.remove(from, to);
        items.addAll(before, block);
    }

    private boolean canIndent() {
        Item row = selected.get();
        return row != null && items.contains(row) && previousSibling(items.indexOf(row)) >= 0;
    }

    /** The item and its sub-items become sub-items of the item before it. */
    private void indent() {
        Item row = selected.get();
        int i = items.indexOf(row);
        for (Item it : items.subList(i, end(i))) {
            it.depth.set(it.depth() + 1);
        }
        renumber();
        selected.set(null);
        selected.set(row);
    }

    /** The item and its sub-items move one level out. */
    private void outdent() {
        Item row = selected.get();
        int i = items.indexOf(row);
        for (Item it : items.subList(i, end(i))) {
            it.depth.set(it.depth() - 1);
        }
        renumber();
        selected.set(null);
        selected.set(row);
    }

    public Command indentCommand() {
        return indent;
    }

    public Command outdentCommand() {
        return outdent;
    }

    /** Fills the rows from a tree. */
    public void setTree(List<ContentItem> tree) {
        List<Item> rows = new ArrayList<>();
        flatten(tree, 0, rows);
        items.setAll(rows);
        selected.set(null);
    }

    private static void flatten(List<ContentItem> tree, int depth, List<Item> out) {
        for (ContentItem c : tree) {
            out.add(new Item(depth, c.label(), c.heading(), c.body()));
            flatten(c.children(), depth + 1, out);
        }
    }

    /** The rows as a tree, text in NFC, blank parts as null. */
    public List<ContentItem> tree() {
        List<ContentItem> out = new ArrayList<>();
        build(new int[] {0}, 0, out);
        return out;
    }

    private void build(int[] next, int depth, List<ContentItem> out) {
        while (next[0] < items.size() && items.get(next[0]).depth() >= depth) {
            Item row = items.get(next[0]++);
            List<ContentItem> children = new ArrayList<>();
            build(next, depth + 1, children);
            out.add(new ContentItem(VietText.cleanOrNull(row.label.get()), VietText.cleanOrNull(row.heading.get()),
                    VietText.cleanOrNull(row.body.get()), children));
        }
    }
}
