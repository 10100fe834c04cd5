package vn.thidua.organisation.model;

/** Ban Giám đốc, an administrative section (phòng) or a public-service unit (trung tâm). */
public enum UnitType { LEADERSHIP, ADMINISTRATIVE, PUBLIC_SERVICE }
