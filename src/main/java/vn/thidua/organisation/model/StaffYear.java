package vn.thidua.organisation.model;

import java.util.Set;

/** One person's year: rating, pending inspection, and the titles received (award-form codes). */
public record StaffYear(long staffId, int year, Rating rating, boolean pendingInspection, String note,
                        Set<String> titleCodes) {

    public StaffYear {
        titleCodes = Set.copyOf(titleCodes);
    }

    public static StaffYear empty(long staffId, int year) {
        return new StaffYear(staffId, year, null, false, null, Set.of());
    }
}
