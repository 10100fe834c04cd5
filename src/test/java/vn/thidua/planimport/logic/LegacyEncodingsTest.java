package vn.thidua.planimport.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.planimport.model.SourceEncoding;

class LegacyEncodingsTest {

    private static final String ALL_LOWER = "aàảãáạ ăằẳẵắặ âầẩẫấậ đ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ";

    @Test
    void theBestKnownTcvn3AndVniLinesReadAsUnicode() {
        // The national title as every old document typed it in each encoding.
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam", LegacyEncodings.fromTcvn3("Céng hßa x· héi chñ nghÜa ViÖt Nam", false));
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam", LegacyEncodings.fromVni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", LegacyEncodings.fromTcvn3("§éc lËp - Tù do - H¹nh phóc", false));
        assertEquals("Độc lập - Tự do - Hạnh phúc", LegacyEncodings.fromVni("Ñoäc laäp - Töï do - Haïnh phuùc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {ALL_LOWER, "Kế hoạch phát động phong trào thi đua “100 ngày đêm” năm 2026; Sở Ngoại vụ.",
            "Ưu tiên cá nhân trực tiếp thực hiện nhiệm vụ; Ăn ở, Đời sống, Ơn nghĩa, Ông bà, Ê-đê, Âu"})
    void unicodeGoesToTcvn3AndBack(String text) {
        assertEquals(text, LegacyEncodings.fromTcvn3(LegacyEncodings.toTcvn3(text), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {ALL_LOWER, "KẾ HOẠCH THI ĐUA", "Quyết định số 155/QĐ-UBND ngày 27/01/2026 của Ủy ban nhân dân tỉnh",
            "ỲỶỸÝỴ ÌỈĨÍỊ ỪỬỮỨỰ ỜỞỠỚỢ ẰẲẴẮẶ ẦẨẪẤẬ Đ"})
    void unicodeGoesToVniAndBack(String text) {
        assertEquals(text, LegacyEncodings.fromVni(LegacyEncodings.toVni(text)));
    }

    @Test
    void capitalFontsDrawTheLowerCaseCodesAsCapitals() {
        assertEquals("KẾ HOẠCH", LegacyEncodings.fromTcvn3(LegacyEncodings.toTcvn3("kế hoạch"), true));
        assertEquals(true, LegacyEncodings.isCapitalFont(".VnTimeH"));
        assertEquals(SourceEncoding.TCVN3, LegacyEncodings.ofFont(".VnTime"));
        assertEquals(SourceEncoding.VNI, LegacyEncodings.ofFont("VNI-Times"));
        assertEquals(SourceEncoding.UNICODE, LegacyEncodings.ofFont("Times New Roman"));
    }

    @Test
    void pastedTextTellsItsEncoding() {
        String plan = "Kế hoạch phát động phong trào thi đua năm 2026 của Sở Ngoại vụ tỉnh Lạng Sơn";
        assertEquals(SourceEncoding.UNICODE, LegacyEncodings.guess(plan));
        assertEquals(SourceEncoding.UNICODE, LegacyEncodings.guess(Normalizer.normalize(plan, Normalizer.Form.NFD)));
        assertEquals(SourceEncoding.TCVN3, LegacyEncodings.guess(LegacyEncodings.toTcvn3(plan)));
        assertEquals(SourceEncoding.VNI, LegacyEncodings.guess(LegacyEncodings.toVni(plan)));
        assertEquals(SourceEncoding.UNICODE, LegacyEncodings.guess("Plain English text, no accents at all."));
    }
}
