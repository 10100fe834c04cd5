package vn.thidua.plans.model;

/** What a unit (or a party named in words, such as "Lãnh đạo các phòng") must do to carry the plan out. */
public record Duty(Long unitId, String party, String text) {
}
