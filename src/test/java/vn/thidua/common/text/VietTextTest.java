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
}
