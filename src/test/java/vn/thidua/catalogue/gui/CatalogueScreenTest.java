package vn.thidua.catalogue.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Services;
import vn.thidua.catalogue.gui.CatalogueViewModel.AwardFormRow;
import vn.thidua.catalogue.gui.CatalogueViewModel.BaseSalaryRow;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk changes a coefficient under Nghị định 152/2025, adds a base salary and tries an overlapping basis. */
@ExtendWith(ApplicationExtension.class)
class CatalogueScreenTest {

    @TempDir
    static Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = Services.open(folder.resolve("data-" + System.nanoTime()));
        CatalogueViewModel model = new CatalogueViewModel(services.catalogue(), new SameThreadExecutor(), dialogs,
                () -> LocalDate.of(2025, 11, 23));
        CatalogueView view = new CatalogueView(model);
        stage.setScene(new Scene(view.root(), 1156, 700));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void editsTheCoefficientOfLaoĐộngTiênTiếnUnderDecree152AndTheTableAndDatabaseShowIt(FxRobot robot) {
        robot.clickOn("#basisChooser");
        robot.clickOn("98/2023/NĐ-CP (từ 01/01/2024 đến 30/06/2025)");
        assertEquals("1,0", formRow(robot, "BK_TINH").individualCoefficient());
        robot.clickOn("#basisChooser");
        robot.clickOn("152/2025/NĐ-CP (từ 01/07/2025)");
        assertEquals("1,5", formRow(robot, "BK_TINH").individualCoefficient());

        robot.clickOn(cell(robot, "#formTable", "Lao động tiên tiến"));
        assertTrue(robot.lookup("#formEditorPane").query().isVisible());
        robot.clickOn("#individualCoefficientField").push(KeyCode.CONTROL, KeyCode.A).write("0,4");
        assertEquals("940.000 đ", robot.lookup("#individualPrizeLabel").queryAs(Label.class).getText());
        robot.clickOn("#formSaveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), () -> "no error expected: " + dialogs.errors);
        assertEquals(List.of("0,4", "940.000 đ"), List.of(formRow(robot, "LDTT").individualCoefficient(),
                formRow(robot, "LDTT").individualPrize()));
        assertTrue(cell(robot, "#formTable", "940.000 đ").isVisible());
        CatalogueRepository catalogue = services.catalogue();
        AwardForm ldtt = catalogue.awardForms().stream().filter(f -> f.code().equals("LDTT")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.40"),
                catalogue.rule(ldtt.id(), basis("152/2025/NĐ-CP").id()).orElseThrow().individualCoefficient());
        assertEquals(new BigDecimal("0.30"),
                catalogue.rule(ldtt.id(), basis("98/2023/NĐ-CP").id()).orElseThrow().individualCoefficient());
    }

    @Test
    void addsABaseSalaryRow(FxRobot robot) {
        robot.clickOn("#salaryTab");
        robot.clickOn("#addSalaryButton");
        Button save = robot.lookup("#salarySaveButton").queryButton();
        assertTrue(save.isDisabled(), "Save waits for a date and an amount");

        robot.clickOn("#salaryFromPicker").write("01/07/2026");
        robot.clickOn("#salaryAmountField").write("2.530.000");
        robot.clickOn("#salaryNoteField").write("Dự kiến");
        assertFalse(save.isDisabled());
        robot.clickOn("#salarySaveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), () -> "no error expected: " + dialogs.errors);
        TableView<BaseSalaryRow> table = robot.lookup("#salaryTable").queryTableView();
        assertEquals(List.of("1.800.000 đ", "2.340.000 đ", "2.530.000 đ"),
                table.getItems().stream().map(BaseSalaryRow::amount).toList());
        assertTrue(cell(robot, "#salaryTable", "2.530.000 đ").isVisible());
        BaseSalary added = services.catalogue().baseSalaryOn(LocalDate.of(2026, 7, 1)).orElseThrow();
        assertEquals(new BaseSalary(added.id(), LocalDate.of(2026, 7, 1), 2_530_000L, "Dự kiến"), added);
    }

    @Test
    void anOverlappingLegalBasisIsExplainedInVietnameseAndCannotBeSaved(FxRobot robot) {
        robot.clickOn("#basesTab");
        robot.clickOn("#addBasisButton");
        robot.clickOn("#basisCodeField").write("999/2027/NĐ-CP");
        robot.clickOn("#basisTitleArea").write("Nghị định số 999/2027/NĐ-CP");
        robot.clickOn("#basisFromPicker").write("01/01/2027");
        robot.clickOn("#basisCodeField");
        WaitForAsyncUtils.waitForFxEvents();

        Label problem = robot.lookup("#basisProblemLabel").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().startsWith("Thời gian hiệu lực trùng với căn cứ 152/2025/NĐ-CP (từ 01/07/2025)."),
                problem.getText());
        assertTrue(robot.lookup("#basisSaveButton").queryButton().isDisabled());
        assertEquals(2, services.catalogue().legalBases().size());
    }

    private static AwardFormRow formRow(FxRobot robot, String code) {
        TableView<AwardFormRow> table = robot.lookup("#formTable").queryTableView();
        return table.getItems().stream().filter(r -> r.form().code().equals(code)).findFirst().orElseThrow();
    }

    /** The table cell showing a text, whether as its own text or as a wrapping text inside it. */
    private static Node cell(FxRobot robot, String table, String text) {
        return robot.lookup(table + " .table-cell").<TableCell<?, ?>>match(c -> text.equals(c.getItem())).query();
    }

    private LegalBasis basis(String code) {
        return services.catalogue().legalBases().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }
}
