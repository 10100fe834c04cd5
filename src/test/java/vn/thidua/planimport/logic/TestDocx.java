package vn.thidua.planimport.logic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes small test documents of the plans' family with POI: paragraphs with a font (for TCVN3 and VNI), bold, Word
 * list numbering of chosen formats, hard line breaks, and tables (the header, the footer, a task table).
 */
final class TestDocx {

    private final XWPFDocument doc = new XWPFDocument();
    private XWPFNumbering numbering;
    private String font;
    private UnaryOperator<String> encode = UnaryOperator.identity();

    TestDocx font(String name, UnaryOperator<String> encoder) {
        this.font = name;
        this.encode = encoder;
        return this;
    }

    TestDocx p(String text) {
        return p(text, false);
    }

    TestDocx bold(String text) {
        return p(text, true);
    }

    TestDocx p(String text, boolean bold) {
        run(doc.createParagraph(), text, bold);
        return this;
    }

    /** A paragraph numbered by Word's list {@code numId} at {@code level}; its text carries no number. */
    TestDocx listed(BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        run(p, text, false);
        return this;
    }

    /** A list whose levels have these formats and texts, e.g. ("upperRoman", "%1."), ("decimal", "%2."). */
    BigInteger list(String[]... levels) {
        if (numbering == null) {
            numbering = doc.createNumbering();
        }
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        BigInteger absId = BigInteger.valueOf(100 + (long) (Math.random() * 100000));
        abs.setAbstractNumId(absId);
        for (int i = 0; i < levels.length; i++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][0]));
            lvl.addNewLvlText().setVal(levels[i][1]);
        }
        BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(id);
    }

    /** A table of one row; each cell's lines are paragraphs. */
    TestDocx table(String[]... cells) {
        XWPFTable t = doc.createTable(1, cells.length);
        for (int c = 0; c < cells.length; c++) {
            XWPFTableCell cell = t.getRow(0).getCell(c);
            for (int i = 0; i < cells[c].length; i++) {
                XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                run(p, cells[c][i], false);
            }
        }
        return this;
    }

    /** A table with a row per array (a task table). */
    TestDocx rows(String[]... rows) {
        XWPFTable t = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                run(t.getRow(r).getCell(c).getParagraphs().get(0), rows[r][c], false);
            }
        }
        return this;
    }

    private void run(XWPFParagraph p, String text, boolean bold) {
        String runFont = font;
        // As TCVN3 was typed: capitals in the ".VnTimeH" font, which draws the lower-case codes as capitals.
        if (font != null && font.startsWith(".Vn") && DocumentReader.isCaps(text)) {
            runFont = font + "H";
            text = text.toLowerCase(java.util.Locale.ROOT);
        } else if (font != null && font.startsWith(".Vn")) {
            tcvn3Runs(p, text, bold);
            return;
        }
        String[] lines = text.split("\n", -1);
        XWPFRun r = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(encode.apply(lines[i]), i);
        }
        r.setBold(bold);
        if (runFont != null) {
            r.setFontFamily(runFont);
        }
    }

    /** Mixed-case TCVN3 text: each capital without a code of its own ("Ủ") in a ".VnTimeH" run, as typists did. */
    private void tcvn3Runs(XWPFParagraph p, String text, boolean bold) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            boolean noCode = c.equals("\n") ? false : Character.isUpperCase(c.charAt(0))
                    && !LegacyEncodings.fromTcvn3(LegacyEncodings.toTcvn3(c), false).equals(c);
            if (c.equals("\n") || noCode) {
                tcvn3Run(p, plain.toString(), font, bold, false);
                plain.setLength(0);
                if (noCode) {
                    tcvn3Run(p, c.toLowerCase(java.util.Locale.ROOT), font + "H", bold, false);
                } else {
                    tcvn3Run(p, "", font, bold, true);
                }
            } else {
                plain.append(c);
            }
        }
        tcvn3Run(p, plain.toString(), font, bold, false);
    }

    private void tcvn3Run(XWPFParagraph p, String text, String runFont, boolean bold, boolean lineBreak) {
        XWPFRun r = p.createRun();
        if (lineBreak) {
            r.addBreak();
        }
        r.setText(LegacyEncodings.toTcvn3(text));
        r.setBold(bold);
        r.setFontFamily(runFont);
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
