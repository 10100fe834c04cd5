package vn.thidua.planimport.logic;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import vn.thidua.planimport.model.SourceEncoding;

/**
 * The two 8-bit encodings Vietnamese documents were typed in before Unicode, as Word stores them: each byte of the
 * font shows as the Windows-1252 character of that byte. TCVN3 (ABC, fonts ".VnTime", ".VnArial"; the "H" fonts
 * such as ".VnTimeH" draw the lower-case codes as capitals) gives each accented letter one code; VNI (fonts
 * "VNI-Times", …) writes the base letter followed by a code for its marks.
 */
public final class LegacyEncodings {

    /** TCVN3 code (as its Windows-1252 character) and the Unicode letter, lower case and the capitals it has. */
    private static final String[][] TCVN3 = {
            {"\u00B8", "á"}, {"\u00B5", "à"}, {"\u00B6", "ả"}, {"\u00B7", "ã"}, {"\u00B9", "ạ"},
            {"\u00A8", "ă"}, {"\u00BE", "ắ"}, {"\u00BB", "ằ"}, {"\u00BC", "ẳ"}, {"\u00BD", "ẵ"}, {"\u00C6", "ặ"},
            {"\u00A9", "â"}, {"\u00CA", "ấ"}, {"\u00C7", "ầ"}, {"\u00C8", "ẩ"}, {"\u00C9", "ẫ"}, {"\u00CB", "ậ"},
            {"\u00AE", "đ"},
            {"\u00D0", "é"}, {"\u00CC", "è"}, {"\u00CE", "ẻ"}, {"\u00CF", "ẽ"}, {"\u00D1", "ẹ"},
            {"\u00AA", "ê"}, {"\u00D5", "ế"}, {"\u00D2", "ề"}, {"\u00D3", "ể"}, {"\u00D4", "ễ"}, {"\u00D6", "ệ"},
            {"\u00DD", "í"}, {"\u00D7", "ì"}, {"\u00D8", "ỉ"}, {"\u00DC", "ĩ"}, {"\u00DE", "ị"},
            {"\u00E3", "ó"}, {"\u00DF", "ò"}, {"\u00E1", "ỏ"}, {"\u00E2", "õ"}, {"\u00E4", "ọ"},
            {"\u00AB", "ô"}, {"\u00E8", "ố"}, {"\u00E5", "ồ"}, {"\u00E6", "ổ"}, {"\u00E7", "ỗ"}, {"\u00E9", "ộ"},
            {"\u00AC", "ơ"}, {"\u00ED", "ớ"}, {"\u00EA", "ờ"}, {"\u00EB", "ở"}, {"\u00EC", "ỡ"}, {"\u00EE", "ợ"},
            {"\u00F3", "ú"}, {"\u00EF", "ù"}, {"\u00F1", "ủ"}, {"\u00F2", "ũ"}, {"\u00F4", "ụ"},
            {"\u00AD", "ư"}, {"\u00F8", "ứ"}, {"\u00F5", "ừ"}, {"\u00F6", "ử"}, {"\u00F7", "ữ"}, {"\u00F9", "ự"},
            {"\u00FD", "ý"}, {"\u00FA", "ỳ"}, {"\u00FB", "ỷ"}, {"\u00FC", "ỹ"}, {"\u00FE", "ỵ"},
            {"\u00A1", "Ă"}, {"\u00A2", "Â"}, {"\u00A7", "Đ"}, {"\u00A3", "Ê"}, {"\u00A4", "Ô"}, {"\u00A5", "Ơ"},
            {"\u00A6", "Ư"},
    };

    /**
     * VNI code and what it stands for: a whole letter (đ, ơ, ư and the i's, which carry their mark in one code) or
     * the combining marks that follow the base letter (circumflex, breve, the five tones, and both together).
     */
    private static final String[][] VNI = {
            {"\u00F9", "\u0301"}, {"\u00F8", "\u0300"}, {"\u00FB", "\u0309"}, {"\u00F5", "\u0303"}, {"\u00EF", "\u0323"},
            {"\u00E2", "\u0302"}, {"\u00EA", "\u0306"},
            {"\u00E1", "\u0302\u0301"}, {"\u00E0", "\u0302\u0300"}, {"\u00E5", "\u0302\u0309"}, {"\u00E3", "\u0302\u0303"},
            {"\u00E4", "\u0302\u0323"},
            {"\u00E9", "\u0306\u0301"}, {"\u00E8", "\u0306\u0300"}, {"\u00FA", "\u0306\u0309"}, {"\u00FC", "\u0306\u0303"},
            {"\u00EB", "\u0306\u0323"},
            {"\u00ED", "í"}, {"\u00EC", "ì"}, {"\u00E6", "ỉ"}, {"\u00F3", "ĩ"}, {"\u00F2", "ị"}, {"\u00EE", "\u0323"},
            {"\u00F4", "ơ"}, {"\u00F6", "ư"}, {"\u00F1", "đ"},
            {"\u00D9", "\u0301"}, {"\u00D8", "\u0300"}, {"\u00DB", "\u0309"}, {"\u00D5", "\u0303"}, {"\u00CF", "\u0323"},
            {"\u00C2", "\u0302"}, {"\u00CA", "\u0306"},
            {"\u00C1", "\u0302\u0301"}, {"\u00C0", "\u0302\u0300"}, {"\u00C5", "\u0302\u0309"}, {"\u00C3", "\u0302\u0303"},
            {"\u00C4", "\u0302\u0323"},
            {"\u00C9", "\u0306\u0301"}, {"\u00C8", "\u0306\u0300"}, {"\u00DA", "\u0306\u0309"}, {"\u00DC", "\u0306\u0303"},
            {"\u00CB", "\u0306\u0323"},
            {"\u00CD", "Í"}, {"\u00CC", "Ì"}, {"\u00C6", "Ỉ"}, {"\u00D3", "Ĩ"}, {"\u00D2", "Ị"}, {"\u00CE", "\u0323"},
            {"\u00D4", "Ơ"}, {"\u00D6", "Ư"}, {"\u00D1", "Đ"},
    };

    private static final Map<Character, String> FROM_TCVN3 = new HashMap<>();
    private static final Map<String, Character> TO_TCVN3 = new HashMap<>();
    private static final Map<Character, String> FROM_VNI = new HashMap<>();
    private static final Map<String, Character> TO_VNI = new HashMap<>();

    static {
        for (String[] p : TCVN3) {
            FROM_TCVN3.put(p[0].charAt(0), p[1]);
            TO_TCVN3.put(p[1], p[0].charAt(0));
        }
        for (String[] p : VNI) {
            FROM_VNI.put(p[0].charAt(0), p[1]);
            boolean upper = p[0].charAt(0) < '\u00E0';
            TO_VNI.put((upper ? "U" : "l") + p[1], p[0].charAt(0));
        }
    }

    private LegacyEncodings() {
    }

    /** The encoding a font's name tells: ".Vn…" is TCVN3, "VNI-…" is VNI, anything else Unicode. */
    public static SourceEncoding ofFont(String font) {
        if (font == null) {
            return SourceEncoding.UNICODE;
        }
        String f = font.strip();
        if (f.startsWith(".Vn") || f.startsWith(".vn")) {
            return SourceEncoding.TCVN3;
        }
        if (f.regionMatches(true, 0, "VNI-", 0, 4) || f.regionMatches(true, 0, "VNI ", 0, 4)) {
            return SourceEncoding.VNI;
        }
        return SourceEncoding.UNICODE;
    }

    /** Whether a TCVN3 font draws capitals (".VnTimeH", ".VnArialH"). */
    public static boolean isCapitalFont(String font) {
        return font != null && ofFont(font) == SourceEncoding.TCVN3 && font.strip().endsWith("H");
    }

    public static String fromTcvn3(String s, boolean capitals) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String u = FROM_TCVN3.get(c);
            out.append(u == null ? String.valueOf(c) : u);
        }
        String text = out.toString();
        return capitals ? text.toUpperCase(java.util.Locale.ROOT) : text;
    }

    public static String fromVni(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String u = FROM_VNI.get(c);
            // A mark code stands for itself at the start of a word (no letter before it to carry the mark).
            boolean mark = u != null && Character.getType(u.charAt(0)) == Character.NON_SPACING_MARK;
            if (u == null || (mark && (i == 0 || !Character.isLetter(s.charAt(i - 1))))) {
                out.append(c);
            } else {
                out.append(u);
            }
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    public static String decode(String s, SourceEncoding encoding, boolean capitals) {
        return switch (encoding) {
            case TCVN3 -> fromTcvn3(s, capitals);
            case VNI -> fromVni(s);
            case UNICODE -> s;
        };
    }

    /** Unicode text written in TCVN3 (for tests and samples); capitals without a code of their own are lowered. */
    public static String toTcvn3(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(s, Normalizer.Form.NFC).toCharArray()) {
            String k = String.valueOf(c);
            Character code = TO_TCVN3.get(k);
            if (code == null && Character.isUpperCase(c)) {
                code = TO_TCVN3.get(k.toLowerCase(java.util.Locale.ROOT));
            }
            out.append(code != null ? code : c);
        }
        return out.toString();
    }

    /** Unicode text written in VNI (for tests and samples). */
    public static String toVni(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(s, Normalizer.Form.NFC).toCharArray()) {
            String k = String.valueOf(c);
            boolean upper = Character.isUpperCase(c);
            Character whole = TO_VNI.get((upper ? "U" : "l") + k);
            if (whole != null) {
                out.append(whole);
                continue;
            }
            String nfd = Normalizer.normalize(k, Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            String marks = nfd.substring(1);
            if ((base == 'i' || base == 'I') && !marks.isEmpty()) {
                Character code = TO_VNI.get((upper ? "U" : "l") + Normalizer.normalize(nfd, Normalizer.Form.NFC));
                if (code != null) {
                    out.append(code);
                    continue;
                }
            }
            String letter = String.valueOf(base);
            // ơ and ư have codes of their own: the horn goes with the letter, the tone follows.
            if (marks.startsWith("\u031B")) {
                letter = Normalizer.normalize(base + "\u031B", Normalizer.Form.NFC);
                marks = marks.substring(1);
                Character code = TO_VNI.get((upper ? "U" : "l") + letter);
                letter = String.valueOf(code);
            } else if (base == 'đ' || base == 'Đ') {
                letter = String.valueOf(TO_VNI.get((upper ? "U" : "l") + base));
            }
            out.append(letter);
            if (!marks.isEmpty()) {
                Character code = TO_VNI.get((upper ? "U" : "l") + marks);
                out.append(code != null ? code.toString() : marks);
            }
        }
        return out.toString();
    }

    /**
     * Guesses the encoding of text with no font to tell (pasted text, or a style's font not read): Unicode when it
     * holds Vietnamese letters of Unicode, else TCVN3 or VNI when their codes are frequent enough.
     */
    public static SourceEncoding guess(String text) {
        int unicode = 0;
        int tcvn = 0;
        int vni = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u1EA0' && c <= '\u1EF9') || c == 'ơ' || c == 'ư' || c == 'đ' || c == 'ă' || c == 'Đ') {
                unicode++;
            }
            if (c >= '\u00A1' && c <= '\u00FE') {
                boolean afterLetter = i > 0 && Character.isLetter(text.charAt(i - 1)) && text.charAt(i - 1) < '\u00A0';
                if (FROM_VNI.containsKey(c) && afterLetter && "aeiouyAEIOUYôöÔÖ".indexOf(text.charAt(i - 1)) >= 0) {
                    vni++;
                }
                if (FROM_TCVN3.containsKey(c)) {
                    tcvn++;
                }
            }
        }
        if (unicode > 0) {
            return SourceEncoding.UNICODE;
        }
        if (vni >= 3 && vni * 2 >= tcvn) {
            return SourceEncoding.VNI;
        }
        if (tcvn >= 3) {
            return SourceEncoding.TCVN3;
        }
        return SourceEncoding.UNICODE;
    }
}
