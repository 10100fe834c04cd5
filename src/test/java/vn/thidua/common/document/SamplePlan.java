package vn.thidua.common.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.document.Block.Bullet;
import vn.thidua.common.document.Block.Heading;
import vn.thidua.common.document.Block.Paragraph;

/** A plan shaped like seed 001 (Sở Ngoại vụ Lạng Sơn, 2025), for the writer's tests, the look check and the benchmark. */
public final class SamplePlan {

    private SamplePlan() {
    }

    public static DocumentHeader header(boolean draft) {
        return new DocumentHeader("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ",
                Nd30Lines.numberLine(draft ? null : 15, Nd30Lines.symbol("KH", "SNgV")),
                draft ? Nd30Lines.placeAndMonth("Lạng Sơn", java.time.YearMonth.of(2026, 1))
                        : Nd30Lines.placeAndDate("Lạng Sơn", LocalDate.of(2026, 1, 5)));
    }

    public static Recipients recipients() {
        return new Recipients(List.of(
                "Các đơn vị trong Cụm TĐTMTH (VP Đoàn ĐBQH và HĐND tỉnh, VP UBND tỉnh; các Sở: Tư pháp, Nội vụ, Tài chính)",
                "Lãnh đạo Sở", "Các phòng, đơn vị trực thuộc", "Trang thông tin điện tử Sở"), "VT, VP");
    }

    public static List<String> subject() {
        return List.of("Phát động phong trào thi đua đặc biệt lập thành tích chào mừng Đại hội",
                "đảng bộ các cấp, Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVIII");
    }

    /** The plan of seed 001, shortened a little. */
    public static OfficialDocument plan(Signature signature) {
        return new OfficialDocument(header(false), "Kế hoạch", subject(), body(1), recipients(), signature);
    }

    /** A plan whose body repeats seed 001's sections until it has at least {@code paragraphs} blocks (~20 a page). */
    public static OfficialDocument longPlan(int paragraphs) {
        int copies = Math.max(1, (paragraphs + body(1).size() - 1) / body(1).size());
        return new OfficialDocument(header(false), "KẾ HOẠCH", subject(), body(copies).subList(0, paragraphs),
                recipients(), Signature.onBehalf("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Tô Thị Trang"));
    }

    static List<Block> body(int copies) {
        List<Block> b = new ArrayList<>();
        b.add(Paragraph.of("Thực hiện Kế hoạch số 134/KH-UBND ngày 15/5/2025 của UBND tỉnh về phát động phong trào "
                + "thi đua đặc biệt lập thành tích chào mừng Đại hội đảng bộ các cấp, Đại hội Đảng bộ tỉnh Lạng Sơn "
                + "lần thứ XVIII; Sở Ngoại vụ ban hành Kế hoạch phát động phong trào thi đua với chủ đề: “Đoàn kết, "
                + "đổi mới, sáng tạo, thi đua lập thành tích xuất sắc chào mừng Đại hội đảng bộ các cấp, Đại hội Đảng "
                + "bộ tỉnh Lạng Sơn lần thứ XVIII”, cụ thể như sau:"));
        for (int c = 0; c < copies; c++) {
            b.add(new Heading(1, "I. MỤC ĐÍCH, YÊU CẦU"));
            b.add(new Heading(2, "1. Mục đích"));
            b.add(new Bullet("Huy động sức mạnh tổng hợp của tập thể; cổ vũ, động viên cán bộ, công chức, viên chức, "
                    + "người lao động và đảng viên trong cơ quan ra sức thi đua học tập, lao động, sản xuất phấn đấu "
                    + "thực hiện thắng lợi các mục tiêu, chỉ tiêu, nhiệm vụ công tác đối ngoại năm 2025 và cả nhiệm kỳ "
                    + "2020 – 2025."));
            b.add(new Bullet("Biểu dương, khen thưởng, nhân rộng các tập thể, cá nhân có thành tích tiêu biểu, xuất "
                    + "sắc trong phong trào thi đua."));
            b.add(new Heading(2, "2. Yêu cầu"));
            b.add(Paragraph.of("Việc thực hiện phong trào thi đua phải được tổ chức triển khai sâu rộng, gắn với việc "
                    + "thực hiện nội dung “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, Nghị quyết "
                    + "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII "
                    + "và việc thực hiện nhiệm vụ chính trị của cơ quan, đơn vị."));
            b.add(new Heading(1, "II. NỘI DUNG THI ĐUA"));
            b.add(Paragraph.of("1. Chuẩn bị chu đáo, có chất lượng, tổ chức thành công Đại hội Chi bộ Sở Ngoại vụ tiến "
                    + "tới Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVIII và Đại hội đại biểu toàn quốc lần thứ XIV của "
                    + "Đảng."));
            b.add(Paragraph.of("2. Thực hiện hiệu quả, chất lượng công tác giáo dục chính trị tư tưởng, gắn với học tập "
                    + "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đẩy mạnh phong trào thi đua và phấn đấu "
                    + "hoàn thành xuất sắc các nhiệm vụ trọng tâm của Sở năm 2025."));
            b.add(Paragraph.of("3. Thực hiện có hiệu quả công tác cải cách hành chính, chuyển đổi số và phong trào "
                    + "“Bình dân học vụ số” trong cơ quan; chủ động phòng chống tham nhũng, tiêu cực, thực hành tiết "
                    + "kiệm, chống lãng phí; thực hiện tốt quy chế dân chủ ở cơ sở."));
            b.add(new Heading(1, "III. THỜI GIAN THI ĐUA"));
            b.add(Paragraph.of("Thời gian thi đua từ tháng 5/2025 đến hết tháng 10/2025."));
            b.add(new Heading(1, "IV. ĐỐI TƯỢNG, HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG"));
            b.add(new Heading(2, "1. Đối tượng khen thưởng"));
            b.add(new Bullet("Tập thể: các phòng, đơn vị trực thuộc."));
            b.add(new Bullet("Cá nhân: Công chức, viên chức và người lao động."));
            b.add(new Heading(2, "2. Tiêu chuẩn, hình thức khen thưởng"));
            b.add(new Heading(3, "2.1. Giấy khen của Giám đốc Sở"));
            b.add(new Heading(4, "a) Đối với tập thể"));
            b.add(Paragraph.of("Tập thể có thành tích xuất sắc, tiêu biểu, nổi trội, góp phần hoàn thành tốt các nhiệm "
                    + "vụ chính trị của cơ quan, đơn vị trong phong trào thi đua."));
            b.add(new Heading(4, "b) Đối với cá nhân"));
            b.add(Paragraph.of("Cá nhân có thành tích xuất sắc, tiêu biểu trong thực hiện nhiệm vụ được giao; ưu tiên "
                    + "cá nhân trực tiếp thực hiện nhiệm vụ."));
            b.add(new Heading(3, "2.2. Số lượng khen thưởng"));
            b.add(new Bullet("Tập thể: Hội đồng Thi đua - Khen thưởng Sở xem xét, đề xuất 01 tập thể tiêu biểu, xuất "
                    + "sắc tặng Giấy khen của Giám đốc Sở."));
            b.add(new Bullet("Cá nhân: Hội đồng Thi đua - Khen thưởng Sở xem xét, đề xuất 03 cá nhân tiêu biểu, xuất "
                    + "sắc tặng Giấy khen của Giám đốc Sở."));
            b.add(new Heading(2, "3. Thủ tục, hồ sơ đề nghị khen thưởng"));
            b.add(new Bullet("Biên bản họp xét khen thưởng của phòng, đơn vị;"));
            b.add(new Bullet("Tóm tắt thành tích của tập thể, cá nhân đề nghị khen thưởng;"));
            b.add(new Bullet("Báo cáo thành tích của tập thể, cá nhân theo mẫu số 08 Phụ lục I ban hành kèm theo Nghị "
                    + "định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ."));
            b.add(Paragraph.of("Hồ sơ đề nghị khen thưởng của các tập thể, cá nhân gửi về Văn phòng Sở (bộ phận thường "
                    + "trực Hội đồng Thi đua - Khen thưởng) trước ngày 30/10/2025 để tổng hợp, trình Hội đồng Thi đua "
                    + "- Khen thưởng Sở họp xét theo quy định."));
            b.add(new Heading(1, "V. TỔ CHỨC THỰC HIỆN"));
            b.add(Paragraph.of("1. Lãnh đạo các phòng, đơn vị trực thuộc có trách nhiệm quán triệt thực hiện phong trào "
                    + "thi đua đảm bảo thiết thực, hiệu quả; bình xét, đề xuất khen thưởng cho tập thể, cá nhân có "
                    + "thành tích tiêu biểu, xuất sắc trong phong trào thi đua."));
            b.add(Paragraph.of("2. Giao Văn phòng Sở (bộ phận thường trực Hội đồng Thi đua - Khen thưởng) theo dõi, "
                    + "hướng dẫn, đôn đốc việc triển khai thực hiện phong trào thi đua; tổng hợp và trình xét, đề nghị "
                    + "khen thưởng thành tích thi đua cho tập thể và cá nhân theo quy định."));
        }
        b.add(Paragraph.of("Sở Ngoại vụ đề nghị toàn thể công chức, viên chức và người lao động trong cơ quan phát huy "
                + "truyền thống yêu nước, hăng hái thi đua, lập thành tích chào mừng Đại hội đảng bộ các cấp, Đại hội "
                + "Đảng bộ tỉnh Lạng Sơn lần thứ XVIII./."));
        return b;
    }
}
