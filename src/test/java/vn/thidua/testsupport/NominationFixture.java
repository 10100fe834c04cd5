package vn.thidua.testsupport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.catalogue.model.AwardCategory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.nominations.logic.MeetingRepository;
import vn.thidua.nominations.model.Attendance;
import vn.thidua.nominations.model.AwardLine;
import vn.thidua.nominations.model.Meeting;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.Nominee;
import vn.thidua.nominations.model.Occasion;
import vn.thidua.nominations.model.Vote;
import vn.thidua.nominations.model.YearLine;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitType;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanStatus;

/**
 * The demo office with a movement's nominations: units and people nominated for the director's Giấy khen, one person
 * for CSTĐ cơ sở and one for the province's Bằng khen, all received; optionally a closed council meeting in which the
 * last person does not reach the threshold.
 */
public final class NominationFixture {

    public static final LocalDate DAY = LocalDate.of(2025, 12, 18);
    public static final LocalDate TODAY = LocalDate.of(2025, 12, 22);

    public final Plan plan;
    public final List<Long> nominations;
    public final Long meetingId;

    private NominationFixture(Plan plan, List<Long> nominations, Long meetingId) {
        this.plan = plan;
        this.nominations = List.copyOf(nominations);
        this.meetingId = meetingId;
    }

    /** The demo office, then {@code units} collectives and {@code people} individuals nominated under its first plan. */
    public static NominationFixture create(Services s, int units, int people, boolean withMeeting) {
        Demo.fill(s.database(), DAY.minusMonths(7));
        return onDemo(s, units, people, withMeeting);
    }

    /**
     * As {@link #create} in a data folder that already holds the demo office; the oldest plan, issued if a draft. The
     * demo's own nominations and meetings are taken away first, so the fixture's are the only ones.
     */
    public static NominationFixture onDemo(Services s, int units, int people, boolean withMeeting) {
        clearNominations(s);
        Plan oldest = s.plans().get(s.plans().all().get(s.plans().all().size() - 1).id());
        long planId = oldest.id();
        Plan plan = oldest.status() == PlanStatus.DRAFT ? s.plans().issue(planId, LocalDate.of(2025, 5, 20), 15) : oldest;
        long giayKhen = form(s, "GK_SO");
        List<Long> ids = new ArrayList<>();
        List<Unit> collectives = s.units().all().stream().filter(u -> u.type() != UnitType.LEADERSHIP).toList();
        for (int i = 0; i < units; i++) {
            Unit u = collectives.get(i % collectives.size());
            ids.add(received(s, Nomination.draft(planId, Occasion.MOVEMENT, 2025, Nominee.unit(u.id()), giayKhen, u.id(),
                    DAY.minusDays(30)).withTexts(null, null, "Đơn vị có " + (8 + i) + " công chức, viên chức.",
                    "Hoàn thành 100% nhiệm vụ được giao.", "Đổi mới cách làm, phân công rõ người, rõ việc.", null)
                    .withReport(2025, List.of(new YearLine(2025, Rating.EXCELLENT, "Tập thể lao động tiên tiến", null)),
                            List.of())));
        }
        List<StaffMember> staff = s.staff().all().stream().filter(m -> !m.leader()).toList();
        for (int i = 0; i < people; i++) {
            StaffMember m = staff.get(i % staff.size());
            String code = i == people - 2 && people >= 3 ? "BK_TINH" : i == people - 3 && people >= 3 ? "CSTD_CS" : "GK_SO";
            int first = code.equals("BK_TINH") ? 2024 : 2025;
            List<YearLine> years = new ArrayList<>();
            for (int y = first; y <= 2025; y++) {
                years.add(new YearLine(y, Rating.EXCELLENT, "Lao động tiên tiến", y == 2025 ? "Có 01 sáng kiến được công nhận"
                        : null));
            }
            ids.add(received(s, Nomination.draft(planId, Occasion.MOVEMENT, 2025, Nominee.person(m.id()), form(s, code),
                    m.unitId(), DAY.minusDays(30)).withTexts(i == 0 ? "Hoàn thành xuất sắc nhiệm vụ; 01 sáng kiến." : null,
                    "Tham mưu công tác lễ tân đối ngoại của tỉnh.\n- Theo dõi hợp tác với tỉnh Quảng Tây (Trung Quốc).",
                    null, "Hoàn thành xuất sắc nhiệm vụ được giao, không để xảy ra sai sót.", null,
                    i == 0 ? "Nữ, trực tiếp công tác" : null)
                    .withReport(first, years, List.of(new AwardLine(AwardCategory.TITLE, 2024, "Lao động tiên tiến",
                                    "Quyết định số 120/QĐ-SNgV ngày 20/12/2024; Giám đốc Sở"),
                            new AwardLine(AwardCategory.AWARD, 2023, "Giấy khen của Giám đốc Sở",
                                    "Quyết định số 98/QĐ-SNgV ngày 18/12/2023; Giám đốc Sở")))));
        }
        Long meetingId = null;
        if (withMeeting) {
            MeetingRepository.Sitting sitting = s.meetings().create(new Meeting(null, planId, 2025, DAY, LocalTime.of(8, 0),
                    LocalTime.of(10, 30), "Phòng họp tầng 2, Sở Ngoại vụ", null, null, null, null,
                    "Đại diện Sở Nội vụ", "Các ý kiến thống nhất với đề xuất của Thường trực Hội đồng.", null, null), ids);
            List<Attendance> attendance = new ArrayList<>(sitting.attendance());
            int last = attendance.size() - 1;
            attendance.set(last - 1, attendance.get(last - 1).withPresence(false, "Đi công tác", true));
            int members = attendance.size();
            int present = members - 1;
            List<Vote> votes = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                boolean fails = i == ids.size() - 1 && people > 1;
                votes.add(fails ? new Vote(ids.get(i), present - 4, 4, 0, 0, 1) : new Vote(ids.get(i), present, 0, 0, 1, 0));
            }
            s.meetings().save(new MeetingRepository.Sitting(sitting.meeting(), attendance, votes));
            s.meetings().close(sitting.meeting().id(), LocalDateTime.of(2025, 12, 18, 10, 30));
            meetingId = sitting.meeting().id();
        }
        return new NominationFixture(plan, ids, meetingId);
    }

    /** Removes every nomination, council meeting and decision (the demo's), with votes, checklists and history. */
    public static void clearNominations(Services s) {
        s.database().inTransaction(c -> {
            Jdbc.update(c, "DELETE FROM award WHERE decision_id IS NOT NULL OR nomination_id IS NOT NULL");
            for (String table : List.of("decision_line", "decision_basis", "decision", "council_vote_amendment",
                    "council_vote", "council_attendance", "council_meeting",
                    "dossier_document", "nomination_status", "nomination_year_line", "nomination_award_line", "nomination")) {
                Jdbc.update(c, "DELETE FROM " + table);
            }
            return null;
        });
    }

    public static long form(Services s, String code) {
        return s.catalogue().awardForms().stream().filter(f -> f.code().equals(code)).map(AwardForm::id).findFirst()
                .orElseThrow();
    }

    private static long received(Services s, Nomination typed) {
        Nomination n = s.nominations().save(typed);
        s.nominations().changeStatus(n.id(), NominationStatus.SUBMITTED, DAY.minusDays(20), null);
        s.nominations().changeStatus(n.id(), NominationStatus.RECEIVED, DAY.minusDays(19), null);
        return n.id();
    }
}
