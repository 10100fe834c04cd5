package vn.thidua.tasks.logic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.common.db.Jdbc;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.ProgressUpdate;
import vn.thidua.tasks.model.Task;
import vn.thidua.tasks.model.TaskPlan;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TaskStatus;

/**
 * The demo's task plan: seed 002 (Kế hoạch triển khai nhiệm vụ trọng tâm và nhiệm vụ công tác năm 2026, still
 * unnumbered, dated January 2026) with its four key tasks as section A, an invented but typical work programme as
 * section B, and progress reported through the year: some finished on time, some late, some overdue, two close to
 * their deadline in late November 2026. Written into the demo office's transaction.
 */
public final class DemoTasks {

    public static final int YEAR = 2026;

    private static final String HTQT = "HTQT-VP";
    private static final String LS = "LS-QLBG";
    private static final String TT = "TTTTDVĐN";

    private DemoTasks() {
    }

    /** Writes the plan, its tasks and their progress; returns the plan's id. */
    public static long write(Connection c) throws SQLException {
        TaskPlan plan = TaskRepository.savePlan(c, seed002(signer(c)));
        long id = plan.id();
        Demo d = new Demo(c, id);

        String key = null;
        long t1 = d.task(TaskSection.KEY, key, "Tiếp tục tham mưu hoàn thiện thể chế trong lĩnh vực đối ngoại.", HTQT,
                List.of(LS), null, "Trưởng phòng Hợp tác quốc tế - Văn phòng", Deadline.on(LocalDate.of(2026, 9, 30)),
                "Chủ trì rà soát, tham mưu sửa đổi quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh",
                "Quyết định ban hành Quy chế quản lý hoạt động đối ngoại (sửa đổi)", "UBND tỉnh");
        d.progress(t1, "2026-03-20", TaskStatus.IN_PROGRESS, 30, "Đã lấy ý kiến các sở, ngành về dự thảo Quy chế.");
        d.progress(t1, "2026-06-15", TaskStatus.IN_PROGRESS, 60, "Dự thảo đã gửi Sở Tư pháp thẩm định.");
        d.progress(t1, "2026-09-25", TaskStatus.DONE, 100, "UBND tỉnh đã ban hành Quyết định số 1820/QĐ-UBND ngày 24/9/2026.");

        long t2 = d.task(TaskSection.KEY, key, "Tham mưu tăng cường, làm sâu sắc, thúc đẩy quan hệ hữu nghị, hợp tác phát "
                + "triển cấp địa phương của tỉnh với Quảng Tây, các địa phương khác của Trung Quốc, các đối tác đã có quan hệ "
                + "(Hàn Quốc, Nhật Bản, Ấn Độ, Singapore, Pháp, Italia, Úc, Hoa Kỳ, Liên bang Nga, Belarus...) và thúc đẩy "
                + "mở rộng hợp tác với đối tác mới.", HTQT, List.of(TT, LS), null,
                "Phó Giám đốc Sở Tô Thị Trang", Deadline.quarter(4),
                "Tham mưu chương trình đoàn ra, đoàn vào; theo dõi thực hiện các thỏa thuận hợp tác đã ký",
                "Báo cáo kết quả hợp tác với các đối tác; các văn bản thỏa thuận hợp tác mới", "UBND tỉnh");
        d.progress(t2, "2026-04-10", TaskStatus.IN_PROGRESS, 35, "Đón 03 đoàn của Quảng Tây; ký biên bản hội đàm.");
        d.progress(t2, "2026-10-05", TaskStatus.IN_PROGRESS, 70, "Đoàn công tác của tỉnh thăm Hàn Quốc, ký 01 thỏa thuận.");

        long t3 = d.task(TaskSection.KEY, key, "Nâng cao hiệu quả công tác ngoại giao kinh tế, bao gồm ngoại giao văn hoá "
                + "và ngoại giao công nghệ; tăng cường thu hút các nguồn lực quốc tế, hợp tác đầu tư trong các lĩnh vực mới, "
                + "tăng cường giới thiệu, quảng bá hình ảnh của tỉnh; tiềm năng CVĐC toàn cầu UNESCO Lạng Sơn.", HTQT,
                List.of(TT), "các sở, ngành liên quan", "Trưởng phòng Hợp tác quốc tế - Văn phòng",
                Deadline.quarter(3), "Tham mưu tổ chức hội nghị xúc tiến; phối hợp quảng bá CVĐC",
                "Hội nghị gặp mặt các cơ quan đại diện nước ngoài; hồ sơ quảng bá CVĐC", "Giám đốc Sở");
        d.progress(t3, "2026-05-12", TaskStatus.IN_PROGRESS, 40, "Đã xây dựng kế hoạch hội nghị, chờ UBND tỉnh cho ý kiến.");
        d.progress(t3, "2026-09-28", TaskStatus.IN_PROGRESS, 80,
                "Hội nghị lùi sang tháng 12 theo chỉ đạo của UBND tỉnh; đề nghị điều chỉnh thời hạn.");

        long t4 = d.task(TaskSection.KEY, key, "Tham mưu nâng cao hiệu quả công tác đối ngoại biên giới trong thúc đẩy mở, "
                + "nâng cấp cửa khẩu; số hoá công tác biên giới, lãnh thổ quốc gia. Từng bước xây dựng hệ thống dữ liệu dùng "
                + "chung phục vụ công tác tham mưu, chỉ đạo, điều hành của Ban Chỉ đạo công tác biên giới tỉnh.", LS,
                List.of(HTQT), "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Trưởng phòng Lãnh sự - Quản lý biên giới",
                Deadline.month(11), "Chủ trì xây dựng cơ sở dữ liệu; tham mưu hồ sơ mở, nâng cấp cửa khẩu",
                "Hệ thống dữ liệu biên giới dùng chung; hồ sơ đề nghị nâng cấp cửa khẩu", "Ban Chỉ đạo công tác biên giới tỉnh");
        d.progress(t4, "2026-06-30", TaskStatus.IN_PROGRESS, 50, "Hoàn thành số hoá hồ sơ mốc giới đoạn Tràng Định.");
        d.progress(t4, "2026-11-10", TaskStatus.IN_PROGRESS, 85, "Đang chạy thử hệ thống dữ liệu dùng chung.");

        String g1 = "I. Công tác hợp tác quốc tế và hội nhập";
        long b = d.task(TaskSection.PROGRAMME, g1, "Xây dựng, trình UBND tỉnh Kế hoạch hoạt động đối ngoại năm 2026", HTQT,
                List.of(LS, TT), null, "Phó Trưởng phòng Hợp tác quốc tế - Văn phòng", Deadline.month(1),
                "Tổng hợp đề xuất của các sở, ngành", "Kế hoạch hoạt động đối ngoại năm 2026", "UBND tỉnh");
        d.progress(b, "2026-01-28", TaskStatus.DONE, 100, "UBND tỉnh phê duyệt tại Kế hoạch số 21/KH-UBND.");
        b = d.task(TaskSection.PROGRAMME, g1, "Tổ chức Hội nghị tổng kết công tác đối ngoại năm 2025", HTQT, List.of(LS, TT),
                null, "Trưởng phòng Hợp tác quốc tế - Văn phòng", Deadline.month(2), "Chuẩn bị báo cáo, tổ chức hội nghị",
                "Hội nghị tổng kết; báo cáo tổng kết", "Giám đốc Sở");
        d.progress(b, "2026-02-20", TaskStatus.IN_PROGRESS, 60, "Chờ lịch của Lãnh đạo UBND tỉnh.");
        d.progress(b, "2026-03-10", TaskStatus.DONE, 100, "Đã tổ chức hội nghị ngày 09/3/2026.");
        b = d.task(TaskSection.PROGRAMME, g1, "Thẩm định, tổng hợp các đoàn ra, đoàn vào của tỉnh", HTQT, List.of(), null,
                "Chuyên viên phụ trách đoàn ra, đoàn vào", Deadline.NONE, "Thẩm định hồ sơ đúng thời hạn",
                "Văn bản thẩm định; báo cáo quý", "Giám đốc Sở");
        d.progress(b, "2026-10-01", TaskStatus.IN_PROGRESS, 75, "Đã thẩm định 46 đoàn ra, 31 đoàn vào.");
        b = d.task(TaskSection.PROGRAMME, g1, "Báo cáo công tác đối ngoại 6 tháng đầu năm 2026", HTQT, List.of(LS, TT), null,
                "Phó Trưởng phòng Hợp tác quốc tế - Văn phòng", Deadline.on(LocalDate.of(2026, 6, 15)),
                "Tổng hợp số liệu các phòng, đơn vị", "Báo cáo gửi UBND tỉnh, Bộ Ngoại giao", "Giám đốc Sở");
        d.progress(b, "2026-06-12", TaskStatus.DONE, 100, "Báo cáo số 145/BC-SNgV ngày 12/6/2026.");

        String g2 = "II. Công tác lãnh sự, bảo hộ công dân và quản lý biên giới";
        b = d.task(TaskSection.PROGRAMME, g2, "Phối hợp tổ chức hội đàm với Quảng Tây về mở, nâng cấp cặp cửa khẩu", LS,
                List.of(HTQT), "Sở Công Thương, Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Trưởng phòng Lãnh sự - Quản lý biên giới",
                Deadline.quarter(2), "Chuẩn bị nội dung, biên bản hội đàm", "Biên bản hội đàm", "UBND tỉnh");
        d.progress(b, "2026-06-20", TaskStatus.DONE, 100, "Hội đàm ngày 18/6/2026 tại cửa khẩu Hữu Nghị.");
        b = d.task(TaskSection.PROGRAMME, g2, "Báo cáo tình hình biên giới, cửa khẩu 6 tháng đầu năm", LS, List.of(), null,
                "Phó Trưởng phòng Lãnh sự - Quản lý biên giới", Deadline.on(LocalDate.of(2026, 6, 20)),
                "Tổng hợp số liệu các đồn biên phòng", "Báo cáo gửi Ban Chỉ đạo công tác biên giới tỉnh", "Giám đốc Sở");
        d.progress(b, "2026-06-25", TaskStatus.DONE, 100, "Gửi chậm 05 ngày do chờ số liệu của các đồn biên phòng.");
        b = d.task(TaskSection.PROGRAMME, g2, "Rà soát, cập nhật cơ sở dữ liệu hệ thống mốc quốc giới", LS, List.of(),
                "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Chuyên viên phụ trách biên giới", Deadline.quarter(3),
                "Rà soát thực địa, cập nhật dữ liệu", "Cơ sở dữ liệu mốc quốc giới cập nhật", "Giám đốc Sở");
        d.progress(b, "2026-08-15", TaskStatus.IN_PROGRESS, 40, "Thiếu kinh phí thuê thiết bị định vị; đã đề xuất bổ sung.");
        b = d.task(TaskSection.PROGRAMME, g2, "Thẩm định hồ sơ cấp, gia hạn hộ chiếu ngoại giao, công vụ", LS, List.of(),
                null, "Chuyên viên phụ trách lãnh sự", Deadline.NONE, "Giải quyết đúng hạn, không để hồ sơ quá hạn",
                "Văn bản đề nghị gửi Cục Lãnh sự", "Giám đốc Sở");
        d.progress(b, "2026-09-30", TaskStatus.IN_PROGRESS, 75, "Đã giải quyết 128 hồ sơ, không có hồ sơ quá hạn.");

        String g3 = "III. Công tác thông tin đối ngoại";
        b = d.task(TaskSection.PROGRAMME, g3, "Xuất bản ấn phẩm song ngữ giới thiệu tiềm năng, cơ hội đầu tư của tỉnh", TT,
                List.of(HTQT), "Sở Tài chính", "Giám đốc Trung tâm Thông tin và Dịch vụ đối ngoại", Deadline.quarter(2),
                "Biên soạn, dịch, in ấn", "02.000 cuốn ấn phẩm Việt - Anh, Việt - Trung", "Giám đốc Sở");
        d.progress(b, "2026-06-28", TaskStatus.DONE, 100, "Đã phát hành tại Hội nghị xúc tiến đầu tư tháng 6.");
        b = d.task(TaskSection.PROGRAMME, g3, "Hỗ trợ tổ chức Hội chợ thương mại quốc tế Việt - Trung (Lạng Sơn)", TT,
                List.of(HTQT), "Sở Công Thương", "Phó Giám đốc Trung tâm Thông tin và Dịch vụ đối ngoại", Deadline.month(10),
                "Lễ tân đối ngoại, phiên dịch cho các đoàn", "Báo cáo kết quả hỗ trợ", "Giám đốc Sở");
        d.progress(b, "2026-10-30", TaskStatus.DONE, 100, "Phục vụ 12 đoàn doanh nghiệp nước ngoài.");
        b = d.task(TaskSection.PROGRAMME, g3, "Sản xuất video quảng bá Công viên địa chất Lạng Sơn", TT, List.of(), null,
                "Giám đốc Trung tâm Thông tin và Dịch vụ đối ngoại", Deadline.month(12), "Kịch bản, quay dựng, thuyết minh",
                "Video 10 phút, 03 thứ tiếng", "Giám đốc Sở");
        d.progress(b, "2026-10-20", TaskStatus.IN_PROGRESS, 50, "Đã duyệt kịch bản, đang quay.");
        b = d.task(TaskSection.PROGRAMME, g3, "Cập nhật tin, bài trên Trang thông tin điện tử của Sở", TT, List.of(HTQT), null,
                "Biên tập viên Trang thông tin điện tử", Deadline.NONE, "Tối thiểu 20 tin, bài mỗi tháng",
                "Tin, bài đăng tải", "Giám đốc Sở");
        d.progress(b, "2026-10-31", TaskStatus.IN_PROGRESS, 80, null);

        String g4 = "IV. Công tác văn phòng, tổ chức cán bộ, thi đua, khen thưởng";
        b = d.task(TaskSection.PROGRAMME, g4, "Tổng kết công tác thi đua, khen thưởng năm 2025", HTQT, List.of(LS, TT), null,
                "Phó Trưởng phòng Hợp tác quốc tế - Văn phòng", Deadline.month(1), "Tổ chức bình xét, trình khen thưởng",
                "Quyết định khen thưởng năm 2025", "Giám đốc Sở");
        d.progress(b, "2026-01-22", TaskStatus.DONE, 100, "Quyết định khen thưởng đã ký.");
        b = d.task(TaskSection.PROGRAMME, g4, "Triển khai Kế hoạch cải cách hành chính năm 2026", HTQT, List.of(LS, TT), null,
                "Trưởng phòng Hợp tác quốc tế - Văn phòng", Deadline.on(LocalDate.of(2026, 12, 31)),
                "Thực hiện các chỉ số cải cách hành chính", "Báo cáo cải cách hành chính năm 2026", "Giám đốc Sở");
        d.progress(b, "2026-09-30", TaskStatus.IN_PROGRESS, 70, null);
        b = d.task(TaskSection.PROGRAMME, g4, "Xây dựng Kế hoạch nhiệm vụ trọng tâm và nhiệm vụ công tác năm 2027", HTQT,
                List.of(LS, TT), null, "Trưởng phòng Hợp tác quốc tế - Văn phòng", Deadline.on(LocalDate.of(2026, 12, 5)),
                "Tổng hợp đề xuất của các phòng, đơn vị", "Dự thảo Kế hoạch năm 2027", "Giám đốc Sở");
        d.progress(b, "2026-11-16", TaskStatus.IN_PROGRESS, 30, "Đã gửi văn bản đề nghị các phòng, đơn vị đăng ký.");
        return id;
    }

    private static PlanSigner signer(Connection c) throws SQLException {
        String name = "Trịnh Tuyết Mai";
        Long id = Jdbc.one(c, "SELECT id FROM signer WHERE full_name = ?", rs -> rs.getLong(1), name).orElse(null);
        return new PlanSigner(id, name, SignerRole.DIRECTOR);
    }

    /** Seed 002's document fields as its paper has them: unnumbered, dated "tháng 01 năm 2026". */
    static TaskPlan seed002(PlanSigner signer) {
        return new TaskPlan(null, YEAR, "KH", null, "Lạng Sơn", PlanDate.month(YEAR, 1),
                "Triển khai nhiệm vụ trọng tâm và nhiệm vụ công tác của Sở Ngoại vụ năm 2026",
                List.of(new DocumentRef("Quyết định", "155/QĐ-UBND", LocalDate.of(2026, 1, 27), "UBND tỉnh",
                        "việc phê duyệt nhiệm vụ trọng tâm năm 2026 của các cơ quan, đơn vị trên địa bàn tỉnh")),
                "Sở Ngoại vụ xây dựng Kế hoạch triển khai nhiệm vụ trọng tâm và nhiệm vụ công tác năm 2026 với các nội "
                        + "dung sau:",
                List.of("Tổ chức, triển khai các chương trình, kế hoạch nhiệm vụ về công tác đối ngoại trọng tâm của tỉnh và "
                                + "nhiệm vụ hoạt động đối ngoại của Sở Ngoại vụ được giao năm 2026 đảm bảo hiệu quả, hoàn thành "
                                + "đạt và vượt chỉ tiêu được giao. Thực hiện quyết liệt, đồng bộ các mục tiêu, nhiệm vụ, giải pháp "
                                + "theo tinh thần chỉ đạo các Nghị quyết của Ban Chấp hành Đảng bộ tỉnh, HĐND tỉnh và UBND tỉnh về "
                                + "phát triển kinh tế - xã hội năm 2026.",
                        "Xác định trách nhiệm, vai trò của từng cá nhân lãnh đạo Sở và Lãnh đạo cấp phòng trong việc chỉ đạo, "
                                + "điều hành và phân công nhiệm vụ cụ thể đến các phòng chuyên môn, đơn vị, công chức, viên chức và "
                                + "người lao động thuộc Sở. Thường xuyên rà soát tiến độ nhiệm vụ theo Kế hoạch để kịp thời chấn "
                                + "chỉnh, đôn đốc đẩy nhanh tiến độ xử lý công việc đáp ứng yêu cầu; có hình thức xử lý đối với tập "
                                + "thể, cá nhân vi phạm, đùn đẩy trách nhiệm, né tránh không giải quyết công việc kịp thời theo chức "
                                + "năng, nhiệm vụ được phân công.",
                        "Tăng cường công tác phối hợp thường xuyên, hiệu quả với các cơ quan, đơn vị thuộc các bộ, ngành Trung "
                                + "ương, cơ quan đại diện nước ngoài, địa phương đối tác, tổ chức quốc tế, các sở, ban, ngành, đoàn "
                                + "thể tỉnh, UBND các xã, phường trong công tác tham mưu cho Tỉnh ủy, UBND tỉnh chỉ đạo, triển khai "
                                + "các nhiệm vụ chương trình đối ngoại của tỉnh đã được phê duyệt."),
                List.of("Phòng Hợp tác quốc tế - Văn phòng và Lãnh sự - Quản lý biên giới theo chức năng nhiệm vụ có trách "
                                + "nhiệm chủ trì, phối hợp triển khai thực hiện có hiệu quả 04 nhóm nhiệm vụ trọng tâm được giao tại "
                                + "Mục A “Phụ lục triển khai nhiệm vụ trọng tâm và nhiệm vụ công tác năm 2026” kèm theo Kế hoạch này.",
                        "Trung tâm Thông tin và Dịch vụ đối ngoại căn cứ chức năng, nhiệm vụ phối hợp triển khai nhiệm vụ quảng "
                                + "bá, giới thiệu hình ảnh, tiềm năng thế mạnh và nhu cầu hợp tác đầu tư của tỉnh trong triển khai "
                                + "nhiệm vụ thông tin đối ngoại phục vụ hiệu quả nhóm nhiệm vụ trọng tâm số 02 và 03."),
                List.of("Các phòng: Hợp tác quốc tế - Văn phòng, Lãnh sự - Quản lý biên giới và Trung tâm thông tin và Dịch vụ "
                        + "đối ngoại có trách nhiệm tổ chức triển khai thực hiện các nội dung cụ thể tại Mục B “Phụ lục triển "
                        + "khai nhiệm vụ trọng tâm và nhiệm vụ công tác năm 2026” kèm theo Kế hoạch này."),
                List.of("Trưởng các phòng chuyên môn và Giám đốc Trung tâm Thông tin và Dịch vụ đối ngoại thuộc Sở căn cứ Kế "
                                + "hoạch này, tổ chức xây dựng Kế hoạch cụ thể, phân công nhiệm vụ cho từng CCVC, đảm bảo nguyên tắc "
                                + "“6 rõ”, đảm bảo chất lượng, đúng thời hạn, tiến độ đề ra trong Kế hoạch và chịu trách nhiệm trước "
                                + "Giám đốc Sở về các nội dung đã được giao.",
                        "Trưởng phòng Hợp tác quốc tế - Văn phòng giúp Giám đốc Sở theo dõi, tổng hợp kết quả thực hiện Kế "
                                + "hoạch theo từng tháng, quý, năm và khi được yêu cầu; kịp thời báo cáo các vấn đề chậm muộn tiến "
                                + "độ, vướng mắc phát sinh để chỉ đạo xử lý."),
                "Trong quá trình thực hiện Kế hoạch nếu phát sinh khó khăn, vướng mắc, đề nghị các phòng, đơn vị kịp thời báo "
                        + "cáo Lãnh đạo Sở (thông qua phòng Hợp tác quốc tế - Văn phòng) để điều chỉnh, bổ sung phù hợp./.",
                List.of("UBND tỉnh (B/c)", "Sở Nội vụ", "Lãnh đạo Sở", "Các phòng CM", "Trung tâm TTDVĐN", "Trang TTĐT Sở",
                        "Lưu: VT (HQH)"),
                signer);
    }

    /** Writes tasks and progress on the demo's connection, units by short name. */
    private record Demo(Connection c, long planId) {

        long unit(String shortName) throws SQLException {
            return Jdbc.one(c, "SELECT id FROM unit WHERE short_name = ?", rs -> rs.getLong(1), shortName).orElseThrow();
        }

        long task(TaskSection section, String group, String content, String lead, List<String> support, String others,
                  String person, Deadline deadline, String responsibility, String product, String approver)
                throws SQLException {
            List<Long> supportIds = new java.util.ArrayList<>();
            for (String s : support) {
                supportIds.add(unit(s));
            }
            return TaskRepository.saveTask(c, planId, new Task(null, section, group, 0, content, unit(lead), supportIds,
                    others, person, deadline, responsibility, product, approver)).id();
        }

        void progress(long taskId, String day, TaskStatus status, int percent, String note) throws SQLException {
            TaskRepository.addProgress(c, null, new ProgressUpdate(null, taskId, LocalDate.parse(day), status, percent,
                    note, null, null), null);
        }
    }
}
