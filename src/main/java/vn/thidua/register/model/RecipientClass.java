package vn.thidua.register.model;

/**
 * The classes of the national statistics on emulation and commendation (Thông tư 02/2023/TT-BNV): individuals by
 * their place (provincial leaders and above; department leaders and equal; heads and deputy heads of divisions and
 * above; people working directly; business people; others) and collectives by their kind (Party bodies and mass
 * organisations; administrative bodies; public service units; enterprises; cooperatives; households; others).
 */
public enum RecipientClass {
    PROVINCE_LEADER(false), DEPARTMENT_LEADER(false), MANAGER(false), WORKER(false), BUSINESS_PERSON(false),
    OTHER_PERSON(false),
    PARTY_OR_UNION(true), ADMINISTRATIVE(true), PUBLIC_SERVICE(true), ENTERPRISE(true), COOPERATIVE(true),
    HOUSEHOLD(true), OTHER_COLLECTIVE(true);

    private final boolean collective;

    RecipientClass(boolean collective) {
        this.collective = collective;
    }

    public boolean collective() {
        return collective;
    }
}
