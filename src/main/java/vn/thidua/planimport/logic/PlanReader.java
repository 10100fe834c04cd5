package vn.thidua.planimport.logic;

import static vn.thidua.planimport.logic.ReadPatterns.fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.planimport.model.Confidence;
import vn.thidua.planimport.model.FieldKind;
import vn.thidua.planimport.model.FoundField;
import vn.thidua.planimport.model.ImportedTask;
import vn.thidua.planimport.model.PlanKind;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.planimport.model.ReadDocument;
import vn.thidua.planimport.model.ReadParagraph;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.Period;

/**
 * Finds a plan's fields in its paragraphs the way a clerk reads one: the header (agency, number, place and date),
 * the document's kind and title, the documents it implements, then the sections by their headings whatever their
 * numbering (their meaning comes from the heading's words, not from their place), then "Nơi nhận" and the signer.
 */
public final class PlanReader {

    /** Document kinds a plan may carry, with the code of its number. */
    static final Map<String, String> KINDS = Map.of("KE HOACH", "KH", "PHAT DONG", "PĐ", "CHUONG TRINH", "CTr",
            "HUONG DAN", "HD", "QUYET DINH", "QĐ", "THONG BAO", "TB", "KE HOACH PHAT DONG", "KH");
    private static final Pattern NUMBER = Pattern.compile(
            "Số\\s*:?\\s*(\\d+)?\\s*/\\s*(?:\\d{4}\\s*/\\s*)?([\\p{L}]+)\\s*-\\s*([\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)");
    private static final Pattern NUMBER_BLANK = Pattern.compile("^Số\\s*:?\\s*[….\\s_]*$");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "([\\p{Lu}][\\p{L} .]*?)\\s*,\\s*ngày\\s*(\\d{1,2})?\\s*[…._]*\\s*tháng\\s*(\\d{1,2})?\\s*[…._]*\\s*năm\\s*(\\d{4})");
    private static final Pattern NATIONAL = Pattern.compile(
            "C[ỘO]NG\\s+H[ÒOÓ]A\\s+X[ÃA]\\s+H[ỘO]I\\s+CH[ỦU]\\s+NGH[ĨI]A\\s+VI[ỆE]T\\s+NAM|Độc\\s+lập\\s*[-–]\\s*Tự\\s+do\\s*[-–]"
                    + "\\s*Hạnh\\s+phúc", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BASIS_START = Pattern.compile(
            "^(Căn cứ|Thực hiện|Thi hành|Triển khai thực hiện|Theo (?:Kế hoạch|Quyết định|Công văn|chỉ đạo)|Trên cơ sở)");
    private static final Pattern THEME = Pattern.compile("chủ đề\\s*:?\\s*[“\"](.+?)[”\"]", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern AWARD_FORM = Pattern.compile(
            "^(?:(?:Đề nghị\\s+)?[Tt]ặng\\s+)?(Giấy khen|Bằng khen|Cờ thi đua|Danh hiệu|Chiến sĩ thi đua|Lao động tiên tiến|Tập thể lao động|Huân chương"
                    + "|Huy chương|Kỷ niệm chương|Cờ truyền thống)");
    private static final Pattern SIGNER_TITLE = Pattern.compile(
            "^(KT\\.|TM\\.|Q\\.|TL\\.|TUQ\\.|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG|PHÓ TRƯỞNG|CHÁNH|BÍ THƯ"
                    + "|THỦ TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|TỔNG GIÁM ĐỐC)");
    private static final Pattern NAME = Pattern.compile("^(?:\\p{Lu}\\p{Ll}*\\s+){1,5}\\p{Lu}\\p{Ll}*$");
    private static final Pattern TASK = Pattern.compile("^Nhiệm vụ\\s+(\\d+)\\s*[:.]\\s*(.+)$");
    /** How often progress is reported ("theo từng tháng, quý, năm"), as task plans say. */
    private static final Pattern REPORTING = Pattern.compile(
            "(?:theo\\s+)?(?:từng\\s+|định kỳ\\s+|hằng\\s+|hàng\\s+)?(?:tuần|tháng|quý|6 tháng|năm)(?:\\s*(?:,|và)\\s*"
                    + "(?:tuần|tháng|quý|6 tháng|năm))+");

    private final ReadDocument doc;
    private final List<ReadParagraph> ps;
    private final List<FoundField> fields = new ArrayList<>();
    private int offers;

    private PlanReader(ReadDocument doc) {
        this.doc = doc;
        this.ps = doc.paragraphs();
    }

    public static PlanReading read(ReadDocument doc) {
        return new PlanReader(doc).read();
    }

    private PlanReading read() {
        int kindAt = findKind();
        int bodyFrom = header(kindAt);
        int introFrom = title(kindAt, bodyFrom);
        int sectionsFrom = intro(introFrom);
        int footerAt = footerStart(sectionsFrom);
        Node root = tree(sectionsFrom, footerAt);
        for (Node section : root.children) {
            if (section.isHeading()) {
                add(FieldKind.SECTION, section.p.display(), Confidence.SURE, section.p);
            }
            walk(section, Topic.NONE, null, null, 0);
        }
        closing(sectionsFrom, footerAt);
        whereverFound(sectionsFrom, footerAt);
        footer(footerAt);
        PlanKind kind = isTaskPlan() ? PlanKind.TASK_PLAN : PlanKind.MOVEMENT;
        List<ImportedTask> tasks = kind == PlanKind.TASK_PLAN ? TaskPlanReader.tasks(doc) : List.of();
        return new PlanReading(doc, kind, order(), tasks);
    }

    private List<FoundField> order() {
        List<FoundField> out = new ArrayList<>(fields);
        out.sort(java.util.Comparator.comparing(FoundField::kind));
        return out;
    }

    private FoundField add(FieldKind kind, String value, Confidence c, ReadParagraph from) {
        if (value == null || value.isBlank()) {
            return null;
        }
        FoundField f = FoundField.of(kind, value.strip(), c, from);
        fields.add(f);
        return f;
    }

    private void replaceLast(FoundField old, FoundField now) {
        fields.set(fields.lastIndexOf(old), now);
    }

    private boolean has(FieldKind kind) {
        return fields.stream().anyMatch(f -> f.kind() == kind);
    }

    // ---- header, kind, title, basis ----

    private int findKind() {
        int limit = Math.min(ps.size(), 40);
        for (int i = 0; i < limit; i++) {
            ReadParagraph p = ps.get(i);
            String f = fold(p.display()).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z ]", "").strip();
            if (KINDS.containsKey(f) && DocumentReader.isCaps(p.text())) {
                return i;
            }
        }
        for (int i = 0; i < limit; i++) {
            ReadParagraph p = ps.get(i);
            String f = fold(p.display()).toUpperCase(java.util.Locale.ROOT);
            if (p.label().isEmpty() && DocumentReader.isCaps(p.text()) && (f.startsWith("KE HOACH ") || f.startsWith("CHUONG TRINH "))
                    && !f.contains("CONG HOA")) {
                combinedKindAt = i;
                return i;
            }
        }
        return -1;
    }

    /** A kind printed with its title in one line of capitals ("KẾ HOẠCH PHÁT ĐỘNG …"): that line's index, else -1. */
    private int combinedKindAt = -1;

    private int header(int kindAt) {
        int end = kindAt >= 0 ? kindAt : Math.min(ps.size(), 12);
        List<ReadParagraph> agencies = new ArrayList<>();
        boolean numberSeen = false;
        for (int i = 0; i < end; i++) {
            ReadParagraph p = ps.get(i);
            String text = p.display();
            if (kindAt < 0 && (p.label().matches("[IVX]+\\.") || BASIS_START.matcher(text).find())) {
                end = i;
                break;
            }
            String rest = NATIONAL.matcher(text).replaceAll(" ").strip();
            Matcher n = NUMBER.matcher(rest);
            if (n.find()) {
                numberSeen = true;
                add(FieldKind.NUMBER, n.group(1) == null ? "" : n.group(1), Confidence.SURE, p);
                if (n.group(1) == null) {
                    fields.add(FoundField.of(FieldKind.NUMBER, "", Confidence.SURE, p));
                }
                add(FieldKind.CODE, n.group(2), Confidence.SURE, p);
                add(FieldKind.ISSUER_CODE, n.group(3), Confidence.SURE, p);
                rest = (rest.substring(0, n.start()) + " " + rest.substring(n.end())).strip();
            } else if (rest.startsWith("Số") && rest.matches("^Số\\s*:?.*") && rest.length() < 30) {
                numberSeen = true;
                fields.add(FoundField.of(FieldKind.NUMBER, "", Confidence.LIKELY, p));
                rest = "";
            }
            Matcher d = PLACE_DATE.matcher(rest);
            if (d.find()) {
                String place = d.group(1).strip();
                add(FieldKind.PLACE, place, Confidence.SURE, p);
                String date = (d.group(2) == null ? "" : d.group(2)) + "/" + (d.group(3) == null ? "" : d.group(3)) + "/"
                        + d.group(4);
                add(FieldKind.DATE, date, Confidence.SURE, p);
                rest = (rest.substring(0, d.start()) + " " + rest.substring(d.end())).strip();
            }
            rest = rest.replaceAll("[*_\\-–—=…]+", " ").strip();
            if (!numberSeen && DocumentReader.isCaps(rest) && rest.length() < 120) {
                agencies.add(new ReadParagraph(p.index(), "", rest, p.bold(), p.table()));
            }
        }
        if (agencies.size() >= 2) {
            add(FieldKind.PARENT_AGENCY, agencies.get(0).text(), Confidence.SURE, ps.get(agencies.get(0).index()));
            add(FieldKind.AGENCY, agencies.get(1).text(), Confidence.SURE, ps.get(agencies.get(1).index()));
        } else if (agencies.size() == 1) {
            add(FieldKind.AGENCY, agencies.get(0).text(), Confidence.LIKELY, ps.get(agencies.get(0).index()));
        }
        if (kindAt >= 0 && kindAt == combinedKindAt) {
            ReadParagraph k = ps.get(kindAt);
            String[] words = k.text().split("\\s+");
            String kind = words[0] + " " + words[1];
            add(FieldKind.DOCUMENT_KIND, kind, Confidence.LIKELY, k);
            if (!has(FieldKind.CODE)) {
                add(FieldKind.CODE, KINDS.get(fold(kind).toUpperCase(java.util.Locale.ROOT)), Confidence.LIKELY, k);
            }
            String rest = k.text().substring(k.text().indexOf(words[1]) + words[1].length()).strip();
            add(FieldKind.TITLE, rest, Confidence.LIKELY, k);
            return kindAt + 1;
        }
        if (kindAt >= 0) {
            ReadParagraph k = ps.get(kindAt);
            add(FieldKind.DOCUMENT_KIND, k.display(), Confidence.SURE, k);
            if (!has(FieldKind.CODE)) {
                String f = fold(k.display()).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z ]", "").strip();
                add(FieldKind.CODE, KINDS.get(f), Confidence.LIKELY, k);
            }
            return kindAt + 1;
        }
        if (!has(FieldKind.CODE)) {
            add(FieldKind.CODE, "KH", Confidence.GUESS, null);
        }
        return end;
    }

    private int title(int kindAt, int from) {
        List<ReadParagraph> parts = new ArrayList<>();
        int i = from;
        for (; i < ps.size() && parts.size() < 4; i++) {
            ReadParagraph p = ps.get(i);
            String t = p.display();
            if (BASIS_START.matcher(t).find() || p.label().matches("[IVX]+\\.") || (!p.label().isEmpty() && !parts.isEmpty())
                    || t.length() > 400 || t.startsWith("Kính gửi")) {
                break;
            }
            if (t.matches("^[\\-–_*.…=]+$")) {
                continue;
            }
            parts.add(p);
        }
        if (!parts.isEmpty() && has(FieldKind.TITLE)) {
            // The title of a combined line goes on in the lines below it.
            FoundField t = fields.get(lastIndex(FieldKind.TITLE));
            fields.set(lastIndex(FieldKind.TITLE), t.withValue(t.value() + " "
                    + String.join(" ", parts.stream().map(ReadParagraph::display).toList())));
        } else if (!parts.isEmpty()) {
            String title = String.join(" ", parts.stream().map(ReadParagraph::display).toList())
                    .replaceFirst("^(?:V/v|Về việc)\\s*:?\\s*", "");
            add(FieldKind.TITLE, title, kindAt >= 0 ? Confidence.SURE : Confidence.GUESS, parts.get(0));
        }
        return i;
    }

    private int intro(int from) {
        int i = from;
        for (; i < ps.size(); i++) {
            ReadParagraph p = ps.get(i);
            if (!p.label().isEmpty() && !p.label().equals("-")) {
                break;
            }
            if (p.label().isEmpty() && isCapsHeading(p)) {
                break;
            }
            String text = ReadPatterns.normaliseDates(p.text());
            boolean basis = BASIS_START.matcher(text).find();
            if (basis) {
                List<String> pieces = ReadPatterns.citedPieces(text);
                int used = 0;
                for (String piece : pieces) {
                    DocumentRef ref = ReadPatterns.reference(piece);
                    if (ref == null) {
                        break;
                    }
                    used++;
                    add(FieldKind.BASIS, ReadPatterns.referenceText(ref),
                            ref.date() != null && ref.issuer() != null ? Confidence.SURE : Confidence.LIKELY, p);
                }
                if (used < pieces.size()) {
                    int at = text.indexOf(pieces.get(used));
                    if (at >= 0) {
                        add(FieldKind.INTRODUCTION, text.substring(at), Confidence.LIKELY, p);
                    }
                }
            } else if (!p.text().isBlank()) {
                add(FieldKind.INTRODUCTION, p.text(), Confidence.LIKELY, p);
            }
            Matcher t = THEME.matcher(p.text());
            if (t.find() && !has(FieldKind.THEME)) {
                add(FieldKind.THEME, t.group(1), Confidence.SURE, p);
            }
        }
        return i;
    }

    private int footerStart(int from) {
        for (int i = from; i < ps.size(); i++) {
            if (fold(ps.get(i).text()).startsWith("noi nhan")) {
                return i;
            }
        }
        for (int i = from; i < ps.size(); i++) {
            if (SIGNER_TITLE.matcher(ps.get(i).display()).find() && DocumentReader.isCaps(ps.get(i).display())
                    && ps.get(i).display().length() < 60) {
                return i;
            }
        }
        return ps.size();
    }

    // ---- the sections ----

    private static boolean isCapsHeading(ReadParagraph p) {
        return DocumentReader.isCaps(p.text()) && p.text().length() < 150 && !p.text().endsWith(";");
    }

    /** A heading's kind of label; items of the same kind are siblings, a new kind goes one level down. */
    private static String kindOf(ReadParagraph p) {
        String l = p.label();
        if (l.isEmpty()) {
            if (isCapsHeading(p)) {
                return "R";
            }
            if (p.bold() && p.text().length() < 150 && !p.text().matches(".*[.;]$")) {
                return "B";
            }
            return "";
        }
        if (l.matches("[IVXLC]+[.)]")) {
            return "R";
        }
        if (l.matches("[A-ZĐ][.)]")) {
            return "U";
        }
        if (l.matches("\\d+(\\.\\d+)+\\.?")) {
            return "M" + l.replaceAll("\\.$", "").split("\\.").length;
        }
        if (l.matches("\\d+[.)]")) {
            return "D" + l.charAt(l.length() - 1);
        }
        if (l.matches("[a-zđ][.)]")) {
            return "L";
        }
        return l;
    }

    private static boolean isBullet(String kind) {
        return kind.equals("-") || kind.equals("+") || kind.equals("*");
    }

    private static final class Node {
        final ReadParagraph p;
        final String kind;
        final List<Node> children = new ArrayList<>();

        Node(ReadParagraph p, String kind) {
            this.p = p;
            this.kind = kind;
        }

        boolean isHeading() {
            if (p == null) {
                return false;
            }
            if (kind.equals("R") || kind.equals("U") || kind.equals("B")) {
                return true;
            }
            if (kind.isEmpty() || isBullet(kind)) {
                return false;
            }
            return p.text().length() < 160 && !p.text().matches(".*[.;!]$");
        }
    }

    private Node tree(int from, int to) {
        Node root = new Node(null, "ROOT");
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        for (int i = from; i < to; i++) {
            ReadParagraph p = ps.get(i);
            if (p.text().isBlank()) {
                continue;
            }
            String kind = kindOf(p);
            Node node = new Node(p, kind);
            if (kind.isEmpty()) {
                // Body text belongs to the nearest heading or numbered item, not to a "-" item above it.
                int top = stack.size() - 1;
                while (top > 0 && isBullet(stack.get(top).kind)) {
                    top--;
                }
                stack.get(top).children.add(node);
                continue;
            }
            int same = -1;
            for (int s = stack.size() - 1; s > 0; s--) {
                if (stack.get(s).kind.equals(kind)) {
                    same = s;
                    break;
                }
            }
            if (same > 0) {
                while (stack.size() > same) {
                    stack.remove(stack.size() - 1);
                }
            } else if (!isBullet(kind)) {
                while (stack.size() > 1 && isBullet(stack.get(stack.size() - 1).kind)) {
                    stack.remove(stack.size() - 1);
                }
                if (kind.equals("R")) {
                    while (stack.size() > 1) {
                        stack.remove(stack.size() - 1);
                    }
                }
            }
            stack.get(stack.size() - 1).children.add(node);
            stack.add(node);
        }
        return root;
    }

    private enum Topic {
        NONE, PURPOSE_REQ, PURPOSE, REQUIREMENT, OBJECTIVE, CONTENT, PERIOD, AWARDS, ELIGIBLE, CRITERIA, FORMS, STANDARDS,
        QUOTA, DOSSIER, DUTIES, THEME
    }

    private Topic topicOf(String heading, Topic parent) {
        String h = fold(heading);
        if (h.contains("muc dich") && h.contains("yeu cau")) {
            return Topic.PURPOSE_REQ;
        }
        if (h.startsWith("muc dich") || h.equals("muc dich")) {
            return Topic.PURPOSE;
        }
        if (h.startsWith("yeu cau")) {
            return Topic.REQUIREMENT;
        }
        if (h.contains("muc tieu") || h.contains("chi tieu")) {
            return Topic.OBJECTIVE;
        }
        if (h.contains("thoi gian") && !h.contains("khen thuong")) {
            return Topic.PERIOD;
        }
        if ((h.contains("so luong") || h.startsWith("co cau")) && !h.contains("hinh thuc") && !h.contains("tieu chuan")) {
            return Topic.QUOTA;
        }
        if (h.contains("ho so") || h.contains("thu tuc")) {
            return Topic.DOSSIER;
        }
        if (h.contains("to chuc thuc hien") || (parent == Topic.NONE && h.contains("trach nhiem"))) {
            return Topic.DUTIES;
        }
        if (h.startsWith("chu de")) {
            return Topic.THEME;
        }
        boolean forms = h.contains("hinh thuc");
        boolean standards = h.contains("tieu chuan");
        boolean criteria = h.contains("tieu chi");
        boolean who = h.contains("doi tuong");
        if (who && !forms && !standards && !criteria) {
            return Topic.ELIGIBLE;
        }
        if (criteria && !forms && !standards) {
            return Topic.CRITERIA;
        }
        if (forms && !standards && !criteria && !who && parent == Topic.AWARDS) {
            return Topic.FORMS;
        }
        if (standards && !forms && parent == Topic.AWARDS) {
            return Topic.STANDARDS;
        }
        if (forms || standards || criteria || who || h.contains("khen thuong")) {
            return Topic.AWARDS;
        }
        if (h.startsWith("noi dung") || h.contains("noi dung thi dua") || h.contains("noi dung phong trao")) {
            return Topic.CONTENT;
        }
        return parent;
    }

    private static Awardee awardeeOf(String text) {
        String h = fold(text);
        if (h.matches("^(doi voi |danh cho )?(cac )?tap the.*")) {
            return Awardee.COLLECTIVE;
        }
        if (h.matches("^(doi voi |danh cho )?(cac )?ca nhan.*")) {
            return Awardee.INDIVIDUAL;
        }
        return null;
    }

    private void walk(Node node, Topic parentTopic, String group, Awardee awardee, int depth) {
        ReadParagraph p = node.p;
        Topic topic = parentTopic;
        if (node.isHeading()) {
            topic = topicOf(p.text(), parentTopic);
            if (topic != Topic.QUOTA) {
                priorityMode = false;
                lastPriorityAwardee = null;
            }
            if (topic == Topic.CONTENT && parentTopic == Topic.CONTENT) {
                topic = Topic.CONTENT;
            }
            Awardee a = awardeeOf(p.text());
            boolean awardHeading = AWARD_FORM.matcher(p.text()).find() && (parentTopic == Topic.AWARDS
                    || parentTopic == Topic.FORMS);
            if (awardHeading) {
                group = "offer " + (++offers);
                FoundField f = add(FieldKind.AWARD_FORM, p.text(), Confidence.SURE, p);
                replaceLast(f, f.inGroup(group, null));
                topic = Topic.STANDARDS;
            } else if (a != null && p.text().length() < 40) {
                awardee = a;
                topic = parentTopic == Topic.NONE ? Topic.AWARDS : (parentTopic == Topic.AWARDS ? Topic.STANDARDS : parentTopic);
            }
            if (topic == Topic.CONTENT && parentTopic == Topic.CONTENT) {
                content(node, depth);
            }
            if (parentTopic == Topic.QUOTA && topic == Topic.QUOTA) {
                lineIn(topic, p, group, awardee, node);
            }
            int childDepth = topic == Topic.CONTENT && parentTopic == Topic.CONTENT ? depth + 1 : (topic == Topic.CONTENT ? 1 : depth);
            for (Node c : node.children) {
                walk(c, topic, group, awardee, childDepth);
            }
            if (topic == Topic.PERIOD && !has(FieldKind.PERIOD)) {
                Period period = ReadPatterns.period(p.text());
                if (period != null) {
                    add(FieldKind.PERIOD, ReadPatterns.periodText(period), Confidence.LIKELY, p);
                }
            }
            return;
        }
        if (topic == Topic.CONTENT) {
            content(node, depth);
            for (Node c : node.children) {
                walk(c, topic, group, awardee, depth + 1);
            }
            return;
        }
        Topic inline = inlineTopic(p, topic);
        if (inline != null) {
            String body = p.text().substring(p.text().indexOf(':') + 1).strip();
            lineIn(inline, new ReadParagraph(p.index(), "", body, p.bold(), p.table()), group, awardee, node);
        } else {
            lineIn(topic, p, group, awardee, node);
        }
        Awardee childAwardee = awardee;
        if (topic == Topic.QUOTA && fold(p.text()).startsWith("uu tien")) {
            priorityMode = true;
        }
        for (Node c : node.children) {
            walk(c, topic, group, childAwardee, depth);
        }
    }

    /** "1. Mục đích: …", a heading and its text in one paragraph: the heading's topic, or null. */
    private Topic inlineTopic(ReadParagraph p, Topic topic) {
        int colon = p.text().indexOf(':');
        if (colon <= 0 || colon > 50 || p.label().equals("-") || p.label().equals("+")) {
            return null;
        }
        String head = p.text().substring(0, colon);
        Topic t = topicOf(head, topic == Topic.NONE ? Topic.AWARDS : topic);
        boolean known = t != topic && t != Topic.CONTENT && t != Topic.AWARDS && t != Topic.NONE
                && (topic == Topic.NONE || topic == Topic.PURPOSE_REQ || topic == Topic.AWARDS || topic == Topic.OBJECTIVE);
        return known && p.text().length() > colon + 3 ? t : null;
    }

    private boolean priorityMode;
    private Awardee lastPriorityAwardee;

    private void content(Node node, int depth) {
        FoundField f = add(FieldKind.CONTENT, node.p.text(), Confidence.SURE, node.p);
        if (f != null) {
            replaceLast(f, f.at(node.p.label(), depth));
        }
    }

    private void lineIn(Topic topic, ReadParagraph p, String group, Awardee awardee, Node node) {
        String text = p.text();
        switch (topic) {
            case PURPOSE, PURPOSE_REQ -> add(FieldKind.PURPOSE, text, topic == Topic.PURPOSE ? Confidence.SURE : Confidence.LIKELY, p);
            case REQUIREMENT -> add(FieldKind.REQUIREMENT, text, Confidence.SURE, p);
            case OBJECTIVE -> {
                if (Targets.isMeasurable(text)) {
                    add(FieldKind.TARGET, text, Confidence.LIKELY, p);
                } else {
                    add(FieldKind.OBJECTIVE, text, Confidence.SURE, p);
                }
            }
            case PERIOD -> {
                Period period = ReadPatterns.period(text);
                if (period != null && !has(FieldKind.PERIOD)) {
                    add(FieldKind.PERIOD, ReadPatterns.periodText(period), Confidence.SURE, p);
                } else if (!has(FieldKind.PERIOD) && ReadPatterns.yearPeriod(text) != null) {
                    add(FieldKind.PERIOD, ReadPatterns.periodText(ReadPatterns.yearPeriod(text)), Confidence.GUESS, p);
                }
            }
            case ELIGIBLE -> {
                Awardee a = awardeeOf(text);
                String value = text.replaceFirst("^(?i)(Tập thể|Cá nhân)\\s*:\\s*", "");
                FoundField f = add(FieldKind.ELIGIBLE, value, a == null ? Confidence.GUESS : Confidence.SURE, p);
                if (f != null) {
                    replaceLast(f, f.inGroup(null, a == null ? Awardee.INDIVIDUAL : a));
                }
            }
            case CRITERIA -> {
                FoundField f = add(FieldKind.CRITERION, text, awardee == null ? Confidence.GUESS : Confidence.SURE, p);
                if (f != null) {
                    replaceLast(f, f.inGroup(null, awardee == null ? Awardee.COLLECTIVE : awardee));
                }
            }
            case FORMS -> {
                if (AWARD_FORM.matcher(text).find()) {
                    String g = "offer " + (++offers);
                    FoundField f = add(FieldKind.AWARD_FORM, text.replaceAll("[;.,]+$", ""), Confidence.SURE, p);
                    replaceLast(f, f.inGroup(g, null));
                }
            }
            case STANDARDS, AWARDS -> {
                if (topic == Topic.AWARDS && group == null && AWARD_FORM.matcher(text).find() && text.length() < 120) {
                    String g = "offer " + (++offers);
                    FoundField f = add(FieldKind.AWARD_FORM, text.replaceAll("[;.,]+$", ""), Confidence.LIKELY, p);
                    replaceLast(f, f.inGroup(g, null));
                    return;
                }
                boolean intro = p.label().isEmpty() && text.endsWith(":") && node.children.isEmpty() == false
                        || (p.label().isEmpty() && text.endsWith(":") && awardeeOf(text) != null);
                FieldKind kind = intro ? FieldKind.STANDARDS_INTRO : FieldKind.STANDARD;
                FoundField f = add(kind, text, group == null ? Confidence.LIKELY : Confidence.SURE, p);
                if (f != null) {
                    replaceLast(f, f.inGroup(group == null ? "*" : group, awardee));
                }
            }
            case QUOTA -> {
                if (priorityMode || fold(text).startsWith("uu tien")) {
                    if (fold(text).matches("^uu tien\\s*:?$")) {
                        return;
                    }
                    Awardee a = awardeeOf(text);
                    if (a != null) {
                        lastPriorityAwardee = a;
                    }
                    FoundField f = add(FieldKind.PRIORITY, text.replaceFirst("^(?i)Ưu tiên\\s*:?\\s*", ""), Confidence.LIKELY, p);
                    if (f != null) {
                        replaceLast(f, f.inGroup(group == null ? "*" : group, lastPriorityAwardee));
                    }
                    return;
                }
                if (!ReadPatterns.hasQuota(text)) {
                    return;
                }
                Awardee a = awardeeOf(text);
                String f0 = fold(text);
                boolean overall = f0.contains("tong so") || (a == null && group == null);
                if (overall) {
                    add(FieldKind.OVERALL_QUOTA, ReadPatterns.quotaPhrase(text), Confidence.SURE, p);
                } else {
                    FoundField f = add(FieldKind.QUOTA, ReadPatterns.quotaPhrase(text), Confidence.SURE, p);
                    replaceLast(f, f.inGroup(group == null ? lastGroup() : group, a == null ? awardee : a));
                }
            }
            case DOSSIER -> {
                var deadline = ReadPatterns.deadline(text);
                if (deadline != null && fold(text).contains("gui")) {
                    add(FieldKind.DOSSIER_DEADLINE, ReadPatterns.dmy(deadline), Confidence.SURE, p);
                    add(FieldKind.DOSSIER_DESTINATION, ReadPatterns.destination(text), Confidence.LIKELY, p);
                } else {
                    add(FieldKind.DOSSIER_DOCUMENT, text, p.label().isEmpty() ? Confidence.LIKELY : Confidence.SURE, p);
                }
            }
            case DUTIES -> {
                if (p.label().isEmpty() && (text.endsWith("./.") || text.startsWith("Trên đây"))) {
                    return;
                }
                add(FieldKind.DUTY, text, p.label().isEmpty() ? Confidence.LIKELY : Confidence.SURE, p);
            }
            case THEME -> {
                if (!has(FieldKind.THEME)) {
                    add(FieldKind.THEME, text.replaceAll("^[“\"]|[”\"]$", ""), Confidence.SURE, p);
                }
            }
            default -> {
            }
        }
    }

    private String lastGroup() {
        for (int i = fields.size() - 1; i >= 0; i--) {
            if (fields.get(i).kind() == FieldKind.AWARD_FORM) {
                return fields.get(i).group();
            }
        }
        return "*";
    }

    private void closing(int from, int to) {
        for (int i = to - 1; i >= from && i >= to - 3; i--) {
            ReadParagraph p = ps.get(i);
            if (p.label().isEmpty() && (p.text().endsWith("./.") || p.text().startsWith("Trên đây"))) {
                fields.removeIf(f -> f.paragraph() == p.index() && f.kind() != FieldKind.DOSSIER_DEADLINE
                        && f.kind() != FieldKind.DOSSIER_DESTINATION);
                add(FieldKind.CLOSING, p.text(), Confidence.SURE, p);
                return;
            }
        }
    }

    /** Fields that may stand anywhere: the period, the movement's kind, the deadline, the theme. */
    private void whereverFound(int from, int to) {
        for (int i = from; i < to; i++) {
            ReadParagraph p = ps.get(i);
            String folded = fold(p.text());
            if (!has(FieldKind.REPORTING) && (folded.contains("bao cao") || folded.contains("tong hop"))) {
                Matcher m = REPORTING.matcher(p.text());
                if (m.find()) {
                    add(FieldKind.REPORTING, m.group(), Confidence.LIKELY, p);
                }
            }
            if (!has(FieldKind.PERIOD)) {
                Period period = ReadPatterns.period(p.text());
                if (period != null && fold(p.text()).contains("thoi gian")) {
                    add(FieldKind.PERIOD, ReadPatterns.periodText(period), Confidence.LIKELY, p);
                }
            }
            if (!has(FieldKind.DOSSIER_DEADLINE) && fold(p.text()).contains("gui") && ReadPatterns.deadline(p.text()) != null) {
                add(FieldKind.DOSSIER_DEADLINE, ReadPatterns.dmy(ReadPatterns.deadline(p.text())), Confidence.LIKELY, p);
                add(FieldKind.DOSSIER_DESTINATION, ReadPatterns.destination(p.text()), Confidence.LIKELY, p);
            }
        }
        if (!has(FieldKind.THEME)) {
            for (ReadParagraph p : ps) {
                Matcher t = THEME.matcher(p.text());
                if (t.find()) {
                    add(FieldKind.THEME, t.group(1), Confidence.LIKELY, p);
                    break;
                }
            }
        }
        String all = fold(String.join(" ", fields.stream().filter(f -> f.kind() == FieldKind.TITLE
                || f.kind() == FieldKind.INTRODUCTION || f.kind() == FieldKind.STANDARD || f.kind() == FieldKind.PURPOSE)
                .map(FoundField::value).toList()));
        ReadParagraph titleAt = fields.stream().filter(f -> f.kind() == FieldKind.TITLE).findFirst()
                .map(f -> ps.get(f.paragraph())).orElse(null);
        if (all.contains("chuyen de")) {
            add(FieldKind.MOVEMENT_FORM, "THEMATIC", Confidence.LIKELY, titleAt);
        } else if (all.contains("thuong xuyen")) {
            add(FieldKind.MOVEMENT_FORM, "REGULAR", Confidence.LIKELY, titleAt);
        } else if (all.contains("dot thi dua") || all.contains("theo dot") || all.contains("dac biet")) {
            add(FieldKind.MOVEMENT_FORM, "CAMPAIGN", Confidence.LIKELY, titleAt);
        } else if (has(FieldKind.PERIOD)) {
            Period period = ReadPatterns.period(fields.stream().filter(f -> f.kind() == FieldKind.PERIOD).findFirst()
                    .orElseThrow().value());
            if (period != null && period.start() != null && period.end() != null
                    && period.start().plusMonths(11).isAfter(period.end())) {
                add(FieldKind.MOVEMENT_FORM, "CAMPAIGN", Confidence.GUESS, titleAt);
            }
        }
    }

    // ---- recipients and signer ----

    private void footer(int at) {
        int i = at;
        if (i < ps.size() && fold(ps.get(i).text()).startsWith("noi nhan")) {
            ReadParagraph head = ps.get(i);
            String after = head.text().replaceFirst("^(?i)Nơi nhận\\s*:?\\s*", "");
            if (!after.isBlank()) {
                add(FieldKind.RECIPIENT, after.replaceFirst("^[-–]\\s*", ""), Confidence.SURE, head);
            }
            i++;
            for (; i < ps.size(); i++) {
                ReadParagraph p = ps.get(i);
                if (isSignerTitle(p)) {
                    break;
                }
                if (p.label().isEmpty() && has(FieldKind.RECIPIENT) && !isName(p.text())) {
                    FoundField last = fields.get(lastIndex(FieldKind.RECIPIENT));
                    fields.set(lastIndex(FieldKind.RECIPIENT), last.withValue(last.value() + " " + p.text()));
                    continue;
                }
                if (isName(p.text()) && !p.text().contains(";")) {
                    break;
                }
                add(FieldKind.RECIPIENT, p.text(), Confidence.SURE, p);
            }
        }
        List<ReadParagraph> titles = new ArrayList<>();
        for (; i < ps.size(); i++) {
            ReadParagraph p = ps.get(i);
            if (isSignerTitle(p) || (!titles.isEmpty() && DocumentReader.isCaps(p.display()) && p.display().length() < 60)) {
                titles.add(p);
            } else if (!titles.isEmpty()) {
                break;
            }
        }
        if (!titles.isEmpty()) {
            String title = String.join(" / ", titles.stream().map(ReadParagraph::display).toList());
            title = title.contains(" / ") ? title : title.replaceFirst("^((?:KT|TM|Q|TL|TUQ)\\.\\s*\\S.*?)\\s+(PHÓ\\s.*|[\\p{Lu}]+ TRƯỞNG.*)$", "$1 / $2");
            add(FieldKind.SIGNER_TITLE, title,
                    Confidence.SURE, titles.get(0));
        }
        for (; i < ps.size(); i++) {
            ReadParagraph p = ps.get(i);
            String t = p.text().replaceAll("^\\(.*\\)$", "").strip();
            if (isName(t)) {
                add(FieldKind.SIGNER_NAME, t, titles.isEmpty() ? Confidence.GUESS : Confidence.SURE, p);
                break;
            }
        }
    }

    private int lastIndex(FieldKind kind) {
        for (int i = fields.size() - 1; i >= 0; i--) {
            if (fields.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSignerTitle(ReadParagraph p) {
        String t = p.display();
        return DocumentReader.isCaps(t) && t.length() < 60 && SIGNER_TITLE.matcher(t).find();
    }

    private static boolean isName(String t) {
        return t.length() < 50 && NAME.matcher(t).matches();
    }

    private boolean isTaskPlan() {
        String title = fold(fields.stream().filter(f -> f.kind() == FieldKind.TITLE).map(FoundField::value)
                .findFirst().orElse(""));
        long tasks = ps.stream().filter(p -> TASK.matcher(p.text()).find()).count();
        boolean awards = fields.stream().anyMatch(f -> f.kind() == FieldKind.AWARD_FORM);
        boolean table = TaskPlanReader.hasTaskTable(doc);
        return !awards && (title.contains("nhiem vu trong tam") || title.contains("nhiem vu cong tac") || tasks >= 2 || table);
    }
}
