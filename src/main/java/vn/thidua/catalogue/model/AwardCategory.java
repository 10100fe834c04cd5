package vn.thidua.catalogue.model;

/** Danh hiệu thi đua (a yearly title) or hình thức khen thưởng (an award). */
public enum AwardCategory { TITLE, AWARD }
