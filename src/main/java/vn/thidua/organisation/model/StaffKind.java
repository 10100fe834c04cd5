package vn.thidua.organisation.model;

/** Công chức, viên chức, người lao động. */
public enum StaffKind { CIVIL_SERVANT, PUBLIC_EMPLOYEE, WORKER }
