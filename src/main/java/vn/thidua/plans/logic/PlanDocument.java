package vn.thidua.plans.logic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import vn.thidua.common.document.Block;
import vn.thidua.common.document.DocumentHeader;
import vn.thidua.common.document.Nd30Lines;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.Recipients;
import vn.thidua.common.document.Signature;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.AwardeeLine;
import vn.thidua.plans.model.ContentItem;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.Duty;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.Quota;
import vn.thidua.plans.model.Target;

/**
 * A plan as the official document it prints as: the header, type line and subject, then the body in the order and
 * numbering of the seed plans, "Nơi nhận" and the signature. The numbering (I., 1., 1.1., a), "-", "+") is decided here
 * and only here; the Word writer and a text preview print the same blocks.
 *
 * <p>The two seeds order their sections differently, and the plan's data says which one it follows: a plan with
 * criteria (tiêu chí thi đua, seed 003) puts "TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG" before "THỜI GIAN THỰC HIỆN";
 * one without (seed 001) puts "THỜI GIAN THI ĐUA" before "ĐỐI TƯỢNG, HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG". A list of one
 * line prints as a paragraph, of several as "-" items, as both seeds do.
 */
public final class PlanDocument {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            "XIII", "XIV", "XV"};
    /** Types of basis documents cited with "Căn cứ" (legal grounds); the rest are implemented ("Thực hiện"). */
    private static final List<String> LEGAL_GROUNDS = List.of("luật", "nghị định", "thông tư", "nghị quyết", "pháp lệnh");

    /** Subjects that read on from the issuer without "về" ("… của Chính phủ quy định chi tiết …"). */
    private static final List<String> SUBJECT_VERBS = List.of("về ", "quy định", "hướng dẫn", "ban hành", "sửa đổi");

    private final Plan plan;
    private final LongFunction<String> formName;
    private final List<Block> body = new ArrayList<>();
    private int section;
    private int heading;
    private int subheading;
    private int letter;

    private PlanDocument(Plan plan, LongFunction<String> formName) {
        this.plan = plan;
        this.formName = formName;
    }

    /**
     * The plan's document.
     *
     * @param agency       the office (header lines, the code after the type code, the place when the plan has none)
     * @param awardFormName the catalogue's name of an award form by id ("Giấy khen của Giám đốc Sở")
     */
    public static OfficialDocument of(Plan plan, Agency agency, LongFunction<String> awardFormName) {
        Objects.requireNonNull(plan, "plan");
        Agency office = agency == null ? Agency.blank() : agency;
        PlanDocument d = new PlanDocument(plan, awardFormName);
        d.body();
        return new OfficialDocument(header(plan, office), type(plan.code()),
                nz(plan.title()).isBlank() ? List.of() : List.of(plan.title().strip()), d.body,
                recipients(plan.recipients()), signature(plan));
    }

    // --- header, type, footer -------------------------------------------------------------------------------------

    static DocumentHeader header(Plan plan, Agency agency) {
        String symbol = nz(agency.shortCode()).isBlank() ? nz(plan.code())
                : Nd30Lines.symbol(nz(plan.code()), agency.shortCode());
        String place = plan.place() != null && !plan.place().isBlank() ? plan.place() : nz(agency.placeName());
        return new DocumentHeader(agency.parentAgency(), agency.name(), Nd30Lines.numberLine(plan.number(), symbol),
                placeAndDate(place, plan.date()));
    }

    /** As much of the date as is known; what is not is left blank to be written in after signing. */
    public static String placeAndDate(String place, PlanDate date) {
        if (date == null) {
            return "";
        }
        if (date.isComplete() && date.isValid()) {
            return Nd30Lines.placeAndDate(place, date.toLocalDate());
        }
        if (date.month() != null) {
            return Nd30Lines.placeAndMonth(place, YearMonth.of(date.year(), date.month()));
        }
        return Nd30Lines.placeAndYear(place, date.year());
    }

    /** The type line: "KẾ HOẠCH" for KH, the kind's title for the other codes the office uses, else the code. */
    public static String type(String code) {
        String c = nz(code).strip();
        return switch (c) {
            case "KH" -> Messages.get("planDoc.type.plan");
            case "PĐ" -> Messages.get("planDoc.type.launch");
            case "CTr" -> Messages.get("planDoc.type.programme");
            case "HD" -> Messages.get("planDoc.type.guide");
            default -> c;
        };
    }

    /** The plan's recipient lines, a "Lưu: …" line becoming the archive line printed last. */
    public static Recipients recipients(List<String> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        List<String> to = new ArrayList<>();
        String archive = "";
        String archivePrefix = Messages.get("planDoc.archivePrefix");
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("-")) {
                t = t.substring(1).strip();
            }
            if (t.startsWith(archivePrefix)) {
                archive = t.substring(archivePrefix.length()).strip();
            } else if (!t.isEmpty()) {
                to.add(t);
            }
        }
        return new Recipients(to, archive);
    }

    static Signature signature(Plan plan) {
        return signature(plan.signer());
    }

    /** "GIÁM ĐỐC" over the name, or "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" for a deputy; null without a signer. */
    public static Signature signature(PlanSigner signer) {
        if (signer == null) {
            return null;
        }
        String head = Messages.get("planDoc.signer.director");
        return signer.role() == SignerRole.DEPUTY_DIRECTOR
                ? Signature.onBehalf(head, Messages.get("planDoc.signer.deputy"), nz(signer.fullName()))
                : Signature.direct(head, nz(signer.fullName()));
    }

    // --- body -----------------------------------------------------------------------------------------------------

    private void body() {
        opening();
        purposes();
        objectives();
        contents();
        boolean criteriaFirst = !plan.criteria().isEmpty();
        if (criteriaFirst) {
            awards("planDoc.section.criteriaAndAwards");
            period("planDoc.section.periodAfterAwards");
        } else {
            period("planDoc.section.period");
            awards("planDoc.section.awards");
        }
        duties();
        if (plan.closing() != null && !plan.closing().isBlank()) {
            body.add(Block.Paragraph.of(plan.closing()));
        }
    }

    /** "Căn cứ …;" lines for legal grounds, then "Thực hiện … và …; <introduction>", then the theme if not in it. */
    private void opening() {
        List<String> implemented = new ArrayList<>();
        for (DocumentRef ref : plan.basis()) {
            if (LEGAL_GROUNDS.contains(nz(ref.type()).strip().toLowerCase(java.util.Locale.ROOT))) {
                body.add(Block.Paragraph.of(Messages.get("planDoc.basis.grounds", reference(ref))));
            } else {
                implemented.add(reference(ref));
            }
        }
        String intro = nz(plan.introduction()).strip();
        if (!implemented.isEmpty()) {
            String implementing = Messages.get("planDoc.basis.implementing", joinAnd(implemented));
            body.add(Block.Paragraph.of(intro.isEmpty() ? implementing + "." : implementing + "; " + intro));
        } else if (!intro.isEmpty()) {
            body.add(Block.Paragraph.of(intro));
        }
        String theme = nz(plan.theme()).strip();
        if (!theme.isEmpty() && !intro.contains(theme)) {
            body.add(Block.Paragraph.of(Messages.get("planDoc.theme", theme)));
        }
    }

    /**
     * "Kế hoạch số 134/KH-UBND ngày 15/5/2025 của UBND tỉnh về …"; a law is cited by its name and date, as the
     * decree's documents cite it ("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022").
     */
    public static String reference(DocumentRef r) {
        if ("luật".equalsIgnoreCase(nz(r.type()).strip()) && r.subject() != null && r.date() != null) {
            return nz(r.type()).strip() + " " + r.subject().strip() + " " + Nd30Lines.date(r.date());
        }
        StringBuilder b = new StringBuilder(nz(r.type()).strip());
        if (r.number() != null && !r.number().isBlank()) {
            b.append(' ').append(Messages.get("planDoc.ref.number", r.number().strip()));
        }
        if (r.date() != null) {
            b.append(' ').append(Messages.get("planDoc.ref.date", shortDate(r.date())));
        }
        if (r.issuer() != null && !r.issuer().isBlank()) {
            b.append(' ').append(Messages.get("planDoc.ref.issuer", r.issuer().strip()));
        }
        if (r.subject() != null && !r.subject().isBlank()) {
            String subject = r.subject().strip();
            boolean saysWhat = SUBJECT_VERBS.stream().anyMatch(v -> subject.toLowerCase(VietText.VIETNAMESE).startsWith(v));
            b.append(' ').append(saysWhat ? subject : Messages.get("planDoc.ref.subject", subject));
        }
        return b.toString().strip();
    }

    private void purposes() {
        if (plan.purposes().isEmpty() && plan.requirements().isEmpty()) {
            return;
        }
        section("planDoc.section.purposes");
        if (!plan.purposes().isEmpty()) {
            heading(Messages.get("planDoc.purposes"));
            lines(plan.purposes());
        }
        if (!plan.requirements().isEmpty()) {
            heading(Messages.get("planDoc.requirements"));
            lines(plan.requirements());
        }
    }

    private void objectives() {
        if (plan.objectives().isEmpty() && plan.targets().isEmpty()) {
            return;
        }
        section("planDoc.section.objectives");
        if (!plan.objectives().isEmpty()) {
            heading(Messages.get("planDoc.objectives"));
            lines(plan.objectives());
        }
        if (!plan.targets().isEmpty()) {
            heading(Messages.get("planDoc.targets"));
            lines(plan.targets().stream().map(Target::text).toList());
        }
    }

    private void contents() {
        if (plan.contents().isEmpty()) {
            return;
        }
        section("planDoc.section.contents");
        plan.contents().forEach(this::item);
    }

    /**
     * One item of the contents with its label as typed: "-" and "+" items, a numbered item with a heading as a heading
     * of the level its label shows ("1." bold, "1.1." bold italic, "a)" italic) and its text below, a numbered item
     * without a heading as a paragraph that starts with its label (seed 001).
     */
    private void item(ContentItem item) {
        String label = nz(item.label()).strip();
        String text = nz(item.body()).strip();
        if (label.equals("-")) {
            body.add(new Block.Bullet(text));
        } else if (label.equals("+")) {
            body.add(Block.Paragraph.of("+ " + text));
        } else if (item.heading() != null && !item.heading().isBlank()) {
            body.add(new Block.Heading(level(label), joined(label, item.heading().strip())));
            if (!text.isEmpty()) {
                body.add(Block.Paragraph.of(text));
            }
        } else {
            body.add(Block.Paragraph.of(joined(label, text)));
        }
        item.children().forEach(this::item);
    }

    /** The heading level a typed label stands for: "I." 1, "1." 2, "1.1." 3, "a)" 4. */
    static int level(String label) {
        if (label.matches("[IVXLC]+\\.")) {
            return 1;
        }
        if (label.matches("\\d+\\.")) {
            return 2;
        }
        if (label.matches("\\d+(\\.\\d+)+\\.?")) {
            return 3;
        }
        return 4;
    }

    private void period(String titleKey) {
        Period p = plan.period();
        if (p == null && plan.movementForm() == null) {
            return;
        }
        section(titleKey);
        if (p != null) {
            body.add(Block.Paragraph.of(periodText(p)));
        }
        if (plan.movementForm() != null) {
            String form = switch (plan.movementForm()) {
                case REGULAR -> Messages.get("planDoc.movement.regular");
                case CAMPAIGN -> Messages.get("planDoc.movement.campaign");
                case THEMATIC -> Messages.get("planDoc.movement.thematic");
            };
            body.add(Block.Paragraph.of(Messages.get("planDoc.movement", form)));
        }
    }

    /** "Thời gian thi đua từ tháng 5/2025 đến hết tháng 10/2025.", "… từ ngày 10/02/2026 đến ngày 20/5/2026." */
    static String periodText(Period p) {
        if (p.startsOnIssue()) {
            return p.end() == null ? Messages.get("planDoc.period.fromIssueOpen")
                    : Messages.get("planDoc.period.fromIssue", shortDate(p.end()));
        }
        if (p.wholeMonths() && p.start() != null && p.end() != null) {
            return Messages.get("planDoc.period.months", monthYear(p.start()), monthYear(p.end()));
        }
        return Messages.get("planDoc.period.days", p.start() == null ? Nd30Lines.BLANK : shortDate(p.start()),
                p.end() == null ? Nd30Lines.BLANK : shortDate(p.end()));
    }

    // --- awards ---------------------------------------------------------------------------------------------------

    private void awards(String titleKey) {
        boolean dossier = printsDossier();
        if (plan.eligible().isEmpty() && plan.criteria().isEmpty() && plan.offers().isEmpty()
                && plan.overallQuota().equals(Quota.NONE) && !dossier) {
            return;
        }
        section(titleKey);
        if (!plan.eligible().isEmpty()) {
            heading(Messages.get("planDoc.eligible"));
            for (AwardeeLine line : plan.eligible()) {
                body.add(new Block.Bullet(Messages.get(line.awardee() == Awardee.COLLECTIVE
                        ? "planDoc.eligible.collective" : "planDoc.eligible.individual", line.text().strip())));
            }
        }
        if (!plan.criteria().isEmpty()) {
            heading(Messages.get("planDoc.criteria"));
            for (Awardee a : Awardee.values()) {
                List<String> of = plan.criteria().stream().filter(l -> l.awardee() == a).map(AwardeeLine::text).toList();
                if (!of.isEmpty()) {
                    subheading(forAwardee(a));
                    bullets(of);
                }
            }
            formsStandardsAndQuotas();
        } else {
            standardsPerForm();
        }
        if (dossier) {
            dossier();
        }
    }

    /**
     * Seed 003: one heading for the forms, the standards and the quotas, the forms listed by name, standards shared by
     * all offers printed once, then the quotas and the priorities ("- Ưu tiên:" with "+" items).
     */
    private void formsStandardsAndQuotas() {
        List<AwardOffer> offers = plan.offers();
        if (!offers.isEmpty()) {
            heading(Messages.get("planDoc.formsStandardsQuota"));
            subheading(Messages.get("planDoc.forms"));
            List<String> names = distinct(offers.stream().map(o -> name(o.awardFormId())).toList());
            for (int i = 0; i < names.size(); i++) {
                body.add(new Block.Bullet(names.get(i) + (i == names.size() - 1 ? "." : ";")));
            }
            subheading(Messages.get("planDoc.standards"));
            Map<List<String>, List<AwardOffer>> byStandards = new LinkedHashMap<>();
            offers.forEach(o -> byStandards.computeIfAbsent(o.standards(), k -> new ArrayList<>()).add(o));
            if (byStandards.size() == 1) {
                intros(offers);
                lines(offers.get(0).standards());
            } else {
                for (AwardOffer o : offers) {
                    letter(name(o.awardFormId()) + " – " + forAwardee(o.awardee()).toLowerCase(java.util.Locale.ROOT));
                    intros(List.of(o));
                    lines(o.standards());
                }
            }
        }
        List<String> quotas = new ArrayList<>();
        if (!plan.overallQuota().equals(Quota.NONE)) {
            quotas.add(Messages.get("planDoc.quota.overall", quotaText(plan.overallQuota(), null)));
        }
        for (AwardOffer o : offers) {
            if (!o.quota().equals(Quota.NONE)) {
                quotas.add(Messages.get("planDoc.quota.named", name(o.awardFormId()), awardeeWord(o.awardee()),
                        quotaText(o.quota(), o.awardee())));
            }
        }
        List<String> priorities = distinct(offers.stream().flatMap(o -> o.priorities().stream()).toList());
        if (!quotas.isEmpty() || !priorities.isEmpty()) {
            heading(Messages.get("planDoc.quota"));
            bullets(quotas);
            priorities(priorities);
        }
    }

    /**
     * Seed 001: "Tiêu chuẩn, hình thức khen thưởng", then per award form "2.1. <form>" with "a) Đối với tập thể",
     * "b) Đối với cá nhân" and "c) Số lượng"; a form whose collective and individual offers have the same standards,
     * without an introduction, quota or priority, prints those standards once under its name (seed 001's 2.2).
     */
    private void standardsPerForm() {
        if (plan.offers().isEmpty() && plan.overallQuota().equals(Quota.NONE)) {
            return;
        }
        heading(Messages.get("planDoc.standardsAndForms"));
        Map<Long, List<AwardOffer>> byForm = new LinkedHashMap<>();
        plan.offers().forEach(o -> byForm.computeIfAbsent(o.awardFormId(), k -> new ArrayList<>()).add(o));
        for (Map.Entry<Long, List<AwardOffer>> form : byForm.entrySet()) {
            subheading(name(form.getKey()));
            List<AwardOffer> offers = form.getValue();
            boolean plain = offers.stream().allMatch(o -> o.standardsIntro() == null && o.quota().equals(Quota.NONE)
                    && o.priorities().isEmpty()) && offers.stream().map(AwardOffer::standards).distinct().count() == 1;
            if (plain) {
                lines(offers.get(0).standards());
                continue;
            }
            for (AwardOffer o : offers) {
                letter(forAwardee(o.awardee()));
                intros(List.of(o));
                lines(o.standards());
            }
            List<AwardOffer> withQuota = offers.stream().filter(o -> !o.quota().equals(Quota.NONE)).toList();
            if (!withQuota.isEmpty()) {
                letter(Messages.get("planDoc.quotaLetter"));
                for (AwardOffer o : withQuota) {
                    body.add(new Block.Bullet(Messages.get("planDoc.quota.line", capitalised(awardeeWord(o.awardee())),
                            quotaText(o.quota(), o.awardee()))));
                }
            }
            List<String> priorities = distinct(offers.stream().flatMap(o -> o.priorities().stream()).toList());
            if (!priorities.isEmpty()) {
                letter(Messages.get("planDoc.prioritiesLetter"));
                lines(priorities);
            }
        }
        if (!plan.overallQuota().equals(Quota.NONE)) {
            body.add(Block.Paragraph.of(Messages.get("planDoc.quota.overall", quotaText(plan.overallQuota(), null))));
        }
    }

    private void intros(List<AwardOffer> offers) {
        distinct(offers.stream().map(AwardOffer::standardsIntro).filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).forEach(i -> body.add(Block.Paragraph.of(i)));
    }

    /**
     * "- Ưu tiên:" and the priorities as "+" items up to the one that ends the sentence with "."; lines after it are
     * what the prioritised must have done and print as "-" items (seed 003).
     */
    private void priorities(List<String> priorities) {
        if (priorities.isEmpty()) {
            return;
        }
        body.add(new Block.Bullet(Messages.get("planDoc.priorities")));
        int last = priorities.size() - 1;
        for (int i = 0; i < priorities.size(); i++) {
            if (priorities.get(i).strip().endsWith(".")) {
                last = i;
                break;
            }
        }
        for (int i = 0; i < priorities.size(); i++) {
            String p = priorities.get(i).strip();
            body.add(i <= last ? Block.Paragraph.of("+ " + p) : new Block.Bullet(p));
        }
    }

    /**
     * The dossier has its own item when it lists documents, or a deadline no duty already states (seed 003 gives the
     * deadline only in the duty of the units).
     */
    private boolean printsDossier() {
        if (!plan.dossierDocuments().isEmpty()) {
            return true;
        }
        if (plan.dossierDeadline() == null) {
            return false;
        }
        String date = shortDate(plan.dossierDeadline());
        return plan.duties().stream().noneMatch(d -> nz(d.text()).contains(date));
    }

    private void dossier() {
        heading(Messages.get("planDoc.dossier"));
        bullets(plan.dossierDocuments());
        if (plan.dossierDeadline() != null) {
            String to = nz(plan.dossierDestination()).isBlank() ? Messages.get("planDoc.dossier.defaultDestination")
                    : plan.dossierDestination().strip();
            body.add(Block.Paragraph.of(Messages.get("planDoc.dossier.deadline", to, shortDate(plan.dossierDeadline()))));
        }
    }

    private void duties() {
        if (plan.duties().isEmpty()) {
            return;
        }
        section("planDoc.section.duties");
        int n = 0;
        for (Duty d : plan.duties()) {
            body.add(Block.Paragraph.of((++n) + ". " + nz(d.text()).strip()));
        }
    }

    // --- numbering: the one place that counts -----------------------------------------------------------------------

    private void section(String titleKey) {
        body.add(new Block.Heading(1, ROMAN[section++] + ". " + Messages.get(titleKey)));
        heading = 0;
    }

    private void heading(String text) {
        body.add(new Block.Heading(2, (++heading) + ". " + text));
        subheading = 0;
        letter = 0;
    }

    private void subheading(String text) {
        body.add(new Block.Heading(3, heading + "." + (++subheading) + ". " + text));
        letter = 0;
    }

    private void letter(String text) {
        body.add(new Block.Heading(4, (char) ('a' + letter++) + ") " + text));
    }

    /** One line as a paragraph, several as "-" items. */
    private void lines(List<String> lines) {
        if (lines.size() == 1) {
            body.add(Block.Paragraph.of(lines.get(0).strip()));
        } else {
            bullets(lines);
        }
    }

    private void bullets(List<String> lines) {
        lines.forEach(l -> body.add(new Block.Bullet(l.strip())));
    }

    // --- words --------------------------------------------------------------------------------------------------------

    private String name(long awardFormId) {
        String n = formName == null ? null : formName.apply(awardFormId);
        return n == null || n.isBlank() ? Messages.get("planDoc.unknownForm", awardFormId) : n.strip();
    }

    private static String forAwardee(Awardee a) {
        return Messages.get(a == Awardee.COLLECTIVE ? "planDoc.forCollective" : "planDoc.forIndividual");
    }

    private static String awardeeWord(Awardee a) {
        return Messages.get(a == Awardee.COLLECTIVE ? "planDoc.collective" : "planDoc.individual");
    }

    /** "01 tập thể", "30% tổng số cá nhân tham gia"; for the overall quota "30%" or "05". */
    static String quotaText(Quota q, Awardee awardee) {
        String who = awardee == null ? "" : awardeeWord(awardee);
        if (q.percent() != null) {
            String percent = q.percent().toPlainString().replace('.', ',');
            return awardee == null ? percent + "%" : Messages.get("planDoc.quota.percent", percent, who);
        }
        String count = PlanNumbers.number(q.count());
        return awardee == null ? count : count + " " + who;
    }

    /** "15/5/2025", "10/02/2026", "05/12/2025": days under 10 and January, February padded, as the seeds write them. */
    static String shortDate(LocalDate d) {
        return (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth() + "/" + monthYear(d);
    }

    /** "5/2025", "02/2026". */
    static String monthYear(LocalDate d) {
        return (d.getMonthValue() <= 2 ? "0" : "") + d.getMonthValue() + "/" + d.getYear();
    }

    private static String joined(String label, String text) {
        return label.isEmpty() ? text : label + " " + text;
    }

    private static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + Messages.get("planDoc.and") + " "
                + parts.get(parts.size() - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    private static List<String> distinct(List<String> lines) {
        return List.copyOf(new LinkedHashSet<>(lines));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
