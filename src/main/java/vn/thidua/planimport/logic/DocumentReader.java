package vn.thidua.planimport.logic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.thidua.common.i18n.UserException;
import vn.thidua.planimport.model.ReadDocument;
import vn.thidua.planimport.model.ReadParagraph;
import vn.thidua.planimport.model.SourceEncoding;

/**
 * Turns a .docx file or pasted text into paragraphs: NFC, old TCVN3 and VNI text converted, Word's list numbers
 * rebuilt, hand-typed numbers split off as labels, and lines broken by hand inside a paragraph joined again. Any
 * file that is not a readable Word document gives a {@link UserException} with a Vietnamese message, never another
 * exception.
 */
public final class DocumentReader {

    /** About 60 pages of a plan; a longer file is not a plan (and would make the review unusable). */
    public static final int MAX_CHARACTERS = 180_000;
    static final int CHARACTERS_PER_PAGE = 3_000;
    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The body's XML of a 60-page plan typed in Word stays well under this; POI is not asked to open more. */
    private static final long MAX_XML_BYTES = 4L * 1024 * 1024;
    private static final long XML_BYTES_PER_PAGE = 10_000;

    private static final Pattern LABEL = Pattern.compile(
            "^(?:([IVXLC]{1,6})[.)]|([A-ZĐ])[.)]|(\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?|(\\d{1,2})[.)]|([a-zđ])[).]"
                    + "|([-–—•·▪◦❖➢►→+*]))(?=\\s|\\p{L}|“|\")\\s*");
    private static final Pattern STARTERS = Pattern.compile(
            "^(Căn cứ|Thực hiện|Thi hành|Nơi nhận|Trên đây|Số\\s*:|Kính gửi|Trong quá trình|Trên cơ sở)");

    private DocumentReader() {
    }

    /** Reads a file: .docx as Word, .txt (or any text) as pasted text. */
    public static ReadDocument read(Path file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw UserException.of("planImport.error.noFile", file.getFileName());
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw UserException.of("planImport.error.tooBig", file.getFileName());
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw UserException.of("planImport.error.cannotRead", file.getFileName(), e.getMessage());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return text(decodeText(bytes, file));
        }
        return docx(bytes, file.getFileName().toString());
    }

    private static String decodeText(byte[] bytes, Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Old text files are Windows-1252 bytes of TCVN3 or VNI: the guess below converts them.
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** Reads the bytes of a .docx; {@code name} is only for messages. */
    public static ReadDocument docx(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw UserException.of("planImport.error.empty", name);
        }
        checkPackage(bytes, name);
        try (InputStream in = new ByteArrayInputStream(bytes); XWPFDocument doc = new XWPFDocument(in)) {
            return fromWord(doc, name);
        } catch (UserException e) {
            throw e;
        } catch (IOException | RuntimeException | LinkageError e) {
            throw UserException.of("planImport.error.notDocx", name);
        }
    }

    /** Tells the common wrong files apart before POI sees them: not a zip, an old .doc, a workbook renamed. */
    private static void checkPackage(byte[] bytes, String name) {
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            throw UserException.of("planImport.error.oldDoc", name);
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw UserException.of("planImport.error.notDocx", name);
        }
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 2000) {
                excel |= e.getName().startsWith("xl/");
                if (e.getName().equals("word/document.xml")) {
                    word = true;
                    long size = zip.transferTo(java.io.OutputStream.nullOutputStream());
                    if (size > MAX_XML_BYTES) {
                        throw UserException.of("planImport.error.tooLong", name, size / XML_BYTES_PER_PAGE,
                                MAX_CHARACTERS / CHARACTERS_PER_PAGE);
                    }
                }
            }
        } catch (UserException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UserException.of("planImport.error.notDocx", name);
        }
        if (excel && !word) {
            throw UserException.of("planImport.error.excel", name);
        }
        if (!word) {
            throw UserException.of("planImport.error.notDocx", name);
        }
    }

    private static ReadDocument fromWord(XWPFDocument doc, String name) {
        WordNumbering numbering = new WordNumbering(doc.getNumbering());
        List<Line> lines = new ArrayList<>();
        List<List<List<String>>> tables = new ArrayList<>();
        SourceEncoding[] seen = {SourceEncoding.UNICODE};
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                addParagraph(p, numbering, -1, lines, seen);
            } else if (element instanceof XWPFTable t) {
                int tableIndex = tables.size();
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow row : t.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        int before = lines.size();
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            addParagraph(p, numbering, tableIndex, lines, seen);
                        }
                        StringBuilder text = new StringBuilder();
                        for (Line l : lines.subList(before, lines.size())) {
                            text.append(text.length() == 0 ? "" : " ").append(l.display());
                        }
                        cells.add(text.toString().strip());
                    }
                    rows.add(cells);
                }
                tables.add(rows);
            }
            checkLength(lines, name);
        }
        List<Line> joined = join(unfoldColumns(lines), 0);
        if (joined.stream().allMatch(l -> l.text.isBlank())) {
            throw UserException.of("planImport.error.noText", name);
        }
        return toDocument(joined, tables, seen[0]);
    }

    private static void checkLength(List<Line> lines, String name) {
        long chars = 0;
        for (Line l : lines) {
            chars += l.text.length();
        }
        if (chars > MAX_CHARACTERS) {
            throw UserException.of("planImport.error.tooLong", name, chars / CHARACTERS_PER_PAGE,
                    MAX_CHARACTERS / CHARACTERS_PER_PAGE);
        }
    }

    private static void addParagraph(XWPFParagraph p, WordNumbering numbering, int table, List<Line> lines,
                                     SourceEncoding[] seen) {
        StringBuilder text = new StringBuilder();
        boolean bold = true;
        boolean any = false;
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            String font = font(run);
            SourceEncoding enc = LegacyEncodings.ofFont(font);
            if (enc != SourceEncoding.UNICODE) {
                seen[0] = enc;
                t = LegacyEncodings.decode(t, enc, LegacyEncodings.isCapitalFont(font));
            }
            if (!t.isBlank()) {
                any = true;
                bold &= run.isBold() || styleBold(p);
            }
            text.append(t);
        }
        String wordLabel = numbering.label(p);
        String[] parts = text.toString().split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            Line line = Line.of(i == 0 ? wordLabel : "", parts[i], any && bold, table, i == 0);
            if (i == 0 || !line.text.isEmpty() || !line.label.isEmpty()) {
                lines.add(line);
            }
        }
    }

    private static boolean styleBold(XWPFParagraph p) {
        String style = p.getStyle();
        return style != null && style.toLowerCase(Locale.ROOT).startsWith("heading");
    }

    private static String font(XWPFRun run) {
        try {
            String f = run.getFontFamily();
            if (f == null && run.getCTR().getRPr() != null && run.getCTR().getRPr().sizeOfRFontsArray() > 0) {
                var fonts = run.getCTR().getRPr().getRFontsArray(0);
                f = fonts.getHAnsi() != null ? fonts.getHAnsi() : fonts.getAscii();
            }
            return f;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Reads pasted text (or a .txt file): one paragraph per line, lines broken by hand joined again. */
    public static ReadDocument text(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            throw UserException.of("planImport.error.emptyText");
        }
        if (pasted.length() > MAX_CHARACTERS * 2) {
            throw UserException.of("planImport.error.tooLong", "", pasted.length() / CHARACTERS_PER_PAGE,
                    MAX_CHARACTERS / CHARACTERS_PER_PAGE);
        }
        SourceEncoding enc = LegacyEncodings.guess(pasted);
        String text = LegacyEncodings.decode(pasted, enc, false);
        List<String> raws = new ArrayList<>();
        for (String raw : text.split("\\r\\n|\\r|\\n")) {
            if (!raw.isBlank()) {
                raws.add(raw.strip());
            }
        }
        int width = wrapWidth(raws);
        List<Line> lines = new ArrayList<>();
        for (String raw : raws) {
            boolean bold = raw.startsWith("**") && raw.endsWith("**") && raw.length() > 4;
            Line line = Line.of("", raw, bold, -1, width == 0);
            line.lastLength = raw.length();
            lines.add(line);
        }
        List<Line> joined = join(unfoldColumns(lines), width);
        long chars = joined.stream().mapToLong(l -> l.text.length()).sum();
        if (chars > MAX_CHARACTERS) {
            throw UserException.of("planImport.error.tooLong", "", chars / CHARACTERS_PER_PAGE,
                    MAX_CHARACTERS / CHARACTERS_PER_PAGE);
        }
        return toDocument(joined, List.of(), enc);
    }

    /** The width the text was wrapped at by hand (every line broken near it), or 0 when lines are whole paragraphs. */
    static int wrapWidth(List<String> lines) {
        List<Integer> lengths = lines.stream().map(String::length).filter(n -> n >= 40).sorted().toList();
        if (lines.size() < 10 || lengths.size() < 6) {
            return 0;
        }
        long inRange = lengths.stream().filter(n -> n <= 110).count();
        if (inRange < 0.9 * lengths.size()) {
            return 0;
        }
        return lengths.get((int) (lengths.size() * 0.8));
    }

    private static ReadDocument toDocument(List<Line> lines, List<List<List<String>>> tables, SourceEncoding enc) {
        List<ReadParagraph> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.text.isEmpty() && l.label.isEmpty()) {
                continue;
            }
            out.add(new ReadParagraph(out.size(), l.label, l.text, l.bold, l.table));
        }
        return new ReadDocument(out, tables, enc);
    }

    /** A line on its way to a paragraph; {@code hard}: it starts a paragraph of its own in Word. */
    private static final class Line {
        String label;
        String text;
        boolean bold;
        final int table;
        final boolean hard;
        int lastLength = Integer.MAX_VALUE;
        /** The signature column typed beside "Nơi nhận" after tabs, moved below the recipients. */
        String right;

        private Line(String label, String text, boolean bold, int table, boolean hard) {
            this.label = label;
            this.text = text;
            this.bold = bold;
            this.table = table;
            this.hard = hard;
        }

        static Line of(String wordLabel, String raw, boolean bold, int table, boolean hard) {
            String right = null;
            int tab = raw.indexOf('\t');
            if (tab >= 0) {
                String left = raw.substring(0, tab).strip();
                String rest = clean(raw.substring(tab + 1));
                if (!rest.isEmpty() && isFooterLeft(left) && isSignaturePart(rest)) {
                    raw = left;
                    right = rest;
                }
            }
            Line made = ofClean(wordLabel, raw, bold, table, hard);
            made.right = right;
            return made;
        }

        private static Line ofClean(String wordLabel, String raw, boolean bold, int table, boolean hard) {
            String t = clean(raw);
            String label = wordLabel == null ? "" : clean(wordLabel);
            // A typed label, maybe after Word's own ("- + Tập thể" pasted): the innermost one counts.
            for (int i = 0; i < 2; i++) {
                Matcher m = LABEL.matcher(t);
                if (!m.find() || m.end() >= t.length()) {
                    break;
                }
                String typed = t.substring(0, m.end()).strip();
                if (typed.matches("[-–—•·▪◦❖➢►→]")) {
                    typed = "-";
                } else if (typed.equals("→")) {
                    typed = "-";
                }
                label = typed;
                t = t.substring(m.end()).strip();
            }
            if (label.matches("[–—•·▪◦❖➢►→]")) {
                label = "-";
            }
            t = t.replace("*", "").strip();
            return new Line(label, t, bold, table, hard);
        }

        String display() {
            return label.isEmpty() ? text : label + " " + text;
        }
    }

    private static boolean isFooterLeft(String left) {
        String l = Normalizer.normalize(left, Normalizer.Form.NFC).replace("*", "").strip();
        return l.isEmpty() || l.startsWith("Nơi nhận") || l.matches("^[-–•+].*");
    }

    private static boolean isSignaturePart(String right) {
        return isCaps(right) || right.startsWith("(") || right.matches("^(?:\\p{Lu}\\p{Ll}*\\s+){1,5}\\p{Lu}\\p{Ll}*$");
    }

    /**
     * Puts the signature column typed beside "Nơi nhận" with tabs (instead of a table) below the recipients, where a
     * table's right cell would come.
     */
    private static List<Line> unfoldColumns(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        List<Line> deferred = new ArrayList<>();
        for (Line l : lines) {
            if (l.right == null && !deferred.isEmpty() && !l.label.equals("-") && !l.text.startsWith("Nơi nhận")) {
                out.addAll(deferred);
                deferred.clear();
            }
            if (!(l.text.isEmpty() && l.label.isEmpty())) {
                out.add(l);
            }
            if (l.right != null) {
                deferred.add(Line.ofClean("", l.right, false, l.table, true));
            }
        }
        out.addAll(deferred);
        return out;
    }

    /** NFC, no emphasis marks of pasted Markdown, spaces folded, a space put back before "(" glued to a word. */
    static String clean(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00A0', ' ').replace('\t', ' ');
        t = t.replace("**", "").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("(?<=\\p{Ll})\\((?=\\p{L})", " (");
        return t;
    }

    private static List<Line> join(List<Line> lines, int wrap) {
        List<Line> out = new ArrayList<>();
        for (Line next : lines) {
            Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && joins(prev, next, wrap)) {
                prev.text = (prev.text + " " + next.text).strip();
                prev.lastLength = next.lastLength;
                prev.bold &= next.bold || next.text.isEmpty();
            } else if (!(next.text.isEmpty() && next.label.isEmpty())) {
                out.add(next);
            }
        }
        return out;
    }

    private static boolean joins(Line prev, Line next, int wrap) {
        if (!next.label.isEmpty() || prev.text.isEmpty() || next.text.isEmpty() || prev.table != next.table) {
            return false;
        }
        String p = prev.text;
        String n = next.text;
        boolean lower = Character.isLowerCase(n.codePointAt(0));
        boolean prevCaps = isCaps(p);
        boolean nextCaps = isCaps(n);
        if (n.matches("[IVXLC]+\\s*\\./\\.") && !p.matches(".*[.;:!?]$")) {
            return true;
        }
        if (next.hard) {
            // Whole paragraphs join only where a sentence was cut ("… lĩnh vực;" / "gắn với …").
            return lower && !prevCaps;
        }
        if (lower) {
            return !prevCaps || p.length() > 60;
        }
        if (p.matches(".*([.;:!?]|\\./\\.)$") || STARTERS.matcher(n).find()) {
            return false;
        }
        if (prevCaps != nextCaps) {
            return false;
        }
        if (prevCaps) {
            return false;
        }
        // A wrapped paragraph's lines run to the wrap width; a shorter line ended its paragraph.
        return prev.lastLength >= wrap * 0.7 && (prev.label.isEmpty() || p.length() > 60);
    }

    /** Whether a line is written in capitals (a heading, the document's kind, the signer's title). */
    static boolean isCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
