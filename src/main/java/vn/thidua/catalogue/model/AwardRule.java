package vn.thidua.catalogue.model;

import java.math.BigDecimal;

/** What a legal basis says of an award form: prize coefficients, the council's vote threshold, report years. */
public record AwardRule(long awardFormId, long legalBasisId, BigDecimal individualCoefficient,
                        BigDecimal collectiveCoefficient, Integer voteThresholdPercent, Integer reportYears) {
}
