package vn.thidua.organisation.model;

import java.math.BigDecimal;
import java.util.Set;

/** One unit's year: rating, share of assigned tasks completed, collective titles received. */
public record UnitYear(long unitId, int year, Rating rating, BigDecimal taskCompletion, String note,
                       Set<String> titleCodes) {

    public UnitYear {
        titleCodes = Set.copyOf(titleCodes);
    }

    public static UnitYear empty(long unitId, int year) {
        return new UnitYear(unitId, year, null, null, null, Set.of());
    }
}
