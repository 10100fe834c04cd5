package vn.thidua.testsupport;

import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;

/** A new, active administrative unit by default. */
public final class UnitBuilder {

    private Long id;
    private String name = "Phòng Hợp tác quốc tế";
    private String shortName;
    private UnitType type = UnitType.ADMINISTRATIVE;
    private int sortOrder;
    private boolean active = true;

    private UnitBuilder() {
    }

    public static UnitBuilder aUnit() {
        return new UnitBuilder();
    }

    public static UnitBuilder from(Unit u) {
        UnitBuilder b = new UnitBuilder();
        b.id = u.id();
        b.name = u.name();
        b.shortName = u.shortName();
        b.type = u.type();
        b.sortOrder = u.sortOrder();
        b.active = u.active();
        return b;
    }

    public UnitBuilder named(String value) {
        name = value;
        return this;
    }

    public UnitBuilder shortened(String value) {
        shortName = value;
        return this;
    }

    public UnitBuilder ofType(UnitType value) {
        type = value;
        return this;
    }

    public UnitBuilder inactive() {
        active = false;
        return this;
    }

    public Unit build() {
        return new Unit(id, name, shortName, type, sortOrder, active);
    }
}
