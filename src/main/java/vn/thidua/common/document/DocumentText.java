package vn.thidua.common.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.common.text.VietText;

/**
 * An official document as plain text, for a read-only preview: the same blocks, numbering and wording the Word
 * writer prints, one paragraph per line with a blank line between them.
 */
public final class DocumentText {

    private DocumentText() {
    }

    public static String of(OfficialDocument d) {
        List<String> out = new ArrayList<>();
        DocumentHeader h = d.header();
        addIfAny(out, h.formNumber());
        addIfAny(out, upper(h.parentAgency()));
        addIfAny(out, upper(h.agency()));
        addIfAny(out, h.numberLine());
        out.add(Nd30Lines.NATIONAL_TITLE);
        out.add(Nd30Lines.MOTTO);
        addIfAny(out, h.placeAndDate());
        addIfAny(out, upper(d.type()));
        d.subject().forEach(line -> addIfAny(out, line));
        blocks(out, d.body());
        if (d.recipients() != null) {
            out.add(Nd30Lines.RECIPIENTS_TITLE + "\n" + String.join("\n", d.recipients().lines()));
        }
        if (d.signature() != null) {
            d.signature().authority().forEach(line -> out.add(upper(line)));
            addIfAny(out, d.signature().note());
            addIfAny(out, d.signature().name());
        }
        blocks(out, d.appendix());
        return String.join("\n\n", out);
    }

    private static void blocks(List<String> out, List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading x) {
                out.add(x.text());
            } else if (b instanceof Block.Paragraph x) {
                out.add(x.spans().stream().map(Block.Span::text).collect(Collectors.joining()));
            } else if (b instanceof Block.Bullet x) {
                out.add(x.text().startsWith("-") ? x.text() : "- " + x.text());
            } else if (b instanceof Block.Centred x) {
                out.add(x.text());
            } else if (b instanceof Block.Table x) {
                out.add(String.join(" | ", x.header()));
                x.rows().forEach(row -> out.add(String.join(" | ", row)));
            } else if (b instanceof Block.Grid x) {
                for (List<Block.Cell> row : x.header()) {
                    out.add(row.stream().map(Block.Cell::text).collect(Collectors.joining(" | ")));
                }
                for (List<Block.Cell> row : x.rows()) {
                    out.add(row.stream().map(Block.Cell::text).collect(Collectors.joining(" | ")));
                }
            } else if (b instanceof Block.Signatures x) {
                for (Signature s : java.util.Arrays.asList(x.left(), x.right())) {
                    if (s != null) {
                        s.authority().forEach(line -> out.add(upper(line)));
                        addIfAny(out, s.note());
                        addIfAny(out, s.name());
                    }
                }
            }
        }
    }

    private static void addIfAny(List<String> out, String line) {
        if (line != null && !line.isBlank()) {
            out.add(line);
        }
    }

    private static String upper(String s) {
        return VietText.clean(s).toUpperCase(VietText.VIETNAMESE);
    }
}
