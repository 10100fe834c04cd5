package vn.thidua.nominations.model;

/**
 * A document of a dossier. The first five are the kinds the legal basis gives form numbers to (table
 * {@code dossier_form}); ThiĐua writes the generated ones itself, the others are attached as files.
 */
public enum DocumentKind {
    PETITION(true), INDIVIDUAL_REPORT(true), COLLECTIVE_REPORT(true), THEMATIC_REPORT(true), ONE_OFF_REPORT(true),
    SUMMARY(true), MINUTES(true), INNOVATION_PROOF(false), OTHER(false);

    private final boolean generated;

    DocumentKind(boolean generated) {
        this.generated = generated;
    }

    /** ThiĐua prints this document from the nomination's data; nothing has to be attached. */
    public boolean generated() {
        return generated;
    }
}
