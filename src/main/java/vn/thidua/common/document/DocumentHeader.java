package vn.thidua.common.document;

/**
 * The header of Nghị định 30/2020: on the left the parent agency, the agency (with a short rule under it) and the
 * number line; on the right the national title, the motto (with a rule under it) and the place and date.
 *
 * @param parentAgency e.g. "UBND TỈNH LẠNG SƠN"; blank when the agency has none
 * @param agency       e.g. "SỞ NGOẠI VỤ"; may hold a line break ("\n") for a second line
 * @param numberLine   e.g. "Số: 15/KH-SNgV", or "Số:      /KH-SNgV" before signing (see {@link Nd30Lines})
 * @param placeAndDate e.g. "Lạng Sơn, ngày 05 tháng 01 năm 2026" (see {@link Nd30Lines})
 */
public record DocumentHeader(String parentAgency, String agency, String numberLine, String placeAndDate) {

    public DocumentHeader {
        parentAgency = parentAgency == null ? "" : parentAgency;
        agency = agency == null ? "" : agency;
        numberLine = numberLine == null ? "" : numberLine;
        placeAndDate = placeAndDate == null ? "" : placeAndDate;
    }
}
