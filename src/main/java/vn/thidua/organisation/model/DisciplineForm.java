package vn.thidua.organisation.model;

/** Hình thức kỷ luật: khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc. */
public enum DisciplineForm { REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, DISMISSAL_FROM_POST, DISMISSAL }
