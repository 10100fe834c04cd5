package vn.thidua.organisation.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
import vn.thidua.app.Services;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.gui.YearlyRecordsViewModel.PersonRow;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.organisation.model.Unit;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk picks a unit and a year, rates people in the table and saves. */
@ExtendWith(ApplicationExtension.class)
class YearlyRecordsScreenTest {

    private static final String CONSULAR = "Phòng Lãnh sự - Quản lý biên giới";

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        DemoOffice.fill(services.database());
        YearlyRecordsViewModel model = new YearlyRecordsViewModel(services.records(), services.staff(), services.units(),
                services.catalogue(), new SameThreadExecutor(), dialogs, () -> LocalDate.of(2026, 11, 23));
        stage.setScene(new Scene(new YearlyRecordsView(model).root(), 1280, 760));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void ratingsSetForTwoPeopleInTheTableAreSavedTogether(FxRobot robot) {
        choose(robot, "#yearBox", "2026");
        choose(robot, "#unitBox", CONSULAR);
        TableView<PersonRow> table = robot.lookup("#recordTable").queryTableView();
        PersonRow head = table.getItems().get(0);
        PersonRow deputy = table.getItems().get(1);

        rate(robot, head, Rating.EXCELLENT);
        rate(robot, deputy, Rating.GOOD);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        Map<Long, StaffYear> stored = services.records().staffYears(2026);
        assertEquals(Rating.EXCELLENT, stored.get(head.member().id()).rating());
        assertEquals(Rating.GOOD, stored.get(deputy.member().id()).rating());
        assertEquals(2, stored.size(), "only the two rated people are written");
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "nothing left to save");
    }

    @Test
    void keepingUnsavedRatingsLeavesTheUnitBoxOnTheUnitBeingEdited(FxRobot robot) {
        ComboBox<Unit> unitBox = robot.lookup("#unitBox").queryComboBox();
        Unit edited = unitBox.getValue();
        TableView<PersonRow> table = robot.lookup("#recordTable").queryTableView();
        rate(robot, table.getItems().get(0), Rating.COMPLETED);

        dialogs.answering(false);
        choose(robot, "#unitBox", CONSULAR);

        assertEquals(1, dialogs.confirmations.size());
        assertEquals(edited, unitBox.getValue());
        assertEquals(edited.id(), table.getItems().get(0).member().unitId());
        assertEquals(Rating.COMPLETED, table.getItems().get(0).ratingProperty().get());
    }

    @Test
    void aNoteTypedInTheTableIsKeptWhenTheClerkMovesOnWithoutEnter(FxRobot robot) {
        TableView<PersonRow> table = robot.lookup("#recordTable").queryTableView();
        PersonRow first = table.getItems().get(0);
        PersonRow second = table.getItems().get(1);

        robot.doubleClickOn(noteCell(robot, first)).write("Nghỉ thai sản 6 tháng", 0);
        robot.clickOn(noteCell(robot, second));
        assertEquals("Nghỉ thai sản 6 tháng", first.noteProperty().get());
        assertEquals("", second.noteProperty().get());

        robot.doubleClickOn(noteCell(robot, second)).write("Chuyển công tác", 0);
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        Map<Long, StaffYear> stored = services.records().staffYears(DemoOffice.LAST_YEAR);
        assertEquals("Nghỉ thai sản 6 tháng", stored.get(first.member().id()).note());
        assertEquals("Chuyển công tác", stored.get(second.member().id()).note());
    }

    /** Opens a choice box and clicks the line with the given text. */
    private static void choose(FxRobot robot, String box, String text) {
        robot.clickOn(box);
        robot.clickOn(popupLine(robot, text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the rating box on the person's line of the table and picks the rating. */
    private static void rate(FxRobot robot, PersonRow person, Rating rating) {
        robot.clickOn(robot.from(line(robot, person)).lookup(".combo-box").queryAs(Node.class));
        robot.clickOn(popupLine(robot, Messages.label(rating)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node noteCell(FxRobot robot, PersonRow person) {
        return robot.from(line(robot, person)).lookup(".table-cell")
                .match((TableCell<?, ?> c) -> "noteColumn".equals(c.getTableColumn().getId())).query();
    }

    private static Node line(FxRobot robot, PersonRow person) {
        return robot.lookup("#recordTable .table-row-cell").match((TableRow<?> r) -> r.getItem() == person).query();
    }

    private static Node popupLine(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text)).query();
    }
}
