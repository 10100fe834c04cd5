package vn.thidua.common.document;

import java.util.List;
import java.util.Objects;

/**
 * One piece of a document's body. Numbering is text the caller writes ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
 * "2.1. Giấy khen…", "a) Đối với tập thể"), as the decree's documents type it: the numbers then read the same in Word,
 * in LibreOffice and in the text the clerk copies elsewhere, and a caller may skip or restart numbers freely.
 */
public sealed interface Block {

    /**
     * A heading: level 1 for "I.", 2 for "1.", 3 for "1.1.", 4 for "a)". Levels 1–2 are bold, 3 bold italic, 4
     * italic, all with the body's first-line indent (styles ND30Heading1…4 of the template).
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("heading level 1 to 4: " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A body paragraph: justified, first-line indent; spans carry bold or italic where a part needs it. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Span.plain(text)));
        }

        public static Paragraph italic(String text) {
            return new Paragraph(List.of(new Span(text, false, true)));
        }

        public static Paragraph of(Span... spans) {
            return new Paragraph(List.of(spans));
        }
    }

    /** A "-" item: the writer puts "- " before the text (unless it starts with "-" already). */
    record Bullet(String text) implements Block {
        public Bullet {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A centred line such as "QUYẾT ĐỊNH:", "Kính gửi: …" or "(Kèm theo Quyết định số …)" in italics. */
    record Centred(String text, boolean bold, boolean italic) implements Block {
        public Centred {
            Objects.requireNonNull(text, "text");
        }

        public Centred(String text, boolean bold) {
            this(text, bold, false);
        }
    }

    /** The next block starts a new page, as an attached list ("DANH SÁCH … kèm theo") does. */
    record PageBreak() implements Block {
    }

    /**
     * A table with single borders; the header row is bold, centred and repeated on each page.
     *
     * @param header        the column titles
     * @param rows          the rows, each as long as the header
     * @param columnWeights relative column widths (e.g. 1, 6, 3), or empty for equal columns
     */
    record Table(List<String> header, List<List<String>> rows, List<Integer> columnWeights) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            columnWeights = List.copyOf(columnWeights == null ? List.of() : columnWeights);
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
                }
            }
            if (!columnWeights.isEmpty() && columnWeights.size() != header.size()) {
                throw new IllegalArgumentException("one weight per column");
            }
        }
    }

    /**
     * A table whose cells may be bold, italic, aligned or merged: across columns ({@link Cell#span()}) and down rows
     * ({@link Merge}: the cell that starts a vertical merge, then a {@link Merge#CONTINUE} cell in the rows below). The
     * header rows are repeated on each page; no row is split across two pages.
     *
     * @param header        the header rows (bold and centred unless a cell says otherwise)
     * @param rows          the body rows; the spans of each row add up to the number of columns
     * @param columnWeights relative column widths, one per column (e.g. 1, 6, 3)
     */
    record Grid(List<List<Cell>> header, List<List<Cell>> rows, List<Integer> columnWeights) implements Block {
        public Grid {
            header = header.stream().map(List::copyOf).toList();
            rows = rows.stream().map(List::copyOf).toList();
            columnWeights = List.copyOf(columnWeights);
            if (columnWeights.isEmpty()) {
                throw new IllegalArgumentException("a grid needs its column weights");
            }
            for (List<Cell> row : header) {
                check(row, columnWeights.size());
            }
            for (List<Cell> row : rows) {
                check(row, columnWeights.size());
            }
        }

        private static void check(List<Cell> row, int columns) {
            int spans = row.stream().mapToInt(Cell::span).sum();
            if (spans != columns) {
                throw new IllegalArgumentException("a row spans " + spans + " columns, the grid has " + columns);
            }
        }
    }

    /** How a grid cell's text sits across the cell. */
    enum Align { LEFT, CENTRE, RIGHT, JUSTIFY }

    /** A vertical merge: the first cell of the merge, or a cell covered by the one above. */
    enum Merge { NONE, START, CONTINUE }

    /** A cell of a {@link Grid}. */
    record Cell(String text, boolean bold, boolean italic, Align align, int span, Merge merge) {
        public Cell {
            text = text == null ? "" : text;
            align = align == null ? Align.LEFT : align;
            merge = merge == null ? Merge.NONE : merge;
            if (span < 1) {
                throw new IllegalArgumentException("a cell spans at least one column");
            }
        }

        public static Cell text(String text) {
            return new Cell(text, false, false, Align.LEFT, 1, Merge.NONE);
        }

        public static Cell centred(String text) {
            return new Cell(text, false, false, Align.CENTRE, 1, Merge.NONE);
        }

        public static Cell head(String text) {
            return new Cell(text, true, false, Align.CENTRE, 1, Merge.NONE);
        }

        /** A bold line across {@code span} columns, as a group's title ("I. TẬP THỂ"). */
        public static Cell group(String text, int span) {
            return new Cell(text, true, false, Align.LEFT, span, Merge.NONE);
        }

        public Cell spanning(int columns) {
            return new Cell(text, bold, italic, align, columns, merge);
        }

        public Cell merged(Merge how) {
            return new Cell(text, bold, italic, align, span, how);
        }

        /** The cell under a vertical merge's first cell. */
        public static Cell covered() {
            return new Cell("", false, false, Align.LEFT, 1, Merge.CONTINUE);
        }
    }

    /**
     * Two signatures side by side at the end of a document without "Nơi nhận": the minutes (THƯ KÝ left, CHỦ TỌA
     * right) or an achievement report (the unit's head left, the reporter right). A null side stays empty.
     */
    record Signatures(Signature left, Signature right) implements Block {
    }

    /** A part of a paragraph's text with its emphasis. */
    record Span(String text, boolean bold, boolean italic) {
        public Span {
            Objects.requireNonNull(text, "text");
        }

        public static Span plain(String text) {
            return new Span(text, false, false);
        }

        public static Span bold(String text) {
            return new Span(text, true, false);
        }

        public static Span italic(String text) {
            return new Span(text, false, true);
        }
    }
}
