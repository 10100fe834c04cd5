package vn.thidua.nominations.model;

import vn.thidua.catalogue.model.AwardCategory;

/**
 * An award already received, as the report's section III lists it: a title (danh hiệu thi đua) or an award
 * (hình thức khen thưởng), its year, its name, and the deciding document ("Quyết định số …, ngày …; cơ quan").
 */
public record AwardLine(AwardCategory category, int year, String awardName, String decisionRef) {
}
