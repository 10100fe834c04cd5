package vn.thidua.nominations.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.nominations.logic.NominationRepositoryTest.formId;
import static vn.thidua.testsupport.StaffMemberBuilder.aStaffMember;
import static vn.thidua.testsupport.UnitBuilder.aUnit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.nominations.model.Attendance;
import vn.thidua.nominations.model.Meeting;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.Nominee;
import vn.thidua.nominations.model.Occasion;
import vn.thidua.nominations.model.Vote;
import vn.thidua.organisation.model.CouncilRole;
import vn.thidua.organisation.model.Unit;

class MeetingRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 18);

    @TempDir
    Path dir;

    @Test
    void votesAreCountedAgainstAllMembersLockedWhenClosedAndCorrectedOnlyByAmendment() {
        try (Services s = Services.open(dir.resolve("data"))) {
            council(s, 10);
            Unit unit = s.units().save(aUnit().named("Văn phòng").build());
            long a = received(s, s.staff().save(aStaffMember().named("Nông Văn An").inUnit(unit).build()).id(), "CSTD_CS");
            long b = received(s, s.staff().save(aStaffMember().named("Hà Thị Lan").inUnit(unit).build()).id(), "CSTD_CS");
            MeetingRepository meetings = s.meetings();
            MeetingRepository.Sitting sitting = meetings.create(Meeting.draft(null, DAY), List.of(a, b));
            assertEquals(10, sitting.members());
            assertEquals(1, (int) sitting.meeting().minutesNumber());

            List<Attendance> attendance = new ArrayList<>(sitting.attendance());
            attendance.set(9, attendance.get(9).withPresence(false, "Đi công tác", true));
            var typed = new MeetingRepository.Sitting(sitting.meeting(), attendance,
                    List.of(new Vote(a, 8, 1, 0, 1, 0), new Vote(b, 7, 2, 0, 0, 1)));
            var saved = meetings.save(typed);
            var outcomes = meetings.outcomes(saved);
            assertTrue(outcomes.get(a).passed(), "9 of 10 in favour reach the 80% of CSTĐ cơ sở");
            assertFalse(outcomes.get(b).passed(), "7 of 10 do not");
            assertEquals("90.00", outcomes.get(a).percent().toPlainString());

            UserException tooMany = assertThrows(UserException.class, () -> meetings.save(new MeetingRepository.Sitting(
                    saved.meeting(), saved.attendance(), List.of(new Vote(a, 10, 0, 0, 0, 0)))));
            assertEquals("Số phiếu của \"Nông Văn An\" (10) nhiều hơn số thành viên có mặt (9).", tooMany.getMessage());

            meetings.close(saved.meeting().id(), LocalDateTime.of(2025, 12, 18, 11, 0));
            assertEquals(NominationStatus.REVIEWED, s.nominations().get(a).status());
            UserException locked = assertThrows(UserException.class, () -> meetings.save(saved));
            assertEquals("Cuộc họp đã kết thúc, phiếu đã khóa; sửa kết quả bằng \"Điều chỉnh phiếu\".", locked.getMessage());

            meetings.amendVote(saved.meeting().id(), new Vote(b, 8, 1, 0, 0, 1), "van thu", "Đếm lại phiếu",
                    LocalDateTime.of(2025, 12, 19, 8, 0));
            assertEquals(8, meetings.get(saved.meeting().id()).votes().get(1).agree());
            assertEquals("7/2/0 (0/1)", meetings.amendments(saved.meeting().id()).get(0).before());
        }
    }

    @Test
    void aMeetingBelowQuorumCannotVoteOrClose() {
        try (Services s = Services.open(dir.resolve("data"))) {
            council(s, 9);
            Unit unit = s.units().save(aUnit().named("Văn phòng").build());
            long a = received(s, s.staff().save(aStaffMember().named("Nông Văn An").inUnit(unit).build()).id(), "LDTT");
            var sitting = s.meetings().create(Meeting.draft(null, DAY), List.of(a));
            List<Attendance> attendance = new ArrayList<>(sitting.attendance());
            for (int i = 0; i < 4; i++) {
                attendance.set(i, attendance.get(i).withPresence(false, "Nghỉ phép", false));
            }
            var thin = new MeetingRepository.Sitting(sitting.meeting(), attendance, List.of(new Vote(a, 5, 0, 0, 0, 0)));
            UserException quorum = assertThrows(UserException.class, () -> s.meetings().save(thin));
            assertEquals("Cuộc họp chưa đủ số thành viên: có mặt 5/9, cần ít nhất 2/3 tổng số thành viên.", quorum.getMessage());
            s.meetings().save(new MeetingRepository.Sitting(sitting.meeting(), attendance, List.of(Vote.none(a))));
            assertThrows(UserException.class, () -> s.meetings().close(sitting.meeting().id(), LocalDateTime.now()));
        }
    }

    @Test
    void anAwardWhoseRuleSetsNoThresholdNeedsMoreThanHalf() {
        try (Services s = Services.open(dir.resolve("data"))) {
            council(s, 4);
            Unit unit = s.units().save(aUnit().named("Văn phòng").build());
            long a = received(s, s.staff().save(aStaffMember().named("Nông Văn An").inUnit(unit).build()).id(), "LDTT");
            var sitting = s.meetings().create(Meeting.draft(null, DAY), List.of(a));
            var voted = new MeetingRepository.Sitting(sitting.meeting(), sitting.attendance(), List.of(new Vote(a, 2, 2, 0, 0, 0)));
            var outcome = s.meetings().outcomes(voted).get(a);
            assertEquals(null, outcome.thresholdPercent());
            assertFalse(outcome.passed(), "2 of 4 is not more than half");
        }
    }

    private static long received(Services s, long staffId, String award) {
        Nomination n = s.nominations().save(Nomination.draft(null, Occasion.YEAR_END, 2025, Nominee.person(staffId),
                formId(s, award), null, DAY.minusDays(20)));
        s.nominations().changeStatus(n.id(), NominationStatus.SUBMITTED, DAY.minusDays(10), null);
        s.nominations().changeStatus(n.id(), NominationStatus.RECEIVED, DAY.minusDays(9), null);
        return n.id();
    }

    private static void council(Services s, int size) {
        s.database().inTransaction(c -> {
            for (int i = 0; i < size; i++) {
                CouncilRole role = i == 0 ? CouncilRole.CHAIR : i == size - 1 ? CouncilRole.SECRETARY : CouncilRole.MEMBER;
                Jdbc.update(c, "INSERT INTO council_member (full_name, council_role, position, sort_order) VALUES (?, ?, ?, ?)",
                        "Thành viên " + (i + 1), role.name(), "Trưởng phòng", i);
            }
            return null;
        });
    }
}
