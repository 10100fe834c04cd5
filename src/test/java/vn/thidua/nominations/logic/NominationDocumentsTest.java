package vn.thidua.nominations.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.thidua.app.Services;
import vn.thidua.common.i18n.UserException;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.testsupport.NominationFixture;

class NominationDocumentsTest {

    @TempDir
    Path dir;

    @Test
    void theMinutesCarryTheCouncilHeaderTheVoteTableAndBothSignaturesSideBySide() throws IOException {
        try (Services s = Services.open(dir.resolve("data"))) {
            NominationFixture f = NominationFixture.create(s, 1, 3, true);
            Path file = dir.resolve("bien-ban.docx");
            s.nominationPrinter().printMinutes(f.meetingId, NominationFixture.TODAY, file);
            keep(file);
            try (XWPFDocument doc = open(file)) {
                XWPFTable header = doc.getTables().get(0);
                assertEquals(List.of("SỞ NGOẠI VỤ", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "", "Số: 01/BB-HĐTĐKT"),
                        texts(header.getRow(0).getCell(0)));
                assertEquals("Lạng Sơn, ngày 18 tháng 12 năm 2025", texts(header.getRow(0).getCell(1)).get(3));
                assertEquals(List.of("BIÊN BẢN"), typeLines(doc));
                assertTrue(paragraph(doc, "Thời gian bắt đầu: 08 giờ 00 phút, ngày 18 tháng 12 năm 2025."));
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("- Vắng mặt: ")
                        && p.getText().endsWith("lý do: Đi công tác; có ý kiến bằng văn bản;")));

                XWPFTable votes = table(doc, "Số phiếu đồng ý");
                assertEquals(List.of("TT", "Họ tên / Tên tập thể", "Chức vụ, đơn vị", "Hình thức đề nghị",
                        "Số phiếu đồng ý", "Tỷ lệ % trên tổng số thành viên", "Kết quả"), rowTexts(votes.getRow(0)));
                assertTrue(votes.getRow(0).isRepeatHeader());
                assertEquals(List.of("I. TẬP THỂ"), rowTexts(votes.getRow(1)));
                assertEquals(7, votes.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
                assertTrue(votes.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
                List<String> unit = rowTexts(votes.getRow(2));
                assertEquals("Giấy khen của Giám đốc Sở", unit.get(3));
                assertEquals("Đạt", unit.get(6));
                assertEquals(List.of("II. CÁ NHÂN"), rowTexts(votes.getRow(3)));
                List<String> failed = rowTexts(votes.getRow(votes.getNumberOfRows() - 1));
                assertEquals("Không đạt", failed.get(6));

                XWPFTable signatures = doc.getTables().get(doc.getTables().size() - 1);
                assertEquals(2, signatures.getRow(0).getTableCells().size());
                assertEquals("THƯ KÝ", texts(signatures.getRow(0).getCell(0)).get(0));
                assertEquals("CHỦ TỌA", texts(signatures.getRow(0).getCell(1)).get(0));
                assertEquals("Trịnh Tuyết Mai", last(texts(signatures.getRow(0).getCell(1))));
            }
        }
    }

    @Test
    void aPersonsReportHasNoAgencyColumnItsFormNumberTablesAndTwoSignatures() throws IOException {
        try (Services s = Services.open(dir.resolve("data"))) {
            NominationFixture f = NominationFixture.create(s, 0, 3, false);
            Nomination n = s.nominations().get(f.nominations.get(0));
            var docs = s.nominationPrinter().documents(f.plan, NominationFixture.TODAY);
            Path file = dir.resolve("bao-cao.docx");
            s.documents().writeAll(List.of(docs.report(n)), file);
            keep(file);
            try (XWPFDocument doc = open(file)) {
                XWPFParagraph form = (XWPFParagraph) doc.getBodyElements().get(0);
                assertEquals("Mẫu số 05", form.getText());
                assertEquals(ParagraphAlignment.RIGHT, form.getAlignment());
                List<String> top = doc.getParagraphs().subList(1, 5).stream().map(XWPFParagraph::getText).toList();
                assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                        "Lạng Sơn, ngày      tháng 12 năm 2025"), top);
                assertEquals(List.of("BÁO CÁO THÀNH TÍCH"), typeLines(doc));
                assertTrue(paragraph(doc, "ĐỀ NGHỊ TẶNG CHIẾN SĨ THI ĐUA CƠ SỞ"));
                assertTrue(paragraph(doc, "I. SƠ LƯỢC LÝ LỊCH"));
                assertTrue(paragraph(doc, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"));
                XWPFTable years = table(doc, "Xếp loại");
                assertEquals(List.of("2025", "Hoàn thành xuất sắc nhiệm vụ", "Lao động tiên tiến"), rowTexts(years.getRow(1)));
                XWPFTable titles = table(doc, "Số, ngày, tháng, năm của quyết định công nhận; cơ quan ban hành quyết định");
                assertEquals("Quyết định số 120/QĐ-SNgV ngày 20/12/2024; Giám đốc Sở", rowTexts(titles.getRow(1)).get(2));
                XWPFTable sign = doc.getTables().get(doc.getTables().size() - 1);
                assertEquals(List.of("THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ", "(Ký, đóng dấu)", ""),
                        texts(sign.getRow(0).getCell(0)));
                List<String> right = texts(sign.getRow(0).getCell(1));
                assertEquals(List.of("NGƯỜI BÁO CÁO THÀNH TÍCH", "(Ký, ghi rõ họ và tên)", docs.name(n)), right);
                XWPFRun note = sign.getRow(0).getCell(1).getParagraphs().get(1).getRuns().get(0);
                assertTrue(note.isItalic());
            }
        }
    }

    @Test
    void thematicAndOneOffReportsTakeTheirOwnFormsAndSections() {
        try (Services s = Services.open(dir.resolve("data"))) {
            NominationFixture f = NominationFixture.create(s, 0, 1, false);
            Nomination person = s.nominations().get(f.nominations.get(0));
            var docs = s.nominationPrinter().documents(f.plan, NominationFixture.TODAY);
            Nomination thematic = new Nomination(null, f.plan.id(), vn.thidua.nominations.model.Occasion.THEMATIC, 2025,
                    2025, person.nominee(), person.awardFormId(), null, null, null, null, "Vượt 20% chỉ tiêu đăng ký.",
                    null, List.of(), List.of(), person.status(), person.statusDate(), null);
            String text = vn.thidua.common.document.DocumentText.of(docs.report(thematic));
            assertTrue(text.startsWith("Mẫu số 08"), text);
            assertTrue(text.contains("I. THÔNG TIN CHUNG"));
            assertTrue(text.contains("(Thành tích trong phong trào thi đua theo Kế hoạch số 15/KH-SNgV ngày 20/05/2025)"));
            assertFalse(text.contains("III. CÁC HÌNH THỨC"), "thematic awards list no earlier awards");

            Nomination oneOff = new Nomination(null, null, vn.thidua.nominations.model.Occasion.ONE_OFF, 2025, 2025,
                    person.nominee(), person.awardFormId(), null, null, null, null, "Cứu người bị nạn ngày 02/9/2025.",
                    null, List.of(), List.of(), person.status(), person.statusDate(), null);
            String oneOffText = vn.thidua.common.document.DocumentText.of(new NominationDocuments(
                    new NominationDocuments.Context(s.agency().agency().orElseThrow(), null, Map.of(), Map.of(), Map.of(),
                            Map.of(vn.thidua.nominations.model.DocumentKind.ONE_OFF_REPORT, "06"), "", "",
                            NominationFixture.TODAY), null).report(oneOff));
            assertTrue(oneOffText.startsWith("Mẫu số 06"), oneOffText);
            assertTrue(oneOffText.contains("BÁO CÁO THÀNH TÍCH ĐỘT XUẤT"));
            assertTrue(oneOffText.contains("II. NỘI DUNG THÀNH TÍCH XUẤT SẮC ĐỘT XUẤT\n\nCứu người bị nạn ngày 02/9/2025."));
        }
    }

    @Test
    void thePetitionGoesToEachAuthorityWithItsGroundsAndAnAttachedList() throws IOException {
        try (Services s = Services.open(dir.resolve("data"))) {
            NominationFixture f = NominationFixture.create(s, 1, 3, true);
            Path file = dir.resolve("to-trinh.docx");
            int proposed = s.nominationPrinter().printPetition(f.plan.id(), NominationFixture.TODAY, file);
            assertEquals(3, proposed, "the last person did not reach the threshold");
            try (XWPFDocument doc = open(file)) {
                assertEquals(List.of("TỜ TRÌNH", "TỜ TRÌNH"), typeLines(doc));
                XWPFTable council = doc.getTables().get(0);
                assertEquals("Số:      /TTr-HĐTĐKT", last(texts(council.getRow(0).getCell(0))));
                assertTrue(paragraph(doc, "Kính gửi: Giám đốc Sở Ngoại vụ."));
                assertTrue(paragraph(doc, "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn (qua Sở Nội vụ)."));
                XWPFParagraph law = doc.getParagraphs().stream()
                        .filter(p -> p.getText().startsWith("Căn cứ Luật Thi đua")).findFirst().orElseThrow();
                assertTrue(law.getRuns().get(0).isItalic());
                assertTrue(law.getText().endsWith(";"));
                assertTrue(paragraph(doc, "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở Ngoại vụ ngày 18/12/2025."));
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Căn cứ Nghị định số 152/2025/NĐ-CP")));
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals(
                        "Hội đồng Thi đua - Khen thưởng Sở Ngoại vụ đề nghị Giám đốc Sở Ngoại vụ xem xét, khen thưởng cho "
                                + "01 tập thể, 01 cá nhân đã có thành tích trong phong trào thi đua theo Kế hoạch số "
                                + "15/KH-SNgV ngày 20/05/2025, cụ thể:")));
                assertTrue(paragraph(doc, "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ"));
                assertTrue(paragraph(doc, "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"));
                int list = index(doc, "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ");
                XWPFParagraph before = (XWPFParagraph) doc.getBodyElements().get(list - 1);
                assertTrue(before.getCTP().xmlText().contains("w:type=\"page\""), "the list starts on a new page");
                List<XWPFTable> lists = doc.getTables().stream()
                        .filter(t -> rowTexts(t.getRow(0)).contains("Chức vụ, đơn vị công tác")).toList();
                assertEquals(3, lists.size(), "one list per award form: CSTĐ cơ sở, Giấy khen, Bằng khen");
                assertEquals(List.of("I. CÁ NHÂN"), rowTexts(lists.get(0).getRow(1)));
                assertEquals(List.of("I. TẬP THỂ"), rowTexts(lists.get(1).getRow(1)));
                assertEquals("1", rowTexts(lists.get(1).getRow(2)).get(0));
            }
        }
    }

    @Test
    void theWholeMovementsDossierFilesItsDocumentsInOrderEachInItsOwnNumberedSection() throws IOException {
        try (Services s = Services.open(dir.resolve("data"))) {
            NominationFixture f = NominationFixture.create(s, 1, 3, true);
            Path file = dir.resolve("ho-so.docx");
            int count = s.nominationPrinter().printPlanDossier(f.plan.id(), NominationFixture.TODAY, file);
            keep(file);
            assertEquals(3, count);
            try (XWPFDocument doc = open(file)) {
                assertEquals(List.of("TỜ TRÌNH", "TỜ TRÌNH", "BIÊN BẢN", "TÓM TẮT THÀNH TÍCH", "BÁO CÁO THÀNH TÍCH",
                        "BÁO CÁO THÀNH TÍCH", "BÁO CÁO THÀNH TÍCH"), typeLines(doc));
                List<CTSectPr> sections = sections(doc);
                assertEquals(7, sections.size(), "one section per document");
                assertEquals(STPageOrientation.LANDSCAPE, sections.get(3).getPgSz().getOrient(), "the summary is landscape");
                assertTrue(Long.parseLong(sections.get(3).getPgSz().getW().toString()) > Long.parseLong(sections.get(3).getPgSz().getH().toString()));
                for (int i = 0; i < sections.size(); i++) {
                    assertTrue(sections.get(i).isSetTitlePg(), "no number on a document's first page");
                    if (i > 0) {
                        assertEquals(1, sections.get(i).getPgNumType().getStart().intValue(), "numbered from 1");
                    }
                    if (i != 3) {
                        assertFalse(STPageOrientation.LANDSCAPE.equals(sections.get(i).getPgSz().getOrient()));
                    }
                }
                XWPFTable summary = table(doc, "Tóm tắt thành tích");
                assertEquals(List.of("TT", "Họ và tên / Tên tập thể", "Năm sinh", "Chức vụ, đơn vị công tác",
                        "Tóm tắt thành tích", "Hình thức đề nghị", "Ghi chú"), rowTexts(summary.getRow(0)));
                assertEquals(List.of("", "", "Nam", "Nữ", "", "", "", ""), rowTexts(summary.getRow(1)));
                assertNotNull(summary.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge());
            }
        }
    }

    @Test
    void oneNominationsDossierIsPetitionMinutesReportSummaryThenItsFiles() throws IOException {
        try (Services s = Services.open(dir.resolve("data"))) {
            NominationFixture f = NominationFixture.create(s, 0, 3, true);
            long id = f.nominations.get(0);
            Path file = dir.resolve("ho-so-1.docx");
            s.nominationPrinter().printDossier(id, NominationFixture.TODAY, file);
            keep(file);
            try (XWPFDocument doc = open(file)) {
                assertEquals(List.of("TỜ TRÌNH", "BIÊN BẢN", "BÁO CÁO THÀNH TÍCH", "TÓM TẮT THÀNH TÍCH", "DANH MỤC HỒ SƠ"),
                        typeLines(doc));
                XWPFTable files = doc.getTables().get(doc.getTables().size() - 1);
                assertEquals("Tờ trình đề nghị khen thưởng", rowTexts(files.getRow(1)).get(1));
            }
            Path failed = dir.resolve("ho-so-4.docx");
            s.nominationPrinter().printDossier(f.nominations.get(2), NominationFixture.TODAY, failed);
            try (XWPFDocument doc = open(failed)) {
                assertEquals(List.of("BIÊN BẢN", "BÁO CÁO THÀNH TÍCH", "TÓM TẮT THÀNH TÍCH", "DANH MỤC HỒ SƠ"),
                        typeLines(doc), "no petition for a nomination the council did not pass");
            }
        }
    }

    @Test
    void aMeetingsResultIsPetitionedWithItsPassedNominationsOnly() {
        try (Services s = Services.open(dir.resolve("data"))) {
            NominationFixture f = NominationFixture.create(s, 1, 3, true);
            var docs = s.nominationPrinter().petitionsForMeeting(f.meetingId, NominationFixture.TODAY);
            assertEquals(2, docs.size());
            String text = vn.thidua.common.document.DocumentText.of(docs.get(1));
            assertTrue(text.contains("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn (qua Sở Nội vụ)."), text);
            assertTrue(text.contains("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở Ngoại vụ ngày 18/12/2025."));
            assertTrue(text.contains("GIÁM ĐỐC\n\nTrịnh Tuyết Mai"), text);
            assertFalse(vn.thidua.common.document.DocumentText.of(docs.get(0)).contains(
                    s.nominationPrinter().documents(f.plan, NominationFixture.TODAY)
                            .name(s.nominations().get(f.nominations.get(3)))), "the one who failed is not proposed");
        }
    }

    @Test
    void aPlanWithNothingReceivedHasNoPetition() {
        try (Services s = Services.open(dir.resolve("data"))) {
            NominationFixture f = NominationFixture.create(s, 0, 0, false);
            UserException e = assertThrows(UserException.class, () -> s.nominationPrinter()
                    .printPetition(f.plan.id(), NominationFixture.TODAY, dir.resolve("x.docx")));
            assertTrue(e.getMessage().startsWith("Kế hoạch \""), e.getMessage());
            assertFalse(Files.exists(dir.resolve("x.docx")));
        }
    }

    @Test
    void theListGroupsByAwardFormCollectivesFirstWithTheVoteAndPrintsOnA4Landscape() throws IOException {
        try (Services s = Services.open(dir.resolve("data"))) {
            NominationFixture f = NominationFixture.create(s, 1, 3, true);
            Path file = dir.resolve("danh-sach.xlsx");
            assertEquals(4, s.nominationPrinter().printList(f.plan.id(), NominationFixture.TODAY, file));
            keep(file);
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet list = wb.getSheet("Danh sách đề nghị");
                assertEquals("SỞ NGOẠI VỤ", list.getRow(1).getCell(0).getStringCellValue());
                assertEquals(List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Tóm tắt thành tích",
                        "Kết quả bỏ phiếu", "Ghi chú"), cells(list, 5));
                assertEquals("I. GIẤY KHEN CỦA GIÁM ĐỐC SỞ", list.getRow(6).getCell(0).getStringCellValue());
                assertEquals("1. Tập thể", list.getRow(7).getCell(0).getStringCellValue());
                String vote = list.getRow(8).getCell(4).getStringCellValue();
                assertTrue(vote.matches("\\d+/\\d+ \\([\\d,]+%\\) – Đạt"), vote);
                assertEquals("2. Cá nhân", list.getRow(9).getCell(0).getStringCellValue());
                assertTrue(list.getPrintSetup().getLandscape());
                assertEquals("6:6", list.getRepeatingRows().formatAsString().replace("$", ""), "the header row");
                Sheet votes = wb.getSheet("Kết quả bỏ phiếu");
                assertEquals("Tổng số phiếu đồng ý", votes.getRow(5).getCell(9).getStringCellValue());
                assertEquals("Không đạt", votes.getRow(votes.getLastRowNum()).getCell(11).getStringCellValue());
                assertEquals(4, votes.getLastRowNum() - 5);
            }
        }
    }

    // --- reading the files back ---

    /** With -Dthidua.renderDir=DIR the files are kept there to be rendered and looked at. */
    private static void keep(Path file) throws IOException {
        String to = System.getProperty("thidua.renderDir");
        if (to != null) {
            Files.createDirectories(Path.of(to));
            Files.copy(file, Path.of(to).resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static List<String> typeLines(XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> "ND30Type".equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out;
    }

    private static boolean paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().anyMatch(p -> p.getText().equals(text));
    }

    private static int index(XWPFDocument doc, String text) {
        List<IBodyElement> body = doc.getBodyElements();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getText().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static XWPFTable table(XWPFDocument doc, String headerCell) {
        return doc.getTables().stream().filter(t -> rowTexts(t.getRow(0)).contains(headerCell)).findFirst().orElseThrow(
                () -> new AssertionError("no table with " + headerCell));
    }

    private static List<String> rowTexts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> cells(Sheet sheet, int row) {
        List<String> out = new ArrayList<>();
        sheet.getRow(row).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }
}
