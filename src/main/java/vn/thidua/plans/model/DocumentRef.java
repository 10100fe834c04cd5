package vn.thidua.plans.model;

import java.time.LocalDate;

/**
 * A document a plan implements or cites ("Kế hoạch số 134/KH-UBND ngày 15/5/2025 của UBND tỉnh về …"), kept in
 * parts so that another plan can cite it again and a document can print it in either order.
 */
public record DocumentRef(String type, String number, LocalDate date, String issuer, String subject) {
}
