package vn.thidua.common.document;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** Formatting as Word resolves it: the paragraph's or run's own setting, else its style chain, else the defaults. */
public final class Styles {

    private Styles() {
    }

    public static String defaultFont(XWPFDocument doc) {
        return defaults(doc).getRFontsArray(0).getAscii();
    }

    public static boolean bold(XWPFDocument doc, XWPFParagraph p) {
        return runs(p).stream().allMatch(r -> runFlag(doc, p, r, rPr -> rPr.sizeOfBArray() > 0 ? rPr.getBArray(0) : null));
    }

    public static boolean italic(XWPFDocument doc, XWPFParagraph p) {
        return runs(p).stream().allMatch(r -> runFlag(doc, p, r, rPr -> rPr.sizeOfIArray() > 0 ? rPr.getIArray(0) : null));
    }

    public static double fontSize(XWPFDocument doc, XWPFParagraph p) {
        XWPFRun run = runs(p).isEmpty() ? null : runs(p).get(0);
        if (run != null && run.getCTR().getRPr() != null && run.getCTR().getRPr().sizeOfSzArray() > 0) {
            return number(run.getCTR().getRPr().getSzArray(0).getVal()) / 2.0;
        }
        for (CTStyle s : chain(doc, p.getStyleID())) {
            if (s.getRPr() != null && s.getRPr().sizeOfSzArray() > 0) {
                return number(s.getRPr().getSzArray(0).getVal()) / 2.0;
            }
        }
        return number(defaults(doc).getSzArray(0).getVal()) / 2.0;
    }

    public static String alignment(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getJc() != null) {
            return p.getCTP().getPPr().getJc().getVal().toString();
        }
        for (CTStyle s : chain(doc, p.getStyleID())) {
            CTPPrGeneral pPr = s.getPPr();
            if (pPr != null && pPr.getJc() != null) {
                return pPr.getJc().getVal().toString();
            }
        }
        return "left";
    }

    public static long firstLineIndent(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getInd() != null
                && p.getCTP().getPPr().getInd().isSetFirstLine()) {
            return number(p.getCTP().getPPr().getInd().getFirstLine());
        }
        for (CTStyle s : chain(doc, p.getStyleID())) {
            CTPPrGeneral pPr = s.getPPr();
            if (pPr != null && pPr.getInd() != null && pPr.getInd().isSetFirstLine()) {
                return number(pPr.getInd().getFirstLine());
            }
        }
        return 0;
    }

    public static long spacingBefore(XWPFDocument doc, XWPFParagraph p) {
        return spacing(doc, p, true);
    }

    public static long spacingAfter(XWPFDocument doc, XWPFParagraph p) {
        return spacing(doc, p, false);
    }

    private static long spacing(XWPFDocument doc, XWPFParagraph p, boolean before) {
        var own = p.getCTP().getPPr() == null ? null : p.getCTP().getPPr().getSpacing();
        if (own != null && (before ? own.isSetBefore() : own.isSetAfter())) {
            return number(before ? own.getBefore() : own.getAfter());
        }
        for (CTStyle s : chain(doc, p.getStyleID())) {
            var sp = s.getPPr() == null ? null : s.getPPr().getSpacing();
            if (sp != null && (before ? sp.isSetBefore() : sp.isSetAfter())) {
                return number(before ? sp.getBefore() : sp.getAfter());
            }
        }
        return 0;
    }

    private static boolean runFlag(XWPFDocument doc, XWPFParagraph p, XWPFRun r, Function<CTRPr, CTOnOff> flag) {
        CTRPr own = r.getCTR().getRPr();
        if (own != null && flag.apply(own) != null) {
            return on(flag.apply(own));
        }
        for (CTStyle s : chain(doc, p.getStyleID())) {
            if (s.getRPr() != null && flag.apply(s.getRPr()) != null) {
                return on(flag.apply(s.getRPr()));
            }
        }
        return false;
    }

    private static List<XWPFRun> runs(XWPFParagraph p) {
        return p.getRuns().stream().filter(r -> !r.text().isEmpty()).toList();
    }

    private static List<CTStyle> chain(XWPFDocument doc, String styleId) {
        List<CTStyle> styles = new java.util.ArrayList<>();
        String id = styleId;
        while (id != null) {
            XWPFStyle style = doc.getStyles().getStyle(id);
            if (style == null) {
                break;
            }
            styles.add(style.getCTStyle());
            id = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return styles;
    }

    private static CTRPr defaults(XWPFDocument doc) {
        try {
            return doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
        } catch (org.apache.xmlbeans.XmlException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean on(CTOnOff o) {
        return !o.isSetVal() || Set.of("true", "on", "1").contains(String.valueOf(o.getVal()).toLowerCase());
    }

    private static long number(Object value) {
        return value instanceof BigInteger b ? b.longValue() : Long.parseLong(value.toString());
    }
}
