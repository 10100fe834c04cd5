package vn.thidua.nominations.logic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.common.db.Jdbc;
import vn.thidua.nominations.model.Attendance;
import vn.thidua.nominations.model.Meeting;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.Nominee;
import vn.thidua.nominations.model.Occasion;
import vn.thidua.nominations.model.Vote;
import vn.thidua.organisation.logic.YearlyRecordRepository;

/**
 * The demo office's nominations: Giấy khen under seed 001's movement (one more person than its quota of three, one
 * dossier late), the 2025 year-end review (CSTĐ cơ sở, one nominee rated only "hoàn thành tốt" without an
 * innovation, so the eligibility check refuses it; a Tập thể LĐTT), both reviewed at held and
 * closed council meetings, and seed 003's first dossiers, still missing documents. Nominees are picked from the demo
 * records by what they hold, so the story stays true to the records.
 */
public final class DemoNominations {

    private static final LocalDate DEADLINE_001 = LocalDate.of(2025, 10, 30);

    private DemoNominations() {
    }

    public static void write(Connection c, long seed001, long seed003) throws SQLException {
        Map<String, Long> forms = YearlyRecordRepository.awardFormIds(c);
        long consular = unit(c, "LS-QLBG");
        long centre = unit(c, "TTTTDVĐN");

        // Seed 001: Giấy khen, 01 tập thể and 03 cá nhân; four people proposed, the fourth after the deadline.
        List<Long> movement = new ArrayList<>();
        movement.add(nominate(c, seed001, Occasion.THEMATIC, 2025, Nominee.unit(consular), forms.get("GK_SO"), consular,
                "Tập thể tiêu biểu trong công tác lãnh sự, bảo hộ công dân và quản lý biên giới dịp Đại hội.",
                LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 24), LocalDate.of(2025, 10, 27)));
        List<Long> picked = people(c, "sy.rating IN ('EXCELLENT', 'GOOD') AND s.leader = FALSE", 2025, 4, List.of());
        String[] summaries = {
            "Tham mưu tổ chức thành công các hoạt động đối ngoại chào mừng Đại hội Đảng bộ tỉnh.",
            "Hoàn thành xuất sắc công tác lễ tân, phục vụ các đoàn khách quốc tế dịp Đại hội.",
            "Chủ động số hóa hồ sơ lãnh sự, rút ngắn thời gian giải quyết thủ tục hành chính.",
            "Tích cực tuyên truyền về Đại hội trên trang thông tin điện tử của Sở."};
        for (int i = 0; i < picked.size(); i++) {
            boolean late = i == picked.size() - 1;
            movement.add(nominate(c, seed001, Occasion.THEMATIC, 2025, Nominee.person(picked.get(i)), forms.get("GK_SO"),
                    unitOf(c, picked.get(i)), summaries[i % summaries.length], LocalDate.of(2025, 10, 20),
                    late ? LocalDate.of(2025, 10, 31) : LocalDate.of(2025, 10, 24),
                    late ? LocalDate.of(2025, 10, 31) : LocalDate.of(2025, 10, 27)));
        }
        hold(c, seed001, LocalDate.of(2025, 11, 5), movement, "Xét khen thưởng phong trào thi đua đặc biệt chào mừng Đại hội "
                + "Đảng bộ tỉnh Lạng Sơn lần thứ XVIII", new int[] {0, 0, 1, 0, 3});

        // Year-end 2025: CSTĐ cơ sở (one rated excellent, one only good without an innovation) and TT LĐTT.
        List<Long> yearEnd = new ArrayList<>();
        List<Long> excellent = people(c, "sy.rating = 'EXCELLENT' AND NOT EXISTS (SELECT 1 FROM award a JOIN award_form f "
                + "ON f.id = a.award_form_id WHERE a.staff_id = s.id AND a.award_year = sy.record_year AND f.code = 'CSTD_CS')",
                2025, 1, picked);
        for (long id : excellent) {
            yearEnd.add(nominate(c, null, Occasion.YEAR_END, 2025, Nominee.person(id), forms.get("CSTD_CS"), unitOf(c, id),
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025; đạt danh hiệu Lao động tiên tiến.", LocalDate.of(2025, 12, 1),
                    LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 8)));
        }
        List<Long> good = people(c, "sy.rating = 'GOOD' AND s.leader = FALSE AND NOT EXISTS (SELECT 1 FROM innovation i "
                + "WHERE i.staff_id = s.id AND i.record_year = sy.record_year)", 2025, 1, picked);
        for (long id : good) {
            yearEnd.add(nominate(c, null, Occasion.YEAR_END, 2025, Nominee.person(id), forms.get("CSTD_CS"), unitOf(c, id),
                    "Hoàn thành tốt nhiệm vụ năm 2025; tích cực tham gia phong trào thi đua của cơ quan.",
                    LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 8)));
        }
        yearEnd.add(nominate(c, null, Occasion.YEAR_END, 2025, Nominee.unit(consular), forms.get("TT_LDTT"), consular,
                "Tập thể hoàn thành tốt nhiệm vụ năm 2025; nội bộ đoàn kết.", LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 8)));
        hold(c, null, LocalDate.of(2025, 12, 18), yearEnd, "Xét danh hiệu thi đua và hình thức khen thưởng năm 2025",
                new int[] {0, 3, 1});

        // Seed 003 (2026): first dossiers, one still a draft, one submitted with documents missing.
        List<Long> seed003People = people(c, "sy.rating IN ('EXCELLENT', 'GOOD') AND s.unit_id = " + centre, 2025, 1, picked);
        nominate(c, seed003, Occasion.THEMATIC, 2026, Nominee.unit(centre), forms.get("GK_SO"), centre,
                "Tổ chức tốt các hoạt động thông tin đối ngoại của đợt thi đua.", LocalDate.of(2026, 5, 15), null, null);
        for (long id : seed003People) {
            nominate(c, seed003, Occasion.THEMATIC, 2026, Nominee.person(id), forms.get("GK_SO"), centre,
                    "Hoàn thành xuất sắc nhiệm vụ biên dịch, phiên dịch phục vụ các đoàn công tác.", LocalDate.of(2026, 5, 15),
                    LocalDate.of(2026, 5, 20), null);
        }
    }

    private static long nominate(Connection c, Long plan, Occasion occasion, int year, Nominee nominee, long form,
                                 long proposingUnit, String summary, LocalDate drafted, LocalDate submitted,
                                 LocalDate received) throws SQLException {
        Nomination n = Nomination.draft(plan, occasion, year, nominee, form, proposingUnit, drafted)
                .withTexts(summary, null, null, null, null, null);
        n = NominationRepository.save(c, ReportFiller.fill(c, n, drafted));
        DossierService.prepare(c, n.id(), drafted);
        if (submitted != null) {
            NominationRepository.changeStatus(c, n.id(), NominationStatus.SUBMITTED, submitted, null);
        }
        if (received != null) {
            NominationRepository.changeStatus(c, n.id(), NominationStatus.RECEIVED, received, null);
        }
        return n.id();
    }

    /** A closed meeting voting on the nominations; {@code against} gives each one's votes against in the room. */
    private static void hold(Connection c, Long plan, LocalDate day, List<Long> agenda, String subject, int[] against)
            throws SQLException {
        MeetingRepository.Sitting s = MeetingRepository.create(c, Meeting.draft(plan, day), agenda);
        List<Attendance> attendance = new ArrayList<>(s.attendance());
        int last = attendance.size() - 2;
        attendance.set(last, attendance.get(last).withPresence(false, "Đi công tác", true));
        Meeting m = s.meeting();
        Meeting typed = new Meeting(m.id(), m.planId(), m.year(), day, LocalTime.of(8, 30), LocalTime.of(10, 45),
                "Phòng họp tầng 2, Sở Ngoại vụ", subject, m.minutesNumber(), m.chairId(), m.secretaryId(), null,
                "Các thành viên Hội đồng thống nhất với báo cáo của Thường trực Hội đồng; ý kiến đề nghị làm rõ thành "
                        + "tích của một số cá nhân đã được giải trình.",
                "Hội đồng thống nhất đề nghị khen thưởng các tập thể, cá nhân đạt tỷ lệ phiếu theo quy định; giao "
                        + "Văn phòng Sở hoàn thiện hồ sơ trình Giám đốc Sở.", null);
        int present = (int) attendance.stream().filter(Attendance::present).count();
        List<Vote> votes = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            int no = Math.min(against[i % against.length], present);
            votes.add(new Vote(agenda.get(i), present - no, no, 0, 1, 0));
        }
        MeetingRepository.save(c, new MeetingRepository.Sitting(typed, attendance, votes));
        MeetingRepository.close(c, m.id(), day.atTime(10, 45));
    }

    private static List<Long> people(Connection c, String where, int year, int count, List<Long> taken)
            throws SQLException {
        List<Long> out = new ArrayList<>();
        for (long id : Jdbc.list(c, "SELECT s.id FROM staff s JOIN staff_year sy ON sy.staff_id = s.id "
                + "AND sy.record_year = ? WHERE sy.pending_inspection = FALSE AND NOT EXISTS (SELECT 1 FROM discipline d "
                + "WHERE d.staff_id = s.id) AND " + where + " ORDER BY sy.rating = 'EXCELLENT' DESC, s.id", rs -> rs.getLong(1),
                year)) {
            if (!taken.contains(id) && out.size() < count) {
                out.add(id);
            }
        }
        return out;
    }

    private static long unit(Connection c, String shortName) throws SQLException {
        return Jdbc.one(c, "SELECT id FROM unit WHERE short_name = ?", rs -> rs.getLong(1), shortName).orElseThrow();
    }

    private static long unitOf(Connection c, long staffId) throws SQLException {
        return Jdbc.one(c, "SELECT unit_id FROM staff WHERE id = ?", rs -> rs.getLong(1), staffId).orElseThrow();
    }
}
