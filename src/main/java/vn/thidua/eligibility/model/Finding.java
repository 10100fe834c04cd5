package vn.thidua.eligibility.model;

/** One fact the check looked at, met or not, in Vietnamese ("2024: hoàn thành xuất sắc nhiệm vụ ✓"). */
public record Finding(boolean passed, String text) {
}
