package vn.thidua.reports.logic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.document.Block;
import vn.thidua.common.document.Block.Align;
import vn.thidua.common.document.Block.Cell;
import vn.thidua.common.document.Block.Merge;
import vn.thidua.common.document.DocumentHeader;
import vn.thidua.common.document.Nd30Lines;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.Recipients;
import vn.thidua.common.document.Signature;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietNumbers;
import vn.thidua.common.text.VietText;
import vn.thidua.decisions.logic.DecisionRepository;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.PlanNumbers;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.Registration;

/**
 * The movement's closing report (báo cáo tổng kết) as an {@link OfficialDocument}: who took part (registrations by unit
 * and kind), what each registered for against what it was proposed for and given, the awards by form and unit, and
 * the prize money in total and by form. Plain data in, blocks out; {@link ClosingReportPrinter} loads the data.
 *
 * @param agency        the office
 * @param plan          the plan that launched the movement
 * @param registrations the plan's registrations
 * @param nominations   the plan's nominations
 * @param decisions     the signed decisions under the plan still in force (an amended one replaced by its amendment)
 * @param staff         the staff by id
 * @param units         the units by id, in the office's order
 * @param forms         the award forms by id
 * @param directorName  who signs
 * @param today         the day the report is made (its month is printed)
 */
public record ClosingReport(Agency agency, Plan plan, List<Registration> registrations, List<NominationSummary> nominations,
                            List<Decision> decisions, Map<Long, StaffMember> staff, Map<Long, Unit> units,
                            Map<Long, AwardForm> forms, String directorName, LocalDate today) {

    public ClosingReport {
        agency = agency == null ? Agency.blank() : agency;
        Objects.requireNonNull(plan, "plan");
        registrations = List.copyOf(registrations);
        nominations = List.copyOf(nominations);
        decisions = List.copyOf(decisions);
        staff = Map.copyOf(staff);
        units = new LinkedHashMap<>(units);
        forms = Map.copyOf(forms);
        Objects.requireNonNull(today, "today");
    }

    /** Who was given what, by which decision. */
    private record Given(DecisionLine line, Decision decision) {
    }

    public OfficialDocument document() {
        String symbol = Nd30Lines.symbol(Messages.get("closingReport.code"), nz(agency.shortCode()));
        DocumentHeader header = new DocumentHeader(agency.parentAgency(), agency.name(), Nd30Lines.numberLine(null, symbol),
                Nd30Lines.placeAndMonth(nz(agency.placeName()), YearMonth.from(today)));
        String movement = movement();
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of(Messages.get("closingReport.intro", PlanNumbers.symbol(plan.number(), plan.code(),
                agency.shortCode()), PlanNumbers.date(plan.date()), nz(agency.name()), movement)));
        participation(body);
        againstResults(body);
        awards(body);
        money(body);
        body.add(new Block.Heading(1, Messages.get("closingReport.assessment")));
        body.add(Block.Paragraph.of(Messages.get("closingReport.assessmentText")));
        Recipients recipients = new Recipients(List.of(Messages.get("closingReport.recipient.province"),
                Messages.get("closingReport.recipient.leaders")), Messages.get("closingReport.archive"));
        return new OfficialDocument(header, Messages.get("closingReport.type"),
                List.of(Messages.get("closingReport.subject", movement)), body, recipients,
                Signature.direct(Messages.get("closingReport.director"), nz(directorName)), false);
    }

    /** "phong trào thi đua …" from the plan's title "Phát động phong trào thi đua …". */
    private String movement() {
        String t = nz(plan.title()).strip();
        String launch = Messages.get("closingReport.launchWord");
        if (t.regionMatches(true, 0, launch, 0, launch.length())) {
            t = t.substring(launch.length()).strip();
        }
        return t.isEmpty() ? t : t.substring(0, 1).toLowerCase(VietText.VIETNAMESE) + t.substring(1);
    }

    /** I. Registrations by unit: the unit itself, and its staff. */
    private void participation(List<Block> body) {
        body.add(new Block.Heading(1, Messages.get("closingReport.participation")));
        long collectives = registrations.stream().filter(r -> r.unitId() != null).map(Registration::unitId).distinct().count();
        long people = registrations.stream().filter(r -> r.staffId() != null).map(Registration::staffId).distinct().count();
        if (registrations.isEmpty()) {
            body.add(Block.Paragraph.of(Messages.get("closingReport.noRegistrations")));
            return;
        }
        body.add(Block.Paragraph.of(Messages.get("closingReport.participationText", collectives, people,
                registrations.size())));
        Map<Long, int[]> byUnit = new LinkedHashMap<>();
        units.keySet().forEach(id -> byUnit.put(id, new int[2]));
        for (Registration r : registrations) {
            Long unit = r.unitId() != null ? r.unitId() : Optional.ofNullable(staff.get(r.staffId()))
                    .map(StaffMember::unitId).orElse(null);
            if (unit != null) {
                byUnit.computeIfAbsent(unit, k -> new int[2])[r.unitId() != null ? 0 : 1]++;
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        int no = 1;
        int[] total = new int[2];
        for (Map.Entry<Long, int[]> e : byUnit.entrySet()) {
            int[] n = e.getValue();
            if (n[0] + n[1] == 0) {
                continue;
            }
            total[0] += n[0];
            total[1] += n[1];
            rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(unitName(e.getKey())),
                    Cell.centred(String.valueOf(n[0])), Cell.centred(String.valueOf(n[1])),
                    Cell.centred(String.valueOf(n[0] + n[1]))));
        }
        rows.add(List.of(totalCell(2), boldCentred(total[0]), boldCentred(total[1]), boldCentred(total[0] + total[1])));
        body.add(new Block.Grid(List.of(List.of(Cell.head(Messages.get("closingReport.col.no")),
                Cell.head(Messages.get("closingReport.col.unit")), Cell.head(Messages.get("closingReport.col.unitRegs")),
                Cell.head(Messages.get("closingReport.col.staffRegs")), Cell.head(Messages.get("closingReport.col.total")))),
                rows, List.of(1, 7, 3, 3, 2)));
    }

    /** II. Each registration against what was proposed and given; then those given an award without registering. */
    private void againstResults(List<Block> body) {
        body.add(new Block.Heading(1, Messages.get("closingReport.results")));
        List<Given> given = given();
        List<List<Cell>> rows = new ArrayList<>();
        int no = 1;
        List<String> seen = new ArrayList<>();
        for (Registration r : registrations) {
            String who = who(r.unitId(), r.staffId());
            seen.add(key(r.unitId(), r.staffId()));
            Optional<NominationSummary> n = nominations.stream().filter(x -> Objects.equals(x.nominee().unitId(), r.unitId())
                    && Objects.equals(x.nominee().staffId(), r.staffId())).findFirst();
            rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(who), Cell.text(formName(r.awardFormId())),
                    Cell.text(n.map(x -> x.awardName() + " (" + Messages.label(x.status()) + ")")
                            .orElse(Messages.get("closingReport.notNominated"))),
                    Cell.text(result(given, r.unitId(), r.staffId()))));
        }
        for (Given g : given) {
            if (!seen.contains(key(g.line().unitId(), g.line().staffId()))) {
                seen.add(key(g.line().unitId(), g.line().staffId()));
                rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(g.line().name()),
                        Cell.text(Messages.get("closingReport.notRegistered")), Cell.text(formName(g.line().awardFormId())),
                        Cell.text(result(given, g.line().unitId(), g.line().staffId()))));
            }
        }
        long registered = registrations.stream().map(r -> key(r.unitId(), r.staffId())).distinct().count();
        long awardedOfThem = registrations.stream().map(r -> key(r.unitId(), r.staffId())).distinct()
                .filter(k -> given.stream().anyMatch(g -> key(g.line().unitId(), g.line().staffId()).equals(k))).count();
        body.add(Block.Paragraph.of(Messages.get("closingReport.resultsText", registered, awardedOfThem)));
        if (rows.isEmpty()) {
            return;
        }
        body.add(new Block.Grid(List.of(List.of(Cell.head(Messages.get("closingReport.col.no")),
                Cell.head(Messages.get("closingReport.col.who")), Cell.head(Messages.get("closingReport.col.registered")),
                Cell.head(Messages.get("closingReport.col.nominated")), Cell.head(Messages.get("closingReport.col.given")))),
                rows, List.of(3, 13, 9, 9, 12)));
    }

    /** III. Awards by form, then by unit within the form. */
    private void awards(List<Block> body) {
        body.add(new Block.Heading(1, Messages.get("closingReport.awards")));
        List<Given> given = given();
        long collectives = given.stream().filter(g -> g.line().collective()).count();
        body.add(Block.Paragraph.of(Messages.get("closingReport.awardsText", decisions.size(), collectives,
                given.size() - collectives)));
        Map<String, Map<String, long[]>> byForm = new LinkedHashMap<>();
        for (Given g : given) {
            DecisionLine l = g.line();
            Long unit = l.collective() ? l.unitId() : Optional.ofNullable(staff.get(l.staffId())).map(StaffMember::unitId)
                    .orElse(null);
            long[] n = byForm.computeIfAbsent(formName(l.awardFormId()), k -> new TreeMap<>())
                    .computeIfAbsent(unit == null ? "" : unitName(unit), k -> new long[3]);
            n[l.collective() ? 0 : 1]++;
            n[2] += l.prize() == null ? 0 : l.prize();
        }
        if (byForm.isEmpty()) {
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        long[] total = new long[3];
        for (Map.Entry<String, Map<String, long[]>> form : byForm.entrySet()) {
            boolean first = true;
            for (Map.Entry<String, long[]> unit : form.getValue().entrySet()) {
                long[] n = unit.getValue();
                Cell formCell = form.getValue().size() == 1 ? Cell.text(form.getKey())
                        : first ? Cell.text(form.getKey()).merged(Merge.START) : Cell.covered();
                rows.add(List.of(formCell, Cell.text(unit.getKey()), Cell.centred(String.valueOf(n[0])),
                        Cell.centred(String.valueOf(n[1])), amount(n[2], false)));
                first = false;
                for (int i = 0; i < 3; i++) {
                    total[i] += n[i];
                }
            }
        }
        rows.add(List.of(totalCell(2), boldCentred(total[0]), boldCentred(total[1]), amount(total[2], true)));
        body.add(new Block.Grid(List.of(List.of(Cell.head(Messages.get("closingReport.col.form")),
                Cell.head(Messages.get("closingReport.col.unit")), Cell.head(Messages.get("closingReport.col.collectives")),
                Cell.head(Messages.get("closingReport.col.individuals")), Cell.head(Messages.get("closingReport.col.money")))),
                rows, List.of(4, 5, 2, 2, 3)));
    }

    /** IV. The prize money: in total and by form, with the decisions that gave it. */
    private void money(List<Block> body) {
        body.add(new Block.Heading(1, Messages.get("closingReport.money")));
        long all = decisions.stream().mapToLong(d -> d.total(true) + d.total(false)).sum();
        body.add(Block.Paragraph.of(Messages.get("closingReport.moneyText", VietNumbers.grouped(all),
                all > 0 ? VietNumbers.inWords(all) : Messages.get("closingReport.noMoney"))));
        if (decisions.isEmpty()) {
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        int no = 1;
        for (Decision d : decisions) {
            long units = d.lines().stream().filter(DecisionLine::collective).count();
            String form = d.lines().isEmpty() ? "" : formName(d.lines().get(0).awardFormId());
            rows.add(List.of(Cell.centred(String.valueOf(no++)), Cell.text(form),
                    Cell.text(Messages.get("closingReport.decisionRef", DecisionRepository.symbol(d),
                            d.date() == null ? "" : VietDates.format(d.date()))),
                    Cell.centred(String.valueOf(units)), Cell.centred(String.valueOf(d.lines().size() - units)),
                    amount(d.total(true) + d.total(false), false)));
        }
        rows.add(List.of(totalCell(5), amount(all, true)));
        body.add(new Block.Grid(List.of(List.of(Cell.head(Messages.get("closingReport.col.no")),
                Cell.head(Messages.get("closingReport.col.form")), Cell.head(Messages.get("closingReport.col.decision")),
                Cell.head(Messages.get("closingReport.col.collectives")),
                Cell.head(Messages.get("closingReport.col.individuals")), Cell.head(Messages.get("closingReport.col.money")))),
                rows, List.of(1, 4, 4, 2, 2, 3)));
    }

    private List<Given> given() {
        List<Given> out = new ArrayList<>();
        for (Decision d : decisions) {
            for (DecisionLine l : d.lines()) {
                out.add(new Given(l, d));
            }
        }
        return out;
    }

    private String result(List<Given> given, Long unitId, Long staffId) {
        List<String> got = given.stream().filter(g -> Objects.equals(g.line().unitId(), unitId)
                && Objects.equals(g.line().staffId(), staffId)).map(g -> Messages.get("closingReport.givenBy",
                formName(g.line().awardFormId()), DecisionRepository.symbol(g.decision()))).toList();
        return got.isEmpty() ? Messages.get("closingReport.notGiven") : String.join("; ", got);
    }

    private String who(Long unitId, Long staffId) {
        if (unitId != null) {
            return unitName(unitId);
        }
        StaffMember m = staff.get(staffId);
        return m == null ? "" : m.fullName() + " (" + unitName(m.unitId()) + ")";
    }

    private static String key(Long unitId, Long staffId) {
        return unitId != null ? "u" + unitId : "s" + staffId;
    }

    private String unitName(Long id) {
        Unit u = units.get(id);
        return u == null ? "" : u.name();
    }

    private String formName(long id) {
        AwardForm f = forms.get(id);
        return f == null ? "" : f.name();
    }

    private static Cell totalCell(int span) {
        return new Cell(Messages.get("closingReport.col.sum"), true, false, Align.CENTRE, span, Merge.NONE);
    }

    private static Cell boldCentred(long n) {
        return new Cell(String.valueOf(n), true, false, Align.CENTRE, 1, Merge.NONE);
    }

    private static Cell amount(long dong, boolean bold) {
        return new Cell(VietNumbers.grouped(dong), bold, false, Align.RIGHT, 1, Merge.NONE);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
