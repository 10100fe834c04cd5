package vn.thidua.organisation.logic;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.Recipient;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;

/** The people and units the nomination and decision choosers offer. */
public final class Recipients {

    private Recipients() {
    }

    /** The people still working on the day, each with "position, unit" and the folded name and detail. */
    public static List<Recipient> people(List<StaffMember> staff, List<Unit> units, LocalDate day) {
        return staff.stream().filter(m -> m.endDate() == null || !m.endDate().isBefore(day)).map(m -> {
            String unit = units.stream().filter(u -> u.id().equals(m.unitId())).map(Unit::name).findFirst().orElse("");
            String detail = m.position() == null || m.position().isBlank() ? unit
                    : unit.isEmpty() ? m.position() : m.position() + ", " + unit;
            return new Recipient(m.id(), null, m.fullName(), detail, VietText.fold(m.fullName() + " " + detail));
        }).toList();
    }

    /** The active units, found by name or short name. */
    public static List<Recipient> collectives(List<Unit> units) {
        return units.stream().filter(Unit::active).map(u -> new Recipient(null, u.id(), u.name(), "",
                VietText.fold(u.name() + " " + (u.shortName() == null ? "" : u.shortName())))).toList();
    }
}
