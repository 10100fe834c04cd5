package vn.thidua.planimport.logic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.common.text.VietText;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Quota;

/**
 * The wordings of plans the reader understands, each a small parser used both on the document and on what the clerk
 * corrected in the review: dates in all their forms, periods, cited documents, quotas.
 */
public final class ReadPatterns {

    static final String DOC_TYPES = "Kế hoạch|Quyết định|Nghị quyết|Nghị định|Chỉ thị|Công văn|Thông tư|Thông báo|Hướng dẫn"
            + "|Chương trình|Kết luận|Văn bản|Luật|Phát động|Đề án|Báo cáo|Tờ trình";
    private static final Pattern LONG_DATE = Pattern.compile("(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern LONG_MONTH = Pattern.compile("tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern SEPARATED = Pattern.compile("(\\d{1,2})[.\\-](\\d{1,2})[.\\-](\\d{4})");
    private static final String D = "(\\d{1,2})/(\\d{1,2})/(\\d{4})";
    private static final Pattern MONTHS = Pattern.compile(
            "từ\\s+tháng\\s+(\\d{1,2})(?:/(\\d{4}))?\\s*(?:đến|tới|-|–)\\s*(?:hết\\s+)?tháng\\s+(\\d{1,2})/(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAYS = Pattern.compile(
            "từ\\s+(?:ngày\\s+)?" + D + "\\s*(?:đến|tới|-|–)\\s*(?:hết\\s+)?(?:ngày\\s+)?" + D,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_ISSUE = Pattern.compile(
            "từ\\s+(?:nay|(?:ngày\\s+|khi\\s+)?(?:ký\\s+)?ban\\s+hành[^,.;]*?|ngày\\s+ký[^,.;]*?)\\s*(?:đến|tới)\\s+(?:hết\\s+)?"
                    + "(?:ngày\\s+" + D + "|năm\\s+(\\d{4}))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEARS = Pattern.compile("giai\\s+đoạn\\s+(\\d{4})\\s*[-–]\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_TO_MONTH_END = Pattern.compile(
            "từ\\s+(?:ngày\\s+)?" + D + "\\s*(?:đến|tới)\\s*(?:hết\\s+)?tháng\\s+(\\d{1,2})/(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR = Pattern.compile("(?:trong\\s+)?năm\\s+(\\d{4})\\b");
    private static final Pattern REF = Pattern.compile("(" + DOC_TYPES + ")\\s+(?:số\\s*:?\\s*)?(\\d+[\\p{L}\\d/\\-]*)"
            + "(?:\\s+ngày\\s+" + D + ")?(?:\\s+(?:của|do)\\s+(.+?))?(?:\\s+(?:về|v/v|V/v)\\s+(.+))?$",
            Pattern.UNICODE_CASE);
    /** A law or decree cited by its name before its number: "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày …". */
    private static final Pattern NAMED_REF = Pattern.compile("^(Luật|Bộ luật|Pháp lệnh|Nghị định|Thông tư|Quy chế)\\s+(.+?)\\s+"
            + "số\\s+(\\d[^\\s,;]*)(?:\\s+ngày\\s+" + D + ")?(?:\\s+của\\s+(.+))?$", Pattern.UNICODE_CASE);
    private static final Pattern ISSUER_END = Pattern.compile("\\s(?:quy định|hướng dẫn|ban hành|phê duyệt|triển khai|phát động"
            + "|sửa đổi|thực hiện)\\s");
    private static final Pattern COUNT = Pattern.compile("(\\d{1,3})\\s+(tập thể|cá nhân)", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern PERCENT = Pattern.compile(
            "(?:không\\s+quá|tối\\s+đa|không\\s+vượt\\s+quá)\\s+(\\d{1,3}(?:[,.]\\d+)?)\\s*%",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DEADLINE = Pattern.compile(
            "(?:trước|chậm nhất|hạn chót|hạn cuối|không muộn hơn)\\s+(?:là\\s+)?(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}"
                    + "(?:\\s*phút)?)?,?\\s+)?(?:ngày\\s+)?" + D,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DESTINATION = Pattern.compile("gửi\\s+(?:về\\s+|đến\\s+|cho\\s+)?(.+?)\\s+(?:trước|chậm nhất|"
            + "trong\\s+thời\\s+hạn|hạn)", Pattern.UNICODE_CASE);

    private ReadPatterns() {
    }

    /** Dates written in words or with dots and dashes rewritten as d/M/yyyy, months as "tháng M/yyyy". */
    public static String normaliseDates(String s) {
        String t = LONG_DATE.matcher(s).replaceAll("$1/$2/$3");
        t = LONG_MONTH.matcher(t).replaceAll("tháng $1/$2");
        return SEPARATED.matcher(t).replaceAll("$1/$2/$3");
    }

    static LocalDate date(String d, String m, String y) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The period a text gives, in any of the ways plans write one, or null. */
    public static Period period(String text) {
        if (text == null) {
            return null;
        }
        String t = normaliseDates(text);
        Matcher m = FROM_ISSUE.matcher(t);
        if (m.find()) {
            LocalDate end = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3))
                    : LocalDate.of(Integer.parseInt(m.group(4)), 12, 31);
            return end == null ? null : Period.fromIssueUntil(end);
        }
        m = DAYS.matcher(t);
        if (m.find()) {
            LocalDate a = date(m.group(1), m.group(2), m.group(3));
            LocalDate b = date(m.group(4), m.group(5), m.group(6));
            return a == null || b == null ? null : Period.between(a, b);
        }
        m = DAY_TO_MONTH_END.matcher(t);
        if (m.find()) {
            LocalDate a = date(m.group(1), m.group(2), m.group(3));
            LocalDate b = date("1", m.group(4), m.group(5));
            return a == null || b == null ? null : Period.between(a, b.withDayOfMonth(b.lengthOfMonth()));
        }
        m = MONTHS.matcher(t);
        if (m.find()) {
            try {
                int toYear = Integer.parseInt(m.group(4));
                int fromYear = m.group(2) == null ? toYear : Integer.parseInt(m.group(2));
                return Period.months(fromYear, Integer.parseInt(m.group(1)), toYear, Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** A whole year ("trong năm 2026") or years ("giai đoạn 2026 - 2030"), the weakest reading of a period. */
    static Period yearPeriod(String text) {
        Matcher y = YEARS.matcher(text);
        if (y.find()) {
            return Period.months(Integer.parseInt(y.group(1)), 1, Integer.parseInt(y.group(2)), 12);
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Period.months(Integer.parseInt(m.group(1)), 1, Integer.parseInt(m.group(1)), 12) : null;
    }

    /** The period as the review shows it and reads it back. */
    public static String periodText(Period p) {
        if (p == null) {
            return "";
        }
        if (p.startsOnIssue()) {
            return "Từ ngày ban hành đến hết ngày " + dmy(p.end());
        }
        if (p.wholeMonths()) {
            return "Từ tháng " + p.start().getMonthValue() + "/" + p.start().getYear() + " đến hết tháng "
                    + p.end().getMonthValue() + "/" + p.end().getYear();
        }
        return "Từ ngày " + dmy(p.start()) + " đến ngày " + dmy(p.end());
    }

    public static String dmy(LocalDate d) {
        return d == null ? "" : d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    /** A date typed as d/M/yyyy (or in words), or null. */
    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile(D).matcher(normaliseDates(text));
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The deadline of a sentence ("… trước ngày 30/10/2025"), or null. */
    static LocalDate deadline(String text) {
        Matcher m = DEADLINE.matcher(normaliseDates(text));
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** Where a sentence sends something ("gửi về Văn phòng Sở (…) trước ngày …"), or null. */
    static String destination(String text) {
        Matcher m = DESTINATION.matcher(text);
        if (!m.find()) {
            return null;
        }
        String d = m.group(1).strip().replaceAll("[,;:]+$", "").strip();
        return d.isEmpty() || d.length() > 200 ? null : d;
    }

    /** The documents a sentence cites, in order; a document cited inside another's subject is left in that subject. */
    public static List<DocumentRef> references(String sentence) {
        List<DocumentRef> out = new ArrayList<>();
        for (String piece : citedPieces(normaliseDates(sentence))) {
            DocumentRef ref = reference(piece);
            if (ref != null) {
                out.add(ref);
            }
        }
        return out;
    }

    /** One cited document "Kế hoạch số 134/KH-UBND ngày 15/5/2025 của UBND tỉnh về …", or null. */
    public static DocumentRef reference(String piece) {
        String p = piece.strip().replaceAll("[;,.]+$", "");
        p = p.replaceFirst("^(?:Căn cứ|Thực hiện|Thi hành|Triển khai|Theo)\\s+(?:chỉ đạo\\s+(?:của|tại)\\s+)?", "");
        Matcher m = REF.matcher(p);
        if (!m.find() || m.start() > 0) {
            Matcher named = NAMED_REF.matcher(p);
            if (named.find()) {
                LocalDate date = named.group(4) == null ? null : date(named.group(4), named.group(5), named.group(6));
                return new DocumentRef(named.group(1), named.group(3), date,
                        named.group(7) == null ? null : named.group(7).strip(), named.group(2).strip());
            }
            return null;
        }
        LocalDate date = m.group(3) == null ? null : date(m.group(3), m.group(4), m.group(5));
        String issuer = m.group(6) == null ? null : m.group(6).strip();
        String subject = m.group(7) == null ? null : m.group(7).strip();
        if (issuer != null && subject == null) {
            // "… của Chính phủ quy định chi tiết …": the issuer ends where what the document does begins.
            Matcher verb = ISSUER_END.matcher(issuer);
            if (verb.find() && verb.start() > 0) {
                subject = issuer.substring(verb.start()).strip();
                issuer = issuer.substring(0, verb.start()).strip();
            }
        }
        return new DocumentRef(m.group(1), m.group(2).replaceAll("[/\\-]+$", ""), date, issuer, subject);
    }

    /** The review's text of a cited document, which {@link #reference} reads back. */
    public static String referenceText(DocumentRef r) {
        StringBuilder s = new StringBuilder(r.type()).append(" số ").append(r.number());
        if (r.date() != null) {
            s.append(" ngày ").append(dmy(r.date()));
        }
        if (r.issuer() != null) {
            s.append(" của ").append(r.issuer());
        }
        if (r.subject() != null) {
            s.append(" về ").append(r.subject());
        }
        return s.toString();
    }

    /**
     * Splits the basis sentence into one piece per cited document: at "; " and at " và " followed by a document type,
     * outside quotes, and stops at the sentence's end (". ") or at the clause that says what this office does.
     */
    static List<String> citedPieces(String s) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int parens = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”') {
                depth = Math.max(0, depth - 1);
            } else if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens = Math.max(0, parens - 1);
            }
            if (depth > 0 || parens > 0) {
                continue;
            }
            boolean end = (c == ';') || (c == '.' && (i + 1 >= s.length() || s.charAt(i + 1) == ' ')
                    && !(i > 0 && Character.isDigit(s.charAt(i - 1)) && i + 1 < s.length()));
            boolean and = s.startsWith(" và ", i) && s.substring(i + 4).matches("(?s)^(?:" + DOC_TYPES + ")\\s+(?:số\\s+)?\\d.*");
            boolean comma = c == ',' && s.substring(i + 1).matches("(?s)^\\s*(?:" + DOC_TYPES + ")\\s+số\\s+\\d.*");
            if (end || and || comma) {
                pieces.add(s.substring(start, i));
                start = and ? i + 4 : i + 1;
                if (end && c == '.') {
                    break;
                }
            }
        }
        if (start < s.length()) {
            pieces.add(s.substring(start));
        }
        return pieces.stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** A count ("03 cá nhân") or a percent ("không quá 30%"), or {@link Quota#NONE}. */
    public static Quota quota(String text) {
        if (text == null) {
            return Quota.NONE;
        }
        Matcher p = PERCENT.matcher(text);
        if (p.find()) {
            return Quota.percent(p.group(1).replace(',', '.'));
        }
        Matcher c = COUNT.matcher(text);
        if (c.find()) {
            return Quota.count(Integer.parseInt(c.group(1)));
        }
        return Quota.NONE;
    }

    static boolean hasQuota(String text) {
        return PERCENT.matcher(text).find() || COUNT.matcher(text).find();
    }

    /** The short quota phrase as printed ("01 tập thể", "không quá 30%"). */
    static String quotaPhrase(String text) {
        Matcher p = PERCENT.matcher(text);
        if (p.find()) {
            return p.group(0);
        }
        Matcher c = COUNT.matcher(text);
        return c.find() ? c.group(0) : text;
    }

    /** Text without accents, lower case: for matching headings. */
    static String fold(String s) {
        return VietText.fold(s);
    }
}
