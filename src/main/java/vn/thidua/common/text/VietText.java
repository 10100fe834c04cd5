package vn.thidua.common.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Vietnamese text rules: NFC at entry, accent-free search keys, Vietnamese name order. */
public final class VietText {

    public static final Locale VIETNAMESE = new Locale("vi", "VN");

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(VIETNAMESE);
        c.setStrength(Collator.TERTIARY);
        return c;
    });

    private VietText() {
    }

    /** NFC, with runs of white space folded to one space and the ends trimmed; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /**
     * NFC for a text of several paragraphs: each line cleaned as by {@link #clean}, the line breaks kept (Windows and
     * old Mac breaks made "\n"), no more than one empty line in a row, empty ends dropped; empty becomes null.
     */
    public static String cleanParagraphs(String s) {
        if (s == null) {
            return null;
        }
        String[] lines = Normalizer.normalize(s, Normalizer.Form.NFC).split("\\r\\n|\\r|\\n", -1);
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            String c = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (c.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(c);
            blank = false;
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Like {@link #clean} but an empty result becomes null. */
    public static String cleanOrNull(String s) {
        String c = clean(s);
        return c == null || c.isEmpty() ? null : c;
    }

    /**
     * What each character below {@link #FAST_LIMIT} folds to, worked out once through NFD: its base letter in lower
     * case ('\0' for a combining mark, which is dropped; '\uFFFF' for one that NFD splits into more than one base,
     * left to the slow path). Folding the register's hundred thousand entries is then a table look-up per character.
     */
    private static final int FAST_LIMIT = 0x2100;
    private static final char SLOW = '\uFFFF';
    private static final char[] FOLDED = foldTable();

    private static char[] foldTable() {
        char[] table = new char[FAST_LIMIT];
        for (int c = 0; c < FAST_LIMIT; c++) {
            if (c == 0 || Character.isSurrogate((char) c)) {
                table[c] = SLOW;
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = 0;
            for (int i = 0; i < nfd.length(); i++) {
                char ch = nfd.charAt(i);
                if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                    continue;
                }
                base = base == 0 ? ch : SLOW;
            }
            if (base == 'đ' || base == 'Đ') {
                base = 'd';
            }
            table[c] = base == 0 || base == SLOW ? base : Character.toLowerCase(base);
        }
        return table;
    }

    /** Search key: lower case, no accents, đ as d. "Đặng Thị Ánh" becomes "dang thi anh". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= FAST_LIMIT || FOLDED[ch] == SLOW) {
                return slowFold(s);
            }
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') {
                space = true;
                continue;
            }
            char folded = FOLDED[ch];
            if (folded == 0) {
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(folded);
        }
        if (space) {
            b.append(' ');
        }
        return b.toString().strip();
    }

    /** The definition {@link #fold} follows: NFD, marks dropped, đ as d, lower case, white space runs as one space. */
    static String slowFold(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char ch = nfd.charAt(i);
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (ch == 'đ' || ch == 'Đ') {
                ch = 'd';
            }
            b.append(Character.toLowerCase(ch));
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    /** True when every word of the query (folded) occurs in the folded text. */
    public static boolean matches(String foldedText, String query) {
        return query(query).test(foldedText);
    }

    /**
     * The query folded and split once, as a test on folded texts: true when every word occurs. For searching many
     * texts with the same query.
     */
    public static java.util.function.Predicate<String> query(String query) {
        String q = fold(query);
        if (q.isEmpty()) {
            return text -> true;
        }
        String[] words = q.split(" ");
        return text -> {
            for (String word : words) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Vietnamese collation of whole strings (a &lt; ă &lt; â, d &lt; đ, …). */
    public static int compare(String a, String b) {
        return COLLATOR.get().compare(a == null ? "" : a, b == null ? "" : b);
    }

    public static Comparator<String> collation() {
        return VietText::compare;
    }

    /** Given name (last word) first, then middle names, then family name, each by Vietnamese collation. */
    public static int compareNames(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        int c = compare(last(x), last(y));
        if (c != 0) {
            return c;
        }
        c = compare(middle(x), middle(y));
        if (c != 0) {
            return c;
        }
        c = compare(x.length > 0 ? x[0] : "", y.length > 0 ? y[0] : "");
        return c != 0 ? c : compare(a, b);
    }

    private static String[] words(String s) {
        String c = clean(s);
        return c == null || c.isEmpty() ? new String[0] : c.split(" ");
    }

    private static String last(String[] w) {
        return w.length == 0 ? "" : w[w.length - 1];
    }

    private static String middle(String[] w) {
        if (w.length <= 2) {
            return "";
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length - 1));
    }
}
