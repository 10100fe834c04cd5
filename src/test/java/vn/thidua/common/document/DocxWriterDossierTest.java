package vn.thidua.common.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.thidua.common.document.Block.Cell;

/** The writer's parts for dossiers: grids, two signatures, the header without an agency, several documents per file. */
class DocxWriterDossierTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aGridMergesCellsAcrossAndDownAndRepeatsItsHeaderRows() throws IOException {
        Block.Grid grid = new Block.Grid(
                List.of(List.of(Cell.head("TT").merged(Block.Merge.START), Cell.head("Năm sinh").spanning(2)),
                        List.of(Cell.covered(), Cell.head("Nam"), Cell.head("Nữ"))),
                List.of(List.of(Cell.group("I. CÁ NHÂN", 3)), List.of(Cell.centred("1"), Cell.centred("1980"), Cell.text(""))),
                List.of(1, 2, 2));
        try (XWPFDocument doc = written(List.of(document(List.of(grid), null)))) {
            XWPFTable t = doc.getTables().get(1);
            assertEquals(4, t.getNumberOfRows());
            assertTrue(t.getRow(0).isRepeatHeader());
            assertTrue(t.getRow(1).isRepeatHeader());
            assertFalse(t.getRow(2).isRepeatHeader());
            XWPFTableCell tt = t.getRow(0).getCell(0);
            assertEquals(STMerge.RESTART, tt.getCTTc().getTcPr().getVMerge().getVal());
            assertEquals(STMerge.CONTINUE, t.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
            assertEquals(2, t.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertEquals(3, t.getRow(2).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertTrue(t.getRow(2).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
            assertEquals("1980", t.getRow(3).getCell(1).getText());
        }
    }

    @Test
    void twoSignaturesStandSideBySideWithTheirItalicNotes() throws IOException {
        Block.Signatures both = new Block.Signatures(new Signature(List.of("THƯ KÝ"), "Nông Mạnh Phong"),
                new Signature(List.of("Người báo cáo thành tích"), "Hà Thị Lan", "(Ký, ghi rõ họ và tên)"));
        try (XWPFDocument doc = written(List.of(document(List.of(both), null)))) {
            XWPFTable t = doc.getTables().get(1);
            assertEquals(List.of("THƯ KÝ", "Nông Mạnh Phong"), texts(t.getRow(0).getCell(0)));
            assertEquals(List.of("NGƯỜI BÁO CÁO THÀNH TÍCH", "(Ký, ghi rõ họ và tên)", "Hà Thị Lan"),
                    texts(t.getRow(0).getCell(1)));
            assertTrue(t.getRow(0).getCell(1).getParagraphs().get(1).getRuns().get(0).isItalic());
        }
    }

    @Test
    void aStateOnlyHeaderHasNoAgencyColumnAndTheFormNumberAtTheTopRight() throws IOException {
        OfficialDocument report = new OfficialDocument(DocumentHeader.stateOnly("Lạng Sơn, ngày 20 tháng 11 năm 2025",
                "Mẫu số 05"), "BÁO CÁO THÀNH TÍCH", List.of("ĐỀ NGHỊ TẶNG GIẤY KHEN"), List.of(), null, null);
        try (XWPFDocument doc = written(List.of(report))) {
            assertTrue(doc.getTables().isEmpty());
            List<String> top = doc.getParagraphs().subList(0, 5).stream().map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Mẫu số 05", Nd30Lines.NATIONAL_TITLE, Nd30Lines.MOTTO, "",
                    "Lạng Sơn, ngày 20 tháng 11 năm 2025"), top);
        }
    }

    @Test
    void severalDocumentsGetOneSectionEachNumberedFromOneAndTheirOwnOrientation() throws IOException {
        OfficialDocument portrait = document(List.of(Block.Paragraph.of("Một")), null);
        OfficialDocument wide = new OfficialDocument(SamplePlan.header(false), "TÓM TẮT THÀNH TÍCH", List.of(),
                List.of(Block.Paragraph.of("Hai")), null, null, true);
        try (XWPFDocument doc = written(List.of(portrait, wide, portrait))) {
            List<CTSectPr> sections = new java.util.ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());
            assertEquals(3, sections.size());
            assertNull(sections.get(0).getPgNumType(), "the first document numbers from 1 anyway");
            assertEquals(STPageOrientation.LANDSCAPE, sections.get(1).getPgSz().getOrient());
            assertEquals(1, sections.get(2).getPgNumType().getStart().intValue());
            assertTrue(sections.stream().allMatch(CTSectPr::isSetTitlePg));
            assertEquals(2, sections.get(1).getHeaderReferenceList().size(), "the template's page headers in each");
        }
        try (XWPFDocument one = written(List.of(wide))) {
            assertEquals(STPageOrientation.LANDSCAPE, one.getDocument().getBody().getSectPr().getPgSz().getOrient());
        }
    }

    @Test
    void anAppendixFollowsTheSignature() throws IOException {
        OfficialDocument petition = new OfficialDocument(SamplePlan.header(false), "TỜ TRÌNH", List.of("Về việc …"),
                List.of(Block.Paragraph.of("Thân")), SamplePlan.recipients(), Signature.direct("GIÁM ĐỐC", "Trịnh Tuyết Mai"),
                false, List.of(new Block.PageBreak(), new Block.Centred("DANH SÁCH", true)));
        try (XWPFDocument doc = written(List.of(petition))) {
            int footer = doc.getBodyElements().indexOf(doc.getTables().get(1));
            int list = -1;
            for (int i = 0; i < doc.getBodyElements().size(); i++) {
                if (doc.getBodyElements().get(i) instanceof XWPFParagraph p && p.getText().equals("DANH SÁCH")) {
                    list = i;
                }
            }
            assertTrue(list > footer, "the list comes after Nơi nhận and the signature");
            assertTrue(DocumentText.of(petition).endsWith("Trịnh Tuyết Mai\n\nDANH SÁCH"));
        }
    }

    private static OfficialDocument document(List<Block> body, Signature signature) {
        return new OfficialDocument(SamplePlan.header(false), "BIÊN BẢN", List.of(), body, null, signature);
    }

    private XWPFDocument written(List<OfficialDocument> documents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(new Templates(dir)).writeAll(documents, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }
}
