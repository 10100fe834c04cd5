package vn.thidua.decisions.logic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.SignerRole;

/**
 * An award decision (Quyết định khen thưởng) as an {@link OfficialDocument}: grounds, Điều 1 to 3, Nơi nhận, the
 * signature, and the attached list with the prizes after a page break. A draft prints with the number and the day
 * blank. Plain data in, blocks out; {@link DecisionPrinter} loads the data and writes the file. Every word comes from
 * the bundle ("decisionDoc.*").
 *
 * @param agency    the office, for the header
 * @param awardName the award the decision gives ("Giấy khen của Giám đốc Sở")
 * @param decision  the decision; a draft's missing prizes already estimated by the caller if wanted
 * @param amended   the decision an amendment corrects, or null
 * @param today     the day the document is made (a draft's month)
 */
public record DecisionDocument(Agency agency, String awardName, Decision decision, Decision amended, LocalDate today) {

    public DecisionDocument {
        agency = agency == null ? Agency.blank() : agency;
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(today, "today");
        awardName = awardName == null ? "" : awardName;
    }

    public OfficialDocument document() {
        Decision d = decision;
        String symbol = DecisionRepository.kind(d);
        String place = nz(d.place()).isBlank() ? nz(agency.placeName()) : d.place();
        DocumentHeader header = new DocumentHeader(agency.parentAgency(), agency.name(),
                Nd30Lines.numberLine(d.number(), symbol), d.date() == null
                        ? Nd30Lines.placeAndMonth(place, YearMonth.from(today)) : Nd30Lines.placeAndDate(place, d.date()));
        String subject = amended != null
                ? Messages.get("decisionDoc.subjectAmends", DecisionRepository.symbol(amended), dateOf(amended),
                        nz(amended.issuer()))
                : nz(d.subject());

        List<Block> body = new ArrayList<>();
        body.add(new Block.Centred(upper(d.issuer()), true));
        for (String line : d.basis()) {
            body.add(Block.Paragraph.italic(closed(line, ";")));
        }
        if (!nz(d.petitionRef()).isBlank()) {
            body.add(Block.Paragraph.italic(closed(d.petitionRef(), ".")));
        }
        body.add(new Block.Centred(Messages.get("decisionDoc.decides"), true));
        body.add(article(1, article1()));
        body.add(article(2, article2()));
        body.add(article(3, Messages.get("decisionDoc.article3", executors())));

        Recipients recipients = new Recipients(List.of(Messages.get("decisionDoc.recipient.asArticle3"),
                Messages.get("decisionDoc.recipient.leaders")), Messages.get("decisionDoc.archive"));
        return new OfficialDocument(header, Messages.get("decisionDoc.type"), List.of(subject), body, recipients,
                signature(d), false, attachedList());
    }

    /** "GIÁM ĐỐC", or "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC" when a deputy signs. */
    public static Signature signature(Decision d) {
        String head = Messages.get("decisionDoc.director");
        return d.signerRole() == SignerRole.DEPUTY_DIRECTOR
                ? Signature.onBehalf(head, Messages.get("decisionDoc.deputy"), nz(d.signerName()))
                : Signature.direct(head, nz(d.signerName()));
    }

    /** "2 tập thể và 3 cá nhân", "3 cá nhân" or "2 tập thể". */
    public static String counts(Decision d) {
        long units = d.lines().stream().filter(DecisionLine::collective).count();
        long people = d.lines().size() - units;
        if (units > 0 && people > 0) {
            return Messages.get("decisionDoc.countsBoth", units, people);
        }
        return units > 0 ? Messages.get("decisionDoc.countsUnits", units) : Messages.get("decisionDoc.countsPeople", people);
    }

    private String article1() {
        String gives = Messages.get("decisionDoc.article1", awardName, counts(decision), achievement());
        if (amended == null) {
            return gives;
        }
        return Messages.get("decisionDoc.article1Amends", DecisionRepository.symbol(amended), dateOf(amended),
                nz(amended.issuer()), nz(decision.amendmentReason()).isBlank() ? "" : closed(decision.amendmentReason(), ""),
                gives);
    }

    private String achievement() {
        String a = nz(decision.achievement()).strip();
        while (a.endsWith(".")) {
            a = a.substring(0, a.length() - 1).strip();
        }
        return a;
    }

    /** The prize per collective and per individual: one amount when all lines of a kind share it, else the list's. */
    private String article2() {
        List<String> parts = new ArrayList<>();
        money(true).ifPresent(parts::add);
        money(false).ifPresent(parts::add);
        String funding = nz(decision.fundingSource()).isBlank() ? "" : Messages.get("decisionDoc.funding",
                closed(decision.fundingSource(), ""));
        if (parts.isEmpty()) {
            return funding.isBlank() ? Messages.get("decisionDoc.noPrize") : VietText.clean(capital(funding) + ".");
        }
        return Messages.get("decisionDoc.article2", awardName, String.join(", ", parts))
                + (funding.isBlank() ? "." : "; " + funding + ".");
    }

    private java.util.Optional<String> money(boolean collective) {
        List<DecisionLine> kind = decision.lines().stream().filter(l -> l.collective() == collective).toList();
        if (kind.isEmpty() || kind.stream().allMatch(l -> l.prize() == null)) {
            return java.util.Optional.empty();
        }
        List<Long> amounts = kind.stream().map(DecisionLine::prize).distinct().toList();
        String who = Messages.get(collective ? "decisionDoc.eachUnit" : "decisionDoc.eachPerson");
        if (amounts.size() == 1) {
            long amount = amounts.get(0);
            return java.util.Optional.of(Messages.get("decisionDoc.prizeEach", who, VietNumbers.grouped(amount),
                    VietNumbers.inWords(amount)));
        }
        return java.util.Optional.of(Messages.get("decisionDoc.prizeByList", Messages.get(collective
                ? "decisionDoc.units" : "decisionDoc.people")));
    }

    private String executors() {
        String e = nz(decision.executors()).strip();
        return e.isEmpty() ? Messages.get("decisionDoc.executorsDefault") : e;
    }

    /** DANH SÁCH … ĐƯỢC TẶNG …, the decision it goes with, then I. TẬP THỂ and II. CÁ NHÂN with their prizes. */
    private List<Block> attachedList() {
        Decision d = decision;
        List<Block> out = new ArrayList<>();
        out.add(new Block.PageBreak());
        out.add(new Block.Centred(Messages.get("decisionDoc.list.title", upper(awardName)), true));
        String number = Nd30Lines.numberLine(d.number(), DecisionRepository.kind(d)).substring(4);
        String day = d.date() == null ? Nd30Lines.placeAndMonth("", YearMonth.from(today)).substring(2)
                : Nd30Lines.date(d.date());
        out.add(new Block.Centred(Messages.get("decisionDoc.list.attached", number, day, nz(d.issuer())), false, true));
        List<DecisionLine> units = d.lines().stream().filter(DecisionLine::collective).toList();
        List<DecisionLine> people = d.lines().stream().filter(l -> !l.collective()).toList();
        boolean both = !units.isEmpty() && !people.isEmpty();
        if (!units.isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            int no = 1;
            for (DecisionLine l : units) {
                rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(l.name()), amount(l.prize())));
            }
            rows.add(List.of(new Cell(Messages.get("decisionDoc.list.total"), true, false, Block.Align.CENTRE, 2,
                    Block.Merge.NONE), total(d.total(true))));
            out.add(Block.Paragraph.of(Block.Span.bold(Messages.get("decisionDoc.list.units"))));
            out.add(new Block.Grid(List.of(List.of(Cell.head(Messages.get("decisionDoc.list.no")),
                    Cell.head(Messages.get("decisionDoc.list.unitName")), Cell.head(Messages.get("decisionDoc.list.prize")))),
                    rows, List.of(1, 9, 3)));
        }
        if (!people.isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            int no = 1;
            for (DecisionLine l : people) {
                rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(l.name()), Cell.text(nz(l.position())),
                        amount(l.prize())));
            }
            rows.add(List.of(new Cell(Messages.get("decisionDoc.list.total"), true, false, Block.Align.CENTRE, 3,
                    Block.Merge.NONE), total(d.total(false))));
            out.add(Block.Paragraph.of(Block.Span.bold(Messages.get(both ? "decisionDoc.list.people"
                    : "decisionDoc.list.peopleOnly"))));
            out.add(new Block.Grid(List.of(List.of(Cell.head(Messages.get("decisionDoc.list.no")),
                    Cell.head(Messages.get("decisionDoc.list.personName")),
                    Cell.head(Messages.get("decisionDoc.list.position")), Cell.head(Messages.get("decisionDoc.list.prize")))),
                    rows, List.of(1, 4, 5, 3)));
        }
        long all = d.total(true) + d.total(false);
        out.add(Block.Paragraph.of(Block.Span.bold(Messages.get("decisionDoc.list.grandTotal", counts(d),
                VietNumbers.grouped(all), all > 0 ? VietNumbers.inWords(all) : Messages.get("decisionDoc.list.none")))));
        return out;
    }

    private static Cell amount(Long prize) {
        return new Cell(prize == null ? "" : VietNumbers.grouped(prize), false, false, Block.Align.RIGHT, 1, Block.Merge.NONE);
    }

    private static Cell total(long sum) {
        return new Cell(VietNumbers.grouped(sum), true, false, Block.Align.RIGHT, 1, Block.Merge.NONE);
    }

    private static Block article(int n, String text) {
        return Block.Paragraph.of(Block.Span.bold(Messages.get("decisionDoc.article", n)), Block.Span.plain(" " + text));
    }

    private static String dateOf(Decision d) {
        return d.date() == null ? "" : VietDates.format(d.date());
    }

    /** The text with its closing mark replaced by {@code mark} (";" for a ground, "." for the last). */
    static String closed(String text, String mark) {
        String t = nz(text).strip();
        while (t.endsWith(";") || t.endsWith(".") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t + mark;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VietText.VIETNAMESE) + s.substring(1);
    }

    private static String upper(String s) {
        return nz(s).toUpperCase(VietText.VIETNAMESE);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
