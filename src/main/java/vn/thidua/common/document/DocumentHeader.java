package vn.thidua.common.document;

/**
 * The header of Nghị định 30/2020: on the left the parent agency, the agency (with a short rule under it) and the
 * number line; on the right the national title, the motto (with a rule under it) and the place and date.
 *
 * @param parentAgency e.g. "UBND TỈNH LẠNG SƠN"; blank when the agency has none
 * @param agency       e.g. "SỞ NGOẠI VỤ"; may hold a line break ("\n") for a second line
 * @param numberLine   e.g. "Số: 15/KH-SNgV", or "Số:      /KH-SNgV" before signing (see {@link Nd30Lines})
 * @param placeAndDate e.g. "Lạng Sơn, ngày 05 tháng 01 năm 2026" (see {@link Nd30Lines})
 * @param formNumber   e.g. "Mẫu số 05", printed at the top right above the header; blank for none
 * @param agencyColumn false for a document the reporter heads himself (a person's achievement report): no left column,
 *                     the national title centred across the page and the place and date at the right
 */
public record DocumentHeader(String parentAgency, String agency, String numberLine, String placeAndDate,
                             String formNumber, boolean agencyColumn) {

    public DocumentHeader {
        parentAgency = parentAgency == null ? "" : parentAgency;
        agency = agency == null ? "" : agency;
        numberLine = numberLine == null ? "" : numberLine;
        placeAndDate = placeAndDate == null ? "" : placeAndDate;
        formNumber = formNumber == null ? "" : formNumber;
    }

    public DocumentHeader(String parentAgency, String agency, String numberLine, String placeAndDate) {
        this(parentAgency, agency, numberLine, placeAndDate, "", true);
    }

    /** Only the national title, the place and date, and the form's number at the top right ("Mẫu số 05"). */
    public static DocumentHeader stateOnly(String placeAndDate, String formNumber) {
        return new DocumentHeader("", "", "", placeAndDate, formNumber, false);
    }
}
