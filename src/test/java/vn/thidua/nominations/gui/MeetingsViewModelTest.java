package vn.thidua.nominations.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.nominations.gui.MeetingsViewModel.AttendanceRow;
import vn.thidua.nominations.gui.MeetingsViewModel.VoteRow;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.Nominee;
import vn.thidua.nominations.model.Occasion;
import vn.thidua.testsupport.RecordingDialogs;

/** A council meeting on the demo office's council, voting on two year-end nominations received for 2026. */
class MeetingsViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 18);

    @TempDir
    Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MeetingsViewModel model;
    private long cstd;
    private long ldtt;

    @BeforeEach
    void open() {
        services = Services.open(folder.resolve("data"));
        Demo.fill(services.database(), TODAY);
        cstd = received(services, 5, "CSTD_CS");
        ldtt = received(services, 6, "LDTT");
        model = new MeetingsViewModel(new MeetingsViewModel.Sources(services.meetings(), services.nominations(),
                services.plans(), services.agency()), new SameThreadExecutor(), dialogs,
                () -> LocalDateTime.of(2026, 12, 18, 10, 30), "thuky");
        model.load();
    }

    /** A year-end nomination of the demo's i-th person, submitted and received. */
    static long received(Services s, int person, String award) {
        long staffId = s.staff().all().get(person).id();
        long form = s.catalogue().awardForms().stream().filter(f -> f.code().equals(award)).findFirst().orElseThrow().id();
        Nomination n = s.nominations().save(Nomination.draft(null, Occasion.YEAR_END, 2026, Nominee.person(staffId),
                form, null, TODAY.minusDays(20)));
        s.nominations().changeStatus(n.id(), NominationStatus.SUBMITTED, TODAY.minusDays(10), null);
        s.nominations().changeStatus(n.id(), NominationStatus.RECEIVED, TODAY.minusDays(9), null);
        return n.id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aMeetingVotesOnTheReceivedNominationsCountedLiveAndClosingMarksThemReviewed() {
        openNewMeeting();
        int members = model.attendance().size();
        assertEquals(List.of(ldtt, cstd), model.votes().stream().map(VoteRow::nominationId).toList(),
                "in the award forms' order, as the plan lists them");
        assertEquals("Có mặt " + members + "/" + members + " — đủ 2/3", model.quorumTextProperty().get());

        AttendanceRow absent = model.attendance().get(members - 1);
        absent.present.set(false);
        absent.absenceReason.set("Đi công tác");
        absent.writtenOpinion.set(true);
        assertEquals("Có mặt " + (members - 1) + "/" + members + " — đủ 2/3", model.quorumTextProperty().get());

        VoteRow a = model.votes().get(1);
        VoteRow b = model.votes().get(0);
        assertEquals("≥ 80%", a.thresholdText());
        a.agree.set(String.valueOf(members - 1));
        a.writtenAgree.set("1");
        assertEquals("Đạt", a.outcomeTextProperty().get());
        assertEquals("100,00%", a.percentTextProperty().get());
        b.agree.set("1");
        b.disagree.set(String.valueOf(members - 2));
        assertEquals("Không đạt", b.outcomeTextProperty().get());
        b.agree.set(String.valueOf(members));
        assertEquals("Số phiếu của \"" + b.nomineeName() + "\" (" + (members + members - 2) + ") nhiều hơn số thành viên có mặt ("
                + (members - 1) + ").", model.votesErrorProperty().get());
        b.agree.set("x");
        assertFalse(model.saveCommand().isExecutable(), "a count that is not a number cannot be saved");
        b.agree.set("1");

        model.saveCommand().execute();
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Đi công tác", services.meetings().get(meetingId()).attendance().get(members - 1).absenceReason());

        model.closeMeetingCommand().execute();
        assertEquals(List.of(), dialogs.errors);
        assertTrue(model.closedProperty().get());
        assertEquals(NominationStatus.REVIEWED, services.nominations().get(cstd).status());
        assertEquals("Hội đồng đã xét", model.votes().get(1).statusText());
        assertFalse(model.saveCommand().isExecutable(), "the votes are locked");
    }

    @Test
    void aClosedMeetingsVoteIsCorrectedByAnAmendmentWithItsReason() {
        openNewMeeting();
        int members = model.attendance().size();
        model.votes().forEach(v -> v.agree.set(String.valueOf(members)));
        model.closeMeetingCommand().execute();

        model.selectedVoteProperty().set(model.votes().get(1));
        model.amendCommand().execute();
        assertTrue(model.amendingProperty().get());
        model.amendAgreeProperty().set(String.valueOf(members - 1));
        model.amendDisagreeProperty().set("1");
        assertFalse(model.confirmAmendCommand().isExecutable(), "an amendment needs its reason");
        model.amendReasonProperty().set("Đếm lại phiếu");
        model.confirmAmendCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, model.amendments().size());
        assertTrue(model.amendments().get(0).contains("Đếm lại phiếu"), model.amendments().get(0));
        assertEquals(String.valueOf(members - 1), model.votes().get(1).agree.get());
        assertEquals(members - 1, services.meetings().get(meetingId()).votes().get(1).agree());
    }

    @Test
    void closingBelowQuorumIsRefusedWithTheReason() {
        openNewMeeting();
        int members = model.attendance().size();
        for (int i = 0; i < members / 2; i++) {
            model.attendance().get(i).present.set(false);
        }
        int present = members - members / 2;
        assertEquals("Có mặt " + present + "/" + members + " — chưa đủ 2/3", model.quorumTextProperty().get());
        assertFalse(model.quorumProperty().get());

        model.closeMeetingCommand().execute();

        assertEquals(List.of("Cuộc họp chưa đủ số thành viên: có mặt " + present + "/" + members
                + ", cần ít nhất 2/3 tổng số thành viên."), dialogs.errors);
        assertFalse(model.closedProperty().get());
        assertEquals(NominationStatus.RECEIVED, services.nominations().get(cstd).status());
    }

    @Test
    void agendaLinesAreAddedAndRemoved() {
        openNewMeeting();
        model.selectedVoteProperty().set(model.votes().get(1));
        model.removeAgendaCommand().execute();
        assertEquals(1, model.votes().size());
        assertEquals(1, model.candidates().size());

        model.candidateProperty().set(model.candidates().get(0));
        model.addAgendaCommand().execute();
        assertEquals(List.of(ldtt, cstd), model.votes().stream().map(VoteRow::nominationId).toList());
        model.saveCommand().execute();
        assertEquals(2, services.meetings().get(meetingId()).votes().size());
    }

    private void openNewMeeting() {
        model.newCommand().execute();
        model.newScopeProperty().set(model.scopes().stream().filter(s -> s.yearEnd() && s.year() == 2026).findFirst()
                .orElseThrow());
        model.confirmNewCommand().execute();
        assertEquals(List.of(), dialogs.errors);
        assertTrue(model.openProperty().get());
    }

    private long meetingId() {
        return services.meetings().all().get(0).id();
    }
}
