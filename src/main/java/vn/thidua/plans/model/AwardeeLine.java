package vn.thidua.plans.model;

/** A line that belongs to collectives or to individuals: who may be awarded, or a criterion of the movement. */
public record AwardeeLine(Awardee awardee, String text) {
}
