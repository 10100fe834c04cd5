package vn.thidua.nominations.model;

/**
 * The secret ballot's count on one nomination: agree, disagree and abstain among the members present, and the
 * written votes of absent members.
 */
public record Vote(long nominationId, int agree, int disagree, int abstain, int writtenAgree, int writtenDisagree) {

    public static Vote none(long nominationId) {
        return new Vote(nominationId, 0, 0, 0, 0, 0);
    }

    public int inFavour() {
        return agree + writtenAgree;
    }

    public int castInRoom() {
        return agree + disagree + abstain;
    }

    public int written() {
        return writtenAgree + writtenDisagree;
    }

    @Override
    public String toString() {
        return agree + "/" + disagree + "/" + abstain + " (" + writtenAgree + "/" + writtenDisagree + ")";
    }
}
