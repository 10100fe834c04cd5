package vn.thidua.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class VietTextTest {

    @Test
    void paragraphsKeepTheirLineBreaksButLoseStraySpaceAndDecomposedAccents() {
        String typed = "\r\n  Tham mưu co\u0302ng ta\u0301c le\u0302\u0303 ta\u0302n  \r\n\r\n\r\n- Theo dõi\thợp tác\r  \n";
        assertEquals("Tham mưu công tác lễ tân\n\n- Theo dõi hợp tác", VietText.cleanParagraphs(typed));
        assertNull(VietText.cleanParagraphs(" \n \r\n "));
        assertEquals("Một dòng", VietText.clean(" Một\n dòng "));
    }

    @Test
    void aQueryMatchesFoldedTextsWhenEveryWordOccurs() {
        Predicate<String> q = VietText.query("Đặng  THỊ");
        assertTrue(q.test(VietText.fold("Đặng Thị Ánh")));
        assertFalse(q.test(VietText.fold("Đặng Văn An")));
        assertTrue(VietText.query("  ").test("anything"));
        assertTrue(VietText.matches(VietText.fold("Nguyễn Thị Lan"), "nguyen lan"));
    }

    @Test
    void theFastFoldAgreesWithTheNfdDefinitionOnRandomText() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụ"
                + "ứừửữựýỳỷỹỵÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ0123456789 \t\n\r"
                + "\u00A0\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031B–“”/-.,;:()ǅﬁ\u2126\u212B€𝐀中";
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                if (Character.isHighSurrogate(alphabet.charAt(at)) && at + 1 < alphabet.length()) {
                    b.append(alphabet, at, at + 2);
                } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                    b.append(alphabet.charAt(at));
                }
            }
            String text = b.toString();
            assertEquals(VietText.slowFold(text), VietText.fold(text), () -> "folding " + text.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
        for (char c = 0; c < 0x2200; c++) {
            String one = "x" + c + "Ế";
            assertEquals(VietText.slowFold(one), VietText.fold(one), "U+" + Integer.toHexString(c));
        }
    }
}
