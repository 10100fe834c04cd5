package vn.thidua.testsupport;

import java.time.LocalDate;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;

/** A valid staff member by default; tests change only what they are about. */
public final class StaffMemberBuilder {

    private Long id;
    private String code;
    private String fullName = "Nguyễn Thị Lan";
    private Gender gender = Gender.FEMALE;
    private LocalDate birthDate = LocalDate.of(1990, 5, 17);
    private String position = "Chuyên viên";
    private Long unitId;
    private StaffKind kind = StaffKind.CIVIL_SERVANT;
    private boolean leader;
    private LocalDate startDate = LocalDate.of(2015, 9, 1);
    private LocalDate endDate;
    private String hometown = "Lạng Sơn";
    private String residence = "Lạng Sơn";
    private String qualification = "Đại học";
    private String academicTitle;
    private String note;

    private StaffMemberBuilder() {
    }

    public static StaffMemberBuilder aStaffMember() {
        return new StaffMemberBuilder();
    }

    public static StaffMemberBuilder from(StaffMember s) {
        StaffMemberBuilder b = new StaffMemberBuilder();
        b.id = s.id();
        b.code = s.code();
        b.fullName = s.fullName();
        b.gender = s.gender();
        b.birthDate = s.birthDate();
        b.position = s.position();
        b.unitId = s.unitId();
        b.kind = s.kind();
        b.leader = s.leader();
        b.startDate = s.startDate();
        b.endDate = s.endDate();
        b.hometown = s.hometown();
        b.residence = s.residence();
        b.qualification = s.qualification();
        b.academicTitle = s.academicTitle();
        b.note = s.note();
        return b;
    }

    public StaffMemberBuilder withId(long value) {
        id = value;
        return this;
    }

    public StaffMemberBuilder withCode(String value) {
        code = value;
        return this;
    }

    public StaffMemberBuilder named(String value) {
        fullName = value;
        return this;
    }

    public StaffMemberBuilder male() {
        gender = Gender.MALE;
        return this;
    }

    public StaffMemberBuilder female() {
        gender = Gender.FEMALE;
        return this;
    }

    public StaffMemberBuilder born(LocalDate value) {
        birthDate = value;
        return this;
    }

    public StaffMemberBuilder born(int year, int month, int day) {
        return born(LocalDate.of(year, month, day));
    }

    public StaffMemberBuilder as(String positionValue) {
        position = positionValue;
        return this;
    }

    /** A head or deputy of the unit, listed before the others. */
    public StaffMemberBuilder leading(String positionValue) {
        position = positionValue;
        leader = true;
        return this;
    }

    public StaffMemberBuilder inUnit(Unit unit) {
        unitId = unit.id();
        return this;
    }

    public StaffMemberBuilder inUnit(Long value) {
        unitId = value;
        return this;
    }

    public StaffMemberBuilder ofKind(StaffKind value) {
        kind = value;
        return this;
    }

    public StaffMemberBuilder working(LocalDate from, LocalDate to) {
        startDate = from;
        endDate = to;
        return this;
    }

    public StaffMemberBuilder withHometown(String hometownValue) {
        hometown = hometownValue;
        return this;
    }

    public StaffMemberBuilder livingIn(String value) {
        residence = value;
        return this;
    }

    public StaffMemberBuilder qualified(String value) {
        qualification = value;
        return this;
    }

    public StaffMemberBuilder withAcademicTitle(String value) {
        academicTitle = value;
        return this;
    }

    public StaffMemberBuilder withNote(String value) {
        note = value;
        return this;
    }

    public StaffMember build() {
        return new StaffMember(id, code, fullName, gender, birthDate, position, unitId, kind, leader, startDate, endDate,
                hometown, residence, qualification, academicTitle, note);
    }
}
