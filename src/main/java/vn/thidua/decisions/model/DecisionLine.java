package vn.thidua.decisions.model;

/**
 * One line of a decision's attached list: who is awarded (a person or a unit, with the name and the position and unit
 * as printed), the award and the year it is for, the nomination it answers when there is one, the "số sổ vàng" and
 * the prize in đồng.
 */
public record DecisionLine(Long nominationId, Long staffId, Long unitId, long awardFormId, int awardYear, String name,
                           String position, String goldenBookNo, Long prize) {

    public boolean collective() {
        return unitId != null;
    }

    public DecisionLine withPrize(String bookNo, Long amount) {
        return new DecisionLine(nominationId, staffId, unitId, awardFormId, awardYear, name, position, bookNo, amount);
    }
}
