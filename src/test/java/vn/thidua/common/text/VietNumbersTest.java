package vn.thidua.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "710000     | Bảy trăm mười nghìn đồng",
        "1500000    | Một triệu năm trăm nghìn đồng",
        "3510000    | Ba triệu năm trăm mười nghìn đồng",
        "4105000    | Bốn triệu một trăm lẻ năm nghìn đồng",
        "1015000    | Một triệu mười lăm nghìn đồng",
        "21000      | Hai mươi mốt nghìn đồng",
        "18720000   | Mười tám triệu bảy trăm hai mươi nghìn đồng",
        "1000000000 | Một tỷ đồng"})
    void amountsAreWrittenInWordsAsDecisionsWriteThem(long amount, String words) {
        assertEquals(words, VietNumbers.inWords(amount));
    }

    @Test
    void groupedAndDecimalUseTheVietnameseSeparators() {
        assertEquals("2.340.000", VietNumbers.grouped(2_340_000));
        assertEquals("0,3", VietNumbers.decimal(new BigDecimal("0.3")));
    }
}
