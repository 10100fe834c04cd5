package vn.thidua.common.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview reads as the Word document prints: header, type, subject, body, Nơi nhận and signature. */
class DocumentTextTest {

    @Test
    void readsAsTheDocumentPrints() {
        OfficialDocument d = new OfficialDocument(
                new DocumentHeader("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ", "Số: 15/KH-SNgV", "Lạng Sơn, ngày 05 tháng 01 năm 2026"),
                "Kế hoạch", List.of("Phát động phong trào thi đua năm 2026"),
                List.of(new Block.Heading(1, "I. MỤC ĐÍCH, YÊU CẦU"), new Block.Bullet("Thi đua thiết thực"),
                        Block.Paragraph.of(Block.Span.plain("Đề nghị "), new Block.Span("các phòng", true, false)),
                        new Block.Table(List.of("TT", "Đơn vị"), List.of(List.of("1", "Văn phòng")), null),
                        new Block.PageBreak()),
                new Recipients(List.of("Lãnh đạo Sở"), "VT, VP"),
                Signature.onBehalf("Giám đốc", "Phó Giám đốc", "Tô Thị Trang"));

        assertEquals(String.join("\n\n", "UBND TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ", "Số: 15/KH-SNgV",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày 05 tháng 01 năm 2026",
                "KẾ HOẠCH", "Phát động phong trào thi đua năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "- Thi đua thiết thực",
                "Đề nghị các phòng", "TT | Đơn vị", "1 | Văn phòng", "Nơi nhận:\n- Lãnh đạo Sở;\n- Lưu: VT, VP.",
                "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Tô Thị Trang"), DocumentText.of(d));
    }
}
