package vn.thidua.eligibility.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.eligibility.model.Verdict.BLOCKED;
import static vn.thidua.eligibility.model.Verdict.ELIGIBLE;
import static vn.thidua.eligibility.model.Verdict.NOT_ELIGIBLE;
import static vn.thidua.eligibility.model.Verdict.NO_RULE;
import static vn.thidua.organisation.model.DisciplineForm.REPRIMAND;
import static vn.thidua.organisation.model.DisciplineForm.WARNING;
import static vn.thidua.organisation.model.InnovationLevel.BASE;
import static vn.thidua.organisation.model.InnovationLevel.NATIONAL;
import static vn.thidua.organisation.model.InnovationLevel.PROVINCE;
import static vn.thidua.organisation.model.Rating.COMPLETED;
import static vn.thidua.organisation.model.Rating.EXCELLENT;
import static vn.thidua.organisation.model.Rating.GOOD;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.app.Services;
import vn.thidua.eligibility.model.EligibilityQuery;
import vn.thidua.eligibility.model.EligibilityResult;
import vn.thidua.eligibility.model.Verdict;

/**
 * Hand-worked nominations against DOMAIN.md's standards, through the database: each case writes its records into a
 * unit of its own, then checks one nomination and compares the verdict, the legal basis and the reason.
 */
class EligibilityCasesTest {

    private static final String ND98 = "98/2023/NĐ-CP";
    private static final String ND152 = "152/2025/NĐ-CP";
    /** A decision under 98/2023 (for the year 2024) and one under 152/2025 (for 2025). */
    private static final LocalDate EARLY_2025 = LocalDate.of(2025, 3, 15);
    private static final LocalDate EARLY_2026 = LocalDate.of(2026, 1, 20);
    private static final String OK = "Đủ tiêu chuẩn";
    private static final String COUNCIL = "Không vướng kỷ luật, thanh tra; tiêu chuẩn của kế hoạch do Hội đồng xét";

    @TempDir
    static Path dir;

    private static Services services;
    private static OfficeRecords office;

    @BeforeAll
    static void open() {
        services = Services.open(dir.resolve("data"));
        office = new OfficeRecords(services);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** One row of the table: who, which award for which year decided when, and what the check must say. */
    record Case(String name, Function<OfficeRecords, OfficeRecords.Nominee> given, String award, int year,
                LocalDate decided, boolean merit, Verdict verdict, String basis, String reason) {

        EligibilityQuery query(OfficeRecords o) {
            EligibilityQuery q = given.apply(o).nominated(award, year, decided);
            return merit ? q : q.nonMerit();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // Lao động tiên tiến
                merit("LĐTT: hoàn thành tốt nhiệm vụ", "LDTT", 2025, EARLY_2026,
                        o -> o.person().rated(2025, GOOD),
                        ELIGIBLE, ND152, OK),
                merit("LĐTT: chỉ hoàn thành nhiệm vụ", "LDTT", 2025, EARLY_2026,
                        o -> o.person().rated(2025, COMPLETED),
                        NOT_ELIGIBLE, ND152, "2025: hoàn thành nhiệm vụ ✗ — cần từ hoàn thành tốt nhiệm vụ trở lên"),
                merit("LĐTT: chưa có xếp loại năm xét", "LDTT", 2024, EARLY_2025,
                        o -> o.person().rated(2023, GOOD),
                        NOT_ELIGIBLE, ND98, "2024: chưa có xếp loại ✗ — cần từ hoàn thành tốt nhiệm vụ trở lên"),
                merit("LĐTT: quyết định ngày 30/6/2025 theo 98/2023", "LDTT", 2024, LocalDate.of(2025, 6, 30),
                        o -> o.person().rated(2024, EXCELLENT),
                        ELIGIBLE, ND98, OK),
                merit("LĐTT: quyết định ngày 01/7/2025 theo 152/2025", "LDTT", 2024, LocalDate.of(2025, 7, 1),
                        o -> o.person().rated(2024, GOOD),
                        ELIGIBLE, ND152, OK),
                // Chiến sĩ thi đua cơ sở
                merit("CSTĐ cơ sở: hoàn thành xuất sắc, LĐTT đạt theo tiêu chuẩn", "CSTD_CS", 2025, EARLY_2026,
                        o -> o.person().rated(2025, EXCELLENT),
                        ELIGIBLE, ND152, OK),
                merit("CSTĐ cơ sở: hoàn thành tốt và có sáng kiến", "CSTD_CS", 2025, EARLY_2026,
                        o -> o.person().rated(2025, GOOD).innovation(2025, BASE),
                        ELIGIBLE, ND152, OK),
                merit("CSTĐ cơ sở: hoàn thành tốt, không có sáng kiến", "CSTD_CS", 2025, EARLY_2026,
                        o -> o.person().rated(2025, GOOD),
                        NOT_ELIGIBLE, ND152, "Cách 1: 2025: hoàn thành tốt nhiệm vụ ✗ — cần hoàn thành xuất sắc nhiệm vụ"),
                merit("CSTĐ cơ sở: sáng kiến năm trước không tính", "CSTD_CS", 2025, EARLY_2026,
                        o -> o.person().rated(2025, GOOD).innovation(2024, PROVINCE),
                        NOT_ELIGIBLE, ND152, "Cách 1: 2025: hoàn thành tốt nhiệm vụ ✗ — cần hoàn thành xuất sắc nhiệm vụ"),
                merit("CSTĐ cơ sở: có sáng kiến nhưng chỉ hoàn thành nhiệm vụ", "CSTD_CS", 2025, EARLY_2026,
                        o -> o.person().rated(2025, COMPLETED).innovation(2025, BASE),
                        NOT_ELIGIBLE, ND152, "Cách 2: 2025: chưa có LĐTT, chưa đạt tiêu chuẩn LĐTT ✗ — cần LĐTT"),
                merit("CSTĐ cơ sở: LĐTT đã ghi, hoàn thành xuất sắc", "CSTD_CS", 2024, EARLY_2025,
                        o -> o.person().rated(2024, EXCELLENT).title(2024, "LDTT"),
                        ELIGIBLE, ND98, OK),
                // Chiến sĩ thi đua cấp tỉnh
                merit("CSTĐ tỉnh: 3 năm liên tục CSTĐ cơ sở, sáng kiến cấp tỉnh", "CSTD_TINH", 2025, EARLY_2026,
                        o -> o.person().title(2023, "CSTD_CS").title(2024, "CSTD_CS").title(2025, "CSTD_CS")
                                .innovation(2024, PROVINCE),
                        ELIGIBLE, ND152, OK),
                merit("CSTĐ tỉnh: đứt quãng năm 2024", "CSTD_TINH", 2025, EARLY_2026,
                        o -> o.person().title(2023, "CSTD_CS").title(2025, "CSTD_CS").innovation(2024, PROVINCE),
                        NOT_ELIGIBLE, ND152, "2024: chưa có CSTĐ cơ sở ✗ — cần 3 năm liên tục CSTĐ cơ sở"),
                merit("CSTĐ tỉnh: chỉ có sáng kiến cấp cơ sở", "CSTD_TINH", 2025, EARLY_2026,
                        o -> o.person().title(2023, "CSTD_CS").title(2024, "CSTD_CS").title(2025, "CSTD_CS")
                                .innovation(2024, BASE),
                        NOT_ELIGIBLE, ND152,
                        "2023–2025: 0 sáng kiến cấp tỉnh trở lên ✗ — cần ít nhất 1 sáng kiến cấp tỉnh trở lên"),
                merit("CSTĐ tỉnh: sáng kiến cấp toàn quốc", "CSTD_TINH", 2025, EARLY_2026,
                        o -> o.person().title(2023, "CSTD_CS").title(2024, "CSTD_CS").title(2025, "CSTD_CS")
                                .innovation(2023, NATIONAL),
                        ELIGIBLE, ND152, OK),
                merit("CSTĐ tỉnh: sáng kiến cấp tỉnh ngoài 3 năm", "CSTD_TINH", 2025, EARLY_2026,
                        o -> o.person().title(2023, "CSTD_CS").title(2024, "CSTD_CS").title(2025, "CSTD_CS")
                                .innovation(2022, PROVINCE),
                        NOT_ELIGIBLE, ND152,
                        "2023–2025: 0 sáng kiến cấp tỉnh trở lên ✗ — cần ít nhất 1 sáng kiến cấp tỉnh trở lên"),
                merit("CSTĐ tỉnh: CSTĐ cơ sở năm 2024 là khen chuyên đề", "CSTD_TINH", 2025, EARLY_2026,
                        o -> o.person().title(2023, "CSTD_CS").thematic(2024, "CSTD_CS").title(2025, "CSTD_CS")
                                .innovation(2024, PROVINCE),
                        NOT_ELIGIBLE, ND152,
                        "2024: CSTĐ cơ sở khen chuyên đề, đột xuất — không tính ✗ — cần 3 năm liên tục CSTĐ cơ sở"),
                // Bằng khen của Chủ tịch UBND tỉnh, cá nhân
                merit("Bằng khen cá nhân: 2 năm liên tục CSTĐ cơ sở", "BK_TINH", 2025, EARLY_2026,
                        o -> o.person().title(2024, "CSTD_CS").title(2025, "CSTD_CS"),
                        ELIGIBLE, ND152, OK),
                merit("Bằng khen cá nhân: 2 năm hoàn thành xuất sắc và 2 sáng kiến", "BK_TINH", 2025, EARLY_2026,
                        o -> o.person().rated(2024, EXCELLENT).rated(2025, EXCELLENT).innovation(2024, BASE)
                                .innovation(2025, BASE),
                        ELIGIBLE, ND152, OK),
                merit("Bằng khen cá nhân: năm cuối chỉ hoàn thành tốt", "BK_TINH", 2025, EARLY_2026,
                        o -> o.person().rated(2024, EXCELLENT).rated(2025, GOOD).innovation(2024, BASE)
                                .innovation(2025, BASE),
                        NOT_ELIGIBLE, ND152,
                        "Cách 2: 2025: hoàn thành tốt nhiệm vụ ✗ — cần 2 năm liên tục hoàn thành xuất sắc nhiệm vụ"),
                merit("Bằng khen cá nhân: chỉ một năm CSTĐ cơ sở", "BK_TINH", 2025, EARLY_2026,
                        o -> o.person().rated(2024, GOOD).rated(2025, GOOD).title(2025, "CSTD_CS"),
                        NOT_ELIGIBLE, ND152, "Cách 1: 2024: chưa có CSTĐ cơ sở ✗ — cần 2 năm liên tục CSTĐ cơ sở"),
                merit("Bằng khen cá nhân: CSTĐ cơ sở chuyên đề không tính", "BK_TINH", 2024, EARLY_2025,
                        o -> o.person().thematic(2023, "CSTD_CS").title(2024, "CSTD_CS"),
                        NOT_ELIGIBLE, ND98, "Cách 1: 2023: CSTĐ cơ sở khen chuyên đề, đột xuất — không tính ✗ — "
                                + "cần 2 năm liên tục CSTĐ cơ sở"),
                // Bằng khen, tập thể
                merit("Bằng khen tập thể: 2 năm hoàn thành xuất sắc", "BK_TINH", 2025, EARLY_2026,
                        o -> o.unit().rated(2024, EXCELLENT).rated(2025, EXCELLENT),
                        ELIGIBLE, ND152, OK),
                merit("Bằng khen tập thể: năm trước hoàn thành tốt", "BK_TINH", 2025, EARLY_2026,
                        o -> o.unit().rated(2024, GOOD).rated(2025, EXCELLENT),
                        NOT_ELIGIBLE, ND152,
                        "2024: hoàn thành tốt nhiệm vụ ✗ — cần 2 năm liên tục hoàn thành xuất sắc nhiệm vụ"),
                // Tập thể lao động tiên tiến
                merit("Tập thể LĐTT: 7/10 thành viên LĐTT", "TT_LDTT", 2025, EARLY_2026,
                        o -> o.unit().rated(2025, GOOD).members(7, p -> p.rated(2025, GOOD))
                                .members(3, p -> p.rated(2025, COMPLETED)),
                        ELIGIBLE, ND152, OK),
                merit("Tập thể LĐTT: 6/10 thành viên LĐTT", "TT_LDTT", 2025, EARLY_2026,
                        o -> o.unit().rated(2025, GOOD).members(6, p -> p.rated(2025, GOOD))
                                .members(4, p -> p.rated(2025, COMPLETED)),
                        NOT_ELIGIBLE, ND152, "2025: 6/10 thành viên đạt LĐTT (60%) ✗ — cần ít nhất 70% thành viên đạt LĐTT"),
                merit("Tập thể LĐTT: người đã nghỉ trước năm xét không tính", "TT_LDTT", 2025, EARLY_2026,
                        o -> {
                            OfficeRecords.UnitRecords u = o.unit().rated(2025, GOOD).members(7, p -> p.rated(2025, GOOD))
                                    .members(3, p -> p.rated(2025, COMPLETED));
                            u.member("Đã nghỉ một", LocalDate.of(2010, 1, 1), LocalDate.of(2024, 6, 30));
                            u.member("Đã nghỉ hai", LocalDate.of(2010, 1, 1), LocalDate.of(2024, 12, 31));
                            return u;
                        },
                        ELIGIBLE, ND152, OK),
                merit("Tập thể LĐTT: danh hiệu LĐTT đã ghi được tính", "TT_LDTT", 2024, EARLY_2025,
                        o -> o.unit().rated(2024, GOOD).members(7, p -> p.title(2024, "LDTT"))
                                .members(3, p -> p.rated(2024, COMPLETED)),
                        ELIGIBLE, ND98, OK),
                merit("Tập thể LĐTT: một thành viên bị kỷ luật", "TT_LDTT", 2025, EARLY_2026,
                        o -> {
                            OfficeRecords.UnitRecords u = o.unit().rated(2025, GOOD).members(9, p -> p.rated(2025, GOOD));
                            u.member("Hoàng Văn Kỷ").rated(2025, GOOD)
                                    .disciplined(REPRIMAND, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 1));
                            return u;
                        },
                        NOT_ELIGIBLE, ND152,
                        "2025: Hoàng Văn Kỷ bị kỷ luật ✗ — tập thể không được có thành viên bị kỷ luật"),
                merit("Tập thể LĐTT: đơn vị chỉ hoàn thành nhiệm vụ", "TT_LDTT", 2025, EARLY_2026,
                        o -> o.unit().rated(2025, COMPLETED).members(10, p -> p.rated(2025, GOOD)),
                        NOT_ELIGIBLE, ND152, "2025: hoàn thành nhiệm vụ ✗ — cần từ hoàn thành tốt nhiệm vụ trở lên"),
                // Tập thể lao động xuất sắc
                merit("Tập thể LĐXS: đủ tiêu chuẩn", "TT_LDXS", 2025, EARLY_2026,
                        o -> o.unit().rated(2025, EXCELLENT).completed(2025, "100").members(9, p -> p.rated(2025, GOOD))
                                .members(1, p -> p.rated(2025, EXCELLENT).title(2025, "CSTD_CS")),
                        ELIGIBLE, ND152, OK),
                merit("Tập thể LĐXS: hoàn thành 95% nhiệm vụ", "TT_LDXS", 2025, EARLY_2026,
                        o -> o.unit().rated(2025, EXCELLENT).completed(2025, "95").members(9, p -> p.rated(2025, GOOD))
                                .members(1, p -> p.rated(2025, EXCELLENT).title(2025, "CSTD_CS")),
                        NOT_ELIGIBLE, ND152,
                        "2025: hoàn thành 95% nhiệm vụ được giao ✗ — cần hoàn thành ít nhất 100% nhiệm vụ được giao"),
                merit("Tập thể LĐXS: không ai đạt CSTĐ cơ sở", "TT_LDXS", 2025, EARLY_2026,
                        o -> o.unit().rated(2025, EXCELLENT).completed(2025, "100").members(10, p -> p.rated(2025, EXCELLENT)),
                        NOT_ELIGIBLE, ND152,
                        "2025: 0 thành viên đạt CSTĐ cơ sở ✗ — cần ít nhất 1 thành viên đạt CSTĐ cơ sở"),
                merit("Tập thể LĐXS: đơn vị hoàn thành tốt", "TT_LDXS", 2024, EARLY_2025,
                        o -> o.unit().rated(2024, GOOD).completed(2024, "100").members(9, p -> p.rated(2024, GOOD))
                                .members(1, p -> p.title(2024, "CSTD_CS")),
                        NOT_ELIGIBLE, ND98, "2024: hoàn thành tốt nhiệm vụ ✗ — cần hoàn thành xuất sắc nhiệm vụ"),
                // Giấy khen của Giám đốc Sở
                merit("Giấy khen cá nhân: hoàn thành tốt", "GK_SO", 2025, EARLY_2026,
                        o -> o.person().rated(2025, GOOD),
                        ELIGIBLE, ND152, OK),
                merit("Giấy khen tập thể: chỉ hoàn thành nhiệm vụ", "GK_SO", 2025, EARLY_2026,
                        o -> o.unit().rated(2025, COMPLETED),
                        NOT_ELIGIBLE, ND152, "2025: hoàn thành nhiệm vụ ✗ — cần từ hoàn thành tốt nhiệm vụ trở lên"),
                // Kỷ luật, thanh tra
                merit("Bị khiển trách trong năm xét", "LDTT", 2025, EARLY_2026,
                        o -> o.person().rated(2025, GOOD).disciplined(REPRIMAND, LocalDate.of(2025, 3, 1), null),
                        BLOCKED, ND152, "Bị kỷ luật khiển trách từ 01/03/2025 — không được khen thưởng"),
                merit("Kỷ luật có thời hạn trong năm xét", "CSTD_CS", 2025, EARLY_2026,
                        o -> o.person().rated(2025, EXCELLENT)
                                .disciplined(REPRIMAND, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1)),
                        BLOCKED, ND152, "Bị kỷ luật khiển trách từ 01/02/2025 đến 01/08/2025 — không được khen thưởng"),
                merit("Kỷ luật đã hết trước năm xét", "LDTT", 2025, EARLY_2026,
                        o -> o.person().rated(2025, GOOD)
                                .disciplined(WARNING, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 12, 31)),
                        ELIGIBLE, ND152, OK),
                merit("Kỷ luật sau năm xét, còn hiệu lực ngày quyết định", "LDTT", 2025, EARLY_2026,
                        o -> o.person().rated(2025, GOOD).disciplined(WARNING, LocalDate.of(2026, 1, 5), null),
                        BLOCKED, ND152, "Bị kỷ luật cảnh cáo từ 05/01/2026 — không được khen thưởng"),
                merit("Đang bị thanh tra, kiểm tra", "CSTD_CS", 2025, EARLY_2026,
                        o -> o.person().rated(2025, EXCELLENT).inspected(2025),
                        BLOCKED, ND152, "Đang bị thanh tra, kiểm tra năm 2025"),
                // Khen chuyên đề, đột xuất
                nonMerit("Giấy khen chuyên đề: tiêu chuẩn thường xuyên không xét", "GK_SO", 2025, EARLY_2026,
                        o -> o.person().rated(2025, COMPLETED),
                        ELIGIBLE, ND152, COUNCIL),
                nonMerit("Bằng khen đột xuất cho người đang bị kỷ luật", "BK_TINH", 2025, EARLY_2026,
                        o -> o.person().rated(2025, EXCELLENT).disciplined(REPRIMAND, LocalDate.of(2025, 9, 1), null),
                        BLOCKED, ND152, "Bị kỷ luật khiển trách từ 01/09/2025 — không được khen thưởng"),
                nonMerit("Giấy khen chuyên đề cho tập thể", "GK_SO", 2024, EARLY_2025,
                        o -> o.unit(),
                        ELIGIBLE, ND98, COUNCIL),
                // Không có tiêu chuẩn
                merit("Cờ thi đua tỉnh: chưa có tiêu chuẩn trong bộ tiêu chuẩn", "CO_TD_TINH", 2025, EARLY_2026,
                        o -> o.unit().rated(2025, EXCELLENT),
                        NO_RULE, ND152, "Cờ thi đua tỉnh: chưa có tiêu chuẩn cho tập thể theo 152/2025/NĐ-CP"),
                merit("LĐTT đề nghị cho tập thể", "LDTT", 2024, EARLY_2025,
                        o -> o.unit().rated(2024, EXCELLENT),
                        NO_RULE, ND98, "LĐTT: chưa có tiêu chuẩn cho tập thể theo 98/2023/NĐ-CP"),
                merit("Quyết định trước khi Luật 2022 có hiệu lực", "LDTT", 2023, LocalDate.of(2023, 6, 1),
                        o -> o.person().rated(2023, EXCELLENT),
                        NO_RULE, null, "Không có văn bản quy định về khen thưởng có hiệu lực ngày 01/06/2023"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checksTheNominationAgainstTheStandardOfItsLegalBasis(Case c) {
        EligibilityResult r = services.eligibility().check(c.query(office));
        assertEquals(Arrays.asList(c.verdict(), c.basis(), c.reason()),
                Arrays.asList(r.verdict(), r.legalBasisCode(), r.reason()), () -> describe(r));
    }

    @Test
    void checkingTheWholeTableAtOnceSaysWhatEachCheckSaysAlone() {
        List<Case> all = cases().toList();
        List<EligibilityQuery> queries = all.stream().map(c -> c.query(office)).toList();
        List<EligibilityResult> batch = services.eligibility().checkAll(queries);
        List<EligibilityResult> alone = queries.stream().map(services.eligibility()::check).toList();
        assertEquals(alone, batch);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i).reason(), batch.get(i).reason(), all.get(i).name());
        }
    }

    @Test
    void everyFactIsListedInOrderWithItsMark() {
        EligibilityResult r = services.eligibility().check(office.person().rated(2024, EXCELLENT).rated(2025, GOOD)
                .innovation(2024, BASE).innovation(2025, BASE).nominated("BK_TINH", 2025, EARLY_2026));
        assertEquals(List.of(
                "2025: không bị kỷ luật, không bị thanh tra, kiểm tra ✓",
                "Cách 2: 2024: hoàn thành xuất sắc nhiệm vụ ✓",
                "Cách 2: 2025: hoàn thành tốt nhiệm vụ ✗ — cần 2 năm liên tục hoàn thành xuất sắc nhiệm vụ",
                "Cách 2: 2024–2025: 2 sáng kiến cấp cơ sở trở lên ✓",
                "Cách 1: 2024: chưa có CSTĐ cơ sở ✗ — cần 2 năm liên tục CSTĐ cơ sở",
                "Cách 1: 2025: chưa có CSTĐ cơ sở ✗ — cần 2 năm liên tục CSTĐ cơ sở"),
                r.findings().stream().map(f -> f.text()).toList());
        assertEquals(List.of(true, true, false, true, false, false),
                r.findings().stream().map(f -> f.passed()).toList());
    }

    private static String describe(EligibilityResult r) {
        return r.verdict() + " " + r.legalBasisCode() + "\n" + r.findings().stream()
                .map(f -> (f.passed() ? "  + " : "  - ") + f.text()).collect(Collectors.joining("\n"));
    }

    private static Case merit(String name, String award, int year, LocalDate decided,
                              Function<OfficeRecords, OfficeRecords.Nominee> given, Verdict verdict, String basis,
                              String reason) {
        return new Case(name, given, award, year, decided, true, verdict, basis, reason);
    }

    private static Case nonMerit(String name, String award, int year, LocalDate decided,
                                 Function<OfficeRecords, OfficeRecords.Nominee> given, Verdict verdict, String basis,
                                 String reason) {
        return new Case(name, given, award, year, decided, false, verdict, basis, reason);
    }
}
