package vn.thidua.common.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes the shipped {@code template-default.docx} from the WordprocessingML below, so every style and measure of the
 * template can be read and reviewed here. Run once after a change and commit the .docx:
 * {@code java -cp target/test-classes:target/classes vn.thidua.common.document.DefaultTemplateGenerator
 * src/main/resources/vn/thidua/common/document/template-default.docx}.
 * <p>
 * Measures (Nghị định 30/2020, Phụ lục I): A4; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm; Times New
 * Roman; body 14 pt justified, first-line indent 1.27 cm, 6 pt before each paragraph, line spacing 1.15; page number
 * centred in the top margin from page 2 (a different, empty first-page header).
 */
public final class DefaultTemplateGenerator {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private DefaultTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0]
                : "src/main/resources/vn/thidua/common/document/template-default.docx");
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(out);
        }
        System.out.println("wrote " + target.toAbsolutePath());
    }

    static void write(OutputStream out) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("_rels/.rels", ROOT_RELS);
        parts.put("word/document.xml", DOCUMENT);
        parts.put("word/_rels/document.xml.rels", DOCUMENT_RELS);
        parts.put("word/styles.xml", STYLES);
        parts.put("word/settings.xml", SETTINGS);
        parts.put("word/header1.xml", PAGE_NUMBER_HEADER);
        parts.put("word/header2.xml", FIRST_PAGE_HEADER);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static final String CONTENT_TYPES = XML + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
              <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
              <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
              <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
              <Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
            </Types>
            """;

    private static final String ROOT_RELS = XML + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>
            """;

    private static final String DOCUMENT_RELS = XML + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
              <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
              <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
              <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
            </Relationships>
            """;

    /** The body is a note for the clerk who opens the template in Word; the writer replaces it with the document. */
    private static final String DOCUMENT = XML + """
            <w:document xmlns:w="%s" xmlns:r="%s">
              <w:body>
                <w:p><w:pPr><w:pStyle w:val="ND30Type"/></w:pPr><w:r><w:t>MẪU TRÌNH BÀY VĂN BẢN</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="ND30Body"/></w:pPr><w:r><w:t xml:space="preserve">Nội dung trang này không được in. ThiĐua lấy từ tệp mẫu này khổ giấy, lề, tiêu đề trang (số trang từ trang 2) và các kiểu (Styles) có tên bắt đầu bằng "ND30": sửa các kiểu đó (phông, cỡ chữ, giãn dòng, thụt đầu dòng) rồi lưu tệp với tên cũ, ở định dạng .docx.</w:t></w:r></w:p>
                <w:sectPr>
                  <w:headerReference w:type="default" r:id="rId3"/>
                  <w:headerReference w:type="first" r:id="rId4"/>
                  <w:pgSz w:w="11906" w:h="16838"/>
                  <w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>
                  <w:cols w:space="720"/>
                  <w:titlePg/>
                  <w:docGrid w:linePitch="381"/>
                </w:sectPr>
              </w:body>
            </w:document>
            """.formatted(W, R);

    private static final String PAGE_NUMBER_HEADER = XML + """
            <w:hdr xmlns:w="%s" xmlns:r="%s">
              <w:p><w:pPr><w:pStyle w:val="ND30PageNumber"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            </w:hdr>
            """.formatted(W, R);

    private static final String FIRST_PAGE_HEADER = XML + """
            <w:hdr xmlns:w="%s" xmlns:r="%s">
              <w:p><w:pPr><w:pStyle w:val="ND30PageNumber"/></w:pPr></w:p>
            </w:hdr>
            """.formatted(W, R);

    private static final String SETTINGS = XML + """
            <w:settings xmlns:w="%s">
              <w:defaultTabStop w:val="720"/>
              <w:characterSpacingControl w:val="doNotCompress"/>
              <w:compat>
                <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>
              </w:compat>
            </w:settings>
            """.formatted(W);

    private static String paragraphStyle(Nd30Style style, String basedOn, String pPr, String rPr) {
        return """
                  <w:style w:type="paragraph" w:customStyle="1" w:styleId="%s">
                    <w:name w:val="%s"/>
                    <w:basedOn w:val="%s"/>
                    <w:qFormat/>
                    <w:pPr>%s</w:pPr>
                    <w:rPr>%s</w:rPr>
                  </w:style>
                """.formatted(style.id, style.styleName, basedOn, pPr, rPr);
    }

    private static final String CENTRED = "<w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>";

    private static final String STYLES = XML + """
            <w:styles xmlns:w="%s">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>
                  <w:color w:val="000000"/>
                  <w:sz w:val="28"/><w:szCs w:val="28"/>
                  <w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
              <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
            %s</w:styles>
            """.formatted(W, String.join("",
            paragraphStyle(Nd30Style.BODY, "Normal",
                    "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"720\"/><w:jc w:val=\"both\"/>", ""),
            paragraphStyle(Nd30Style.HEADING1, Nd30Style.BODY.id, "<w:keepNext/><w:outlineLvl w:val=\"0\"/>", "<w:b/><w:bCs/>"),
            paragraphStyle(Nd30Style.HEADING2, Nd30Style.BODY.id, "<w:keepNext/><w:outlineLvl w:val=\"1\"/>", "<w:b/><w:bCs/>"),
            paragraphStyle(Nd30Style.HEADING3, Nd30Style.BODY.id, "<w:keepNext/><w:outlineLvl w:val=\"2\"/>", "<w:b/><w:bCs/><w:i/><w:iCs/>"),
            paragraphStyle(Nd30Style.HEADING4, Nd30Style.BODY.id, "<w:keepNext/><w:outlineLvl w:val=\"3\"/>", "<w:i/><w:iCs/>"),
            paragraphStyle(Nd30Style.BULLET, Nd30Style.BODY.id, "", ""),
            paragraphStyle(Nd30Style.CENTRED, Nd30Style.BODY.id, "<w:keepNext/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>", ""),
            paragraphStyle(Nd30Style.PARENT_AGENCY, "Normal", CENTRED, "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"),
            paragraphStyle(Nd30Style.AGENCY, "Normal", CENTRED, "<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"),
            // 1 pt more before the number than before the date: the motto above the date is 14 pt, the agency 13 pt,
            // so "Số: …" and the place and date share a line.
            paragraphStyle(Nd30Style.NUMBER, "Normal",
                    "<w:spacing w:before=\"143\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>", "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"),
            paragraphStyle(Nd30Style.NATIONAL_TITLE, "Normal", CENTRED, "<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"),
            paragraphStyle(Nd30Style.MOTTO, "Normal", CENTRED, "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
            paragraphStyle(Nd30Style.PLACE_DATE, "Normal",
                    "<w:spacing w:before=\"120\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>", "<w:i/><w:iCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
            paragraphStyle(Nd30Style.RULE, "Normal",
                    "<w:spacing w:before=\"40\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/>", "<w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/>"),
            paragraphStyle(Nd30Style.TYPE, "Normal",
                    "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>", "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
            paragraphStyle(Nd30Style.SUBJECT, "Normal", "<w:keepNext/>" + CENTRED, "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
            paragraphStyle(Nd30Style.RECIPIENTS_TITLE, "Normal",
                    "<w:spacing w:before=\"240\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>", "<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"),
            paragraphStyle(Nd30Style.RECIPIENTS, "Normal",
                    "<w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>", "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"),
            paragraphStyle(Nd30Style.SIGN_AUTHORITY, "Normal",
                    "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>", "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
            paragraphStyle(Nd30Style.SIGN_NAME, "Normal",
                    "<w:spacing w:before=\"1680\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>", "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
            paragraphStyle(Nd30Style.TABLE_TEXT, "Normal",
                    "<w:spacing w:before=\"40\" w:after=\"40\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>", "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"),
            paragraphStyle(Nd30Style.TABLE_HEAD, Nd30Style.TABLE_TEXT.id, "<w:keepNext/><w:jc w:val=\"center\"/>", "<w:b/><w:bCs/>"),
            paragraphStyle(Nd30Style.PAGE_NUMBER, "Normal", CENTRED, "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")));
}
