package vn.thidua.organisation.model;

import java.time.LocalDate;

/**
 * A person on the office's staff. The code ("CB0001") identifies the person across Excel round trips.
 * Hometown, residence, qualification and academic title are what the achievement report's lý lịch asks.
 */
public record StaffMember(Long id, String code, String fullName, Gender gender, LocalDate birthDate,
                          String position, Long unitId, StaffKind kind, boolean leader,
                          LocalDate startDate, LocalDate endDate,
                          String hometown, String residence, String qualification, String academicTitle,
                          String note) {

    public static StaffMember blank(Long unitId) {
        return new StaffMember(null, null, "", Gender.FEMALE, null, "", unitId, StaffKind.CIVIL_SERVANT, false,
                null, null, null, null, null, null, null);
    }

    /** Working here on the given day. */
    public boolean activeOn(LocalDate day) {
        return (startDate == null || !startDate.isAfter(day)) && (endDate == null || !endDate.isBefore(day));
    }

    public StaffMember withId(Long newId, String newCode) {
        return new StaffMember(newId, newCode, fullName, gender, birthDate, position, unitId, kind, leader,
                startDate, endDate, hometown, residence, qualification, academicTitle, note);
    }
}
