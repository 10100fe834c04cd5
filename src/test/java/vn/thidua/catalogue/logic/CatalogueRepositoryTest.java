package vn.thidua.catalogue.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.AwardRule;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.i18n.UserException;

class CatalogueRepositoryTest {

    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    @TempDir
    Path folder;

    private Services services;
    private CatalogueRepository catalogue;

    @BeforeEach
    void open() {
        services = Services.open(folder.resolve("data"));
        catalogue = services.catalogue();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void shipsBothLegalBasesWithTheirDates() {
        List<LegalBasis> bases = catalogue.legalBases();
        assertEquals(List.of(
                new LegalBasis(bases.get(0).id(), "98/2023/NĐ-CP", bases.get(0).title(), LocalDate.of(2023, 12, 31),
                        LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)),
                new LegalBasis(bases.get(1).id(), "152/2025/NĐ-CP", bases.get(1).title(), LocalDate.of(2025, 6, 14),
                        JULY_2025, null)), bases);
        assertTrue(bases.get(0).title().startsWith("Nghị định số 98/2023/NĐ-CP"), bases.get(0).title());
        assertTrue(bases.get(1).title().startsWith("Nghị định số 152/2025/NĐ-CP"), bases.get(1).title());
    }

    @Test
    void theBasisOnADayIsTheOneInForceThatDay() {
        assertEquals("98/2023/NĐ-CP", catalogue.legalBasisOn(LocalDate.of(2025, 6, 30)).orElseThrow().code());
        assertEquals("152/2025/NĐ-CP", catalogue.legalBasisOn(JULY_2025).orElseThrow().code());
        assertEquals("152/2025/NĐ-CP", catalogue.legalBasisOn(LocalDate.of(2030, 1, 1)).orElseThrow().code());
        assertEquals(Optional.empty(), catalogue.legalBasisOn(LocalDate.of(2023, 12, 31)));
    }

    @Test
    void shipsTheBaseSalaryOf2340000From1July2024() {
        BaseSalary current = catalogue.baseSalaryOn(LocalDate.of(2025, 11, 23)).orElseThrow();
        assertEquals(new BaseSalary(current.id(), LocalDate.of(2024, 7, 1), 2_340_000L, "Nghị định 73/2024/NĐ-CP"), current);
        assertEquals(1_800_000L, catalogue.baseSalaryOn(LocalDate.of(2024, 6, 30)).orElseThrow().amount());
    }

    @Test
    void shipsTheCoefficientsOfEachBasis() {
        AwardForm bangKhen = form("BK_TINH");
        assertEquals(new AwardRule(bangKhen.id(), basis("98/2023/NĐ-CP").id(), new BigDecimal("1.00"),
                new BigDecimal("2.00"), null, 2), catalogue.rule(bangKhen.id(), basis("98/2023/NĐ-CP").id()).orElseThrow());
        assertEquals(new AwardRule(bangKhen.id(), basis("152/2025/NĐ-CP").id(), new BigDecimal("1.50"),
                new BigDecimal("3.00"), null, 2), catalogue.rule(bangKhen.id(), basis("152/2025/NĐ-CP").id()).orElseThrow());
        AwardForm cstd = form("CSTD_CS");
        assertEquals(new AwardRule(cstd.id(), basis("152/2025/NĐ-CP").id(), new BigDecimal("1.00"), null, 80, 1),
                catalogue.rule(cstd.id(), basis("152/2025/NĐ-CP").id()).orElseThrow());
        assertEquals(16, catalogue.allRules().size());
    }

    @Test
    void savesAFormAndItsRuleInOneGo() {
        AwardForm ldtt = form("LDTT");
        long basis152 = basis("152/2025/NĐ-CP").id();
        AwardForm edited = new AwardForm(ldtt.id(), ldtt.code(), "Lao động tiên tiến", "LĐTT", AwardCategory.TITLE,
                true, false, "Giám đốc Sở", ldtt.sortOrder(), true);

        catalogue.saveAwardForm(edited, new AwardRule(ldtt.id(), basis152, new BigDecimal("0.4"), null, 50, 1));

        assertEquals(edited, form("LDTT"));
        assertEquals(new AwardRule(ldtt.id(), basis152, new BigDecimal("0.40"), null, 50, 1),
                catalogue.rule(ldtt.id(), basis152).orElseThrow());
        assertEquals(new BigDecimal("0.30"),
                catalogue.rule(ldtt.id(), basis("98/2023/NĐ-CP").id()).orElseThrow().individualCoefficient());
    }

    @Test
    void aFailingRuleWriteLeavesTheFormUnchanged() {
        AwardForm before = form("LDTT");
        AwardForm renamed = new AwardForm(before.id(), before.code(), "Đổi tên", "ĐT", AwardCategory.AWARD, true, true,
                "Chủ tịch UBND tỉnh", before.sortOrder(), true);
        AwardRule ruleOfNoBasis = new AwardRule(before.id(), 9_999L, BigDecimal.ONE, BigDecimal.ONE, null, null);

        assertThrows(RuntimeException.class, () -> catalogue.saveAwardForm(renamed, ruleOfNoBasis));

        assertEquals(before, form("LDTT"));
        int count = catalogue.awardForms().size();
        AwardForm brandNew = new AwardForm(null, null, "Giấy khen đột xuất", "GK đột xuất", AwardCategory.AWARD, true,
                false, "Giám đốc Sở", 0, true);
        assertThrows(RuntimeException.class, () -> catalogue.saveAwardForm(brandNew, ruleOfNoBasis));
        assertEquals(count, catalogue.awardForms().size());
    }

    @Test
    void aNewFormGetsACodeFromItsShortNameAndItsRule() {
        long basis152 = basis("152/2025/NĐ-CP").id();
        AwardForm saved = catalogue.saveAwardForm(new AwardForm(null, null, "Giấy khen đột xuất", "GK đột xuất",
                AwardCategory.AWARD, true, true, "Giám đốc Sở", 0, true),
                new AwardRule(0, basis152, new BigDecimal("0.15"), new BigDecimal("0.3"), null, null));

        assertEquals("GK_DOT_XUAT", saved.code());
        assertEquals(9, saved.sortOrder());
        assertEquals(saved, form("GK_DOT_XUAT"));
        assertEquals(new AwardRule(saved.id(), basis152, new BigDecimal("0.15"), new BigDecimal("0.30"), null, null),
                catalogue.rule(saved.id(), basis152).orElseThrow());
    }

    @Test
    void aFormWithoutRecipientsOrWithANegativeCoefficientIsRefused() {
        AwardForm ldtt = form("LDTT");
        AwardForm nobody = new AwardForm(ldtt.id(), ldtt.code(), ldtt.name(), ldtt.shortName(), ldtt.category(), false,
                false, ldtt.issuer(), ldtt.sortOrder(), true);
        UserException e = assertThrows(UserException.class, () -> catalogue.saveAwardForm(nobody,
                new AwardRule(ldtt.id(), basis("152/2025/NĐ-CP").id(), null, null, null, null)));
        assertEquals("\"Lao động tiên tiến\" phải dành cho cá nhân, tập thể, hoặc cả hai.", e.getMessage());
        assertThrows(UserException.class, () -> catalogue.saveAwardForm(ldtt,
                new AwardRule(ldtt.id(), basis("152/2025/NĐ-CP").id(), new BigDecimal("-0.3"), null, null, null)));
        assertEquals(ldtt, form("LDTT"));
    }

    @Test
    void aDeactivatedFormStaysInTheCatalogue() {
        AwardForm gk = form("GK_SO");
        catalogue.setAwardFormActive(gk.id(), false);
        assertEquals(false, form("GK_SO").active());
        catalogue.setAwardFormActive(gk.id(), true);
        assertEquals(gk, form("GK_SO"));
    }

    @Test
    void anOverlappingPeriodIsRefusedAndANewBasisCanCopyTheRulesBeforeIt() {
        LegalBasis next = new LegalBasis(null, "999/2027/NĐ-CP", "Nghị định số 999/2027/NĐ-CP", LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 1), null);
        UserException overlap = assertThrows(UserException.class, () -> catalogue.saveLegalBasis(next, true));
        assertEquals("Thời gian hiệu lực trùng với căn cứ 152/2025/NĐ-CP (từ 01/07/2025). Hai căn cứ pháp lý không được "
                + "cùng có hiệu lực một ngày; hãy sửa ngày hết hiệu lực của căn cứ kia trước.", overlap.getMessage());
        assertEquals(2, catalogue.legalBases().size());

        LegalBasis b152 = basis("152/2025/NĐ-CP");
        catalogue.saveLegalBasis(new LegalBasis(b152.id(), b152.code(), b152.title(), b152.issuedDate(),
                b152.effectiveFrom(), LocalDate.of(2026, 12, 31)));
        LegalBasis saved = catalogue.saveLegalBasis(next, true);

        assertEquals(List.of("98/2023/NĐ-CP", "152/2025/NĐ-CP", "999/2027/NĐ-CP"),
                catalogue.legalBases().stream().map(LegalBasis::code).toList());
        assertEquals(catalogue.rules(b152.id()).stream().map(r -> new AwardRule(r.awardFormId(), saved.id(),
                r.individualCoefficient(), r.collectiveCoefficient(), r.voteThresholdPercent(), r.reportYears())).toList(),
                catalogue.rules(saved.id()));
        assertEquals("999/2027/NĐ-CP", catalogue.legalBasisOn(LocalDate.of(2027, 1, 1)).orElseThrow().code());
        assertEquals("152/2025/NĐ-CP", catalogue.legalBasisOn(LocalDate.of(2026, 12, 31)).orElseThrow().code());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        LegalBasis b98 = basis("98/2023/NĐ-CP");
        UserException e = assertThrows(UserException.class, () -> catalogue.saveLegalBasis(new LegalBasis(b98.id(),
                b98.code(), b98.title(), b98.issuedDate(), b98.effectiveFrom(), LocalDate.of(2023, 1, 1))));
        assertEquals("Ngày hết hiệu lực đứng trước ngày có hiệu lực.", e.getMessage());
        assertEquals(b98, basis("98/2023/NĐ-CP"));
    }

    @Test
    void baseSalaryRowsAreAddedEditedAndDeleted() {
        List<BaseSalary> shipped = catalogue.baseSalaries();
        BaseSalary added = catalogue.saveBaseSalary(new BaseSalary(null, LocalDate.of(2026, 7, 1), 2_530_000L, "Dự kiến"));
        assertEquals(2_530_000L, catalogue.baseSalaryOn(LocalDate.of(2026, 7, 1)).orElseThrow().amount());
        assertEquals(2_340_000L, catalogue.baseSalaryOn(LocalDate.of(2026, 6, 30)).orElseThrow().amount());

        UserException taken = assertThrows(UserException.class,
                () -> catalogue.saveBaseSalary(new BaseSalary(null, LocalDate.of(2026, 7, 1), 2_600_000L, null)));
        assertEquals("Đã có mức lương cơ sở áp dụng từ ngày này.", taken.getMessage());
        assertThrows(UserException.class,
                () -> catalogue.saveBaseSalary(new BaseSalary(added.id(), LocalDate.of(2026, 7, 1), 0L, null)));

        BaseSalary edited = new BaseSalary(added.id(), LocalDate.of(2026, 7, 1), 2_600_000L, "Nghị định mới");
        catalogue.saveBaseSalary(edited);
        assertEquals(List.of(shipped.get(0), shipped.get(1), edited), catalogue.baseSalaries());

        catalogue.deleteBaseSalary(added.id());
        assertEquals(shipped, catalogue.baseSalaries());
    }

    private AwardForm form(String code) {
        return catalogue.awardForms().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    private LegalBasis basis(String code) {
        return catalogue.legalBases().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }
}
