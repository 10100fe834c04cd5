package vn.thidua.common.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.AtomicFiles;
import vn.thidua.common.text.VietText;

/**
 * Prints an {@link OfficialDocument} as .docx in the layout of Nghị định 30/2020. The page (size, margins, the page
 * number from page 2) and the look of every part (styles named "ND30…") come from a Word template that the clerk may
 * edit (see {@link Templates}); this class only places the texts and draws the header's rules. The template's body is
 * replaced by the document.
 */
public final class DocxWriter {

    /** Shifts the borderless header and footer tables left by a cell margin, so their text lines up with the body. */
    private static final int TABLE_INDENT = -108;
    private static final int CELL_MARGIN = 108;
    private static final double HEADER_LEFT_SHARE = 0.36;
    private static final double FOOTER_LEFT_SHARE = 0.45;
    /** Agency and subject: a rule from a third to a half of the line; the motto's rule as long as the motto. */
    private static final double AGENCY_RULE = 0.5;
    private static final double SUBJECT_RULE = 1.0 / 3;
    private static final String NATIONAL_TITLE = Nd30Lines.NATIONAL_TITLE;
    private static final String MOTTO = Nd30Lines.MOTTO;
    private static final String RECIPIENTS_TITLE = Nd30Lines.RECIPIENTS_TITLE;
    private static final int SPACE_AFTER_SUBJECT = 240;
    private static final long A4_TEXT_WIDTH = 11906 - 1701 - 851;

    private final Templates templates;

    public DocxWriter(Templates templates) {
        this.templates = templates;
    }

    /** Writes the document built from the {@link Templates#DEFAULT} template to {@code target}, through a temp file. */
    public void write(OfficialDocument document, Path target) throws IOException {
        write(document, Templates.DEFAULT, target);
    }

    /** Writes the document built from the named template to {@code target}, through a temp file. */
    public void write(OfficialDocument document, String templateName, Path target) throws IOException {
        try (XWPFDocument docx = build(document, templateName)) {
            AtomicFiles.write(target, docx::write);
        }
    }

    /** Writes the document built from the named template to a stream the caller owns. */
    public void write(OfficialDocument document, String templateName, OutputStream out) throws IOException {
        try (XWPFDocument docx = build(List.of(document), templateName)) {
            docx.write(out);
        }
    }

    /**
     * Writes several documents into one file, as a dossier is filed: each starts on a new page in a section of its own
     * (portrait or landscape as the document asks), its pages numbered from 1 with no number on its first page.
     */
    public void writeAll(List<OfficialDocument> documents, Path target) throws IOException {
        try (XWPFDocument docx = build(documents, Templates.DEFAULT)) {
            AtomicFiles.write(target, docx::write);
        }
    }

    /** As {@link #writeAll(List, Path)}, built from the named template (the clerk's copy of it, else the default). */
    public void writeAll(List<OfficialDocument> documents, String templateName, Path target) throws IOException {
        try (XWPFDocument docx = build(documents, templateName)) {
            AtomicFiles.write(target, docx::write);
        }
    }

    /** As {@link #writeAll(List, Path)}, to a stream the caller owns. */
    public void writeAll(List<OfficialDocument> documents, OutputStream out) throws IOException {
        try (XWPFDocument docx = build(documents, Templates.DEFAULT)) {
            docx.write(out);
        }
    }

    private XWPFDocument build(OfficialDocument document, String templateName) throws IOException {
        return build(List.of(document), templateName);
    }

    private XWPFDocument build(List<OfficialDocument> documents, String templateName) throws IOException {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("nothing to write");
        }
        XWPFDocument docx = openTemplate(templateName);
        try {
            describe(docx, documents.get(0));
            while (!docx.getBodyElements().isEmpty()) {
                docx.removeBodyElement(docx.getBodyElements().size() - 1);
            }
            CTSectPr page = docx.getDocument().getBody().getSectPr();
            CTSectPr template = page == null ? null : (CTSectPr) page.copy();
            Layout layout = new Layout(docx, textWidth(docx));
            for (int i = 0; i < documents.size(); i++) {
                OfficialDocument d = documents.get(i);
                boolean last = i == documents.size() - 1;
                if (documents.size() == 1 && !d.landscape()) {
                    layout.document(d);
                    break;
                }
                CTSectPr section = section(template, d.landscape(), i > 0);
                layout.width = section == null ? textWidth(docx) : width(section);
                layout.document(d);
                if (section == null) {
                    if (!last) {
                        layout.pageBreak();
                    }
                } else if (last) {
                    docx.getDocument().getBody().setSectPr(section);
                } else {
                    XWPFParagraph end = docx.createParagraph();
                    end.setStyle(layout.id(Nd30Style.RULE));
                    CTPPr pr = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
                    pr.setSectPr(section);
                }
            }
            return docx;
        } catch (RuntimeException e) {
            docx.close();
            throw e;
        }
    }

    /**
     * The file's own title (what Word's properties and the file lists show) is the document's: its kind and subject,
     * in Vietnamese; a clerk's template saved by Word may carry its own title and author, which are not the document's.
     */
    private static void describe(XWPFDocument docx, OfficialDocument first) {
        var core = docx.getProperties().getCoreProperties();
        String kind = nfc(first.type()).toLowerCase(VietText.VIETNAMESE);
        kind = kind.isEmpty() ? kind : kind.substring(0, 1).toUpperCase(VietText.VIETNAMESE) + kind.substring(1);
        String title = (kind + " " + String.join(" ", first.subject().stream().map(DocxWriter::nfc).toList())).strip();
        core.setTitle(title.isEmpty() ? null : title);
        core.setCreator(nfc(first.header().agency()));
        core.getUnderlyingProperties().setLanguageProperty("vi-VN");
    }

    /**
     * The template's page for one document of several: turned to landscape when asked, and (after the first) with the
     * page numbers starting again at 1; the template's "different first page" keeps page 1 of each unnumbered.
     */
    private static CTSectPr section(CTSectPr template, boolean landscape, boolean restart) {
        if (template == null) {
            return null;
        }
        CTSectPr s = (CTSectPr) template.copy();
        if (landscape && s.isSetPgSz()) {
            CTPageSz size = s.getPgSz();
            long w = twips(size.getW(), 11906);
            long h = twips(size.getH(), 16838);
            size.setW(BigInteger.valueOf(Math.max(w, h)));
            size.setH(BigInteger.valueOf(Math.min(w, h)));
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        if (restart) {
            (s.isSetPgNumType() ? s.getPgNumType() : s.addNewPgNumType()).setStart(BigInteger.ONE);
        }
        if (!s.isSetTitlePg()) {
            s.addNewTitlePg();
        }
        return s;
    }

    private static long width(CTSectPr sect) {
        if (!sect.isSetPgSz() || !sect.isSetPgMar()) {
            return A4_TEXT_WIDTH;
        }
        long w = twips(sect.getPgSz().getW(), 11906) - twips(sect.getPgMar().getLeft(), 1701)
                - twips(sect.getPgMar().getRight(), 851);
        return w > 2000 ? w : A4_TEXT_WIDTH;
    }

    private XWPFDocument openTemplate(String name) throws IOException {
        try (InputStream in = templates.open(name)) {
            return new XWPFDocument(in);
        } catch (IOException | RuntimeException e) {
            Path own = templates.clerkCopy(name);
            throw new UserException(Messages.get("document.badTemplate",
                    Files.exists(own) ? own : name), e);
        }
    }

    /** The width between the margins of the template's page, in twips. */
    private static long textWidth(XWPFDocument docx) {
        CTSectPr sect = docx.getDocument().getBody().getSectPr();
        if (sect == null || !sect.isSetPgSz() || !sect.isSetPgMar()) {
            return A4_TEXT_WIDTH;
        }
        CTPageSz size = sect.getPgSz();
        CTPageMar margins = sect.getPgMar();
        long w = twips(size.getW(), 11906) - twips(margins.getLeft(), 1701) - twips(margins.getRight(), 851);
        return w > 2000 ? w : A4_TEXT_WIDTH;
    }

    private static long twips(Object value, long fallback) {
        if (value instanceof BigInteger b) {
            return b.longValue();
        }
        try {
            return value == null ? fallback : Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static String capitals(String s) {
        return nfc(s).toUpperCase(VietText.VIETNAMESE);
    }

    /** One document's placing of blocks in one template. */
    private static final class Layout {

        private final XWPFDocument docx;
        private long width;
        private final Map<Nd30Style, String> styleIds = new EnumMap<>(Nd30Style.class);

        Layout(XWPFDocument docx, long width) {
            this.docx = docx;
            this.width = width;
            XWPFStyles styles = docx.getStyles();
            for (Nd30Style style : Nd30Style.values()) {
                String id = style.id;
                if (styles != null && !styles.styleExist(id)) {
                    XWPFStyle named = styles.getStyleWithName(style.styleName);
                    if (named != null) {
                        id = named.getStyleId();
                    }
                }
                styleIds.put(style, id);
            }
        }

        /** The id the template gives the style, found by name when Word has renamed the id. */
        String id(Nd30Style style) {
            return styleIds.get(style);
        }

        void pageBreak() {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle(id(Nd30Style.RULE));
            paragraph.createRun().addBreak(BreakType.PAGE);
        }

        void document(OfficialDocument d) {
            if (!d.header().formNumber().isBlank()) {
                XWPFParagraph form = docx.createParagraph();
                text(form, Nd30Style.NUMBER, nfc(d.header().formNumber()));
                form.setAlignment(ParagraphAlignment.RIGHT);
                form.setSpacingBefore(0);
                form.getRuns().forEach(r -> r.setBold(true));
            }
            if (d.header().agencyColumn()) {
                header(d.header());
            } else {
                stateOnly(d.header());
            }
            if (!d.type().isBlank()) {
                text(docx.createParagraph(), Nd30Style.TYPE, capitals(d.type().strip()));
            }
            if (!d.subject().isEmpty()) {
                XWPFParagraph subject = docx.createParagraph();
                text(subject, Nd30Style.SUBJECT, String.join("\n", d.subject()));
                long longest = d.subject().stream().mapToLong(s -> TextWidth.boldTwips(nfc(s), 14)).max().orElse(0);
                XWPFParagraph rule = docx.createParagraph();
                rule(rule, width, Math.min(longest, width) * SUBJECT_RULE);
                rule.setSpacingAfter(SPACE_AFTER_SUBJECT);
            }
            for (Block block : d.body()) {
                block(block);
            }
            if (d.recipients() != null || d.signature() != null) {
                footer(d.recipients(), d.signature());
                // Word keeps a paragraph after a closing table; a 1 pt one never pushes a page over.
                docx.createParagraph().setStyle(id(Nd30Style.RULE));
            }
            for (Block block : d.appendix()) {
                block(block);
            }
        }

        private void header(DocumentHeader h) {
            long total = width - 2L * TABLE_INDENT;
            long left = Math.round(total * HEADER_LEFT_SHARE);
            XWPFTable table = borderless(docx.createTable(), left, total - left);
            XWPFTableCell agencyCell = table.getRow(0).getCell(0);
            XWPFTableCell stateCell = table.getRow(0).getCell(1);

            List<XWPFParagraph> free = new ArrayList<>(agencyCell.getParagraphs());
            Supplier<XWPFParagraph> next = () -> free.isEmpty() ? agencyCell.addParagraph() : free.remove(0);
            if (!h.parentAgency().isBlank()) {
                text(next.get(), Nd30Style.PARENT_AGENCY, capitals(h.parentAgency().strip()));
            }
            if (!h.agency().isBlank()) {
                String agency = capitals(h.agency().strip());
                text(next.get(), Nd30Style.AGENCY, agency);
                long agencyLine = agency.lines().mapToLong(l -> TextWidth.boldTwips(l, 13)).max().orElse(0);
                long agencyRoom = left - 2L * CELL_MARGIN;
                rule(next.get(), agencyRoom, Math.min(agencyLine, agencyRoom) * AGENCY_RULE);
            }
            if (!h.numberLine().isBlank()) {
                text(next.get(), Nd30Style.NUMBER, nfc(h.numberLine()));
            }

            long stateRoom = total - left - 2L * CELL_MARGIN;
            text(stateCell.getParagraphs().get(0), Nd30Style.NATIONAL_TITLE, NATIONAL_TITLE);
            text(stateCell.addParagraph(), Nd30Style.MOTTO, MOTTO);
            rule(stateCell.addParagraph(), stateRoom, Math.min(TextWidth.boldTwips(MOTTO, 14), stateRoom));
            if (!h.placeAndDate().isBlank()) {
                text(stateCell.addParagraph(), Nd30Style.PLACE_DATE, nfc(h.placeAndDate()));
            }
        }

        /** The national title and motto centred across the page, the place and date under them at the right. */
        private void stateOnly(DocumentHeader h) {
            text(docx.createParagraph(), Nd30Style.NATIONAL_TITLE, NATIONAL_TITLE);
            text(docx.createParagraph(), Nd30Style.MOTTO, MOTTO);
            rule(docx.createParagraph(), width, Math.min(TextWidth.boldTwips(MOTTO, 14), width));
            if (!h.placeAndDate().isBlank()) {
                XWPFParagraph date = docx.createParagraph();
                text(date, Nd30Style.PLACE_DATE, nfc(h.placeAndDate()));
                date.setAlignment(ParagraphAlignment.RIGHT);
            }
        }

        private void block(Block block) {
            if (block instanceof Block.Heading h) {
                text(docx.createParagraph(), Nd30Style.heading(h.level()), nfc(h.text()));
            } else if (block instanceof Block.Paragraph p) {
                XWPFParagraph paragraph = docx.createParagraph();
                paragraph.setStyle(id(Nd30Style.BODY));
                for (Block.Span span : p.spans()) {
                    XWPFRun run = run(paragraph, nfc(span.text()));
                    if (span.bold()) {
                        run.setBold(true);
                    }
                    if (span.italic()) {
                        run.setItalic(true);
                    }
                }
            } else if (block instanceof Block.Bullet b) {
                String t = nfc(b.text()).strip();
                text(docx.createParagraph(), Nd30Style.BULLET, t.startsWith("-") ? t : "- " + t);
            } else if (block instanceof Block.Centred c) {
                XWPFParagraph paragraph = docx.createParagraph();
                text(paragraph, Nd30Style.CENTRED, nfc(c.text()));
                if (c.bold()) {
                    paragraph.getRuns().forEach(r -> r.setBold(true));
                }
                if (c.italic()) {
                    paragraph.getRuns().forEach(r -> r.setItalic(true));
                }
            } else if (block instanceof Block.Table t) {
                table(t);
            } else if (block instanceof Block.Grid g) {
                grid(g);
            } else if (block instanceof Block.Signatures s) {
                signatures(s);
            } else if (block instanceof Block.PageBreak) {
                XWPFParagraph paragraph = docx.createParagraph();
                paragraph.setStyle(id(Nd30Style.RULE));
                paragraph.createRun().addBreak(BreakType.PAGE);
            }
        }

        private void table(Block.Table t) {
            int columns = t.header().size();
            long[] widths = new long[columns];
            long weightSum = t.columnWeights().isEmpty() ? columns
                    : t.columnWeights().stream().mapToLong(Integer::longValue).sum();
            for (int i = 0; i < columns; i++) {
                long weight = t.columnWeights().isEmpty() ? 1 : t.columnWeights().get(i);
                widths[i] = width * weight / weightSum;
            }
            XWPFTable table = docx.createTable();
            layout(table, widths, 0, STBorder.SINGLE);
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            fillRow(head, t.header(), widths, Nd30Style.TABLE_HEAD);
            for (List<String> cells : t.rows()) {
                XWPFTableRow row = table.createRow();
                fillRow(row, cells, widths, Nd30Style.TABLE_TEXT);
            }
        }

        private void grid(Block.Grid g) {
            int columns = g.columnWeights().size();
            long[] widths = new long[columns];
            long weightSum = g.columnWeights().stream().mapToLong(Integer::longValue).sum();
            for (int i = 0; i < columns; i++) {
                widths[i] = width * g.columnWeights().get(i) / weightSum;
            }
            XWPFTable table = docx.createTable();
            layout(table, widths, 0, STBorder.SINGLE);
            boolean first = true;
            for (int r = 0; r < g.header().size() + g.rows().size(); r++) {
                boolean head = r < g.header().size();
                List<Block.Cell> cells = head ? g.header().get(r) : g.rows().get(r - g.header().size());
                XWPFTableRow row = first ? table.getRow(0) : table.insertNewTableRow(r);
                row.setCantSplitRow(true);
                if (head) {
                    row.setRepeatHeader(true);
                }
                int column = 0;
                for (int c = 0; c < cells.size(); c++) {
                    Block.Cell cell = cells.get(c);
                    XWPFTableCell tc = first && c == 0 ? row.getCell(0) : row.addNewTableCell();
                    long w = 0;
                    for (int k = column; k < column + cell.span(); k++) {
                        w += widths[k];
                    }
                    column += cell.span();
                    gridCell(tc, cell, w, head);
                }
                first = false;
            }
        }

        private void gridCell(XWPFTableCell tc, Block.Cell cell, long w, boolean head) {
            cellWidth(tc, w);
            CTTcPr pr = tc.getCTTc().getTcPr();
            if (cell.span() > 1) {
                pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
            }
            if (cell.merge() == Block.Merge.START) {
                pr.addNewVMerge().setVal(STMerge.RESTART);
            } else if (cell.merge() == Block.Merge.CONTINUE) {
                pr.addNewVMerge().setVal(STMerge.CONTINUE);
            }
            cellBorders(tc);
            pr.addNewVAlign().setVal(STVerticalJc.CENTER);
            XWPFParagraph p = tc.getParagraphs().get(0);
            text(p, head ? Nd30Style.TABLE_HEAD : Nd30Style.TABLE_TEXT, nfc(cell.text()));
            p.setAlignment(switch (cell.align()) {
                case LEFT -> ParagraphAlignment.LEFT;
                case CENTRE -> ParagraphAlignment.CENTER;
                case RIGHT -> ParagraphAlignment.RIGHT;
                case JUSTIFY -> ParagraphAlignment.BOTH;
            });
            if (head || cell.span() > 1 && cell.bold()) {
                p.setKeepNext(true);
            }
            for (XWPFRun run : p.getRuns()) {
                if (cell.bold() || head) {
                    run.setBold(cell.bold() || head);
                }
                if (cell.italic()) {
                    run.setItalic(true);
                }
            }
        }

        /** Two signatures in a borderless two-column row that stays on one page. */
        private void signatures(Block.Signatures s) {
            long total = width - 2L * TABLE_INDENT;
            long left = total / 2;
            XWPFTable table = borderless(docx.createTable(), left, total - left);
            if (s.left() != null) {
                sign(table.getRow(0).getCell(0), s.left());
            }
            if (s.right() != null) {
                sign(table.getRow(0).getCell(1), s.right());
            }
            docx.createParagraph().setStyle(id(Nd30Style.RULE));
        }

        /** The authority in bold capitals, the italic note ("(Ký, đóng dấu)"), the space to sign, the name. */
        private void sign(XWPFTableCell cell, Signature signature) {
            XWPFParagraph authority = cell.getParagraphs().get(0);
            text(authority, Nd30Style.SIGN_AUTHORITY,
                    String.join("\n", signature.authority().stream().map(DocxWriter::capitals).toList()));
            if (!signature.note().isBlank()) {
                XWPFParagraph note = cell.addParagraph();
                text(note, Nd30Style.CENTRED, nfc(signature.note()));
                note.setSpacingBefore(0);
                note.getRuns().forEach(r -> r.setItalic(true));
            }
            text(cell.addParagraph(), Nd30Style.SIGN_NAME, nfc(signature.name()));
        }

        private void fillRow(XWPFTableRow row, List<String> cells, long[] widths, Nd30Style style) {
            for (int i = 0; i < cells.size(); i++) {
                XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
                cellWidth(cell, widths[i]);
                cellBorders(cell);
                text(cell.getParagraphs().get(0), style, nfc(cells.get(i)));
            }
        }

        private void footer(Recipients recipients, Signature signature) {
            long total = width - 2L * TABLE_INDENT;
            long left = Math.round(total * FOOTER_LEFT_SHARE);
            XWPFTable table = borderless(docx.createTable(), left, total - left);
            XWPFTableCell recipientsCell = table.getRow(0).getCell(0);
            XWPFTableCell signatureCell = table.getRow(0).getCell(1);
            if (recipients != null) {
                text(recipientsCell.getParagraphs().get(0), Nd30Style.RECIPIENTS_TITLE, RECIPIENTS_TITLE);
                for (String line : recipients.lines()) {
                    text(recipientsCell.addParagraph(), Nd30Style.RECIPIENTS, nfc(line));
                }
            }
            if (signature != null) {
                sign(signatureCell, signature);
            }
        }

        /**
         * A two-column table without borders, fixed widths, its text aligned with the body's margin; its one row stays
         * on one page, so the signature never parts from "Nơi nhận".
         */
        private XWPFTable borderless(XWPFTable table, long left, long right) {
            long[] widths = {left, right};
            layout(table, widths, TABLE_INDENT, STBorder.NONE);
            XWPFTableRow row = table.getRow(0);
            row.setCantSplitRow(true);
            XWPFTableCell first = row.getCell(0);
            XWPFTableCell second = row.getTableCells().size() > 1 ? row.getCell(1) : row.addNewTableCell();
            cellWidth(first, left);
            cellWidth(second, right);
            first.getCTTc().getTcPr().addNewVAlign().setVal(STVerticalJc.TOP);
            second.getCTTc().getTcPr().addNewVAlign().setVal(STVerticalJc.TOP);
            return table;
        }

        private static void layout(XWPFTable table, long[] widths, int indent, STBorder.Enum border) {
            CTTbl ct = table.getCTTbl();
            CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
            long total = 0;
            for (long w : widths) {
                total += w;
            }
            CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
            tw.setType(STTblWidth.DXA);
            tw.setW(BigInteger.valueOf(total));
            CTTblWidth ind = pr.isSetTblInd() ? pr.getTblInd() : pr.addNewTblInd();
            ind.setType(STTblWidth.DXA);
            ind.setW(BigInteger.valueOf(indent));
            if (pr.isSetTblLayout()) {
                pr.unsetTblLayout();
            }
            pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
            if (pr.isSetTblBorders()) {
                pr.unsetTblBorders();
            }
            CTTblBorders borders = pr.addNewTblBorders();
            for (CTBorder b : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                    borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
                b.setVal(border);
                if (border != STBorder.NONE) {
                    b.setSz(BigInteger.valueOf(4));
                    b.setSpace(BigInteger.ZERO);
                    b.setColor("000000");
                }
            }
            CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (long w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
        }

        private static void cellWidth(XWPFTableCell cell, long w) {
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth tcw = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
            tcw.setType(STTblWidth.DXA);
            tcw.setW(BigInteger.valueOf(w));
        }

        /** LibreOffice (7.4) left these tables' table-level borders undrawn; it draws the cells' borders. */
        private static void cellBorders(XWPFTableCell cell) {
            CTTcBorders borders = cell.getCTTc().getTcPr().addNewTcBorders();
            for (CTBorder b : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                    borders.addNewRight()}) {
                b.setVal(STBorder.SINGLE);
                b.setSz(BigInteger.valueOf(4));
                b.setSpace(BigInteger.ZERO);
                b.setColor("000000");
            }
        }

        /** A short rule: an empty paragraph with a bottom border, centred in {@code room} by equal indents. */
        private void rule(XWPFParagraph p, long room, double length) {
            p.setStyle(id(Nd30Style.RULE));
            long side = Math.max(0, Math.round((room - length) / 2));
            p.setIndentationLeft((int) side);
            p.setIndentationRight((int) side);
            CTPPr pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTBorder bottom = pr.addNewPBdr().addNewBottom();
            bottom.setVal(STBorder.SINGLE);
            bottom.setSz(BigInteger.valueOf(6));
            bottom.setSpace(BigInteger.ONE);
            bottom.setColor("000000");
        }

        private void text(XWPFParagraph p, Nd30Style style, String text) {
            p.setStyle(id(style));
            run(p, text);
        }

        /** A run of text; "\n" becomes a line break inside the paragraph. */
        private static XWPFRun run(XWPFParagraph p, String text) {
            XWPFRun run = p.createRun();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
            return run;
        }
    }
}
