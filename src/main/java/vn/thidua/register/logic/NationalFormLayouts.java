package vn.thidua.register.logic;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.i18n.Messages;
import vn.thidua.register.model.FormHeading;
import vn.thidua.register.model.FormLine;
import vn.thidua.register.model.FormLine.Kind;
import vn.thidua.register.model.NationalForm;

/**
 * The rows, codes and column headings of Biểu 0601–0605 of the national statistics (Thông tư 02/2023/TT-BNV ngày
 * 23/3/2023), as the circular's forms print them; the texts are in the bundle.
 */
public final class NationalFormLayouts {

    public static final String F0601 = "0601.N/BNV-TĐKT";
    public static final String F0602 = "0602.N/BNV-TĐKT";
    public static final String F0603 = "0603.N/BNV-TĐKT";
    public static final String F0604 = "0604.N/BNV-TĐKT";
    public static final String F0605 = "0605.N/BNV-TĐKT";

    private NationalFormLayouts() {
    }

    /** The five forms in their order. */
    public static List<NationalForm> all() {
        return List.of(movements(), stateAwards(), provincialAwards(), organisations(), civilServants());
    }

    /** Biểu 0601: the number of emulation movements, by the level that launched them. */
    public static NationalForm movements() {
        List<FormHeading> h = new ArrayList<>();
        spanned(h, 2, "", Messages.get("nationalForms.heading.code"), Messages.get("nationalForms.heading.total"));
        h.add(new FormHeading(Messages.get("nationalForms.f0601.heading.byLevel"), 0, 0, 3, 5));
        h.add(FormHeading.cell(Messages.get("nationalForms.f0601.heading.central"), 1, 3));
        h.add(FormHeading.cell(Messages.get("nationalForms.f0601.heading.ministryOrProvince"), 1, 4));
        h.add(FormHeading.cell(Messages.get("nationalForms.f0601.heading.office"), 1, 5));
        numbers(h, 2, "A", "B", "1=(2+3+4)", "2", "3", "4");
        List<FormLine> l = new ArrayList<>();
        l.add(total(""));
        l.add(section("nationalForms.f0601.section.scope"));
        l.add(item("nationalForms.f0601.line.national", "02", ""));
        l.add(item("nationalForms.f0601.line.ministryOrLocality", "03", ""));
        l.add(item("nationalForms.f0601.line.cluster", "04", ""));
        l.add(item("nationalForms.f0601.line.office", "05", ""));
        l.add(section("nationalForms.f0601.section.duration"));
        l.add(item("nationalForms.f0601.line.underOneYear", "06", ""));
        l.add(item("nationalForms.f0601.line.oneYear", "07", ""));
        l.add(item("nationalForms.f0601.line.oneToThree", "08", ""));
        l.add(item("nationalForms.f0601.line.threeToFive", "09", ""));
        l.add(item("nationalForms.f0601.line.fiveAndMore", "10", ""));
        l.add(section("nationalForms.f0601.section.method"));
        l.add(item("nationalForms.f0601.line.thematic", "11", ""));
        l.add(item("nationalForms.f0601.line.regular", "12", ""));
        return new NationalForm(F0601, Messages.get("nationalForms.f0601.sheet"), Messages.get("nationalForms.f0601.title"),
                Messages.get("nationalForms.f0601.unit"), 3, h, 2, 4, l, true);
    }

    /** Biểu 0602: state awards (cấp Nhà nước), by form and kind of recipient. */
    public static NationalForm stateAwards() {
        List<FormHeading> h = new ArrayList<>();
        spanned(h, 4, "", Messages.get("nationalForms.heading.code"), Messages.get("nationalForms.heading.unit"),
                Messages.get("nationalForms.heading.total"));
        h.add(new FormHeading(Messages.get("nationalForms.heading.split"), 0, 0, 4, 15));
        String collective = Messages.get("nationalForms.heading.collective");
        String individual = Messages.get("nationalForms.heading.individual");
        group(h, "nationalForms.f0602.heading.orders", 4, collective, individual);
        group(h, "nationalForms.f0602.heading.hoChiMinhPrize", 6, individual);
        group(h, "nationalForms.f0602.heading.statePrize", 7, individual);
        group(h, "nationalForms.f0602.heading.honourTitles", 8, collective, individual);
        group(h, "nationalForms.f0602.heading.governmentFlag", 10, collective);
        group(h, "nationalForms.f0602.heading.primeMinister", 11, collective, individual);
        group(h, "nationalForms.f0602.heading.nationalEmulationFighter", 13, individual);
        group(h, "nationalForms.f0602.heading.other", 14, collective, individual);
        h.add(FormHeading.cell("A", 4, 0));
        h.add(FormHeading.cell("B", 4, 1));
        h.add(FormHeading.cell("C", 4, 2));
        h.add(FormHeading.cell("1", 4, 3));
        h.add(new FormHeading("2", 4, 4, 4, 5));
        h.add(FormHeading.cell("3", 4, 6));
        h.add(FormHeading.cell("4", 4, 7));
        h.add(new FormHeading("5", 4, 4, 8, 9));
        h.add(FormHeading.cell("6", 4, 10));
        h.add(new FormHeading("7", 4, 4, 11, 12));
        h.add(FormHeading.cell("8", 4, 13));
        h.add(new FormHeading("9", 4, 4, 14, 15));
        List<FormLine> l = new ArrayList<>();
        l.add(total(""));
        l.add(section("nationalForms.f0602.section.proposer"));
        l.add(item("nationalForms.f0602.line.ministries", "02", Messages.get("nationalForms.unit.ministry")));
        l.add(item("nationalForms.f0602.line.provinces", "03", Messages.get("nationalForms.unit.province")));
        l.add(section("nationalForms.section.recipients"));
        recipients(l, 6);
        l.add(section("nationalForms.section.method"));
        methods(l, 15);
        return new NationalForm(F0602, Messages.get("nationalForms.f0602.sheet"), Messages.get("nationalForms.f0602.title"),
                null, 5, h, 3, 13, l, true);
    }

    /** Biểu 0603: the province's (and ministries') awards, by form and kind of recipient. */
    public static NationalForm provincialAwards() {
        List<FormHeading> h = new ArrayList<>();
        spanned(h, 2, "", Messages.get("nationalForms.heading.code"), Messages.get("nationalForms.heading.unit"),
                Messages.get("nationalForms.heading.total"));
        h.add(new FormHeading(Messages.get("nationalForms.heading.split"), 0, 0, 4, 7));
        h.add(FormHeading.cell(Messages.get("nationalForms.f0603.heading.certificate"), 1, 4));
        h.add(FormHeading.cell(Messages.get("nationalForms.f0603.heading.emulationFighter"), 1, 5));
        h.add(FormHeading.cell(Messages.get("nationalForms.f0603.heading.flag"), 1, 6));
        h.add(FormHeading.cell(Messages.get("nationalForms.f0603.heading.badge"), 1, 7));
        numbers(h, 2, "A", "B", "C", "1=(2+3+4+5)", "2", "3", "4", "5");
        List<FormLine> l = new ArrayList<>();
        l.add(total(""));
        l.add(section("nationalForms.f0603.section.recipients"));
        recipients(l, 2);
        l.add(section("nationalForms.f0603.section.method"));
        methods(l, 11);
        return new NationalForm(F0603, Messages.get("nationalForms.f0603.sheet"), Messages.get("nationalForms.f0603.title"),
                null, 3, h, 3, 5, l, true);
    }

    /** Biểu 0604: the bodies that work on emulation and commendation in ministries and provinces. */
    public static NationalForm organisations() {
        List<FormHeading> h = new ArrayList<>();
        h.add(FormHeading.cell("", 0, 0));
        h.add(FormHeading.cell(Messages.get("nationalForms.heading.code"), 0, 1));
        h.add(FormHeading.cell(Messages.get("nationalForms.heading.unit"), 0, 2));
        h.add(FormHeading.cell(Messages.get("nationalForms.f0604.heading.count"), 0, 3));
        numbers(h, 1, "A", "B", "C", "1");
        List<FormLine> l = new ArrayList<>();
        l.add(total(Messages.get("nationalForms.unit.organisation")));
        l.add(section("nationalForms.f0604.section.structure"));
        l.add(item("nationalForms.f0604.line.department", "02", Messages.get("nationalForms.unit.department")));
        l.add(item("nationalForms.f0604.line.departmentDivision", "03", Messages.get("nationalForms.unit.division")));
        l.add(item("nationalForms.f0604.line.homeAffairsBoard", "04", Messages.get("nationalForms.unit.board")));
        l.add(item("nationalForms.f0604.line.homeAffairsDivision", "05", Messages.get("nationalForms.unit.division")));
        return new NationalForm(F0604, Messages.get("nationalForms.f0604.sheet"), Messages.get("nationalForms.f0604.title"),
                null, 2, h, 3, 1, l, false);
    }

    /** Biểu 0605: the civil servants who work on emulation and commendation in ministries and provinces. */
    public static NationalForm civilServants() {
        List<FormHeading> h = new ArrayList<>();
        spanned(h, 2, "", Messages.get("nationalForms.heading.code"));
        h.add(new FormHeading(Messages.get("nationalForms.f0605.heading.count"), 0, 0, 2, 3));
        h.add(FormHeading.cell(Messages.get("nationalForms.heading.total"), 1, 2));
        h.add(FormHeading.cell(Messages.get("nationalForms.f0605.heading.women"), 1, 3));
        numbers(h, 2, "A", "B", "1", "2");
        List<FormLine> l = new ArrayList<>();
        l.add(total(""));
        l.add(section("nationalForms.f0605.section.age"));
        l.add(item("nationalForms.f0605.line.upTo30", "02", ""));
        l.add(item("nationalForms.f0605.line.from31To40", "03", ""));
        l.add(item("nationalForms.f0605.line.from41To50", "04", ""));
        l.add(item("nationalForms.f0605.line.from51To55", "05", ""));
        l.add(item("nationalForms.f0605.line.from56To60", "06", ""));
        l.add(item("nationalForms.f0605.line.over60", "07", ""));
        l.add(section("nationalForms.f0605.section.training"));
        l.add(item("nationalForms.f0605.line.elementary", "08", ""));
        l.add(item("nationalForms.f0605.line.intermediate", "09", ""));
        l.add(item("nationalForms.f0605.line.college", "10", ""));
        l.add(item("nationalForms.f0605.line.university", "11", ""));
        l.add(item("nationalForms.f0605.line.postgraduate", "12", ""));
        l.add(section("nationalForms.f0605.section.seniority"));
        l.add(item("nationalForms.f0605.line.underFive", "13", ""));
        l.add(item("nationalForms.f0605.line.fiveToTen", "14", ""));
        l.add(item("nationalForms.f0605.line.tenAndMore", "15", ""));
        return new NationalForm(F0605, Messages.get("nationalForms.f0605.sheet"), Messages.get("nationalForms.f0605.title"),
                null, 3, h, 2, 2, l, false);
    }

    /** The recipients' lines of 0602 and 0603, codes from {@code first}: collectives, enterprises, households, people. */
    private static void recipients(List<FormLine> l, int first) {
        String person = Messages.get("nationalForms.unit.person");
        l.add(item("nationalForms.line.collectives", code(first), Messages.get("nationalForms.heading.collective")));
        l.add(detail("nationalForms.line.enterprises", code(first + 1), Messages.get("nationalForms.unit.enterprise")));
        l.add(item("nationalForms.line.households", code(first + 2), Messages.get("nationalForms.unit.household")));
        l.add(item("nationalForms.line.individuals", code(first + 3), person));
        l.add(detail("nationalForms.line.provinceLeaders", code(first + 4), person));
        l.add(detail("nationalForms.line.departmentLeaders", code(first + 5), person));
        l.add(detail("nationalForms.line.businessPeople", code(first + 6), person));
        l.add(detail("nationalForms.line.managers", code(first + 7), person));
        l.add(detail("nationalForms.line.workers", code(first + 8), person));
    }

    /** The ways of awarding of 0602 and 0603, codes from {@code first}. */
    private static void methods(List<FormLine> l, int first) {
        String[] keys = {"nationalForms.line.regular", "nationalForms.line.thematic", "nationalForms.line.oneOff",
                "nationalForms.line.foreign", "nationalForms.line.dedication", "nationalForms.line.seniority",
                "nationalForms.line.resistance"};
        for (int i = 0; i < keys.length; i++) {
            l.add(item(keys[i], code(first + i), ""));
        }
    }

    /** Headings spanning all heading rows but the number row, one column each from column 0. */
    private static void spanned(List<FormHeading> h, int rows, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            h.add(new FormHeading(texts[i], 0, rows - 1, i, i));
        }
    }

    /** A group of 0602 (two heading rows) over its "Tập thể"/"Cá nhân" columns from {@code column}. */
    private static void group(List<FormHeading> h, String key, int column, String... kinds) {
        h.add(new FormHeading(Messages.get(key), 1, 2, column, column + kinds.length - 1));
        for (int i = 0; i < kinds.length; i++) {
            h.add(FormHeading.cell(kinds[i], 3, column + i));
        }
    }

    private static void numbers(List<FormHeading> h, int row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            h.add(FormHeading.cell(texts[i], row, i));
        }
    }

    private static String code(int n) {
        return String.format("%02d", n);
    }

    private static FormLine total(String unit) {
        return new FormLine(Messages.get("nationalForms.line.total"), "01", unit, Kind.TOTAL);
    }

    private static FormLine section(String key) {
        return new FormLine(Messages.get(key), "", "", Kind.SECTION);
    }

    private static FormLine item(String key, String code, String unit) {
        return new FormLine(Messages.get(key), code, unit, Kind.ITEM);
    }

    private static FormLine detail(String key, String code, String unit) {
        return new FormLine(Messages.get(key), code, unit, Kind.DETAIL);
    }
}
