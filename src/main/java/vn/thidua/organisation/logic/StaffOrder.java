package vn.thidua.organisation.logic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;

/**
 * The official order of a staff list: by unit (the units' order), leaders first (heads before deputies,
 * a deputy's position starting with "Phó"), then by given name, middle name, family name (Vietnamese collation).
 */
public final class StaffOrder {

    private StaffOrder() {
    }

    public static Comparator<StaffMember> comparator(List<Unit> units) {
        Map<Long, Integer> unitRank = new HashMap<>();
        for (Unit u : units) {
            unitRank.put(u.id(), u.sortOrder());
        }
        return Comparator.<StaffMember>comparingInt(s -> unitRank.getOrDefault(s.unitId(), Integer.MAX_VALUE))
                .thenComparingInt(StaffOrder::leadershipRank)
                .thenComparing((a, b) -> VietText.compareNames(a.fullName(), b.fullName()))
                .thenComparing(s -> s.code() == null ? "" : s.code());
    }

    public static List<StaffMember> sort(List<StaffMember> staff, List<Unit> units) {
        List<StaffMember> sorted = new ArrayList<>(staff);
        sorted.sort(comparator(units));
        return sorted;
    }

    static int leadershipRank(StaffMember s) {
        if (!s.leader()) {
            return 2;
        }
        return isDeputy(s.position()) ? 1 : 0;
    }

    /** A deputy's position starts with "Phó" (Phó Trưởng phòng, Phó Giám đốc). */
    public static boolean isDeputy(String position) {
        return position != null && VietText.fold(position).startsWith("pho ");
    }
}
