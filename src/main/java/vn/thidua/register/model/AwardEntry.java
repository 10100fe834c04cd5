package vn.thidua.register.model;

import java.time.LocalDate;
import vn.thidua.catalogue.model.AwardCategory;

/**
 * One line of the award register (sổ khen thưởng): who received which title or award for which year, from where
 * (the deciding document, its date and issuer, the "số sổ vàng"), the prize and its funding source, and whether it
 * was a thematic or one-off award (which never counts toward merit awards).
 */
public record AwardEntry(long id, Long staffId, Long unitId, String recipient, String unitName, long awardFormId,
                         String awardName, AwardCategory category, int year, AwardOrigin origin, String decisionNumber,
                         LocalDate decisionDate, String issuer, String goldenBookNo, Long prize, boolean thematic,
                         String fundingSource) {
}
