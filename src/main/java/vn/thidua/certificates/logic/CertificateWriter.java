package vn.thidua.certificates.logic;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageBorderOffset;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;
import vn.thidua.certificates.model.Certificate;
import vn.thidua.certificates.model.CertificateField;
import vn.thidua.certificates.model.CertificateLayout;
import vn.thidua.certificates.model.FieldPlacement;
import vn.thidua.certificates.model.PrintMode;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.AtomicFiles;

/**
 * Writes certificates as a Word document, one A4 landscape page (a section of its own) per certificate. Each line is a
 * paragraph in a frame ({@code w:framePr}) placed from the top-left corner of the page, so its position does not
 * depend on the lines above it; Word and LibreOffice both place such frames where they say, where floating text
 * boxes shift between the two. The frame is as wide as the layout says and as high as its text.
 */
public final class CertificateWriter {

    /** Twentieths of a point in a millimetre. */
    static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final String FONT = "Times New Roman";
    private static final String RED = "C00000";
    private static final String FRAME_GREY = "A6A6A6";
    private static final String CAPTION_GREY = "7F7F7F";

    private CertificateWriter() {
    }

    public static void write(List<Certificate> certificates, CertificateLayout layout, PrintMode mode, Path target)
            throws IOException {
        try (XWPFDocument docx = build(certificates, layout, mode)) {
            AtomicFiles.write(target, docx::write);
        }
    }

    public static void write(List<Certificate> certificates, CertificateLayout layout, PrintMode mode, OutputStream out)
            throws IOException {
        try (XWPFDocument docx = build(certificates, layout, mode)) {
            docx.write(out);
        }
    }

    /** The document; the caller closes it. */
    public static XWPFDocument build(List<Certificate> certificates, CertificateLayout layout, PrintMode mode) {
        XWPFDocument docx = new XWPFDocument();
        for (int i = 0; i < certificates.size(); i++) {
            Certificate c = certificates.get(i);
            for (FieldPlacement f : layout.fields()) {
                String text = c.text(f.field());
                if (text.isBlank() || (mode == PrintMode.ON_BLANK && !f.field().variable())) {
                    continue;
                }
                field(docx.createParagraph(), f, text, mode == PrintMode.TEST_PAGE);
            }
            if (mode == PrintMode.TEST_PAGE) {
                XWPFParagraph caption = docx.createParagraph();
                field(caption, new FieldPlacement(CertificateField.ACHIEVEMENT, 10, 196, 277, 8, false, true, false,
                        FieldPlacement.Alignment.CENTRE), Messages.get("certificate.testCaption", layout.name()), false);
                caption.getRuns().forEach(r -> r.setColor(CAPTION_GREY));
            }
            XWPFParagraph anchor = docx.createParagraph();
            tiny(anchor);
            boolean last = i == certificates.size() - 1;
            CTSectPr sect = last ? docx.getDocument().getBody().addNewSectPr()
                    : pPr(anchor).addNewSectPr();
            page(sect, mode == PrintMode.FULL_PAGE);
        }
        return docx;
    }

    /** Twips from millimetres, as the frame's position and width are written. */
    public static long twips(double mm) {
        return Math.round(mm * TWIPS_PER_MM);
    }

    private static void field(XWPFParagraph p, FieldPlacement f, String text, boolean framed) {
        CTPPr ppr = pPr(p);
        CTFramePr frame = ppr.addNewFramePr();
        frame.setW(BigInteger.valueOf(twips(f.width())));
        frame.setHAnchor(STHAnchor.PAGE);
        frame.setVAnchor(STVAnchor.PAGE);
        frame.setX(BigInteger.valueOf(twips(f.x())));
        frame.setY(BigInteger.valueOf(twips(f.y())));
        frame.setWrap(STWrap.AROUND);
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        p.setAlignment(switch (f.align()) {
            case LEFT -> ParagraphAlignment.LEFT;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case CENTRE -> ParagraphAlignment.CENTER;
        });
        if (framed) {
            CTPBdr borders = ppr.addNewPBdr();
            for (CTBorder b : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                    borders.addNewRight())) {
                b.setVal(STBorder.DASHED);
                b.setSz(BigInteger.valueOf(4));
                b.setSpace(BigInteger.ZERO);
                b.setColor(FRAME_GREY);
            }
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = p.createRun();
            r.setFontFamily(FONT);
            r.setFontSize(f.fontSize());
            r.setBold(f.bold());
            r.setItalic(f.italic());
            if (f.red()) {
                r.setColor(RED);
            }
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
    }

    /** The paragraph that closes a page: empty and small, so it never pushes the page over. */
    private static void tiny(XWPFParagraph p) {
        CTSpacing spacing = pPr(p).addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(40));
        XWPFRun r = p.createRun();
        r.setFontSize(2);
    }

    private static void page(CTSectPr sect, boolean border) {
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(CertificateLayout.PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(CertificateLayout.PAGE_HEIGHT_MM)));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = sect.addNewPgMar();
        BigInteger tenMm = BigInteger.valueOf(twips(10));
        margins.setTop(tenMm);
        margins.setBottom(tenMm);
        margins.setLeft(tenMm);
        margins.setRight(tenMm);
        margins.setHeader(BigInteger.ZERO);
        margins.setFooter(BigInteger.ZERO);
        sect.addNewType().setVal(STSectionMark.NEXT_PAGE);
        if (border) {
            CTPageBorders borders = sect.addNewPgBorders();
            borders.setOffsetFrom(STPageBorderOffset.PAGE);
            for (CTBorder b : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                    borders.addNewRight())) {
                b.setVal(STBorder.THIN_THICK_SMALL_GAP);
                b.setSz(BigInteger.valueOf(36));
                b.setSpace(BigInteger.valueOf(24));
                b.setColor(RED);
            }
        }
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }
}
