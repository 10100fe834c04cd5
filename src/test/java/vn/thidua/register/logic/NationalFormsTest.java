package vn.thidua.register.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.db.Jdbc;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.register.model.FilledForm;
import vn.thidua.register.model.FormLine;

/**
 * The national statistics forms filled from a small office made by hand, every filled cell worked out below, and from
 * the demo office, whose figures must agree with the register counted another way and add up line by line.
 */
class NationalFormsTest {

    private static final Long N = null;

    @TempDir
    Path dir;

    private Services services;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** The hand-made office: DemoOffice's units and staff (not its titles), four movements of 2025 and awards around that year. */
    static final class Office {
        long director;
        long head;
        long worker;
        long unit;
        long service;
    }

    static Office handMade(Services s) {
        DemoOffice.fill(s.database(), 0);
        Office o = new Office();
        var units = s.units().all();
        long leadership = units.stream().filter(u -> u.type() == UnitType.LEADERSHIP).findFirst().orElseThrow().id();
        o.unit = units.stream().filter(u -> u.type() == UnitType.ADMINISTRATIVE).findFirst().orElseThrow().id();
        o.service = units.stream().filter(u -> u.type() == UnitType.PUBLIC_SERVICE).findFirst().orElseThrow().id();
        var staff = s.staff().all();
        o.director = staff.stream().filter(m -> m.unitId() == leadership).findFirst().orElseThrow().id();
        o.head = staff.stream().filter(m -> m.leader() && m.unitId() != leadership).findFirst().orElseThrow().id();
        o.worker = staff.stream().filter(m -> !m.leader() && m.unitId() != leadership).findFirst().orElseThrow().id();
        Map<String, Long> forms = s.catalogue().awardForms().stream().collect(Collectors.toMap(AwardForm::code, AwardForm::id));
        s.database().inTransaction(c -> {
            // DemoOffice records the staff's yearly titles; the hand-made register starts empty.
            Jdbc.update(c, "DELETE FROM award");
            String plan = "INSERT INTO plan (doc_kind, doc_number, doc_year, issue_month, issue_day, title, movement_form, "
                    + "period_from, period_to, period_from_issue, status) VALUES ('KH', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            // The year's regular movement "from the issue date to 31/12": one year, regular.
            Jdbc.update(c, plan, 1, 2025, 1, 15, "Phong trào thi đua năm 2025", "REGULAR", null, LocalDate.of(2025, 12, 31),
                    true, "ISSUED");
            // A campaign of six months: under a year, thematic.
            Jdbc.update(c, plan, 2, 2025, 4, 20, "Đợt thi đua", "CAMPAIGN", LocalDate.of(2025, 5, 1),
                    LocalDate.of(2025, 10, 31), false, "IN_PROGRESS");
            // Five and a half years: five years or more.
            Jdbc.update(c, plan, 3, 2025, 5, 20, "Chuyên đề dài hạn", "THEMATIC", LocalDate.of(2025, 6, 1),
                    LocalDate.of(2030, 12, 31), false, "CLOSED");
            // Two years: from one to under three years.
            Jdbc.update(c, plan, 4, 2025, 2, 1, "Chuyên đề hai năm", "THEMATIC", LocalDate.of(2025, 3, 1),
                    LocalDate.of(2027, 2, 28), false, "ISSUED");
            // Neither a draft nor another year's plan is counted.
            Jdbc.update(c, plan, null, 2025, 6, null, "Dự thảo", "REGULAR", LocalDate.of(2025, 6, 1),
                    LocalDate.of(2025, 12, 31), false, "DRAFT");
            Jdbc.update(c, plan, 9, 2024, 1, 10, "Năm trước", "REGULAR", null, LocalDate.of(2024, 12, 31), true, "CLOSED");
            String award = "INSERT INTO award (staff_id, unit_id, award_form_id, award_year, origin, decision_date, thematic) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)";
            // Decided in 2025 for 2024: counted in 2025 (a department leader's Bằng khen, merit).
            Jdbc.update(c, award, o.director, null, forms.get("BK_TINH"), 2024, "IMPORTED", LocalDate.of(2025, 3, 10), false);
            // A thematic or one-off Bằng khen the register does not tell apart.
            Jdbc.update(c, award, o.worker, null, forms.get("BK_TINH"), 2025, "IMPORTED", LocalDate.of(2025, 12, 20), true);
            Jdbc.update(c, award, null, o.unit, forms.get("BK_TINH"), 2025, "IMPORTED", LocalDate.of(2025, 4, 1), false);
            // A title without a decision date counts by its year.
            Jdbc.update(c, award, o.head, null, forms.get("CSTD_TINH"), 2025, "RECORD", null, false);
            Jdbc.update(c, award, null, o.service, forms.get("CO_TD_TINH"), 2024, "IMPORTED", LocalDate.of(2025, 2, 1), false);
            // Decided in 2026, or in 2024: not 2025's.
            Jdbc.update(c, award, o.worker, null, forms.get("BK_TINH"), 2025, "IMPORTED", LocalDate.of(2026, 1, 15), false);
            Jdbc.update(c, award, o.worker, null, forms.get("CSTD_TINH"), 2024, "IMPORTED", LocalDate.of(2024, 12, 30), false);
            // The director's Giấy khen is in no column of 0602 or 0603.
            Jdbc.update(c, award, o.worker, null, forms.get("GK_SO"), 2025, "IMPORTED", LocalDate.of(2025, 12, 1), false);
            return null;
        });
        return o;
    }

    private List<FilledForm> handMadeForms() {
        handMade(services);
        NationalForms.Facts facts = NationalForms.facts(services.database(), 2025);
        assertEquals(4, facts.movements().size());
        assertEquals(6, facts.awards().size());
        return NationalForms.fill(facts, services.catalogue().awardForms());
    }

    @Test
    void movementsAreTheOfficesOwnIssuedPlansOfTheYearByDurationAndMethod() {
        FilledForm f = handMadeForms().get(0);

        assertEquals(NationalFormLayouts.F0601, f.form().number());
        Map<String, List<Long>> expected = Map.ofEntries(
                Map.entry("01", List.of(4L, 0L, 0L, 4L)),
                Map.entry("02", List.of(0L, 0L, 0L, 0L)),
                Map.entry("03", List.of(0L, 0L, 0L, 0L)),
                Map.entry("04", List.of(0L, 0L, 0L, 0L)),
                Map.entry("05", List.of(4L, 0L, 0L, 4L)),
                Map.entry("06", List.of(1L, 0L, 0L, 1L)),
                Map.entry("07", List.of(1L, 0L, 0L, 1L)),
                Map.entry("08", List.of(1L, 0L, 0L, 1L)),
                Map.entry("09", List.of(0L, 0L, 0L, 0L)),
                Map.entry("10", List.of(1L, 0L, 0L, 1L)),
                Map.entry("11", List.of(3L, 0L, 0L, 3L)),
                Map.entry("12", List.of(1L, 0L, 0L, 1L)));
        assertEquals(expected, f.figures());
    }

    @Test
    void provincialAwardsAreCountedByFormRecipientAndMethodWithTheUnknownLeftEmpty() {
        FilledForm f = handMadeForms().get(2);

        assertEquals(NationalFormLayouts.F0603, f.form().number());
        // Columns: total, Bằng khen, CSTĐ cấp tỉnh, Cờ thi đua, Huy hiệu (not in the catalogue: empty).
        Map<String, List<Long>> expected = Map.ofEntries(
                Map.entry("01", Arrays.asList(5L, 3L, 1L, 1L, N)),
                Map.entry("02", Arrays.asList(2L, 1L, 0L, 1L, N)),
                Map.entry("03", Arrays.asList(0L, 0L, 0L, 0L, N)),
                Map.entry("04", Arrays.asList(0L, 0L, 0L, 0L, N)),
                Map.entry("05", Arrays.asList(3L, 2L, 1L, 0L, N)),
                Map.entry("06", Arrays.asList(0L, 0L, 0L, 0L, N)),
                Map.entry("07", Arrays.asList(1L, 1L, 0L, 0L, N)),
                Map.entry("08", Arrays.asList(0L, 0L, 0L, 0L, N)),
                Map.entry("09", Arrays.asList(1L, 0L, 1L, 0L, N)),
                Map.entry("10", Arrays.asList(1L, 1L, 0L, 0L, N)),
                Map.entry("11", Arrays.asList(4L, 2L, 1L, 1L, N)),
                // The worker's thematic-or-one-off Bằng khen: its column and the total cannot be split.
                Map.entry("12", Arrays.asList(N, N, 0L, 0L, N)),
                Map.entry("13", Arrays.asList(N, N, 0L, 0L, N)),
                Map.entry("14", Arrays.asList(0L, 0L, 0L, 0L, N)),
                Map.entry("15", Arrays.asList(0L, 0L, 0L, 0L, N)),
                Map.entry("16", Arrays.asList(0L, 0L, 0L, 0L, N)),
                Map.entry("17", Arrays.asList(0L, 0L, 0L, 0L, N)));
        assertEquals(expected, f.figures());
    }

    @Test
    void stateAwardsAndTheServicesFormsStayEmptyWhenTheCatalogueHoldsNoneOfTheirForms() {
        List<FilledForm> forms = handMadeForms();

        for (int i : new int[] {1, 3, 4}) {
            FilledForm f = forms.get(i);
            for (FormLine line : f.form().lines()) {
                if (line.hasFigures()) {
                    assertEquals(FilledForm.empty(f.form().figureColumns()), f.figures().get(line.code()),
                            f.form().number() + " " + line.code());
                }
            }
        }
    }

    @Test
    void stateAwardsAndBadgesAddedToTheCatalogueFillTheirColumns() {
        Office o = handMade(services);
        services.database().inTransaction(c -> {
            String form = "INSERT INTO award_form (code, name, short_name, category, for_individual, for_collective, issuer, "
                    + "sort_order) VALUES (?, ?, ?, 'AWARD', TRUE, TRUE, ?, ?)";
            long order = Jdbc.insert(c, form, "HC_LD3", "Huân chương Lao động hạng Ba", "HCLĐ hạng Ba", "Chủ tịch nước", 20);
            long pm = Jdbc.insert(c, form, "BK_TTG", "Bằng khen của Thủ tướng Chính phủ", "BK TTg", "Thủ tướng Chính phủ", 21);
            long badge = Jdbc.insert(c, form, "KNC_DN", "Kỷ niệm chương Vì sự nghiệp đối ngoại", "KNC", "Bộ Ngoại giao", 22);
            String award = "INSERT INTO award (staff_id, unit_id, award_form_id, award_year, origin, decision_date) "
                    + "VALUES (?, ?, ?, 2025, 'IMPORTED', ?)";
            Jdbc.update(c, award, null, o.unit, order, LocalDate.of(2025, 8, 30));
            Jdbc.update(c, award, o.director, null, order, LocalDate.of(2025, 8, 30));
            Jdbc.update(c, award, o.worker, null, pm, LocalDate.of(2025, 6, 2));
            Jdbc.update(c, award, o.head, null, badge, LocalDate.of(2025, 9, 2));
            return null;
        });

        List<FilledForm> forms = NationalForms.fill(NationalForms.facts(services.database(), 2025),
                services.catalogue().awardForms());
        FilledForm state = forms.get(1);
        // Columns: total; orders and medals (collective, individual); Hồ Chí Minh prize; state prize; honour titles
        // (collective, individual); Government's flag; Prime Minister's certificate (collective, individual); national
        // emulation fighter; other forms (collective, individual).
        assertEquals(Arrays.asList(3L, 1L, 1L, N, N, N, N, N, 0L, 1L, N, N, N), state.figures().get("01"));
        assertEquals(Arrays.asList(1L, 1L, 0L, N, N, N, N, N, 0L, 0L, N, N, N), state.figures().get("06"));
        assertEquals(Arrays.asList(0L, 0L, 0L, N, N, N, N, N, 0L, 0L, N, N, N), state.figures().get("07"));
        assertEquals(Arrays.asList(2L, 0L, 1L, N, N, N, N, N, 0L, 1L, N, N, N), state.figures().get("09"));
        assertEquals(Arrays.asList(1L, 0L, 1L, N, N, N, N, N, 0L, 0L, N, N, N), state.figures().get("11"));
        assertEquals(Arrays.asList(0L, 0L, 0L, N, N, N, N, N, 0L, 0L, N, N, N), state.figures().get("13"));
        assertEquals(Arrays.asList(1L, 0L, 0L, N, N, N, N, N, 0L, 1L, N, N, N), state.figures().get("14"));
        for (String unknown : List.of("02", "03", "15", "16", "17", "18", "19", "20", "21")) {
            assertEquals(FilledForm.empty(13), state.figures().get(unknown), unknown);
        }
        FilledForm provincial = forms.get(2);
        assertEquals(Arrays.asList(6L, 3L, 1L, 1L, 1L), provincial.figures().get("01"));
        assertEquals(Arrays.asList(4L, 2L, 1L, 0L, 1L), provincial.figures().get("05"));
        assertEquals(Arrays.asList(2L, 0L, 1L, 0L, 1L), provincial.figures().get("09"));
    }

    @Test
    void awardFormsGoToTheirColumnsByCodeOrName() {
        Function<String, NationalForms.StatisticsColumn> of = name -> NationalForms.column(new AwardForm(1L, "X", name, "x",
                AwardCategory.AWARD, true, true, "", 1, true));
        assertEquals(NationalForms.StatisticsColumn.CERTIFICATE, NationalForms.column(new AwardForm(1L, "BK_TINH", "Bằng khen tỉnh",
                "BK", AwardCategory.AWARD, true, true, "", 1, true)));
        assertEquals(NationalForms.StatisticsColumn.ORDER_OR_MEDAL, of.apply("Huy chương Hữu nghị"));
        assertEquals(NationalForms.StatisticsColumn.HO_CHI_MINH_PRIZE, of.apply("Giải thưởng Hồ Chí Minh"));
        assertEquals(NationalForms.StatisticsColumn.STATE_PRIZE, of.apply("Giải thưởng Nhà nước"));
        assertEquals(NationalForms.StatisticsColumn.HONOUR_TITLE, of.apply("Nhà giáo ưu tú"));
        assertEquals(NationalForms.StatisticsColumn.GOVERNMENT_FLAG, of.apply("Cờ thi đua của Chính phủ"));
        assertEquals(NationalForms.StatisticsColumn.FLAG, of.apply("Cờ thi đua của Bộ Ngoại giao"));
        assertEquals(NationalForms.StatisticsColumn.PRIME_MINISTER, of.apply("Bằng khen của Thủ tướng Chính phủ"));
        assertEquals(NationalForms.StatisticsColumn.CERTIFICATE, of.apply("Bằng khen của Bộ trưởng Bộ Ngoại giao"));
        assertEquals(NationalForms.StatisticsColumn.NATIONAL_FIGHTER, of.apply("Chiến sĩ thi đua toàn quốc"));
        assertEquals(NationalForms.StatisticsColumn.FIGHTER, of.apply("Chiến sĩ thi đua cấp bộ"));
        assertEquals(NationalForms.StatisticsColumn.NONE, of.apply("Chiến sĩ thi đua cơ sở"));
        assertEquals(NationalForms.StatisticsColumn.BADGE, of.apply("Kỷ niệm chương Vì sự nghiệp đối ngoại"));
        assertEquals(NationalForms.StatisticsColumn.NONE, of.apply("Giấy khen của Giám đốc Sở"));
        assertEquals(NationalForms.StatisticsColumn.NONE, of.apply("Tập thể lao động xuất sắc"));
    }

    @Test
    void theMethodComesFromTheNominationElseTheFlagAndThePlan() {
        assertEquals(NationalForms.Method.REGULAR, NationalForms.method(false, null, null));
        assertEquals(NationalForms.Method.REGULAR, NationalForms.method(false, "YEAR_END", "REGULAR"));
        assertEquals(NationalForms.Method.ONE_OFF, NationalForms.method(true, "ONE_OFF", null));
        assertEquals(NationalForms.Method.THEMATIC, NationalForms.method(true, "THEMATIC", null));
        assertEquals(NationalForms.Method.THEMATIC, NationalForms.method(true, null, "CAMPAIGN"));
        assertEquals(NationalForms.Method.THEMATIC_OR_ONE_OFF, NationalForms.method(true, null, null));
    }

    @Test
    void aMovementsDurationFallsInTheFormsBrackets() {
        assertEquals(0, NationalForms.duration(movement("CAMPAIGN", "2026-02-10", "2026-05-20")));
        assertEquals(0, NationalForms.duration(movement("CAMPAIGN", "2025-03-01", "2025-12-31")));
        assertEquals(1, NationalForms.duration(movement("REGULAR", "2025-03-01", "2025-12-31")));
        assertEquals(1, NationalForms.duration(movement("THEMATIC", "2025-07-01", "2026-06-30")));
        assertEquals(2, NationalForms.duration(movement("THEMATIC", "2025-07-01", "2026-07-01")));
        assertEquals(2, NationalForms.duration(movement("THEMATIC", "2025-07-01", "2028-06-29")));
        assertEquals(3, NationalForms.duration(movement("THEMATIC", "2025-07-01", "2028-06-30")));
        assertEquals(4, NationalForms.duration(movement("THEMATIC", "2025-07-01", "2030-06-30")));
    }

    @Test
    void aPlanWithoutItsPeriodOrKindLeavesThoseLinesEmpty() {
        NationalForms.Facts facts = new NationalForms.Facts(2025, List.of(movement("REGULAR", "2025-01-01", "2025-12-31"),
                new NationalForms.Movement(null, null, LocalDate.of(2025, 12, 31))), List.of());
        FilledForm f = NationalForms.fill(facts, List.of()).get(0);

        assertEquals(List.of(2L, 0L, 0L, 2L), f.figures().get("01"));
        for (String code : List.of("06", "07", "08", "09", "10", "11", "12")) {
            assertEquals(Arrays.asList(N, 0L, 0L, N), f.figures().get(code), code);
        }
    }

    @Test
    void theDemoOfficesFormsAgreeWithTheRegisterAndAddUp() {
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        for (int year = 2022; year <= 2026; year++) {
            int y = year;
            long provincial = services.database().read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM award a JOIN award_form f "
                    + "ON f.id = a.award_form_id WHERE f.code IN ('BK_TINH', 'CSTD_TINH', 'CO_TD_TINH') "
                    + "AND COALESCE(YEAR(a.decision_date), a.award_year) = ?", y));
            long plans = services.database().read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM plan WHERE status <> 'DRAFT' "
                    + "AND doc_year = ?", y));
            List<FilledForm> forms = NationalForms.fill(NationalForms.facts(services.database(), year),
                    services.catalogue().awardForms());

            FilledForm movements = forms.get(0);
            assertEquals(plans, movements.figure("01", 0), "0601 " + year);
            addsUp(movements, "01", "02", "03", "04", "05");
            addsUp(movements, "01", "06", "07", "08", "09", "10");
            addsUp(movements, "01", "11", "12");
            FilledForm awards = forms.get(2);
            assertEquals(provincial, awards.figure("01", 0), "0603 " + year);
            addsUp(awards, "01", "02", "04", "05");
            addsUp(awards, "05", "06", "07", "08", "09", "10");
            for (FormLine line : awards.form().lines()) {
                List<Long> values = awards.figures().get(line.code());
                if (line.hasFigures() && !values.contains(null)) {
                    assertEquals(values.get(0), values.subList(1, 4).stream().mapToLong(Long::longValue).sum(),
                            year + " " + line.code());
                }
            }
            if (!awards.figures().get("12").contains(null)) {
                addsUp(awards, "01", "11", "12", "13", "14", "15", "16", "17");
            }
        }
        assertTrue(NationalForms.facts(services.database(), 2024).awards().size() > 0);
    }

    /** Each figure column of line {@code total} is the sum of the same column of the parts. */
    static void addsUp(FilledForm f, String total, String... parts) {
        for (int i = 0; i < f.form().figureColumns(); i++) {
            List<Long> values = new ArrayList<>();
            for (String part : parts) {
                values.add(f.figure(part, i));
            }
            if (f.figure(total, i) == null) {
                continue;
            }
            assertEquals(f.figure(total, i), values.stream().mapToLong(v -> v == null ? 0 : v).sum(),
                    f.form().number() + " line " + total + " column " + i);
        }
    }

    private static NationalForms.Movement movement(String form, String start, String end) {
        return new NationalForms.Movement(form, LocalDate.parse(start), LocalDate.parse(end));
    }
}
