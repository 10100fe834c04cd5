package vn.thidua.tasks.logic;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.organisation.model.Unit;
import vn.thidua.tasks.model.Deadline;
import vn.thidua.tasks.model.Task;

/** How a task's parts read in the list, the appendix and the report: one place, so all three agree. */
public final class TaskTexts {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private TaskTexts() {
    }

    /** "31/03/2026", "Tháng 6", "Quý II" or "Thường xuyên". */
    public static String deadline(Deadline d) {
        if (d == null) {
            return Messages.get("tasks.deadline.none");
        }
        return switch (d.kind()) {
            case NONE -> Messages.get("tasks.deadline.none");
            case DATE -> VietDates.format(d.date());
            case MONTH -> Messages.get("tasks.deadline.month", d.number());
            case QUARTER -> Messages.get("tasks.deadline.quarter",
                    d.number() >= 1 && d.number() <= 4 ? ROMAN[d.number() - 1] : String.valueOf(d.number()));
        };
    }

    /** The appendix's band over a section: "A. NHIỆM VỤ TRỌNG TÂM", "B. CHƯƠNG TRÌNH NHIỆM VỤ CÔNG TÁC". */
    public static String sectionTitle(vn.thidua.tasks.model.TaskSection section) {
        return Messages.get(switch (section) {
            case KEY -> "taskSheet.section.KEY";
            case PROGRAMME -> "taskSheet.section.PROGRAMME";
        });
    }

    /** The quarter in Roman figures, as the office writes it ("quý II"). */
    public static String roman(int quarter) {
        return ROMAN[quarter - 1];
    }

    /** The unit's short name where it has one ("HTQT-VP"), else its name. */
    public static String unit(Map<Long, Unit> units, Long id) {
        Unit u = id == null ? null : units.get(id);
        if (u == null) {
            return "";
        }
        return u.shortName() == null || u.shortName().isBlank() ? u.name() : u.shortName();
    }

    /** The supporting units (short names) and the other parties, comma-separated. */
    public static String supporting(Task task, Map<Long, Unit> units) {
        List<String> parts = task.supportUnitIds().stream().map(id -> unit(units, id)).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
        if (task.supportNote() != null && !task.supportNote().isBlank()) {
            parts.add(task.supportNote().strip());
        }
        return String.join(", ", parts);
    }

    static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
