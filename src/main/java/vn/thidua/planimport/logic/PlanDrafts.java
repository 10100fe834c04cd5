package vn.thidua.planimport.logic;

import static vn.thidua.planimport.logic.ReadPatterns.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.organisation.model.Unit;
import vn.thidua.planimport.model.FieldKind;
import vn.thidua.planimport.model.FoundField;
import vn.thidua.plans.model.AwardOffer;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.AwardeeLine;
import vn.thidua.plans.model.ContentItem;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.Duty;
import vn.thidua.plans.model.MovementForm;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.Quota;
import vn.thidua.plans.model.Target;

/**
 * Makes a draft plan of the fields as the clerk left them in the review: each field's text is read again (a date,
 * a period, a cited document, a quota), award forms are matched to the catalogue by name, the signer to the office's
 * signers and duties to units. What cannot be placed is said in a note rather than dropped silently.
 */
public final class PlanDrafts {

    /** The office's lists the draft is matched against. */
    public record Office(List<AwardForm> awardForms, List<Signer> signers, List<Unit> units) {
    }

    /** The draft and what could not be placed in it. */
    public record Draft(Plan plan, List<String> notes) {
    }

    private PlanDrafts() {
    }

    public static Draft draft(List<FoundField> fields, Office office, int fallbackYear) {
        List<String> notes = new ArrayList<>();
        String code = clean(first(fields, FieldKind.CODE));
        if (code == null || !code.matches("[\\p{L}0-9]+")) {
            code = "KH";
        }
        Integer number = null;
        String n = first(fields, FieldKind.NUMBER);
        if (n != null && n.strip().matches("\\d{1,6}")) {
            number = Integer.parseInt(n.strip());
        }
        PlanDate date = planDate(first(fields, FieldKind.DATE), fallbackYear);
        List<DocumentRef> basis = new ArrayList<>();
        for (String b : all(fields, FieldKind.BASIS)) {
            DocumentRef ref = ReadPatterns.reference(b);
            if (ref != null) {
                basis.add(ref);
            } else {
                notes.add(Messages.get("planImport.note.basisUnread", b));
            }
        }
        String introduction = join(all(fields, FieldKind.INTRODUCTION));
        List<Target> targets = all(fields, FieldKind.TARGET).stream().map(Targets::target).toList();
        var period = ReadPatterns.period(first(fields, FieldKind.PERIOD));
        MovementForm form = null;
        String mf = first(fields, FieldKind.MOVEMENT_FORM);
        if (mf != null) {
            try {
                form = MovementForm.valueOf(mf.strip());
            } catch (IllegalArgumentException e) {
                notes.add(Messages.get("planImport.note.movementForm", mf));
            }
        }
        List<AwardeeLine> eligible = fields.stream().filter(f -> f.kind() == FieldKind.ELIGIBLE)
                .map(f -> new AwardeeLine(f.awardee() == null ? Awardee.INDIVIDUAL : f.awardee(), f.value())).toList();
        List<AwardeeLine> criteria = fields.stream().filter(f -> f.kind() == FieldKind.CRITERION)
                .map(f -> new AwardeeLine(f.awardee() == null ? Awardee.COLLECTIVE : f.awardee(), f.value())).toList();
        List<AwardOffer> offers = offers(fields, office.awardForms(), notes);
        Quota overall = ReadPatterns.quota(first(fields, FieldKind.OVERALL_QUOTA));
        LocalDate deadline = ReadPatterns.parseDate(first(fields, FieldKind.DOSSIER_DEADLINE));
        List<Duty> duties = all(fields, FieldKind.DUTY).stream().map(t -> duty(t, office.units())).toList();
        Plan plan = new Plan(null, code, number, PlanStatus.DRAFT, clean(first(fields, FieldKind.PLACE)), date,
                VietText.clean(orEmpty(first(fields, FieldKind.TITLE))), basis, introduction,
                clean(first(fields, FieldKind.THEME)), all(fields, FieldKind.PURPOSE), all(fields, FieldKind.REQUIREMENT),
                all(fields, FieldKind.OBJECTIVE), targets, contents(fields), period, form, eligible, criteria, offers,
                overall, all(fields, FieldKind.DOSSIER_DOCUMENT), deadline,
                clean(first(fields, FieldKind.DOSSIER_DESTINATION)), duties, join(all(fields, FieldKind.CLOSING)),
                all(fields, FieldKind.RECIPIENT), signer(fields, office.signers()));
        return new Draft(plan, notes);
    }

    /**
     * The document fields a key-task plan shares with an emulation plan (code, place, date, title, basis, opening,
     * purposes, duties, closing, recipients, signer), read the same way, with what could not be placed.
     */
    public record Heading(String code, String place, PlanDate date, String title, List<DocumentRef> basis,
                          String introduction, List<String> purposes, List<String> duties, String closing,
                          List<String> recipients, PlanSigner signer, List<String> notes) {
    }

    public static Heading heading(List<FoundField> fields, Office office, int fallbackYear) {
        Draft d = draft(fields, office, fallbackYear);
        Plan plan = d.plan();
        return new Heading(plan.code(), plan.place(), plan.date(), plan.title(), plan.basis(), plan.introduction(),
                plan.purposes(), all(fields, FieldKind.DUTY), plan.closing(), plan.recipients(), plan.signer(), d.notes());
    }

    /** The office's unit a printed name means (its name, a longer text starting with it, or its short name); null if none. */
    public static Long unitId(String printed, List<Unit> units) {
        return printed == null || printed.isBlank() ? null : duty(printed, units).unitId();
    }

    static PlanDate planDate(String text, int fallbackYear) {
        if (text != null) {
            String[] parts = text.strip().split("\\s*/\\s*", -1);
            if (parts.length == 3 && parts[2].matches("\\d{4}")) {
                Integer month = parts[1].matches("\\d{1,2}") ? Integer.valueOf(parts[1]) : null;
                Integer day = parts[0].matches("\\d{1,2}") && month != null ? Integer.valueOf(parts[0]) : null;
                PlanDate d = new PlanDate(Integer.parseInt(parts[2]), month, day);
                if (d.isValid()) {
                    return d;
                }
            }
        }
        return new PlanDate(fallbackYear, null, null);
    }

    private static List<ContentItem> contents(List<FoundField> fields) {
        List<FoundField> items = fields.stream().filter(f -> f.kind() == FieldKind.CONTENT).toList();
        return build(items, 0, items.size(), minLevel(items));
    }

    private static int minLevel(List<FoundField> items) {
        return items.stream().mapToInt(FoundField::level).min().orElse(0);
    }

    private static List<ContentItem> build(List<FoundField> items, int from, int to, int level) {
        List<ContentItem> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            FoundField f = items.get(i);
            int end = i + 1;
            while (end < to && items.get(end).level() > f.level()) {
                end++;
            }
            List<ContentItem> children = build(items, i + 1, end, level + 1);
            String label = f.label() == null || f.label().isEmpty() ? null : f.label();
            if (children.isEmpty()) {
                out.add(ContentItem.text(label == null ? "" : label, f.value()));
            } else {
                String body = null;
                if (children.get(0).label().isEmpty() && children.get(0).children().isEmpty()) {
                    body = children.get(0).body();
                    children = children.subList(1, children.size());
                }
                out.add(new ContentItem(label == null ? "" : label, f.value(), body, children));
            }
            i = end;
        }
        return out;
    }

    private record OfferKey(String group, Awardee awardee) {
    }

    private static List<AwardOffer> offers(List<FoundField> fields, List<AwardForm> forms, List<String> notes) {
        Map<String, AwardForm> byGroup = new LinkedHashMap<>();
        for (FoundField f : fields) {
            if (f.kind() == FieldKind.AWARD_FORM) {
                AwardForm form = match(f.value(), forms);
                if (form == null) {
                    notes.add(Messages.get("planImport.note.awardUnknown", f.value()));
                } else {
                    byGroup.put(f.group(), form);
                }
            }
        }
        List<AwardOffer> out = new ArrayList<>();
        for (var e : byGroup.entrySet()) {
            String group = e.getKey();
            AwardForm form = e.getValue();
            for (Awardee a : Awardee.values()) {
                if ((a == Awardee.COLLECTIVE && !form.forCollective()) || (a == Awardee.INDIVIDUAL && !form.forIndividual())) {
                    continue;
                }
                boolean groupHasAwardees = fields.stream().anyMatch(f -> group.equals(f.group()) && f.awardee() != null
                        && (f.kind() == FieldKind.STANDARD || f.kind() == FieldKind.STANDARDS_INTRO));
                boolean own = fields.stream().anyMatch(f -> group.equals(f.group()) && f.awardee() == a
                        && (f.kind() == FieldKind.STANDARD || f.kind() == FieldKind.STANDARDS_INTRO));
                if (groupHasAwardees && !own) {
                    continue;
                }
                String intro = lines(fields, FieldKind.STANDARDS_INTRO, group, a).stream().findFirst().orElse(null);
                List<String> standards = lines(fields, FieldKind.STANDARD, group, a);
                if (standards.isEmpty() && intro == null) {
                    standards = lines(fields, FieldKind.STANDARD, "*", a);
                }
                Quota quota = ReadPatterns.quota(lines(fields, FieldKind.QUOTA, group, a).stream().findFirst().orElse(null));
                List<String> priorities = new ArrayList<>(lines(fields, FieldKind.PRIORITY, group, a));
                priorities.addAll(lines(fields, FieldKind.PRIORITY, "*", a));
                out.add(new AwardOffer(form.id(), a, intro, standards, quota, priorities));
            }
        }
        return out;
    }

    private static List<String> lines(List<FoundField> fields, FieldKind kind, String group, Awardee a) {
        return fields.stream().filter(f -> f.kind() == kind && group.equals(f.group()) && (f.awardee() == null || f.awardee() == a))
                .map(FoundField::value).toList();
    }

    /** The catalogue's award form a printed name stands for: its name, else its kind of award and issuer. */
    static AwardForm match(String printed, List<AwardForm> forms) {
        String p = fold(printed).replaceAll("[;.,]+$", "").replace("uy ban nhan dan", "ubnd").strip()
                .replaceFirst("^(de nghi )?tang ", "");
        for (AwardForm f : forms) {
            String name = fold(f.name()).replace("uy ban nhan dan", "ubnd");
            if (p.startsWith(name) || name.startsWith(p)) {
                return f;
            }
        }
        String[][] kinds = {{"giay khen", "GK_SO"}, {"bang khen", "BK_TINH"}, {"co thi dua", "CO_TD_TINH"},
                {"chien si thi dua co so", "CSTD_CS"}, {"chien si thi dua cap tinh", "CSTD_TINH"},
                {"tap the lao dong xuat sac", "TT_LDXS"}, {"tap the lao dong tien tien", "TT_LDTT"},
                {"lao dong tien tien", "LDTT"}};
        for (String[] k : kinds) {
            if (p.startsWith(k[0])) {
                for (AwardForm f : forms) {
                    if (k[1].equals(f.code())) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    /** A duty's party (the words before its verb) and, when they name a unit, that unit. */
    static Duty duty(String text, List<Unit> units) {
        String party = party(text);
        Long unitId = null;
        String fp = fold(party);
        Unit best = null;
        for (Unit u : units) {
            String name = fold(u.name());
            if (!name.isEmpty() && (fp.equals(name) || fp.startsWith(name) || (u.shortName() != null
                    && fp.equals(fold(u.shortName()))))) {
                if (best == null || u.name().length() > best.name().length()) {
                    best = u;
                }
            }
        }
        if (best != null) {
            unitId = best.id();
        }
        return new Duty(unitId, party, text);
    }

    static String party(String text) {
        String s = text.replaceFirst("^(Giao|Đề nghị|Yêu cầu)\\s+", "");
        String[] verbs = {" có trách nhiệm", " chịu trách nhiệm", " chủ trì", " phối hợp", " theo dõi", " căn cứ", " giúp",
                " triển khai", " tổ chức", " thực hiện", " tham mưu", " hướng dẫn", " xây dựng", " quán triệt", ":"};
        int cut = s.length();
        for (String v : verbs) {
            int at = s.indexOf(v);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String party = s.substring(0, cut);
        int paren = party.indexOf(" (");
        if (paren > 0) {
            party = party.substring(0, paren);
        }
        party = party.replaceAll("[,;\\s]+$", "").strip();
        return party.length() > 120 ? party.substring(0, 120) : party;
    }

    private static PlanSigner signer(List<FoundField> fields, List<Signer> signers) {
        String title = first(fields, FieldKind.SIGNER_TITLE);
        String name = clean(first(fields, FieldKind.SIGNER_NAME));
        if (title == null && name == null) {
            return null;
        }
        SignerRole role = title != null && title.toUpperCase(java.util.Locale.ROOT).contains("PHÓ")
                ? SignerRole.DEPUTY_DIRECTOR : SignerRole.DIRECTOR;
        Long id = null;
        for (Signer s : signers) {
            if (name != null && fold(s.fullName()).equals(fold(name))) {
                id = s.id();
                role = s.role();
            }
        }
        return new PlanSigner(id, name, role);
    }

    private static String first(List<FoundField> fields, FieldKind kind) {
        return fields.stream().filter(f -> f.kind() == kind).map(FoundField::value).findFirst().orElse(null);
    }

    private static List<String> all(List<FoundField> fields, FieldKind kind) {
        return fields.stream().filter(f -> f.kind() == kind).map(FoundField::value).map(VietText::clean)
                .filter(s -> s != null && !s.isEmpty()).toList();
    }

    private static String join(List<String> parts) {
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static String clean(String s) {
        return VietText.cleanOrNull(s);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
