package vn.thidua.common.document;

import java.util.List;
import java.util.Objects;

/**
 * An administrative document as Nghị định 30/2020/NĐ-CP lays it out: the two-column header, the document type
 * ("KẾ HOẠCH"), the subject, the body, then "Nơi nhận" beside the signature. Plain data: any feature builds one and
 * {@link DocxWriter} prints it. Texts are printed as given (the caller numbers headings "I.", "1.", "1.1.", "a)"),
 * except that the agency lines and the type line are set in capitals and every text is normalised to NFC.
 *
 * @param header     the header block
 * @param type       the document type, e.g. "KẾ HOẠCH"; blank for a letter without one
 * @param subject    the subject, one entry per printed line (a single entry lets Word wrap it)
 * @param body       the body blocks in order
 * @param recipients the "Nơi nhận" block, or null for none
 * @param signature  the signature block, or null for none
 * @param landscape  printed on A4 landscape pages (a wide summary table), else portrait
 * @param appendix   what follows the signature, such as an attached list ("DANH SÁCH … kèm theo"), usually starting
 *                   with a {@link Block.PageBreak}
 */
public record OfficialDocument(DocumentHeader header, String type, List<String> subject, List<Block> body,
                               Recipients recipients, Signature signature, boolean landscape, List<Block> appendix) {

    public OfficialDocument {
        Objects.requireNonNull(header, "header");
        type = type == null ? "" : type;
        subject = List.copyOf(subject == null ? List.of() : subject);
        body = List.copyOf(body == null ? List.of() : body);
        appendix = List.copyOf(appendix == null ? List.of() : appendix);
    }

    public OfficialDocument(DocumentHeader header, String type, List<String> subject, List<Block> body,
                            Recipients recipients, Signature signature, boolean landscape) {
        this(header, type, subject, body, recipients, signature, landscape, List.of());
    }

    public OfficialDocument(DocumentHeader header, String type, List<String> subject, List<Block> body,
                            Recipients recipients, Signature signature) {
        this(header, type, subject, body, recipients, signature, false, List.of());
    }
}
