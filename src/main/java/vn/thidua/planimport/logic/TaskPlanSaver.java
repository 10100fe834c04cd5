package vn.thidua.planimport.logic;

import vn.thidua.planimport.model.PlanReading;

/**
 * Where a key-task plan read from a document is saved: given by the key-task plans feature through the composition
 * root (so that neither feature depends on the other). The reading holds the plan's fields (header, title, basis,
 * purposes, duties, recipients, signer) and its tasks (section A/B, group, number, content, lead and supporting units
 * as printed, deadline and product as printed); the saver matches units and deadlines and writes one transaction.
 */
@FunctionalInterface
public interface TaskPlanSaver {

    /** Saves the task plan as a draft and returns its id. */
    long save(PlanReading reading);
}
