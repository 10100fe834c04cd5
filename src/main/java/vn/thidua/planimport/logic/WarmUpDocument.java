package vn.thidua.planimport.logic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** A short plan with what real ones hold (a header table, list numbering, bold, line breaks), for the warm-up. */
final class WarmUpDocument {

    private static final String[] BODY = {
        "Thực hiện Kế hoạch số 134/KH-UBND ngày 15/5/2025 của UBND tỉnh về phát động phong trào thi đua; Sở ban hành "
                + "Kế hoạch với chủ đề: “Đoàn kết, đổi mới”, cụ thể như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "- Động viên công chức, viên chức thi đua hoàn thành tốt nhiệm vụ;",
        "II. THỜI GIAN THI ĐUA", "Thời gian thi đua từ tháng 5/2025 đến hết tháng 10/2025.",
        "III. HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG", "1. Giấy khen của Giám đốc Sở", "a) Đối với tập thể",
        "- Hoàn thành xuất sắc nhiệm vụ;", "c) Số lượng", "- Tập thể: đề xuất 01 tập thể.", "2. Hồ sơ",
        "- Tờ trình;", "Hồ sơ gửi về Văn phòng Sở trước ngày 30/10/2025.", "IV. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Sở có trách nhiệm theo dõi./.", "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Văn An"};

    private WarmUpDocument() {
    }

    static byte[] bytes() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = doc.createTable(1, 2);
            header.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("UBND TỈNH LẠNG SƠN");
            header.getRow(0).getCell(0).addParagraph().createRun().setText("Số: 01/KH-SNgV");
            header.getRow(0).getCell(1).getParagraphs().get(0).createRun().setText("Lạng Sơn, ngày 05 tháng 01 năm 2026");
            XWPFParagraph kind = doc.createParagraph();
            kind.createRun().setText("KẾ HOẠCH");
            kind.getRuns().get(0).setBold(true);
            XWPFParagraph title = doc.createParagraph();
            title.createRun().setText("Phát động phong trào thi đua");
            title.getRuns().get(0).addBreak();
            title.getRuns().get(0).setText("năm 2026", 1);
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%1.");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
            for (String line : BODY) {
                XWPFParagraph p = doc.createParagraph();
                p.createRun().setText(line);
                if (line.startsWith("1.")) {
                    p.setNumID(numId);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
