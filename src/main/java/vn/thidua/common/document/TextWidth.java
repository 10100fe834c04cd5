package vn.thidua.common.document;

import java.text.Normalizer;

/**
 * Estimates how wide a line of bold Times New Roman is, to size the rules under the agency, the motto and the subject
 * (the decree ties their lengths to the text's). Widths are the Times-Bold metrics (thousandths of an em) of the
 * base letter, accents dropped; a few per cent off is invisible in a rule.
 */
final class TextWidth {

    private static final int[] UPPER = {722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611,
            778, 722, 556, 667, 722, 722, 1000, 722, 722, 667};
    private static final int[] LOWER = {500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556,
            556, 444, 389, 333, 556, 500, 722, 500, 500, 444};

    private TextWidth() {
    }

    /** The width of a one-line text in bold at the given size, in twentieths of a point. */
    static long boldTwips(String text, double points) {
        String base = Normalizer.normalize(text, Normalizer.Form.NFD);
        long em = 0;
        for (int i = 0; i < base.length(); i++) {
            em += width(base.charAt(i));
        }
        return Math.round(em * points * 20 / 1000);
    }

    private static int width(char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        if (c == 'Đ') {
            return 722;
        }
        if (c == 'đ') {
            return 556;
        }
        if (c >= 'A' && c <= 'Z') {
            return UPPER[c - 'A'];
        }
        if (c >= 'a' && c <= 'z') {
            return LOWER[c - 'a'];
        }
        if (c >= '0' && c <= '9') {
            return 500;
        }
        return switch (c) {
            case ' ', '.', ',' -> 250;
            case '-', ':', ';', '(', ')', '/' -> 333;
            default -> 556;
        };
    }
}
