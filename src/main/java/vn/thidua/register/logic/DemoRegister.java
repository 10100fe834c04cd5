package vn.thidua.register.logic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.thidua.catalogue.logic.PrizeMoney;
import vn.thidua.common.db.Jdbc;

/**
 * The demo office's register of past years (2022–2024), as a clerk would have imported it from the old Excel books:
 * the director's Giấy khen at each year's end for some of the staff and units whose records hold the year's title
 * (not all of them: a Giấy khen is given to the best), the province's Bằng khen now and then for a CSTĐ cơ sở or an
 * excellent unit, and one thematic Giấy khen. Decision numbers, dates, issuers, "số sổ vàng" and prizes at the base
 * salary of the decision's day. Always the same data (fixed random seed).
 */
public final class DemoRegister {

    public static final int FIRST_YEAR = 2022;
    public static final int LAST_YEAR = 2024;
    private static final String DIRECTOR = "Giám đốc Sở Ngoại vụ";
    private static final String PROVINCE = "Chủ tịch UBND tỉnh Lạng Sơn";

    private DemoRegister() {
    }

    private record Person(long id, boolean director) {
    }

    /** Writes the entries on the caller's transaction, after the demo office. */
    public static void write(Connection c) throws SQLException {
        Random random = new Random(2022);
        Map<String, Long> forms = new HashMap<>();
        for (var row : Jdbc.list(c, "SELECT code, id FROM award_form", rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
            forms.put(row.getKey(), row.getValue());
        }
        List<Person> staff = Jdbc.list(c, "SELECT s.id, u.unit_type = 'LEADERSHIP' FROM staff s JOIN unit u "
                + "ON u.id = s.unit_id ORDER BY s.id", rs -> new Person(rs.getLong(1), rs.getBoolean(2)));
        List<Long> units = Jdbc.list(c, "SELECT id FROM unit WHERE unit_type <> 'LEADERSHIP' ORDER BY sort_order, id",
                rs -> rs.getLong(1));
        Set<String> titles = new HashSet<>();
        for (var row : Jdbc.list(c, "SELECT COALESCE(a.staff_id, a.unit_id), a.unit_id IS NOT NULL, a.award_year, f.code "
                + "FROM award a JOIN award_form f ON f.id = a.award_form_id WHERE a.origin = 'RECORD'",
                rs -> (rs.getBoolean(2) ? "u" : "s") + rs.getLong(1) + "/" + rs.getInt(3) + "/" + rs.getString(4))) {
            titles.add(row);
        }
        int provinceNumber = 2100;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            boolean recorded = year >= 2023;
            long base = baseSalary(year);
            // The director's Giấy khen at the year's end: some of the year's LĐTT, some units with a collective title.
            LocalDate decided = LocalDate.of(year, 12, 26 + random.nextInt(4));
            String number = (80 + random.nextInt(40)) + "/QĐ-SNgV";
            String fund = "Quỹ thi đua, khen thưởng của Sở năm " + year;
            int book = 1;
            for (long unit : units) {
                boolean titled = !recorded || titles.contains("u" + unit + "/" + year + "/TT_LDTT")
                        || titles.contains("u" + unit + "/" + year + "/TT_LDXS");
                if (titled && random.nextInt(100) < 40) {
                    insert(c, null, unit, forms.get("GK_SO"), year, number, decided, DIRECTOR, book++,
                            PrizeMoney.amount(new BigDecimal("0.6"), base), false, fund);
                }
            }
            for (Person p : staff) {
                boolean titled = recorded ? titles.contains("s" + p.id() + "/" + year + "/LDTT") : random.nextInt(100) < 85;
                // The director's own Giấy khen goes to the staff, not to the board that signs it.
                if (titled && random.nextInt(100) < 30 && !p.director()) {
                    insert(c, p.id(), null, forms.get("GK_SO"), year, number, decided, DIRECTOR, book++,
                            PrizeMoney.amount(new BigDecimal("0.3"), base), false, fund);
                }
            }
            // The province's Bằng khen, decided in the spring after the year.
            LocalDate provincial = LocalDate.of(year + 1, 3, 10 + random.nextInt(15));
            String provincialNumber = (provinceNumber += 37 + random.nextInt(200)) + "/QĐ-UBND";
            long provincialBase = baseSalary(year + 1 == 2025 ? 2024 : year + 1);
            String provincialFund = "Quỹ thi đua, khen thưởng tỉnh năm " + (year + 1);
            int provincialBook = 300 + random.nextInt(400);
            for (long unit : units) {
                boolean excellent = titles.contains("u" + unit + "/" + year + "/TT_LDXS");
                if ((recorded ? excellent : random.nextInt(100) < 20) && random.nextInt(100) < 50) {
                    insert(c, null, unit, forms.get("BK_TINH"), year, provincialNumber, provincial, PROVINCE,
                            provincialBook++, PrizeMoney.amount(new BigDecimal("2.0"), provincialBase), false,
                            provincialFund);
                }
            }
            for (Person p : staff) {
                boolean fighter = recorded ? titles.contains("s" + p.id() + "/" + year + "/CSTD_CS") : random.nextInt(100) < 8;
                if (fighter && random.nextInt(100) < 35) {
                    insert(c, p.id(), null, forms.get("BK_TINH"), year, provincialNumber, provincial, PROVINCE,
                            provincialBook++, PrizeMoney.amount(BigDecimal.ONE, provincialBase), false, provincialFund);
                }
            }
        }
        // One thematic movement's Giấy khen (it never counts toward merit awards).
        LocalDate thematic = LocalDate.of(2024, 9, 5);
        int book = 1;
        Set<Person> chosen = new HashSet<>();
        while (chosen.size() < 4) {
            chosen.add(staff.get(3 + random.nextInt(staff.size() - 3)));
        }
        for (Person p : staff.stream().filter(chosen::contains).toList()) {
            insert(c, p.id(), null, forms.get("GK_SO"), 2024, "56/QĐ-SNgV", thematic, DIRECTOR, book++,
                    PrizeMoney.amount(new BigDecimal("0.3"), baseSalary(2024)), true,
                    "Quỹ thi đua, khen thưởng của Sở năm 2024");
        }
    }

    /** The base salary in force at the end of a year (đồng a month). */
    private static long baseSalary(int year) {
        return year <= 2022 ? 1_490_000 : year == 2023 ? 1_800_000 : 2_340_000;
    }

    private static void insert(Connection c, Long staffId, Long unitId, long formId, int year, String number,
                               LocalDate decided, String issuer, int book, Long prize, boolean thematic, String fund)
            throws SQLException {
        Jdbc.insert(c, "INSERT INTO award (staff_id, unit_id, award_form_id, award_year, origin, decision_number, "
                + "decision_date, issuer, golden_book_no, prize_amount, thematic, funding_source) "
                + "VALUES (?, ?, ?, ?, 'IMPORTED', ?, ?, ?, ?, ?, ?, ?)", staffId, unitId, formId, year, number, decided,
                issuer, String.format("%02d", book), prize, thematic, fund);
    }
}
