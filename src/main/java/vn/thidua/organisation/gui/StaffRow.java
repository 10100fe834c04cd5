package vn.thidua.organisation.gui;

import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.StaffMember;

/** A line of the staff table: the person, the unit's name, and a precomputed accent-free search key. */
public record StaffRow(int number, StaffMember member, String unitName, String searchKey) {

    public static StaffRow of(int number, StaffMember m, String unitName) {
        String key = VietText.fold(String.join(" ", m.fullName(), m.code() == null ? "" : m.code(),
                m.position() == null ? "" : m.position(), unitName == null ? "" : unitName));
        return new StaffRow(number, m, unitName, key);
    }
}
