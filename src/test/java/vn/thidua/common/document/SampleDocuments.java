package vn.thidua.common.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes sample documents with the shipped template, to look at them as a reader would:
 * {@code java -cp target/test-classes:target/classes:<deps> vn.thidua.common.document.SampleDocuments <folder>}, then
 * {@code soffice --headless --convert-to pdf} and {@code pdftoppm -r 60 -png}.
 */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/sample-documents");
        Path data = Files.createTempDirectory("thidua-sample");
        DocxWriter writer = new DocxWriter(new Templates(data));
        writer.write(SamplePlan.plan(Signature.direct("Giám đốc", "Trịnh Tuyết Mai")), folder.resolve("plan.docx"));
        writer.write(SamplePlan.longPlan(120), folder.resolve("long-plan.docx"));
        List<Block> body = List.of(
                new Block.Paragraph(List.of(Block.Span.bold("Điều 1. "), Block.Span.plain(
                        "Tặng Giấy khen của Giám đốc Sở cho 01 tập thể và 03 cá nhân (có danh sách kèm theo)."))),
                new Block.Centred("QUYẾT ĐỊNH:", true),
                new Block.PageBreak(),
                new Block.Centred("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", true),
                new Block.Centred("(Kèm theo Quyết định số      /QĐ-SNgV ngày      tháng 01 năm 2026)", false, true),
                new Block.Table(List.of("TT", "Họ và tên", "Chức vụ, đơn vị công tác"),
                        List.of(List.of("1", "Nguyễn Thị Hoa", "Chuyên viên Phòng Lãnh sự"),
                                List.of("2", "Đặng Văn Minh", "Phó Chánh Văn phòng")), List.of(1, 4, 6)));
        writer.write(new OfficialDocument(SamplePlan.header(true), "Quyết định",
                List.of("Về việc tặng Giấy khen cho 01 tập thể, 03 cá nhân"), body, SamplePlan.recipients(),
                Signature.onBehalf("Giám đốc", "Phó Giám đốc", "Tô Thị Trang")), folder.resolve("decision.docx"));
        System.out.println("wrote " + folder.toAbsolutePath());
    }
}
