package vn.thidua.tasks.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.tasks.gui.TasksViewModel.TaskRow;
import vn.thidua.tasks.logic.TaskFixture;
import vn.thidua.tasks.model.DeadlineKind;
import vn.thidua.tasks.model.TaskField;
import vn.thidua.tasks.model.TaskSection;
import vn.thidua.tasks.model.TaskState;
import vn.thidua.tasks.model.TaskStatus;
import vn.thidua.testsupport.RecordingDialogs;

/** The key-task screen's ViewModel without a toolkit, on a real H2 file, read on 23/11/2026. */
class TasksViewModelTest {

    @TempDir
    Path dir;

    private TaskFixture office;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TasksViewModel model;

    @BeforeEach
    void setUp() {
        office = new TaskFixture(dir.resolve("data"));
        var s = office.services;
        model = new TasksViewModel(new TasksViewModel.Sources(s.tasks(), s.taskPrinter(), s.units(), s.agency()),
                new SameThreadExecutor(), dialogs, () -> TaskFixture.TODAY);
        model.load();
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    private List<String> shown() {
        return model.rows().stream().map(r -> r.task().content() + " – " + r.state()).toList();
    }

    @Test
    void theYearOpensWithOverdueThenAtRiskTasksFirst() {
        assertEquals(2026, model.yearProperty().get());
        assertEquals(List.of("Nâng cao hiệu quả ngoại giao kinh tế – OVERDUE", "Số hoá công tác biên giới – AT_RISK",
                "Sản xuất video quảng bá – ON_TRACK", "Hoàn thiện thể chế trong lĩnh vực đối ngoại – DONE"), shown());
        assertEquals("4 nhiệm vụ · quá hạn: 1 · sắp đến hạn (trong 15 ngày): 1", model.summaryProperty().get());
    }

    @Test
    void aUnitSeesTheTasksItLeadsOrSupports() {
        model.unitFilterProperty().set(office.centre);
        assertEquals(List.of("Nâng cao hiệu quả ngoại giao kinh tế – OVERDUE", "Sản xuất video quảng bá – ON_TRACK"),
                shown());
    }

    @Test
    void aNewTaskWaitsForItsLeadUnitAndContentAndRefusesADeadlineOutsideTheYear() {
        model.addTaskCommand().execute();
        TaskEditorViewModel editor = model.editor();
        assertFalse(editor.saveCommand().isExecutable());
        assertEquals("Chưa nhập nội dung nhiệm vụ (rõ việc).", editor.errorOf(TaskField.CONTENT));
        assertEquals("Chưa chọn đơn vị chủ trì (rõ người).", editor.errorOf(TaskField.LEAD_UNIT));

        editor.contentProperty().set("Tổng kết công tác đối ngoại năm 2026");
        editor.leadUnitProperty().set(office.htqt);
        editor.deadlineKindProperty().set(DeadlineKind.DATE);
        editor.deadlineDateProperty().set(LocalDate.of(2027, 1, 10));
        assertEquals("Thời hạn 10/01/2027 không thuộc năm 2026 của kế hoạch.", editor.errorOf(TaskField.DEADLINE));
        editor.deadlineKindProperty().set(DeadlineKind.MONTH);
        editor.deadlineNumberProperty().set("13");
        assertEquals("Tháng phải từ 1 đến 12.", editor.errorOf(TaskField.DEADLINE));
        assertFalse(editor.saveCommand().isExecutable());

        editor.deadlineNumberProperty().set("12");
        editor.supportUnits().setAll(office.ls, office.centre);
        assertTrue(editor.saveCommand().isExecutable());
        editor.saveCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        TaskRow added = model.selectedProperty().get();
        assertEquals("Tổng kết công tác đối ngoại năm 2026", added.task().content());
        assertEquals(TaskSection.PROGRAMME, added.task().section());
        assertEquals("LS-QLBG, TTTTDVĐN", added.supporting());
        assertEquals("Tháng 12", added.deadline());
        assertEquals(5, model.rows().size());
    }

    @Test
    void progressAboveAHundredIsRefusedAtTheFieldAndAValidUpdateMovesTheTask() {
        TaskRow overdue = model.rows().get(0);
        model.selectedProperty().set(overdue);
        ProgressViewModel progress = model.progress();
        assertEquals("80", progress.percentProperty().get(), "the form starts from the last update");

        progress.percentProperty().set("120");
        assertEquals("Tỷ lệ hoàn thành phải từ 0 đến 100% (đã nhập 120).", progress.percentErrorProperty().get());
        assertFalse(progress.recordCommand().isExecutable());
        progress.percentProperty().set("-5");
        assertFalse(progress.recordCommand().isExecutable());

        progress.statusProperty().set(TaskStatus.DONE);
        assertEquals("100", progress.percentProperty().get());
        progress.noteProperty().set("Đã tổ chức hội nghị ngày 20/11/2026.");
        progress.recordCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        TaskRow after = model.selectedProperty().get();
        assertEquals(overdue.task().id(), after.task().id());
        assertEquals(TaskState.DONE_LATE, after.state());
        assertEquals("Đã tổ chức hội nghị ngày 20/11/2026.", progress.updates().get(0).note());
        assertEquals(2, progress.updates().size());
    }

    @Test
    void theCompletionRatesGoIntoTheYearlyRecordsOnRequest() {
        dialogs.answering(true);
        model.updateCompletionCommand().execute();
        assertEquals(List.of("Đã ghi tỷ lệ hoàn thành nhiệm vụ năm 2026 vào hồ sơ hằng năm:\n- HTQT-VP: 50%"),
                dialogs.infos);
        assertEquals(0, new BigDecimal("50").compareTo(
                office.services.records().unitYears(2026).get(office.htqt.id()).taskCompletion()));
    }

    @Test
    void theAppendixIsWrittenWhereTheClerkSays() throws Exception {
        Path file = dir.resolve("phu-luc.xlsx");
        dialogs.saving(file);
        model.exportAppendixCommand().execute();
        assertTrue(Files.size(file) > 0);
        assertEquals(List.of("Đã xuất phụ lục 4 nhiệm vụ ra " + file + "."), dialogs.infos);
    }

    @Test
    void choosingAnotherTaskAsksBeforeDroppingUnsavedEditsAndKeepsThemOnNo() {
        TaskRow first = model.rows().get(0);
        TaskRow second = model.rows().get(1);
        model.selectedProperty().set(first);
        model.editor().contentProperty().set("Nội dung đã sửa");
        dialogs.answering(false);

        model.selectedProperty().set(second);

        assertEquals(first, model.selectedProperty().get());
        assertEquals("Nội dung đã sửa", model.editor().contentProperty().get());
        assertEquals(1, dialogs.confirmations.size());
    }
}
