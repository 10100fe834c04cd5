package vn.thidua.plans.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
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
import vn.thidua.plans.model.Quota;
import vn.thidua.plans.model.Target;

/**
 * A plan as its document reads, line by line, each line with its part of the page and its printed label ("I.",
 * "1.", "1.1.", "-", "+"). The preview prints the lines as text; a Word writer can style them by part with the same
 * numbering.
 */
public final class PlanText {

    /** Where a line sits on the page (Nghị định 30/2020, Phụ lục I). */
    public enum Part {
        PARENT_AGENCY, AGENCY, NUMBER, NATION, MOTTO, PLACE_DATE, DOCUMENT_TYPE, SUBJECT,
        PARAGRAPH, SECTION, HEADING, SUBHEADING, ITEM, RECIPIENTS_TITLE, RECIPIENT, SIGNER_AUTHORITY, SIGNER_TITLE,
        SIGNER_NAME
    }

    /** One printed line: its part, depth under its section (0 for none), label (may be empty) and text. */
    public record Line(Part part, int depth, String label, String text) {

        /** The line as printed: label and text with a space between. */
        public String printed() {
            return label.isEmpty() ? text : text.isEmpty() ? label : label + " " + text;
        }
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final List<Line> out = new ArrayList<>();
    private int section;

    private PlanText() {
    }

    /** The document's lines; {@code awardFormName} names an award form of the catalogue by id. */
    public static List<Line> lines(Plan plan, Agency agency, LongFunction<String> awardFormName) {
        PlanText t = new PlanText();
        t.header(plan, agency);
        t.body(plan, awardFormName);
        t.footer(plan);
        return List.copyOf(t.out);
    }

    /** Lines joined as plain text with a blank line between paragraphs, as the preview shows them. */
    public static String text(List<Line> lines) {
        return lines.stream().map(Line::printed).collect(Collectors.joining("\n\n"));
    }

    // --- header --------------------------------------------------------------------------------------------------

    private void header(Plan plan, Agency agency) {
        String parent = agency == null ? "" : blankToEmpty(agency.parentAgency());
        String name = agency == null ? "" : blankToEmpty(agency.name());
        String agencyCode = agency == null ? null : agency.shortCode();
        add(Part.PARENT_AGENCY, parent.toUpperCase(VietText.VIETNAMESE));
        add(Part.AGENCY, name.toUpperCase(VietText.VIETNAMESE));
        String symbol = plan.number() == null ? "   " + PlanNumbers.symbol(null, blankToEmpty(plan.code()), agencyCode)
                : PlanNumbers.symbol(plan.number(), plan.code(), agencyCode);
        add(Part.NUMBER, Messages.get("planText.number", symbol));
        add(Part.NATION, Messages.get("planText.nation"));
        add(Part.MOTTO, Messages.get("planText.motto"));
        String place = plan.place() != null ? plan.place() : agency == null ? "" : blankToEmpty(agency.placeName());
        add(Part.PLACE_DATE, Messages.get("planText.placeDate", place, placeDate(plan.date())));
        add(Part.DOCUMENT_TYPE, documentType(plan.code()));
        add(Part.SUBJECT, blankToEmpty(plan.title()));
    }

    /** "ngày 05 tháng 01 năm 2026": days under 10 and months 1 and 2 with a leading zero; blanks for what is unknown. */
    static String placeDate(PlanDate d) {
        if (d == null) {
            return Messages.get("planText.date", "    ", "    ", "    ");
        }
        String day = d.day() == null ? "    " : String.format("%02d", d.day());
        String month = d.month() == null ? "    " : d.month() <= 2 ? String.format("%02d", d.month()) : d.month().toString();
        return Messages.get("planText.date", day, month, d.year());
    }

    /** "KẾ HOẠCH" for KH; another code prints as typed. */
    private static String documentType(String code) {
        return "KH".equalsIgnoreCase(code) ? Messages.get("planText.type.plan") : blankToEmpty(code);
    }

    // --- body ----------------------------------------------------------------------------------------------------

    private void body(Plan plan, LongFunction<String> formName) {
        opening(plan);
        if (!plan.purposes().isEmpty() || !plan.requirements().isEmpty()) {
            section("planText.section.purposes");
            int n = 0;
            if (!plan.purposes().isEmpty()) {
                heading(++n, Messages.get("planText.purposes"));
                paragraphs(plan.purposes(), 1);
            }
            if (!plan.requirements().isEmpty()) {
                heading(++n, Messages.get("planText.requirements"));
                paragraphs(plan.requirements(), 1);
            }
        }
        if (!plan.objectives().isEmpty() || !plan.targets().isEmpty()) {
            section("planText.section.objectives");
            int n = 0;
            if (!plan.objectives().isEmpty()) {
                heading(++n, Messages.get("planText.objectives"));
                paragraphs(plan.objectives(), 1);
            }
            if (!plan.targets().isEmpty()) {
                heading(++n, Messages.get("planText.targets"));
                paragraphs(plan.targets().stream().map(Target::text).toList(), 1);
            }
        }
        if (!plan.contents().isEmpty()) {
            section("planText.section.contents");
            contents(plan.contents(), 1);
        }
        awards(plan, formName);
        if (plan.period() != null) {
            section("planText.section.period");
            add(Part.PARAGRAPH, period(plan.period()));
        }
        dossier(plan);
        if (!plan.duties().isEmpty()) {
            section("planText.section.duties");
            int n = 0;
            for (Duty d : plan.duties()) {
                out.add(new Line(Part.HEADING, 1, (++n) + ".", d.text()));
            }
        }
        if (plan.closing() != null) {
            add(Part.PARAGRAPH, plan.closing());
        }
    }

    /** "Thực hiện Kế hoạch số … và …. " followed by the plan's own introduction. */
    private void opening(Plan plan) {
        List<String> refs = plan.basis().stream().map(PlanText::reference).toList();
        StringBuilder b = new StringBuilder();
        if (!refs.isEmpty()) {
            b.append(Messages.get("planText.basis", joinAnd(refs)));
        }
        if (plan.introduction() != null) {
            b.append(b.length() == 0 ? "" : ". ").append(plan.introduction());
        }
        if (b.length() > 0) {
            add(Part.PARAGRAPH, b.toString());
        }
    }

    /** "Kế hoạch số 641/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Cao Bằng về việc …". */
    static String reference(DocumentRef r) {
        StringBuilder b = new StringBuilder(blankToEmpty(r.type()));
        if (r.number() != null) {
            b.append(' ').append(Messages.get("planText.ref.number", r.number()));
        }
        if (r.date() != null) {
            b.append(' ').append(Messages.get("planText.ref.date", shortDate(r.date())));
        }
        if (r.issuer() != null) {
            b.append(' ').append(Messages.get("planText.ref.issuer", r.issuer()));
        }
        if (r.subject() != null) {
            b.append(' ').append(Messages.get("planText.ref.subject", r.subject()));
        }
        return b.toString().strip();
    }

    /** "12/3/2026", "10/02/2026", "05/5/2025": as the seeds print dates inside a sentence. */
    static String shortDate(LocalDate d) {
        int m = d.getMonthValue();
        return String.format("%02d/%s/%d", d.getDayOfMonth(), m <= 2 ? String.format("%02d", m) : String.valueOf(m),
                d.getYear());
    }

    private void contents(List<ContentItem> items, int depth) {
        for (ContentItem item : items) {
            String label = blankToEmpty(item.label());
            Part part = depth == 1 && !"-".equals(label) && !"+".equals(label) ? Part.HEADING
                    : label.matches("\\d+(\\.\\d+)+\\.?") ? Part.SUBHEADING : Part.ITEM;
            if (item.heading() != null) {
                out.add(new Line(part, depth, label, item.heading()));
                if (item.body() != null) {
                    out.add(new Line(Part.PARAGRAPH, depth, "", item.body()));
                }
            } else {
                out.add(new Line(part, depth, label, blankToEmpty(item.body())));
            }
            contents(item.children(), depth + 1);
        }
    }

    /** Criteria, award forms, standards, quotas and priorities: section III of the seeds. */
    private void awards(Plan plan, LongFunction<String> formName) {
        List<AwardOffer> offers = plan.offers();
        boolean any = !plan.eligible().isEmpty() || !plan.criteria().isEmpty() || !offers.isEmpty()
                || !plan.overallQuota().equals(Quota.NONE);
        if (!any) {
            return;
        }
        section("planText.section.awards");
        int n = 0;
        if (!plan.eligible().isEmpty()) {
            heading(++n, Messages.get("planText.eligible"));
            awardeeLines(plan.eligible(), n);
        }
        if (!plan.criteria().isEmpty()) {
            heading(++n, Messages.get("planText.criteria"));
            awardeeLines(plan.criteria(), n);
        }
        if (!offers.isEmpty()) {
            int h = ++n;
            heading(h, Messages.get("planText.forms"));
            subheading(h + ".1.", Messages.get("planText.formNames"));
            items(distinct(offers.stream().map(o -> formName.apply(o.awardFormId())).toList()), "-", 2, true);
            subheading(h + ".2.", Messages.get("planText.standards"));
            Set<String> intros = new LinkedHashSet<>();
            offers.forEach(o -> {
                if (o.standardsIntro() != null) {
                    intros.add(o.standardsIntro());
                }
            });
            intros.forEach(i -> out.add(new Line(Part.PARAGRAPH, 2, "", i)));
            items(distinct(offers.stream().flatMap(o -> o.standards().stream()).toList()), "-", 2, false);
        }
        List<String> quotas = new ArrayList<>();
        if (!plan.overallQuota().equals(Quota.NONE)) {
            quotas.add(Messages.get("planText.quota.overall", quota(plan.overallQuota())));
        }
        for (AwardOffer o : offers) {
            if (!o.quota().equals(Quota.NONE)) {
                quotas.add(Messages.get("planText.quota.offer", formName.apply(o.awardFormId()),
                        Messages.get(o.awardee() == Awardee.COLLECTIVE ? "planText.collective" : "planText.individual"),
                        quota(o.quota())));
            }
        }
        List<String> priorities = distinct(offers.stream().flatMap(o -> o.priorities().stream()).toList());
        if (!quotas.isEmpty() || !priorities.isEmpty()) {
            heading(++n, Messages.get("planText.quota"));
            items(quotas, "-", 1, false);
            if (!priorities.isEmpty()) {
                out.add(new Line(Part.ITEM, 1, "-", Messages.get("planText.priorities")));
                items(priorities, "+", 2, false);
            }
        }
    }

    private void awardeeLines(List<AwardeeLine> lines, int heading) {
        int sub = 0;
        for (Awardee a : Awardee.values()) {
            List<String> of = lines.stream().filter(l -> l.awardee() == a).map(AwardeeLine::text).toList();
            if (!of.isEmpty()) {
                subheading(heading + "." + (++sub) + ".", Messages.get(a == Awardee.COLLECTIVE
                        ? "planText.forCollective" : "planText.forIndividual"));
                items(of, "-", 2, false);
            }
        }
    }

    private static String quota(Quota q) {
        if (q.percent() != null) {
            return Messages.get("planText.quota.percent", q.percent().toPlainString().replace('.', ','));
        }
        return PlanNumbers.number(q.count());
    }

    /** "Từ ngày 10/02/2026 đến ngày 20/5/2026.", "Từ tháng 5/2025 đến hết tháng 10/2025.", "Từ ngày ban hành …". */
    static String period(Period p) {
        if (p.startsOnIssue()) {
            return p.end() == null ? Messages.get("planText.period.fromIssueOpen")
                    : Messages.get("planText.period.fromIssue", shortDate(p.end()));
        }
        if (p.wholeMonths() && p.start() != null && p.end() != null) {
            return Messages.get("planText.period.months", p.start().getMonthValue() + "/" + p.start().getYear(),
                    p.end().getMonthValue() + "/" + p.end().getYear());
        }
        String from = p.start() == null ? "…" : shortDate(p.start());
        String to = p.end() == null ? "…" : shortDate(p.end());
        return Messages.get("planText.period.days", from, to);
    }

    private void dossier(Plan plan) {
        if (plan.dossierDocuments().isEmpty()) {
            return;
        }
        section("planText.section.dossier");
        items(plan.dossierDocuments(), "-", 1, false);
        if (plan.dossierDeadline() != null) {
            add(Part.PARAGRAPH, Messages.get("planText.dossier.deadline",
                    plan.dossierDestination() == null ? "" : plan.dossierDestination(), shortDate(plan.dossierDeadline())));
        }
    }

    // --- footer --------------------------------------------------------------------------------------------------

    private void footer(Plan plan) {
        if (!plan.recipients().isEmpty()) {
            add(Part.RECIPIENTS_TITLE, Messages.get("planText.recipients"));
            plan.recipients().forEach(r -> out.add(new Line(Part.RECIPIENT, 0, "-", r)));
        }
        if (plan.signer() != null) {
            if (plan.signer().role() == SignerRole.DEPUTY_DIRECTOR) {
                add(Part.SIGNER_AUTHORITY, Messages.get("planText.signer.onBehalf"));
                add(Part.SIGNER_TITLE, Messages.get("planText.signer.deputy"));
            } else {
                add(Part.SIGNER_AUTHORITY, Messages.get("planText.signer.director"));
            }
            add(Part.SIGNER_NAME, blankToEmpty(plan.signer().fullName()));
        }
    }

    // --- small helpers -------------------------------------------------------------------------------------------

    private void section(String key) {
        out.add(new Line(Part.SECTION, 0, ROMAN[section++] + ".", Messages.get(key)));
    }

    private void heading(int n, String text) {
        out.add(new Line(Part.HEADING, 1, n + ".", text));
    }

    private void subheading(String label, String text) {
        out.add(new Line(Part.SUBHEADING, 2, label, text));
    }

    /** One line alone is a paragraph; several are "-" items, as the seeds print them. */
    private void paragraphs(List<String> lines, int depth) {
        if (lines.size() == 1) {
            out.add(new Line(Part.PARAGRAPH, depth, "", lines.get(0)));
        } else {
            items(lines, "-", depth, false);
        }
    }

    /** Items with a mark; {@code punctuate}: names get ";" and the last one ".". */
    private void items(List<String> lines, String mark, int depth, boolean punctuate) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (punctuate) {
                text = text + (i == lines.size() - 1 ? "." : ";");
            }
            out.add(new Line(Part.ITEM, depth, mark, text));
        }
    }

    private void add(Part part, String text) {
        out.add(new Line(part, 0, "", text));
    }

    private static List<String> distinct(List<String> lines) {
        return List.copyOf(new LinkedHashSet<>(lines));
    }

    private static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + Messages.get("planText.and") + " " + parts.get(parts.size() - 1);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s;
    }
}
