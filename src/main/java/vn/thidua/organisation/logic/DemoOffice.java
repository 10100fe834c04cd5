package vn.thidua.organisation.logic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.CouncilMember;
import vn.thidua.organisation.model.CouncilRole;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.DisciplineForm;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.organisation.model.UnitYear;

/**
 * The demo office: Sở Ngoại vụ tỉnh Lạng Sơn with the units and leaders the seed documents name, invented staff
 * and three years of records. Always the same data (fixed random seed), written in one transaction.
 */
public final class DemoOffice {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Hà", "Vi", "Lương", "Nông",
        "Lăng", "Đặng", "Đinh", "Triệu", "Lý", "Vũ", "Đỗ", "Bế", "Ma", "Lộc", "Dương", "Chu", "Ngô"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Mạnh", "Tiến"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Kim", "Thúy", "Minh"};
    private static final String[] GIVEN_MALE = {"Anh", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Long",
        "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Ân", "Đông", "Huy", "Lâm"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Chi", "Dung", "Hà", "Hằng", "Hạnh", "Hoa", "Huyền", "Lan",
        "Linh", "Mai", "Ngân", "Nhung", "Phương", "Thảo", "Vân", "Yến", "Ánh", "Ấn", "Duyên"};

    public static final int FIRST_YEAR = 2023;
    public static final int LAST_YEAR = 2025;

    private DemoOffice() {
    }

    /** Fills an empty database with the demo office; refuses a database that already holds data. */
    public static void fill(Database db) {
        fill(db, 0);
    }

    /** As {@link #fill(Database)}, with {@code extraStaff} more invented people (for benchmarks). */
    public static void fill(Database db, int extraStaff) {
        db.inTransaction(c -> {
            fill(c, extraStaff);
            return null;
        });
    }

    /** As {@link #fill(Database, int)} on the caller's transaction, so other features' demo data can join it. */
    public static void fill(Connection c, int extraStaff) throws SQLException {
        long existing = Jdbc.count(c, "SELECT (SELECT COUNT(*) FROM unit) + (SELECT COUNT(*) FROM staff) "
                + "+ (SELECT COUNT(*) FROM agency)");
        if (existing > 0) {
            throw UserException.of("demo.error.notEmpty");
        }
        write(c, extraStaff);
    }

    private static void write(Connection c, int extraStaff) throws SQLException {
        Random random = new Random(2026);
        AgencyRepository.saveAgency(c, new Agency("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ", "SNgV", "Lạng Sơn",
                "Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn", "0205 3812 345", "songoaivu@langson.gov.vn"));

        Unit leadership = UnitRepository.save(c, new Unit(null, "Ban Giám đốc", "BGĐ", UnitType.LEADERSHIP, 0, true));
        Unit cooperation = UnitRepository.save(c, new Unit(null, "Phòng Hợp tác quốc tế - Văn phòng", "HTQT-VP",
                UnitType.ADMINISTRATIVE, 0, true));
        Unit consular = UnitRepository.save(c, new Unit(null, "Phòng Lãnh sự - Quản lý biên giới", "LS-QLBG",
                UnitType.ADMINISTRATIVE, 0, true));
        Unit centre = UnitRepository.save(c, new Unit(null, "Trung tâm Thông tin và Dịch vụ đối ngoại", "TTTTDVĐN",
                UnitType.PUBLIC_SERVICE, 0, true));

        Set<String> usedNames = new HashSet<>();
        List<StaffMember> staff = new ArrayList<>();
        staff.add(person(c, usedNames, "Trịnh Tuyết Mai", Gender.FEMALE, LocalDate.of(1975, 4, 12), "Giám đốc", leadership, StaffKind.CIVIL_SERVANT, true));
        staff.add(person(c, usedNames, "Tô Thị Trang", Gender.FEMALE, LocalDate.of(1979, 9, 3), "Phó Giám đốc", leadership, StaffKind.CIVIL_SERVANT, true));
        staff.add(person(c, usedNames, "Hoàng Văn Long", Gender.MALE, LocalDate.of(1977, 1, 25), "Phó Giám đốc", leadership, StaffKind.CIVIL_SERVANT, true));

        addUnitStaff(c, random, usedNames, staff, cooperation, "Trưởng phòng", "Phó Trưởng phòng", 16, StaffKind.CIVIL_SERVANT);
        addUnitStaff(c, random, usedNames, staff, consular, "Trưởng phòng", "Phó Trưởng phòng", 12, StaffKind.CIVIL_SERVANT);
        addUnitStaff(c, random, usedNames, staff, centre, "Giám đốc Trung tâm", "Phó Giám đốc Trung tâm", 10, StaffKind.PUBLIC_EMPLOYEE);
        Unit[] units = {cooperation, consular, centre};
        for (int i = 0; i < extraStaff; i++) {
            Unit u = units[i % units.length];
            staff.add(randomPerson(c, random, usedNames, u, "Chuyên viên", u.type() == UnitType.PUBLIC_SERVICE
                    ? StaffKind.PUBLIC_EMPLOYEE : StaffKind.CIVIL_SERVANT, false));
        }

        AgencyRepository.replaceSigners(c, List.of(
                new Signer(null, "Trịnh Tuyết Mai", SignerRole.DIRECTOR, 1, true),
                new Signer(null, "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR, 2, true),
                new Signer(null, "Hoàng Văn Long", SignerRole.DEPUTY_DIRECTOR, 3, true)));
        List<CouncilMember> council = new ArrayList<>();
        council.add(new CouncilMember(null, "Trịnh Tuyết Mai", CouncilRole.CHAIR, "Giám đốc Sở", 1, true));
        council.add(new CouncilMember(null, "Tô Thị Trang", CouncilRole.VICE_CHAIR, "Phó Giám đốc Sở", 2, true));
        council.add(new CouncilMember(null, "Hoàng Văn Long", CouncilRole.MEMBER, "Phó Giám đốc Sở", 3, true));
        for (StaffMember s : staff) {
            if (s.leader() && !s.unitId().equals(leadership.id()) && !StaffOrder.isDeputy(s.position())) {
                CouncilRole role = s.unitId().equals(cooperation.id()) ? CouncilRole.SECRETARY : CouncilRole.MEMBER;
                council.add(new CouncilMember(null, s.fullName(), role, s.position() + ", " + unitName(s, units), 0, true));
            }
        }
        AgencyRepository.replaceCouncil(c, council);

        writeRecords(c, random, staff, units);
    }

    private static String unitName(StaffMember s, Unit[] units) {
        for (Unit u : units) {
            if (u.id().equals(s.unitId())) {
                return u.name();
            }
        }
        return "";
    }

    private static void addUnitStaff(Connection c, Random random, Set<String> used, List<StaffMember> staff, Unit unit,
                                     String head, String deputy, int count, StaffKind kind) throws SQLException {
        staff.add(randomPerson(c, random, used, unit, head, kind, true));
        staff.add(randomPerson(c, random, used, unit, deputy, kind, true));
        String[] positions = kind == StaffKind.PUBLIC_EMPLOYEE
                ? new String[] {"Viên chức", "Viên chức", "Kế toán", "Biên dịch viên"}
                : new String[] {"Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Chuyên viên"};
        for (int i = 2; i < count; i++) {
            boolean worker = i == count - 1;
            staff.add(randomPerson(c, random, used, unit, worker ? "Nhân viên" : positions[random.nextInt(positions.length)],
                    worker ? StaffKind.WORKER : kind, false));
        }
    }

    private static StaffMember randomPerson(Connection c, Random random, Set<String> used, Unit unit, String position,
                                            StaffKind kind, boolean leader) throws SQLException {
        Gender gender = random.nextInt(100) < 55 ? Gender.FEMALE : Gender.MALE;
        String name;
        int attempts = 0;
        do {
            String[] middle = gender == Gender.FEMALE ? MIDDLE_FEMALE : MIDDLE_MALE;
            String[] given = gender == Gender.FEMALE ? GIVEN_FEMALE : GIVEN_MALE;
            name = FAMILY[random.nextInt(FAMILY.length)] + " " + middle[random.nextInt(middle.length)] + " "
                    + given[random.nextInt(given.length)];
            if (++attempts > 20) {
                name = name + " " + given[random.nextInt(given.length)];
            }
        } while (used.contains(name));
        LocalDate birth = LocalDate.of(1968 + random.nextInt(32), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return person(c, used, name, gender, birth, position, unit, kind, leader);
    }

    private static StaffMember person(Connection c, Set<String> used, String name, Gender gender, LocalDate birth,
                                      String position, Unit unit, StaffKind kind, boolean leader) throws SQLException {
        used.add(name);
        LocalDate start = LocalDate.of(Math.min(birth.getYear() + 24, 2020), 9, 1);
        return StaffRepository.save(c, new StaffMember(null, null, name, gender, birth, position, unit.id(), kind, leader,
                start, null, "Lạng Sơn", "Lạng Sơn", kind == StaffKind.WORKER ? "Trung cấp" : "Đại học", null, null));
    }

    private static void writeRecords(Connection c, Random random, List<StaffMember> staff, Unit[] units) throws SQLException {
        Map<String, Long> forms = YearlyRecordRepository.awardFormIds(c);
        boolean disciplined = false;
        boolean inspected = false;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (StaffMember s : staff) {
                int roll = random.nextInt(100);
                Rating rating = roll < 25 ? Rating.EXCELLENT : roll < 88 ? Rating.GOOD : roll < 97 ? Rating.COMPLETED
                        : Rating.NOT_COMPLETED;
                Set<String> titles = new HashSet<>();
                if (rating == Rating.EXCELLENT || rating == Rating.GOOD) {
                    titles.add("LDTT");
                }
                boolean innovation = rating == Rating.EXCELLENT && random.nextInt(100) < 60;
                if (innovation) {
                    YearlyRecordRepository.saveInnovation(c, new Innovation(null, s.id(), year,
                            INNOVATIONS[random.nextInt(INNOVATIONS.length)], InnovationLevel.BASE,
                            (10 + random.nextInt(80)) + "/QĐ-SNgV", LocalDate.of(year, 12, 10 + random.nextInt(15))));
                    titles.add("CSTD_CS");
                }
                boolean pending = false;
                if (!disciplined && year == LAST_YEAR && rating == Rating.COMPLETED) {
                    YearlyRecordRepository.saveDiscipline(c, new Discipline(null, s.id(), DisciplineForm.REPRIMAND,
                            LocalDate.of(year, 6, 15), LocalDate.of(year + 1, 6, 14), "45/QĐ-SNgV",
                            "Vi phạm quy chế làm việc của cơ quan"));
                    disciplined = true;
                    titles.clear();
                } else if (!inspected && year == LAST_YEAR && rating == Rating.GOOD && !s.leader()) {
                    pending = true;
                    inspected = true;
                    titles.clear();
                }
                YearlyRecordRepository.saveStaffYear(c, new StaffYear(s.id(), year, rating, pending, null, titles), forms);
            }
            for (Unit u : units) {
                boolean excellent = random.nextBoolean();
                Set<String> titles = excellent && year < LAST_YEAR ? Set.of("TT_LDXS") : Set.of("TT_LDTT");
                YearlyRecordRepository.saveUnitYear(c, new UnitYear(u.id(), year, excellent ? Rating.EXCELLENT : Rating.GOOD,
                        new BigDecimal(excellent ? "100.00" : "95.00"), null, titles), forms);
            }
        }
    }

    private static final String[] INNOVATIONS = {
        "Số hóa hồ sơ đoàn ra, đoàn vào của tỉnh",
        "Quy trình phối hợp tiếp nhận công dân Việt Nam bị trao trả qua cửa khẩu",
        "Cơ sở dữ liệu đối tác nước ngoài của tỉnh",
        "Bản tin đối ngoại điện tử hằng tháng",
        "Biểu mẫu điện tử cấp phép hội nghị, hội thảo quốc tế",
        "Sổ tay nghiệp vụ lễ tân đối ngoại",
    };
}
