package vn.thidua.catalogue.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CatalogueValidatorTest {

    @Test
    void coefficientsAreReadWithACommaOrAPoint() {
        assertEquals(new BigDecimal("1.5"), CatalogueValidator.parseCoefficient("1,5"));
        assertEquals(new BigDecimal("1.5"), CatalogueValidator.parseCoefficient(" 1.5 "));
        assertEquals(new BigDecimal("0.3"), CatalogueValidator.parseCoefficient("0,30"));
        assertEquals(new BigDecimal("0.5"), CatalogueValidator.parseCoefficient(",5"));
        assertEquals(new BigDecimal("8.0"), CatalogueValidator.parseCoefficient("8"));
        assertEquals(new BigDecimal("0.25"), CatalogueValidator.parseCoefficient("0,25"));
        assertNull(CatalogueValidator.parseCoefficient(""));
        for (String bad : new String[] {"abc", "-1", "1,255", "1,2,3", ".", "12345"}) {
            assertThrows(IllegalArgumentException.class, () -> CatalogueValidator.parseCoefficient(bad), bad);
        }
        assertEquals("Hệ số \"abc\" không hợp lệ: cần một số không âm, nhiều nhất hai chữ số sau dấu phẩy, ví dụ 1,5.",
                CatalogueValidator.coefficient("abc"));
    }

    @Test
    void thresholdsAndReportYearsAreWholeNumbersInRange() {
        assertEquals(80, CatalogueValidator.parseVoteThreshold("80"));
        assertEquals(90, CatalogueValidator.parseVoteThreshold("90 %"));
        assertEquals(0, CatalogueValidator.parseVoteThreshold("0"));
        assertNull(CatalogueValidator.parseVoteThreshold(" "));
        assertThrows(IllegalArgumentException.class, () -> CatalogueValidator.parseVoteThreshold("101"));
        assertThrows(IllegalArgumentException.class, () -> CatalogueValidator.parseVoteThreshold("80,5"));
        assertEquals(3, CatalogueValidator.parseReportYears("3"));
        assertThrows(IllegalArgumentException.class, () -> CatalogueValidator.parseReportYears("0"));
        assertEquals("Số năm báo cáo \"11\" không hợp lệ: cần một số nguyên từ 1 đến 10.",
                CatalogueValidator.reportYears("11"));
    }

    @Test
    void amountsAreReadAsVietnameseWriteThem() {
        assertEquals(2_340_000L, CatalogueValidator.parseAmount("2.340.000"));
        assertEquals(2_340_000L, CatalogueValidator.parseAmount("2 340 000 đ"));
        assertEquals(2_340_000L, CatalogueValidator.parseAmount("2340000"));
        assertEquals(2_340_000L, CatalogueValidator.parseAmount("2,340,000"));
        for (String bad : new String[] {"0", "2,5", "abc", "-100", "2.34"}) {
            assertThrows(IllegalArgumentException.class, () -> CatalogueValidator.parseAmount(bad), bad);
        }
        assertEquals("Cần nhập mức lương cơ sở.", CatalogueValidator.amount(""));
    }

    @Test
    void thePrizeIsRoundedUpToTheNextTenThousandĐồng() {
        assertEquals(710_000L, PrizeMoney.amount(new BigDecimal("0.3"), 2_340_000L));
        assertEquals(3_510_000L, PrizeMoney.amount(new BigDecimal("1.5"), 2_340_000L));
        assertEquals(1_880_000L, PrizeMoney.amount(new BigDecimal("0.8"), 2_340_000L));
        assertEquals(0L, PrizeMoney.amount(BigDecimal.ZERO, 2_340_000L));
        assertNull(PrizeMoney.amount(null, 2_340_000L));
    }
}
