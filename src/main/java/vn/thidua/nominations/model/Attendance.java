package vn.thidua.nominations.model;

import vn.thidua.organisation.model.CouncilRole;

/**
 * A council member on the meeting's day (name, role and position as they were then), present or absent with the
 * reason, and whether an absent member sent a written opinion (phiếu bằng văn bản).
 */
public record Attendance(long memberId, String name, CouncilRole role, String position, boolean present,
                         String absenceReason, boolean writtenOpinion) {

    public Attendance withPresence(boolean nowPresent, String reason, boolean written) {
        return new Attendance(memberId, name, role, position, nowPresent, nowPresent ? null : reason, !nowPresent && written);
    }
}
