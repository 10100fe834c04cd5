package vn.thidua.register.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.register.model.AwardEntry;
import vn.thidua.register.model.AwardOrigin;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk types a name without accents, picks a line and reads that person's whole history. */
@ExtendWith(ApplicationExtension.class)
class RegisterScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private AwardEntry wanted;

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        wanted = services.register().index().entries().stream()
                .filter(e -> e.origin() == AwardOrigin.IMPORTED && e.staffId() != null
                        && !VietText.fold(e.recipient()).equals(e.recipient().toLowerCase()))
                .findFirst().orElseThrow();
        RegisterViewModel model = new RegisterViewModel(new RegisterViewModel.Sources(services.register(),
                services.units(), services.staff(), services.catalogue(), services.agency(), services.database()),
                new SameThreadExecutor(), new RecordingDialogs(), () -> LocalDate.of(2026, 11, 23));
        stage.setScene(new Scene(new RegisterView(model).root(), 1280, 760));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void findsAPersonWithoutAccentsAndOpensTheirHistory(FxRobot robot) {
        String typed = VietText.fold(wanted.recipient());
        robot.clickOn("#searchField").write(typed);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<AwardEntry> table = robot.lookup("#registerTable").queryTableView();
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().containsAll(services.register().personHistory(wanted.staffId())),
                table.getItems().toString());
        assertTrue(robot.lookup("#totalsLabel").queryAs(Label.class).getText().startsWith("Tìm thấy "
                + table.getItems().size() + " / "));

        AwardEntry first = table.getItems().stream().filter(e -> wanted.staffId().equals(e.staffId())).findFirst()
                .orElseThrow();
        robot.clickOn(line(robot, first));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<AwardEntry> history = robot.lookup("#historyTable").queryTableView();
        assertEquals(services.register().personHistory(first.staffId()), history.getItems());
        assertEquals("Quá trình khen thưởng của " + first.recipient() + " (" + history.getItems().size() + " lượt)",
                robot.lookup("#historyTitle").queryAs(Label.class).getText());
    }

    private static Node line(FxRobot robot, AwardEntry entry) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && entry.equals(r.getItem()))
                .query();
    }
}
