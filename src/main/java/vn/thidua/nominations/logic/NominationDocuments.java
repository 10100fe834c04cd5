package vn.thidua.nominations.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.document.Block;
import vn.thidua.common.document.Block.Cell;
import vn.thidua.common.document.DocumentHeader;
import vn.thidua.common.document.Nd30Lines;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.Recipients;
import vn.thidua.common.document.Signature;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietNumbers;
import vn.thidua.common.text.VietText;
import vn.thidua.nominations.model.Attendance;
import vn.thidua.nominations.model.AwardLine;
import vn.thidua.nominations.model.DocumentKind;
import vn.thidua.nominations.model.DossierItem;
import vn.thidua.nominations.model.Meeting;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.VoteOutcome;
import vn.thidua.nominations.model.YearLine;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.CouncilRole;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.plans.model.Plan;

/**
 * The documents of a nomination dossier as {@link OfficialDocument}s: the petition (Tờ trình) with its attached list,
 * the council's minutes (Biên bản) with the vote table, the achievement report (Báo cáo thành tích) in the form of the
 * legal basis in force, the achievement summary (Tóm tắt thành tích, landscape) and the list of a dossier's files.
 * Plain data in, blocks out; {@link NominationPrinter} loads the data and writes the files. Every word comes from the
 * bundle ("nominationDoc.*").
 */
public final class NominationDocuments {

    /** Who decides an award, so who the petition goes to: the director, or the provincial chairman. */
    public enum Authority { DIRECTOR, PROVINCE }

    /**
     * What the documents print besides the nominations.
     *
     * @param agency       the office
     * @param basis        the legal basis in force on {@code today}, or null
     * @param forms        the award forms by id
     * @param staff        the staff by id
     * @param units        the units by id
     * @param formNumbers  the form numbers ("05") the basis gives the dossier's documents
     * @param directorName the director, who signs a petition to the province
     * @param chairName    the council's chair, who signs a petition to the director
     * @param today        the day the documents are made
     */
    public record Context(Agency agency, LegalBasis basis, Map<Long, AwardForm> forms, Map<Long, StaffMember> staff,
                          Map<Long, Unit> units, Map<DocumentKind, String> formNumbers, String directorName,
                          String chairName, LocalDate today) {

        public Context {
            agency = agency == null ? Agency.blank() : agency;
            forms = Map.copyOf(forms);
            staff = Map.copyOf(staff);
            units = Map.copyOf(units);
            formNumbers = Map.copyOf(formNumbers);
            Objects.requireNonNull(today, "today");
        }
    }

    /** A nomination with the outcome of the council's vote on it, null when it was not voted on. */
    public record Entry(Nomination nomination, VoteOutcome outcome) {
    }

    private final Context ctx;
    private final Plan plan;

    /** @param plan the plan the nominations were made under, or null (the year-end review) */
    public NominationDocuments(Context ctx, Plan plan) {
        this.ctx = ctx;
        this.plan = plan;
    }

    // --- the petition --------------------------------------------------------------------------------------------

    /**
     * The petitions for the given nominations: one to the director for the awards the Sở gives, one to the provincial
     * chairman (through Sở Nội vụ) for those the province gives; only the authorities that have nominations.
     *
     * @param meetingDay the day of the council's meeting that voted, cited among the grounds; null before a vote
     */
    public List<OfficialDocument> petitions(List<Nomination> chosen, LocalDate meetingDay) {
        List<OfficialDocument> out = new ArrayList<>();
        for (Authority a : Authority.values()) {
            List<Nomination> mine = chosen.stream().filter(n -> authority(form(n)) == a).toList();
            if (!mine.isEmpty()) {
                out.add(petition(a, mine, meetingDay));
            }
        }
        return out;
    }

    /** The petition to one authority: grounds, request, the attached list per award form. */
    public OfficialDocument petition(Authority to, List<Nomination> chosen, LocalDate meetingDay) {
        Agency a = ctx.agency();
        boolean council = to == Authority.DIRECTOR;
        String code = Messages.get("nominationDoc.code.petition");
        String symbol = Nd30Lines.symbol(code, council ? Messages.get("nominationDoc.code.council") : nz(a.shortCode()));
        DocumentHeader header = council
                ? new DocumentHeader(a.name(), Messages.get("nominationDoc.council"), Nd30Lines.numberLine(null, symbol),
                        Nd30Lines.placeAndMonth(place(), YearMonth.from(ctx.today())))
                : new DocumentHeader(a.parentAgency(), a.name(), Nd30Lines.numberLine(null, symbol),
                        Nd30Lines.placeAndMonth(place(), YearMonth.from(ctx.today())));
        String sender = council ? Messages.get("nominationDoc.councilOf", a.name()) : nz(a.name());
        String recipient = council ? Messages.get("nominationDoc.petition.toDirector", a.name())
                : Messages.get("nominationDoc.petition.toProvince", nz(a.placeName()));
        String addressee = council ? Messages.get("nominationDoc.petition.director", a.name())
                : Messages.get("nominationDoc.petition.chairman", nz(a.placeName()));
        Map<AwardForm, List<Nomination>> byForm = byForm(chosen);
        String forms = String.join(", ", byForm.keySet().stream().map(AwardForm::name).toList());
        String achievement = achievement(chosen);
        String subject = byForm.size() == 1
                ? Messages.get("nominationDoc.petition.subject", forms, counts(chosen), achievement)
                : Messages.get("nominationDoc.petition.subjectMany", counts(chosen), achievement);

        List<Block> body = new ArrayList<>();
        body.add(new Block.Centred(Messages.get("nominationDoc.petition.kinhGui", recipient), false));
        for (String line : grounds(meetingDay)) {
            body.add(Block.Paragraph.italic(line));
        }
        if (byForm.size() == 1) {
            body.add(Block.Paragraph.of(Messages.get("nominationDoc.petition.request", sender, addressee, forms,
                    counts(chosen), achievement)));
        } else {
            body.add(Block.Paragraph.of(Messages.get("nominationDoc.petition.requestMany", sender, addressee,
                    counts(chosen), achievement)));
            int i = 0;
            for (Map.Entry<AwardForm, List<Nomination>> e : byForm.entrySet()) {
                boolean last = ++i == byForm.size();
                body.add(new Block.Bullet(Messages.get("nominationDoc.petition.formLine", e.getKey().name(),
                        counts(e.getValue())) + (last ? "." : ";")));
            }
            body.add(Block.Paragraph.of(Messages.get("nominationDoc.petition.listAttached")));
        }
        body.add(Block.Paragraph.italic(Messages.get("nominationDoc.petition.enclosed")));
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.petition.closing", sender, addressee)));

        Signature signature = council
                ? new Signature(List.of(Messages.get("nominationDoc.petition.onBehalfCouncil"),
                        Messages.get("nominationDoc.petition.chairTitle")), nz(ctx.chairName()))
                : Signature.direct(Messages.get("nominationDoc.director"), nz(ctx.directorName()));
        Recipients recipients = new Recipients(List.of(Messages.get("nominationDoc.petition.asAbove")),
                Messages.get("nominationDoc.archive"));

        String attached = Messages.get("nominationDoc.list.attached", Nd30Lines.numberLine(null, symbol).substring(4),
                Nd30Lines.placeAndMonth("", YearMonth.from(ctx.today())).substring(2), sender);
        List<Block> lists = new ArrayList<>();
        for (Map.Entry<AwardForm, List<Nomination>> e : byForm.entrySet()) {
            lists.add(new Block.PageBreak());
            lists.add(new Block.Centred(Messages.get("nominationDoc.list.title",
                    upper(e.getKey().name())), true));
            lists.add(new Block.Centred(attached, false, true));
            lists.add(nameList(e.getValue()));
        }
        return new OfficialDocument(header, Messages.get("nominationDoc.petition.type"), List.of(subject), body,
                recipients, signature, false, lists);
    }

    /** TT | Họ và tên / Tên tập thể | Chức vụ, đơn vị công tác, collectives (I.) then individuals (II.). */
    private Block.Grid nameList(List<Nomination> ns) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Nomination> units = ns.stream().filter(n -> !n.nominee().isPerson()).toList();
        List<Nomination> people = ns.stream().filter(n -> n.nominee().isPerson()).toList();
        if (!units.isEmpty()) {
            rows.add(List.of(Cell.group(Messages.get("nominationDoc.group.collectives"), 3)));
            int no = 1;
            for (Nomination n : units) {
                rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(name(n)).spanning(2)));
            }
        }
        if (!people.isEmpty()) {
            rows.add(List.of(Cell.group(Messages.get(units.isEmpty() ? "nominationDoc.group.individualsOnly"
                    : "nominationDoc.group.individuals"), 3)));
            int no = 1;
            for (Nomination n : people) {
                rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(name(n)), Cell.text(positionAndUnit(n))));
            }
        }
        return new Block.Grid(List.of(List.of(Cell.head(Messages.get("nominationDoc.column.no")),
                Cell.head(Messages.get("nominationDoc.column.name")),
                Cell.head(Messages.get("nominationDoc.column.positionUnit")))), rows, List.of(2, 9, 11));
    }

    /** The grounds, italic, each ending ";" and the last ".". */
    private List<String> grounds(LocalDate meetingDay) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("nominationDoc.ground.law"));
        if (ctx.basis() != null) {
            lines.add(Messages.get("nominationDoc.ground.basis", ctx.basis().title()));
        }
        if (plan != null) {
            lines.add(Messages.get("nominationDoc.ground.plan", planRef(), nz(ctx.agency().name()), about(plan.title())));
        }
        if (meetingDay != null) {
            lines.add(Messages.get("nominationDoc.ground.minutes", nz(ctx.agency().name()), VietDates.format(meetingDay)));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(strip(lines.get(i)) + (i == lines.size() - 1 ? "." : ";"));
        }
        return out;
    }

    // --- the minutes ---------------------------------------------------------------------------------------------

    /**
     * The minutes of a council meeting: time and place, composition, the proposals, the ballot and its results table,
     * the conclusion, the end time; the secretary signs at the left, the chair at the right.
     */
    public OfficialDocument minutes(MeetingRepository.Sitting sitting, Map<Long, VoteOutcome> outcomes,
                                    Map<Long, Nomination> nominations) {
        Meeting m = sitting.meeting();
        Agency a = ctx.agency();
        DocumentHeader header = new DocumentHeader(a.name(), Messages.get("nominationDoc.council"),
                Nd30Lines.numberLine(m.minutesNumber(), Nd30Lines.symbol(Messages.get("nominationDoc.code.minutes"),
                        Messages.get("nominationDoc.code.council"))), Nd30Lines.placeAndDate(place(), m.date()));
        String subject = !nz(m.subject()).isBlank() ? m.subject().strip()
                : plan != null ? Messages.get("nominationDoc.minutes.subjectPlan", nz(a.name()), planRef())
                : Messages.get("nominationDoc.minutes.subjectYear", nz(a.name()), m.year());
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.start", time(m.startTime()),
                Nd30Lines.date(m.date()))));
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.place",
                nz(m.place()).isBlank() ? Messages.get("nominationDoc.minutes.placeDefault", nz(a.name())) : m.place())));

        body.add(new Block.Heading(1, Messages.get("nominationDoc.minutes.composition")));
        Attendance chair = member(sitting, m.chairId(), CouncilRole.CHAIR);
        Attendance secretary = member(sitting, m.secretaryId(), CouncilRole.SECRETARY);
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.chair", person(chair))));
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.secretary", person(secretary))));
        int absent = sitting.members() - sitting.present();
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.members", sitting.members(), sitting.present(),
                absent)));
        for (Attendance at : sitting.attendance()) {
            if (!at.present()) {
                String reason = nz(at.absenceReason()).isBlank() ? "" : Messages.get("nominationDoc.minutes.reason",
                        at.absenceReason().strip());
                body.add(new Block.Bullet(Messages.get(at.writtenOpinion() ? "nominationDoc.minutes.absentWritten"
                        : "nominationDoc.minutes.absent", person(at), reason)));
            }
        }
        if (!nz(m.guests()).isBlank()) {
            body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.guests", strip(m.guests()))));
        }

        body.add(new Block.Heading(1, Messages.get("nominationDoc.minutes.content")));
        List<Nomination> voted = sitting.votes().stream().map(v -> nominations.get(v.nominationId()))
                .filter(Objects::nonNull).toList();
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.report", pad(voted.size()), counts(voted))));
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.discussion")));
        for (String line : paragraphs(m.discussion())) {
            body.add(Block.Paragraph.of(line));
        }
        int collected = sitting.votes().stream().mapToInt(v -> v.castInRoom()).max().orElse(0);
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.ballot", sitting.present(), collected, collected,
                0, sitting.writtenOpinions())));
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.results", sitting.members())));
        body.add(voteTable(voted, outcomes));

        body.add(new Block.Heading(1, Messages.get("nominationDoc.minutes.conclusion")));
        for (String line : paragraphs(m.conclusion())) {
            body.add(Block.Paragraph.of(line));
        }
        List<Nomination> passed = voted.stream().filter(n -> outcomes.get(n.id()) != null
                && outcomes.get(n.id()).passed()).toList();
        if (passed.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.nonePassed")));
        } else {
            body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.passed", counts(passed))));
            Map<AwardForm, List<Nomination>> byForm = byForm(passed);
            int i = 0;
            for (Map.Entry<AwardForm, List<Nomination>> e : byForm.entrySet()) {
                boolean last = ++i == byForm.size();
                body.add(new Block.Bullet(Messages.get("nominationDoc.petition.formLine", e.getKey().name(),
                        counts(e.getValue())) + (last ? "." : ";")));
            }
            body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.task")));
        }
        body.add(Block.Paragraph.of(Messages.get("nominationDoc.minutes.end", time(m.endTime()), Nd30Lines.date(m.date()))));
        body.add(new Block.Signatures(
                new Signature(List.of(Messages.get("nominationDoc.minutes.secretaryTitle")), secretary == null ? ""
                        : secretary.name()),
                new Signature(List.of(Messages.get("nominationDoc.minutes.chairTitle")), chair == null ? ""
                        : chair.name())));
        return new OfficialDocument(header, Messages.get("nominationDoc.minutes.type"), List.of(subject), body, null,
                null);
    }

    /**
     * TT | Họ tên / Tên tập thể | Chức vụ, đơn vị | Hình thức đề nghị | Số phiếu đồng ý | Tỷ lệ % | Kết quả, collectives
     * (I.) then individuals (II.).
     */
    public Block.Grid voteTable(List<Nomination> voted, Map<Long, VoteOutcome> outcomes) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Nomination> units = voted.stream().filter(n -> !n.nominee().isPerson()).toList();
        List<Nomination> people = voted.stream().filter(n -> n.nominee().isPerson()).toList();
        String[] groups = {"nominationDoc.group.collectives", units.isEmpty() ? "nominationDoc.group.individualsOnly"
                : "nominationDoc.group.individuals"};
        List<List<Nomination>> parts = List.of(units, people);
        for (int g = 0; g < 2; g++) {
            if (parts.get(g).isEmpty()) {
                continue;
            }
            rows.add(List.of(Cell.group(Messages.get(groups[g]), 7)));
            int no = 1;
            for (Nomination n : parts.get(g)) {
                VoteOutcome o = outcomes.get(n.id());
                rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(name(n)), Cell.text(positionAndUnit(n)),
                        Cell.text(formName(n)), Cell.centred(o == null ? "" : String.valueOf(o.vote().inFavour())),
                        Cell.centred(o == null ? "" : percent(o.percent())),
                        Cell.centred(o == null ? "" : result(o))));
            }
        }
        List<Cell> head = List.of(Cell.head(Messages.get("nominationDoc.column.no")),
                Cell.head(Messages.get("nominationDoc.column.nameVote")),
                Cell.head(Messages.get("nominationDoc.column.positionUnitShort")),
                Cell.head(Messages.get("nominationDoc.column.award")),
                Cell.head(Messages.get("nominationDoc.column.agree")),
                Cell.head(Messages.get("nominationDoc.column.percent")),
                Cell.head(Messages.get("nominationDoc.column.result")));
        return new Block.Grid(List.of(head), rows, List.of(3, 8, 9, 8, 5, 7, 5));
    }

    // --- the achievement report ----------------------------------------------------------------------------------

    /** The achievement report in the form the nomination needs (a person's, a unit's, thematic or one-off). */
    public OfficialDocument report(Nomination n) {
        DocumentKind kind = DossierService.reportKind(n);
        String number = ctx.formNumbers().get(kind);
        DocumentHeader header = DocumentHeader.stateOnly(Nd30Lines.placeAndMonth(place(), YearMonth.from(ctx.today())),
                number == null ? "" : Messages.get("nominationDoc.report.formNumber", number));
        List<String> subject = new ArrayList<>();
        subject.add(Messages.get("nominationDoc.report.subject", upper(formName(n))));
        if (kind == DocumentKind.THEMATIC_REPORT && plan != null) {
            subject.add(Messages.get("nominationDoc.report.thematicLine", planRef()));
        }
        String type = Messages.get(kind == DocumentKind.ONE_OFF_REPORT ? "nominationDoc.report.typeOneOff"
                : "nominationDoc.report.type");
        List<Block> body = new ArrayList<>();
        boolean person = n.nominee().isPerson();
        if (!person) {
            body.add(Block.Paragraph.of(Block.Span.plain(Messages.get("nominationDoc.report.unitName")),
                    Block.Span.bold(name(n))));
        }
        if (kind == DocumentKind.THEMATIC_REPORT) {
            body.add(new Block.Heading(1, Messages.get("nominationDoc.report.thematic.general")));
            if (person) {
                biography(n, body);
            } else {
                texts(body, n.description());
            }
            body.add(new Block.Heading(1, Messages.get("nominationDoc.report.achievements")));
            texts(body, n.achievements());
            if (!nz(n.measures()).isBlank()) {
                body.add(new Block.Heading(2, Messages.get("nominationDoc.report.unit.measures")));
                texts(body, n.measures());
            }
            yearTable(n, body);
        } else if (kind == DocumentKind.ONE_OFF_REPORT) {
            body.add(new Block.Heading(1, Messages.get(person ? "nominationDoc.report.biography"
                    : "nominationDoc.report.unit.situation")));
            if (person) {
                biography(n, body);
            } else {
                texts(body, n.description());
            }
            body.add(new Block.Heading(1, Messages.get("nominationDoc.report.oneOff.content")));
            texts(body, n.achievements());
        } else if (person) {
            body.add(new Block.Heading(1, Messages.get("nominationDoc.report.biography")));
            biography(n, body);
            body.add(new Block.Heading(1, Messages.get("nominationDoc.report.achievements")));
            body.add(new Block.Heading(2, Messages.get("nominationDoc.report.duties")));
            texts(body, n.duties());
            body.add(new Block.Heading(2, Messages.get("nominationDoc.report.results")));
            texts(body, n.achievements());
            yearTable(n, body);
            awards(n, body);
        } else {
            body.add(new Block.Heading(1, Messages.get("nominationDoc.report.unit.situation")));
            body.add(new Block.Heading(2, Messages.get("nominationDoc.report.unit.description")));
            texts(body, n.description());
            body.add(new Block.Heading(1, Messages.get("nominationDoc.report.achievements")));
            body.add(new Block.Heading(2, Messages.get("nominationDoc.report.unit.results")));
            texts(body, n.achievements());
            yearTable(n, body);
            body.add(new Block.Heading(2, Messages.get("nominationDoc.report.unit.measures")));
            texts(body, n.measures());
            awards(n, body);
        }
        Signature left = new Signature(List.of(Messages.get(person ? "nominationDoc.report.headConfirms"
                : "nominationDoc.report.superiorConfirms")), "", Messages.get("nominationDoc.report.signSeal"));
        Signature right = person
                ? new Signature(List.of(Messages.get("nominationDoc.report.reporter")), name(n),
                        Messages.get("nominationDoc.report.signName"))
                : new Signature(List.of(Messages.get("nominationDoc.report.unitHead")), "",
                        Messages.get("nominationDoc.report.signSeal"));
        body.add(new Block.Signatures(left, right));
        return new OfficialDocument(header, type, subject, body, null, null);
    }

    private void biography(Nomination n, List<Block> body) {
        StaffMember s = ctx.staff().get(n.nominee().staffId());
        if (s == null) {
            return;
        }
        Unit unit = ctx.units().get(s.unitId());
        line(body, "nominationDoc.report.bio.name", s.fullName());
        line(body, "nominationDoc.report.bio.birth", s.birthDate() == null ? "" : VietDates.format(s.birthDate()));
        line(body, "nominationDoc.report.bio.gender", Messages.label(s.gender()));
        line(body, "nominationDoc.report.bio.hometown", s.hometown());
        line(body, "nominationDoc.report.bio.residence", s.residence());
        line(body, "nominationDoc.report.bio.unit", unit == null ? "" : unit.name());
        line(body, "nominationDoc.report.bio.position", s.position());
        line(body, "nominationDoc.report.bio.qualification", s.qualification());
        line(body, "nominationDoc.report.bio.title", s.academicTitle());
    }

    private static void line(List<Block> body, String key, String value) {
        body.add(new Block.Bullet(Messages.get(key, nz(value).strip())));
    }

    /** Năm | Xếp loại | Danh hiệu thi đua, then each year's own achievement as a "-" item. */
    private void yearTable(Nomination n, List<Block> body) {
        if (n.years().isEmpty()) {
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (YearLine y : n.years()) {
            rows.add(List.of(Cell.centred(String.valueOf(y.year())), Cell.text(Messages.label(y.rating())),
                    Cell.text(nz(y.titles()))));
        }
        body.add(new Block.Grid(List.of(List.of(Cell.head(Messages.get("nominationDoc.column.year")),
                Cell.head(Messages.get("nominationDoc.column.rating")),
                Cell.head(Messages.get("nominationDoc.column.title")))), rows, List.of(2, 7, 7)));
        for (YearLine y : n.years()) {
            if (!nz(y.achievement()).isBlank()) {
                body.add(new Block.Bullet(Messages.get("nominationDoc.report.yearAchievement", y.year(),
                        strip(y.achievement()))));
            }
        }
    }

    /** III.: the titles held, then the awards received, each a table with the deciding document, or "Không.". */
    private void awards(Nomination n, List<Block> body) {
        body.add(new Block.Heading(1, Messages.get("nominationDoc.report.awards")));
        for (AwardCategory category : List.of(AwardCategory.TITLE, AwardCategory.AWARD)) {
            boolean title = category == AwardCategory.TITLE;
            body.add(new Block.Heading(2, Messages.get(title ? "nominationDoc.report.awards.titles"
                    : "nominationDoc.report.awards.awards")));
            List<AwardLine> lines = n.awards().stream().filter(l -> l.category() == category).toList();
            if (lines.isEmpty()) {
                body.add(Block.Paragraph.of(Messages.get("nominationDoc.report.awards.none")));
                continue;
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (AwardLine l : lines) {
                rows.add(List.of(Cell.centred(String.valueOf(l.year())), Cell.text(l.awardName()),
                        Cell.text(nz(l.decisionRef()))));
            }
            body.add(new Block.Grid(List.of(List.of(Cell.head(Messages.get("nominationDoc.column.year")),
                    Cell.head(Messages.get(title ? "nominationDoc.column.title" : "nominationDoc.column.awardForm")),
                    Cell.head(Messages.get(title ? "nominationDoc.column.titleDecision"
                            : "nominationDoc.column.awardDecision")))), rows, List.of(2, 6, 9)));
        }
    }

    // --- the summary ---------------------------------------------------------------------------------------------

    /**
     * The achievement summary attached to the petition, on landscape pages: TT | Họ và tên / Tên tập thể | Năm sinh
     * (Nam | Nữ) | Chức vụ, đơn vị công tác | Tóm tắt thành tích | Hình thức đề nghị | Ghi chú.
     */
    public OfficialDocument summary(List<Nomination> ns) {
        Agency a = ctx.agency();
        DocumentHeader header = new DocumentHeader(a.parentAgency(), a.name(), "",
                Nd30Lines.placeAndMonth(place(), YearMonth.from(ctx.today())));
        List<List<Cell>> head = List.of(
                List.of(Cell.head(Messages.get("nominationDoc.column.no")).merged(Block.Merge.START),
                        Cell.head(Messages.get("nominationDoc.column.name")).merged(Block.Merge.START),
                        Cell.head(Messages.get("nominationDoc.column.birthYear")).spanning(2),
                        Cell.head(Messages.get("nominationDoc.column.positionUnit")).merged(Block.Merge.START),
                        Cell.head(Messages.get("nominationDoc.column.summary")).merged(Block.Merge.START),
                        Cell.head(Messages.get("nominationDoc.column.award")).merged(Block.Merge.START),
                        Cell.head(Messages.get("nominationDoc.column.note")).merged(Block.Merge.START)),
                List.of(Cell.covered(), Cell.covered(), Cell.head(Messages.label(Gender.MALE)),
                        Cell.head(Messages.label(Gender.FEMALE)), Cell.covered(), Cell.covered(), Cell.covered(),
                        Cell.covered()));
        List<List<Cell>> rows = new ArrayList<>();
        List<Nomination> units = ns.stream().filter(n -> !n.nominee().isPerson()).toList();
        List<Nomination> people = ns.stream().filter(n -> n.nominee().isPerson()).toList();
        if (!units.isEmpty()) {
            rows.add(List.of(Cell.group(Messages.get("nominationDoc.group.collectives"), 8)));
            int no = 1;
            for (Nomination n : units) {
                rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(name(n)), Cell.centred(""),
                        Cell.centred(""), Cell.text(""), Cell.text(achievementSummary(n)),
                        Cell.text(formName(n)), Cell.text(nz(n.note()))));
            }
        }
        if (!people.isEmpty()) {
            rows.add(List.of(Cell.group(Messages.get(units.isEmpty() ? "nominationDoc.group.individualsOnly"
                    : "nominationDoc.group.individuals"), 8)));
            int no = 1;
            for (Nomination n : people) {
                StaffMember s = ctx.staff().get(n.nominee().staffId());
                String year = s == null || s.birthDate() == null ? "" : String.valueOf(s.birthDate().getYear());
                boolean female = s != null && s.gender() == Gender.FEMALE;
                rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(name(n)),
                        Cell.centred(female ? "" : year), Cell.centred(female ? year : ""), Cell.text(positionAndUnit(n)),
                        Cell.text(achievementSummary(n)), Cell.text(formName(n)), Cell.text(nz(n.note()))));
            }
        }
        List<Block> body = new ArrayList<>();
        body.add(new Block.Centred(Messages.get("nominationDoc.summary.attached"), false, true));
        body.add(new Block.Grid(head, rows, List.of(2, 7, 3, 3, 8, 16, 6, 4)));
        return new OfficialDocument(header, Messages.get("nominationDoc.summary.type"),
                List.of(Messages.get("nominationDoc.summary.subject", achievement(ns))), body, null, null, true);
    }

    /** The nomination's own summary, else one made from its report: each year's rating and titles, then awards held. */
    String achievementSummary(Nomination n) {
        if (!nz(n.summary()).isBlank()) {
            return n.summary().strip();
        }
        List<String> parts = new ArrayList<>();
        for (YearLine y : n.years()) {
            String titles = nz(y.titles()).isBlank() ? "" : "; " + y.titles().strip();
            String achievement = nz(y.achievement()).isBlank() ? "" : "; " + strip(y.achievement());
            parts.add(Messages.get("nominationDoc.summary.year", y.year(), Messages.label(y.rating()), titles,
                    achievement));
        }
        for (AwardLine l : n.awards()) {
            if (l.category() == AwardCategory.AWARD && l.year() >= n.reportFirstYear()) {
                parts.add(Messages.get("nominationDoc.summary.award", l.year(), l.awardName()));
            }
        }
        return String.join("\n", parts);
    }

    // --- the list of a dossier's files ---------------------------------------------------------------------------

    /** What the dossier holds, in filing order: the documents ThiĐua printed, then the files attached. */
    public OfficialDocument fileList(Nomination n, List<DossierItem> items, List<String> printed) {
        Agency a = ctx.agency();
        DocumentHeader header = new DocumentHeader(a.parentAgency(), a.name(), "",
                Nd30Lines.placeAndDate(place(), ctx.today()));
        List<List<Cell>> rows = new ArrayList<>();
        int no = 1;
        for (String title : printed) {
            rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(title),
                    Cell.text(Messages.get("nominationDoc.files.printed"))));
        }
        for (DossierItem item : items) {
            if (item.kind().generated()) {
                continue;
            }
            String state = item.attachmentId() != null ? Messages.get("nominationDoc.files.attached", item.fileName(),
                    item.receivedOn() == null ? "" : Messages.get("nominationDoc.files.received",
                            VietDates.format(item.receivedOn())))
                    : Messages.get(item.required() ? "nominationDoc.files.missing" : "nominationDoc.files.none");
            rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(item.title()), Cell.text(state)));
        }
        List<Block> body = new ArrayList<>();
        body.add(new Block.Grid(List.of(List.of(Cell.head(Messages.get("nominationDoc.column.no")),
                Cell.head(Messages.get("nominationDoc.column.document")),
                Cell.head(Messages.get("nominationDoc.column.file")))), rows, List.of(2, 11, 9)));
        return new OfficialDocument(header, Messages.get("nominationDoc.files.type"),
                List.of(Messages.get("nominationDoc.files.subject", name(n), formName(n))), body, null, null);
    }

    // --- shared --------------------------------------------------------------------------------------------------

    /** The director decides the awards whose issuer is the director; the province decides the others. */
    public static Authority authority(AwardForm form) {
        String issuer = form == null ? "" : VietText.fold(nz(form.issuer())).toLowerCase(Locale.ROOT);
        return issuer.contains("giam doc") ? Authority.DIRECTOR : Authority.PROVINCE;
    }

    /** "Đạt" or "Không đạt". */
    public static String result(VoteOutcome o) {
        return Messages.get(o.passed() ? "nominationDoc.vote.passed" : "nominationDoc.vote.failed");
    }

    /** 90.00 as "90%", 88.89 as "88,89%". */
    public static String percent(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() <= 0 ? v.toBigInteger().toString() : VietNumbers.decimal(v)) + "%";
    }

    public String name(Nomination n) {
        if (n.nominee().isPerson()) {
            StaffMember s = ctx.staff().get(n.nominee().staffId());
            return s == null ? "" : s.fullName();
        }
        Unit u = ctx.units().get(n.nominee().unitId());
        return u == null ? "" : u.name();
    }

    public String positionAndUnit(Nomination n) {
        if (!n.nominee().isPerson()) {
            return "";
        }
        StaffMember s = ctx.staff().get(n.nominee().staffId());
        if (s == null) {
            return "";
        }
        Unit u = ctx.units().get(s.unitId());
        String position = nz(s.position()).strip();
        String unit = u == null ? "" : u.name();
        return position.isEmpty() ? unit : unit.isEmpty() ? position : position + ", " + unit;
    }

    public String formName(Nomination n) {
        AwardForm f = form(n);
        return f == null ? "" : f.name();
    }

    private AwardForm form(Nomination n) {
        return ctx.forms().get(n.awardFormId());
    }

    /** Groups by award form in the catalogue's order, collectives before individuals inside each. */
    private Map<AwardForm, List<Nomination>> byForm(List<Nomination> ns) {
        Map<AwardForm, List<Nomination>> out = new LinkedHashMap<>();
        ns.stream().filter(n -> form(n) != null)
                .sorted(Comparator.comparingInt((Nomination n) -> form(n).sortOrder())
                        .thenComparing(n -> n.nominee().isPerson()))
                .forEach(n -> out.computeIfAbsent(form(n), k -> new ArrayList<>()).add(n));
        return out;
    }

    /** "02 tập thể, 05 cá nhân", or only the part there is. */
    String counts(List<Nomination> ns) {
        long units = ns.stream().filter(n -> !n.nominee().isPerson()).count();
        long people = ns.size() - units;
        if (units > 0 && people > 0) {
            return Messages.get("nominationDoc.counts.both", pad(units), pad(people));
        }
        return units > 0 ? Messages.get("nominationDoc.counts.collectives", pad(units))
                : Messages.get("nominationDoc.counts.individuals", pad(people));
    }

    /** "đã có thành tích trong phong trào thi đua theo Kế hoạch số …", or "… trong năm 2025". */
    private String achievement(List<Nomination> ns) {
        if (plan != null) {
            return Messages.get("nominationDoc.achievement.plan", planRef());
        }
        int year = ns.stream().mapToInt(Nomination::year).max().orElse(ctx.today().getYear());
        return Messages.get("nominationDoc.achievement.year", year);
    }

    /** "Kế hoạch số 15/KH-SNgV ngày 05/01/2026", or the draft's title when it has no number yet. */
    private String planRef() {
        if (plan.number() == null) {
            return Messages.get("nominationDoc.planDraft", nz(plan.title()).strip());
        }
        return Messages.get("nominationDoc.planRef", PlanNumbers.symbol(plan.number(), plan.code(),
                ctx.agency().shortCode()), PlanNumbers.date(plan.date()));
    }

    private Attendance member(MeetingRepository.Sitting s, Long id, CouncilRole role) {
        return s.attendance().stream().filter(a -> id != null && a.memberId() == id).findFirst()
                .or(() -> s.attendance().stream().filter(a -> a.role() == role).findFirst()).orElse(null);
    }

    /** "Trịnh Tuyết Mai, Giám đốc Sở – Chủ tịch Hội đồng". */
    private static String person(Attendance a) {
        if (a == null) {
            return "";
        }
        String position = nz(a.position()).isBlank() ? "" : ", " + a.position().strip();
        return Messages.get("nominationDoc.minutes.person", a.name(), position, Messages.label(a.role()));
    }

    private static String time(LocalTime t) {
        return t == null ? Messages.get("nominationDoc.minutes.timeBlank")
                : Messages.get("nominationDoc.minutes.time", String.format("%02d", t.getHour()),
                        String.format("%02d", t.getMinute()));
    }

    private String place() {
        String p = nz(ctx.agency().placeName());
        return p.isBlank() && plan != null ? nz(plan.place()) : p;
    }

    private static void texts(List<Block> body, String text) {
        List<String> lines = paragraphs(text);
        if (lines.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("nominationDoc.report.blank")));
        }
        for (String line : lines) {
            body.add(line.startsWith("-") || line.startsWith("+") ? new Block.Bullet(line) : Block.Paragraph.of(line));
        }
    }

    private static List<String> paragraphs(String text) {
        return nz(text).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** "Phát động phong trào …" as "phát động phong trào …", to read on after "về". */
    private static String about(String title) {
        String t = nz(title).strip();
        return t.isEmpty() ? "" : t.substring(0, 1).toLowerCase(VietText.VIETNAMESE) + t.substring(1);
    }

    private static String pad(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    private static String strip(String s) {
        String t = nz(s).strip();
        while (t.endsWith(";") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String upper(String s) {
        return nz(s).toUpperCase(VietText.VIETNAMESE);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
