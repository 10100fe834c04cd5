package vn.thidua.certificates.model;

/**
 * The lines of a Giấy khen, top to bottom (Nghị định 98/2023, Điều 104). Those that change from one certificate to the
 * next are {@linkplain #variable() variable}: only they are printed onto a pre-printed blank.
 */
public enum CertificateField {
    NATIONAL_TITLE(false),
    MOTTO(false),
    ISSUER(false),
    GIVES(false),
    AWARD(false),
    NAME(true),
    POSITION(true),
    ACHIEVEMENT(true),
    DECISION(true),
    GOLDEN_BOOK(true),
    PLACE_DATE(true),
    SIGNER_TITLE(false),
    SIGNER_NAME(false);

    private final boolean variable;

    CertificateField(boolean variable) {
        this.variable = variable;
    }

    /** Changes with each certificate, so it is printed onto a blank too. */
    public boolean variable() {
        return variable;
    }
}
