package vn.thidua.organisation.logic;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.model.StaffMember;

/** The rules a staff record must meet, shared by the editor, the import and the repository. */
public final class StaffValidator {

    public static final String FULL_NAME = "fullName";
    public static final String BIRTH_DATE = "birthDate";
    public static final String UNIT = "unit";
    public static final String END_DATE = "endDate";

    private StaffValidator() {
    }

    public static String fullName(String name) {
        if (name == null || name.isBlank()) {
            return Messages.get("staff.error.nameRequired");
        }
        if (name.strip().split("\\s+").length < 2) {
            return Messages.get("staff.error.nameOneWord");
        }
        if (name.length() > 120) {
            return Messages.get("staff.error.nameTooLong");
        }
        return null;
    }

    public static String birthDate(LocalDate birth, LocalDate today) {
        if (birth == null) {
            return null;
        }
        if (birth.isAfter(today.minusYears(15)) || birth.isBefore(today.minusYears(100))) {
            return Messages.get("staff.error.birthImplausible");
        }
        return null;
    }

    public static String unit(Long unitId) {
        return unitId == null ? Messages.get("staff.error.unitRequired") : null;
    }

    public static String period(LocalDate start, LocalDate end) {
        return start != null && end != null && end.isBefore(start) ? Messages.get("staff.error.periodReversed") : null;
    }

    /** Every problem of the record, by field; empty when valid. */
    public static Map<String, String> problems(StaffMember s, LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, FULL_NAME, fullName(s.fullName()));
        put(out, BIRTH_DATE, birthDate(s.birthDate(), today));
        put(out, UNIT, unit(s.unitId()));
        put(out, END_DATE, period(s.startDate(), s.endDate()));
        return out;
    }

    public static void requireValid(StaffMember s) {
        Map<String, String> problems = problems(s, LocalDate.now());
        if (!problems.isEmpty()) {
            throw new UserException(String.join("; ", problems.values()));
        }
    }

    private static void put(Map<String, String> out, String field, String message) {
        if (message != null) {
            out.put(field, message);
        }
    }
}
