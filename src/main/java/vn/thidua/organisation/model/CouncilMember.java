package vn.thidua.organisation.model;

/** A member of the Hội đồng Thi đua - Khen thưởng Sở. */
public record CouncilMember(Long id, String fullName, CouncilRole role, String position, int sortOrder, boolean active) {
}
