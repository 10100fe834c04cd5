package vn.thidua.nominations.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.nominations.gui.MeetingsViewModel.AttendanceRow;
import vn.thidua.nominations.gui.MeetingsViewModel.VoteRow;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.testsupport.RecordingDialogs;

/**
 * Through a council vote as the clerk does it: a new meeting on the year-end nominations, a member marked absent
 * with a written opinion, the counts typed into the table, Đạt / Không đạt read off, the meeting closed.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingsScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private long cstd;
    private long ldtt;

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        Demo.fill(services.database(), MeetingsViewModelTest.TODAY);
        cstd = MeetingsViewModelTest.received(services, 5, "CSTD_CS");
        ldtt = MeetingsViewModelTest.received(services, 6, "LDTT");
        MeetingsViewModel model = new MeetingsViewModel(new MeetingsViewModel.Sources(services.meetings(),
                services.nominations(), services.plans(), services.agency()), new SameThreadExecutor(), dialogs,
                () -> LocalDateTime.of(2026, 12, 18, 10, 30), "thuky");
        stage.setScene(new Scene(new MeetingsView(model).root(), 1156, 700));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theCouncilVotesAndClosingTheMeetingMarksTheNominationsReviewed(FxRobot robot) {
        robot.clickOn("#newButton");
        robot.clickOn("#newScopeBox");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(LabeledMatchers.hasText("Tổng kết năm 2026 (không theo kế hoạch)")).queryAs(Node.class));
        robot.clickOn("#confirmNewButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);

        robot.clickOn("#attendanceTab");
        TableView<AttendanceRow> attendance = robot.lookup("#attendanceTable").queryTableView();
        int members = attendance.getItems().size();
        AttendanceRow last = attendance.getItems().get(members - 1);
        robot.clickOn(checkBox(robot, "#attendanceTable", last, "presentColumn"));
        robot.doubleClickOn(cell(robot, "#attendanceTable", last, "reasonColumn")).write("Đi công tác", 0)
                .type(KeyCode.ENTER);
        robot.clickOn(checkBox(robot, "#attendanceTable", last, "writtenColumn"));
        assertEquals("Có mặt " + (members - 1) + "/" + members + " — đủ 2/3",
                robot.lookup("#quorumLabel").queryAs(Label.class).getText());
        assertFalse(last.present.get());
        assertEquals("Đi công tác", last.absenceReason.get());
        assertTrue(last.writtenOpinion.get());

        robot.clickOn("#votesTab");
        TableView<VoteRow> votes = robot.lookup("#voteTable").queryTableView();
        VoteRow forCstd = votes.getItems().stream().filter(v -> v.nominationId() == cstd).findFirst().orElseThrow();
        VoteRow forLdtt = votes.getItems().stream().filter(v -> v.nominationId() == ldtt).findFirst().orElseThrow();
        type(robot, forCstd, "agreeColumn", String.valueOf(members - 1));
        type(robot, forCstd, "writtenAgreeColumn", "1");
        type(robot, forLdtt, "agreeColumn", "2");
        type(robot, forLdtt, "disagreeColumn", String.valueOf(members - 3));
        type(robot, forLdtt, "writtenDisagreeColumn", "1");
        assertEquals("Đạt", text(cell(robot, "#voteTable", forCstd, "outcomeColumn")));
        assertEquals("Không đạt", text(cell(robot, "#voteTable", forLdtt, "outcomeColumn")));
        assertEquals("100,00%", text(cell(robot, "#voteTable", forCstd, "percentColumn")));

        robot.clickOn("#closeMeetingButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, dialogs.confirmations.size(), "closing asks first");
        assertTrue(robot.lookup("#closedLabel").query().isVisible());
        assertFalse(robot.lookup("#closeMeetingButton").query().isVisible());
        assertEquals(NominationStatus.REVIEWED, services.nominations().get(cstd).status());
        assertEquals(NominationStatus.REVIEWED, services.nominations().get(ldtt).status());
        VoteRow reviewed = robot.lookup("#voteTable").<VoteRow>queryTableView().getItems().stream()
                .filter(v -> v.nominationId() == cstd).findFirst().orElseThrow();
        assertEquals("Hội đồng đã xét", text(cell(robot, "#voteTable", reviewed, "voteStatusColumn")));
        assertFalse(robot.lookup("#voteTable").queryTableView().isEditable(), "the votes are locked");
        var stored = services.meetings().get(services.meetings().all().get(0).id());
        assertEquals("Đi công tác", stored.attendance().get(members - 1).absenceReason());
        assertEquals(members - 1, stored.votes().stream().filter(v -> v.nominationId() == cstd).findFirst()
                .orElseThrow().agree());
    }

    private static void type(FxRobot robot, VoteRow row, String column, String count) {
        robot.doubleClickOn(cell(robot, "#voteTable", row, column));
        robot.push(KeyCode.CONTROL, KeyCode.A).write(count, 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(Node cell) {
        return ((TableCell<?, ?>) cell).getText();
    }

    private static Node checkBox(FxRobot robot, String table, Object item, String column) {
        return robot.from(cell(robot, table, item, column)).lookup(".check-box").queryAs(CheckBox.class);
    }

    private static Node cell(FxRobot robot, String table, Object item, String column) {
        Node line = robot.lookup(table + " .table-row-cell").match((TableRow<?> r) -> r.getItem() == item).query();
        return robot.from(line).lookup(".table-cell")
                .match((TableCell<?, ?> c) -> column.equals(c.getTableColumn().getId())).query();
    }
}
