package vn.thidua.planimport.model;

import java.util.List;

/**
 * A task of a key-task plan as read: its section ("A" key tasks, "B" work programme), its group heading, its number
 * as printed, the content, the lead unit, the supporting units, the deadline and the product as printed, and where
 * it was read.
 */
public record ImportedTask(String section, String group, String number, String content, String leadUnit,
                           List<String> supportingUnits, String deadline, String product, Confidence confidence,
                           int paragraph) {

    public ImportedTask {
        supportingUnits = List.copyOf(supportingUnits);
    }
}
