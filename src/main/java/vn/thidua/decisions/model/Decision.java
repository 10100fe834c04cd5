package vn.thidua.decisions.model;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.model.SignerRole;

/**
 * A Quyết định khen thưởng: the director's own ({@code own}) or one received from above, its number (blank until
 * signed; from 01 per year and code), date, issuer ("Giám đốc Sở Ngoại vụ", "Chủ tịch UBND tỉnh") and the code in its
 * number, the plan and council meeting it comes from, the award it gives, the legal grounds as printed, the
 * petition it answers, the achievement, where the money comes from and who carries it out, the signer, its lines,
 * and for an amendment the decision it corrects and why.
 */
public record Decision(Long id, Integer number, int year, LocalDate date, boolean own, String issuer, String issuerCode,
                       String place, Long planId, Long meetingId, Long awardFormId, String subject, String achievement,
                       List<String> basis, String petitionRef, String fundingSource, String executors,
                       String signerName, SignerRole signerRole, List<DecisionLine> lines, DecisionStatus status,
                       Long amendsId, String amendmentReason) {

    public static final String CODE = "QĐ";

    public Decision {
        basis = List.copyOf(basis);
        lines = List.copyOf(lines);
    }

    public boolean signed() {
        return status == DecisionStatus.SIGNED;
    }

    public Decision withId(Long newId) {
        return new Decision(newId, number, year, date, own, issuer, issuerCode, place, planId, meetingId, awardFormId,
                subject, achievement, basis, petitionRef, fundingSource, executors, signerName, signerRole, lines, status,
                amendsId, amendmentReason);
    }

    public Decision withLines(List<DecisionLine> newLines) {
        return new Decision(id, number, year, date, own, issuer, issuerCode, place, planId, meetingId, awardFormId,
                subject, achievement, basis, petitionRef, fundingSource, executors, signerName, signerRole, newLines,
                status, amendsId, amendmentReason);
    }

    public Decision withSigning(Integer newNumber, LocalDate day, DecisionStatus newStatus) {
        return new Decision(id, newNumber, day == null ? year : day.getYear(), day, own, issuer, issuerCode, place, planId,
                meetingId, awardFormId, subject, achievement, basis, petitionRef, fundingSource, executors, signerName,
                signerRole, lines, newStatus, amendsId, amendmentReason);
    }

    public Decision asAmendmentOf(long originalId, String reason) {
        return new Decision(null, null, year, null, own, issuer, issuerCode, place, planId, meetingId, awardFormId,
                subject, achievement, basis, petitionRef, fundingSource, executors, signerName, signerRole, lines,
                DecisionStatus.DRAFT, originalId, reason);
    }

    /** Sum of the lines' prizes, for individuals or for collectives. */
    public long total(boolean collectives) {
        return lines.stream().filter(l -> l.collective() == collectives && l.prize() != null).mapToLong(DecisionLine::prize).sum();
    }
}
