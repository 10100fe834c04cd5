package vn.thidua.plans.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import vn.thidua.plans.gui.PlanListViewModel.PlanRow;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.testsupport.RecordingDialogs;

/** The plan list on the demo's three plans: 01/KH-SNgV of 2025, 579/KH-SNgV of 2026 and this year's draft. */
class PlanListViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private PlanListViewModel model;

    @BeforeEach
    void open() {
        services = Services.open(folder.resolve("data"));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        model = new PlanListViewModel(services.plans(), services.agency(), services.units(), services.catalogue(), services.planPrinter(), services.printouts(), new SameThreadExecutor(),
                dialogs, () -> LocalDateTime.of(2026, 11, 23, 9, 30), "thuky");
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void exportWordPrintsTheSelectedPlanToTheFileTheClerkNames() throws Exception {
        select("Phát động phong trào thi đua “100 ngày đêm");
        Path file = folder.resolve("in").resolve("579.docx");
        java.nio.file.Files.createDirectories(file.getParent());
        dialogs.saving(file);

        model.exportWordCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        try (var in = java.nio.file.Files.newInputStream(file);
             var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> texts = docx.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            assertEquals("KẾ HOẠCH", texts.get(0));
            assertTrue(texts.get(1).startsWith("Phát động phong trào thi đua “100 ngày đêm"), texts.get(1));
        }
        assertEquals(List.of(vn.thidua.common.i18n.Messages.get("plan.export.done", file)), dialogs.infos);
    }

    @Test
    void exportWordWritesNothingWhenTheClerkCancelsTheFileChoice() {
        select("Phát động phong trào thi đua “100 ngày đêm");

        model.exportWordCommand().execute();

        assertEquals(List.of(), dialogs.infos);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void printWritesThePlanToThePrintoutsFolderAndSendsItToThePrinter() throws Exception {
        List<List<String>> commands = new java.util.ArrayList<>();
        var printouts = new vn.thidua.common.io.Printouts(folder.resolve("data"), new vn.thidua.common.io.SystemPrint(
                "Linux", command -> commands.add(command), () -> true));
        PlanListViewModel printing = new PlanListViewModel(services.plans(), services.agency(), services.units(),
                services.catalogue(), services.planPrinter(), printouts, new SameThreadExecutor(), dialogs,
                () -> LocalDateTime.of(2026, 11, 23, 9, 30), "thuky");
        printing.load();
        printing.selectedProperty().set(printing.rows().stream()
                .filter(r -> r.title().startsWith("Phát động phong trào thi đua “100 ngày đêm")).findFirst().orElseThrow());

        printing.printCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        Path file = folder.resolve("data").resolve("printouts").resolve("579-kh-sngv.docx");
        assertTrue(java.nio.file.Files.size(file) > 0);
        assertEquals(List.of(List.of("soffice", "--headless", "-p", file.toAbsolutePath().toString())), commands);
        assertEquals(List.of("Đã gửi \"579-kh-sngv.docx\" tới máy in."), dialogs.infos);
    }

    private PlanRow select(String titleStart) {
        PlanRow row = model.rows().stream().filter(r -> r.title().startsWith(titleStart)).findFirst().orElseThrow();
        model.selectedProperty().set(row);
        return row;
    }

    private List<String> symbols() {
        return model.rows().stream().map(PlanRow::symbol).toList();
    }

    @Test
    void listShowsNumberDateTitleAndStatusNewestYearFirst() {
        assertEquals(List.of("579/KH-SNgV", "", "01/KH-SNgV"), symbols());
        assertEquals(List.of("20/03/2026", "11/2026", "20/05/2025"), model.rows().stream().map(PlanRow::date).toList());
        assertEquals(List.of("Đã ban hành", "Dự thảo", "Đã ban hành"),
                model.rows().stream().map(PlanRow::statusText).toList());
        assertEquals(List.of(2026, 2025), model.years());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void searchFindsTitleAndThemeWithoutAccents() {
        model.searchProperty().set("100 ngay dem");
        assertEquals(List.of("579/KH-SNgV"), symbols());
        model.searchProperty().set("ky cuong sang tao");
        assertEquals(List.of(""), symbols(), "the draft's theme is “Kỷ cương, trách nhiệm, đổi mới, sáng tạo”");
        model.searchProperty().set("DAI HOI dang bo");
        assertEquals(List.of("01/KH-SNgV"), symbols());
        assertEquals("Đang hiện 1 trong 3 kế hoạch", model.countTextProperty().get());
    }

    @Test
    void filtersByYearAndStatus() {
        model.yearProperty().set(2025);
        assertEquals(List.of("01/KH-SNgV"), symbols());
        model.yearProperty().set(null);
        model.statusProperty().set(PlanStatus.DRAFT);
        assertEquals(List.of(""), symbols());
        model.yearProperty().set(2025);
        assertEquals(List.of(), symbols());
    }

    @Test
    void commandsFollowTheSelectedPlansStatus() {
        assertFalse(model.openCommand().isExecutable());
        select("Phát động phong trào thi đua thường xuyên");
        assertEquals(List.of(true, true, true, false, false, true), executable());
        select("Phát động phong trào thi đua “100");
        assertEquals(List.of(true, true, false, true, true, false), executable());
        model.startCommand().execute();
        assertEquals("Đang thực hiện", select("Phát động phong trào thi đua “100").statusText());
        assertEquals(List.of(true, true, false, false, true, false), executable());
        model.closeCommand().execute();
        assertEquals("Đã kết thúc", select("Phát động phong trào thi đua “100").statusText());
        assertEquals(List.of(true, true, false, false, false, false), executable());
    }

    private List<Boolean> executable() {
        return List.of(model.openCommand().isExecutable(), model.copyCommand().isExecutable(),
                model.issueCommand().isExecutable(), model.startCommand().isExecutable(),
                model.closeCommand().isExecutable(), model.deleteCommand().isExecutable());
    }

    @Test
    void copyAsNewStartsNextYearsDraftInTheEditor() {
        select("Phát động phong trào thi đua thường xuyên năm 2026");
        model.copyCommand().execute();

        PlanEditorViewModel editor = model.editor();
        assertTrue(editor.editingProperty().get());
        assertEquals("Phát động phong trào thi đua thường xuyên năm 2027", editor.titleProperty().get());
        assertEquals(List.of("2027", "11", ""), List.of(editor.yearProperty().get(), editor.monthProperty().get(),
                editor.dayProperty().get()));
        assertTrue(editor.editableProperty().get());
        assertEquals(List.of(2027, 2026, 2025), model.years());
        assertEquals(4, services.plans().all().size());
    }

    @Test
    void issuingGivesTheNextNumberOfTheYear() {
        select("Phát động phong trào thi đua thường xuyên");
        model.issueCommand().execute();
        assertTrue(model.issuingProperty().get());
        assertEquals(LocalDate.of(2026, 11, 23), model.issueDateProperty().get());
        assertEquals("Số tiếp theo năm 2026: 580/KH-SNgV", model.nextNumberTextProperty().get());

        model.confirmIssueCommand().execute();

        assertFalse(model.issuingProperty().get());
        PlanRow issued = model.selectedProperty().get();
        assertEquals(List.of("580/KH-SNgV", "23/11/2026", "Đã ban hành"),
                List.of(issued.symbol(), issued.date(), issued.statusText()));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void aTypedNumberThatIsTakenIsRefusedAtTheNumberField() {
        PlanRow draft = select("Phát động phong trào thi đua thường xuyên");
        model.issueCommand().execute();
        model.issueNumberProperty().set("abc");
        assertEquals("Số văn bản: phải là một số từ 01 trở lên, hoặc để trống để lấy số tiếp theo.",
                model.issueNumberErrorProperty().get());
        assertFalse(model.confirmIssueCommand().isExecutable());

        model.issueNumberProperty().set("579");
        assertNull(model.issueNumberErrorProperty().get());
        model.confirmIssueCommand().execute();

        assertEquals("Số văn bản: số 579/KH năm 2026 đã được dùng cho một kế hoạch khác.",
                model.issueNumberErrorProperty().get());
        assertTrue(model.issuingProperty().get());
        assertEquals(PlanStatus.DRAFT, services.plans().get(draft.plan().id()).status());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);

        model.issueNumberProperty().set("15");
        model.confirmIssueCommand().execute();
        assertEquals("15/KH-SNgV", model.selectedProperty().get().symbol());
    }

    @Test
    void deletingADraftAsksFirst() {
        select("Phát động phong trào thi đua thường xuyên");
        dialogs.answering(false, true);
        model.deleteCommand().execute();
        assertEquals(3, model.rows().size());
        model.deleteCommand().execute();
        assertEquals(List.of("579/KH-SNgV", "01/KH-SNgV"), symbols());
        assertEquals(2, dialogs.confirmations.size());
    }
}
