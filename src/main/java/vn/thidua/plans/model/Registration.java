package vn.thidua.plans.model;

import java.time.LocalDate;

/**
 * Đăng ký thi đua: a unit or a person (exactly one of the two) aims for an award form under a plan and commits to
 * what it will achieve.
 */
public record Registration(Long id, long planId, Long unitId, Long staffId, long awardFormId, String commitment,
                           LocalDate registeredOn) {

    public Awardee awardee() {
        return unitId != null ? Awardee.COLLECTIVE : Awardee.INDIVIDUAL;
    }
}
