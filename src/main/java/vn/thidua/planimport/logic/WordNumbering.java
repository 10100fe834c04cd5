package vn.thidua.planimport.logic;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Rebuilds the numbers Word draws for list paragraphs ("I.", "1.", "1.1.", "a)", bullets as "-" and "+"), which are
 * not in the paragraph's text: the level's format and text from the list's abstract definition, counted in reading
 * order. Lists that share a definition continue one count unless the list restarts it (a start override).
 */
final class WordNumbering {

    private final XWPFNumbering numbering;
    private final Map<String, int[]> counters = new HashMap<>();

    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label of the paragraph, counting it; empty when it is not numbered. */
    String label(XWPFParagraph p) {
        if (numbering == null || p.getNumID() == null) {
            return "";
        }
        try {
            BigInteger numId = p.getNumID();
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null || numId.signum() == 0) {
                return "";
            }
            BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
            XWPFAbstractNum abs = numbering.getAbstractNum(abstractId);
            if (abs == null) {
                return "";
            }
            CTAbstractNum def = abs.getCTAbstractNum();
            Map<Integer, Integer> overrides = new HashMap<>();
            for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
                if (o.getStartOverride() != null) {
                    overrides.put(o.getIlvl().intValue(), o.getStartOverride().getVal().intValue());
                }
            }
            String key = overrides.isEmpty() ? "a" + abstractId : "n" + numId;
            int[] count = counters.computeIfAbsent(key, k -> {
                int[] c = new int[9];
                for (int i = 0; i < 9; i++) {
                    c[i] = Integer.MIN_VALUE;
                }
                return c;
            });
            CTLvl[] lvls = def.getLvlArray();
            if (level >= 9) {
                return "";
            }
            if (count[level] == Integer.MIN_VALUE) {
                count[level] = start(lvls, level, overrides);
            } else {
                count[level]++;
            }
            for (int deeper = level + 1; deeper < 9; deeper++) {
                count[deeper] = Integer.MIN_VALUE;
            }
            CTLvl lvl = lvl(lvls, level);
            if (lvl == null) {
                return "";
            }
            String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
            if (format.equals("bullet") || format.equals("none")) {
                return level == 0 ? "-" : "+";
            }
            String text = lvl.getLvlText() == null ? "%" + (level + 1) + "." : lvl.getLvlText().getVal();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    int l = text.charAt(i + 1) - '1';
                    int value = l >= 0 && l < 9 ? (count[l] == Integer.MIN_VALUE ? start(lvls, l, overrides) : count[l]) : 0;
                    CTLvl of = lvl(lvls, l);
                    String f = of == null || of.getNumFmt() == null ? "decimal" : of.getNumFmt().getVal().toString();
                    out.append(format(value, l == level ? f : (f.equals("bullet") ? "decimal" : f)));
                    i++;
                } else {
                    out.append(c);
                }
            }
            return out.toString().strip();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static CTLvl lvl(CTLvl[] lvls, int level) {
        for (CTLvl l : lvls) {
            if (l.getIlvl() != null && l.getIlvl().intValue() == level) {
                return l;
            }
        }
        return null;
    }

    private static int start(CTLvl[] lvls, int level, Map<Integer, Integer> overrides) {
        if (overrides.containsKey(level)) {
            return overrides.get(level);
        }
        CTLvl l = lvl(lvls, level);
        return l == null || l.getStart() == null ? 1 : l.getStart().getVal().intValue();
    }

    static String format(int n, String format) {
        return switch (format) {
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letter(n).toUpperCase(java.util.Locale.ROOT);
            case "lowerLetter" -> letter(n);
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            default -> String.valueOf(n);
        };
    }

    /** a, b, … z, then aa, bb as Word counts; Vietnamese lists skip no letter here (Word does not either). */
    private static String letter(int n) {
        if (n < 1) {
            return "";
        }
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    static String roman(int n) {
        if (n < 1 || n > 3999) {
            return String.valueOf(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                out.append(s[i]);
                n -= v[i];
            }
        }
        return out.toString();
    }
}
