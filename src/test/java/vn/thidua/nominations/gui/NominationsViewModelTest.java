package vn.thidua.nominations.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.nominations.gui.NominationsViewModel.NominationRow;
import vn.thidua.nominations.logic.NominationSaver;
import vn.thidua.nominations.model.DossierItem;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.testsupport.NominationFixture;
import vn.thidua.testsupport.RecordingDialogs;

/**
 * The nominations screen on the demo office without its own nominations: 01/KH-SNgV of 2025 asks for at most 3
 * individuals' Giấy khen.
 */
class NominationsViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private NominationsViewModel model;
    private NominationEditorViewModel editor;

    @BeforeEach
    void open() {
        services = Services.open(folder.resolve("data"));
        Demo.fill(services.database(), TODAY);
        NominationFixture.clearNominations(services);
        model = screen(services, dialogs);
        editor = model.editor();
        model.load();
    }

    static NominationsViewModel screen(Services s, RecordingDialogs dialogs) {
        SameThreadExecutor executor = new SameThreadExecutor();
        return new NominationsViewModel(new NominationsViewModel.Sources(s.nominations(), s.dossiers(), s.quotas(),
                s.eligibility(), s.plans(), s.agency(), s.staff(), s.units(), s.catalogue()),
                new NominationEditorViewModel(new NominationSaver(s.database(), s.audit()), s.nominations(), s.reportFiller(),
                        s.dossiers(), s.eligibility(), executor, dialogs, () -> TODAY), executor, dialogs, () -> TODAY);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewNominationIsSavedWithItsChecklistAndStaysOpenToAttachItsFiles() {
        choose("01/KH-SNgV");
        StaffMember person = staff(5);

        model.newCommand().execute();
        assertFalse(editor.saveCommand().isExecutable(), "a nomination needs its nominee and award");
        editor.nomineeFilterProperty().set(vn.thidua.common.text.VietText.fold(person.fullName()));
        assertEquals(person.id(), editor.nomineeChoices().get(0).nominee().staffId(), "found without accents");
        editor.nomineeProperty().set(editor.nomineeChoices().get(0));
        editor.awardProperty().set(form("GK_SO"));
        editor.summaryProperty().set("Hoàn thành xuất sắc nhiệm vụ");
        editor.saveCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, model.rows().size());
        NominationRow row = model.rows().get(0);
        assertEquals(person.fullName(), row.nomination().nomineeName());
        assertEquals("Dự thảo (23/11/2026)", row.statusText());
        assertTrue(editor.editingProperty().get(), "reopened to attach its files");
        assertTrue(editor.storedProperty().get());
        assertFalse(editor.dossierItems().isEmpty());
        assertFalse(editor.dossierCompleteProperty().get(), "the plan's other documents are still missing");
        assertTrue(List.of("Đủ tiêu chuẩn", "Chưa đủ tiêu chuẩn", "Không được khen thưởng", "Chưa có tiêu chuẩn để xét")
                .contains(row.eligibilityText()), row.eligibilityText());
    }

    @Test
    void theOpenNominationShowsItsEligibilityVerdictWithTheFactsChecked() {
        choose("Tổng kết năm 2025");
        saveNomination(staff(5), "LDTT");

        String verdict = editor.eligibilityTextProperty().get();
        assertTrue(verdict.contains("Nghị định") || verdict.contains("NĐ-CP"), verdict);
        assertFalse(editor.eligibilityFindings().isEmpty());
        assertTrue(editor.eligibilityFindings().stream().allMatch(f -> f.contains("✓") || f.contains("✗")),
                editor.eligibilityFindings()::toString);
        assertEquals(verdict.substring(0, verdict.indexOf(" — ")), model.rows().get(0).eligibilityText());
        assertNull(model.eligibilityProblemProperty().get());
    }

    @Test
    void statusStepsAskTheirDayAndARefusedDayIsShownAtTheField() {
        choose("01/KH-SNgV");
        saveNomination(staff(5), "GK_SO");
        assertEquals(List.of(NominationStatus.SUBMITTED, NominationStatus.WITHDRAWN), editor.nextSteps());

        editor.startStep(NominationStatus.SUBMITTED);
        editor.stepDayProperty().set(TODAY.minusDays(30));
        editor.confirmStepCommand().execute();
        assertEquals("Ngày chuyển trạng thái không được trước ngày 23/11/2026 của trạng thái hiện tại.",
                editor.stepErrorProperty().get());
        assertEquals(1, dialogs.errors.size());

        editor.stepDayProperty().set(TODAY);
        editor.confirmStepCommand().execute();
        assertEquals("Đã nộp (23/11/2026)", editor.statusTextProperty().get());
        assertNull(editor.pendingStepProperty().get());
        editor.startStep(NominationStatus.RECEIVED);
        editor.confirmStepCommand().execute();
        assertEquals(NominationStatus.RECEIVED, editor.statusProperty().get());
        assertEquals(3, editor.history().size());
        assertEquals("Đã tiếp nhận (23/11/2026)", model.rows().get(0).statusText());
        assertTrue(model.rows().get(0).late(), "received after the plan's deadline of 30/10/2025");
    }

    @Test
    void aUnitIsOfferedOnlyTheAwardsGivenToCollectives() {
        choose("01/KH-SNgV");
        model.newCommand().execute();
        editor.awardProperty().set(form("GK_SO"));
        editor.collectiveProperty().set(true);

        assertTrue(editor.awardChoices().stream().allMatch(AwardForm::forCollective));
        assertTrue(editor.nomineeChoices().stream().noneMatch(c -> c.nominee().isPerson()));
        assertEquals(form("GK_SO"), editor.awardProperty().get(), "Giấy khen is given to units too");
        editor.awardProperty().set(form("TT_LDTT"));
        editor.collectiveProperty().set(false);
        assertNull(editor.awardProperty().get(), "Tập thể LĐTT is not for a person");
    }

    @Test
    void quotasAreCountedAndAnExcessShowsThePriorityOrder() {
        choose("01/KH-SNgV");
        for (int i = 5; i < 9; i++) {
            saveNomination(staff(i), "GK_SO");
            editor.close();
        }

        assertTrue(model.quotaExceededProperty().get());
        NominationsViewModel.QuotaLine individual = model.quotas().stream().filter(NominationsViewModel.QuotaLine::exceeded)
                .findFirst().orElseThrow();
        assertTrue(individual.text().contains("4/3"), individual.text());
        assertEquals(4, individual.detail().lines().filter(l -> l.matches("\\d\\. .*")).count(), individual.detail());
        assertEquals(Messages.get("nominations.quota.exceeded"), model.quotaTextProperty().get());
    }

    @Test
    void theSearchIgnoresAccents() {
        choose("01/KH-SNgV");
        StaffMember a = staff(5);
        saveNomination(a, "GK_SO");
        editor.close();
        saveNomination(staff(6), "GK_SO");
        editor.close();

        String[] words = vn.thidua.common.text.VietText.fold(a.fullName()).split(" ");
        model.searchProperty().set(words[words.length - 1] + " " + words[0]);
        assertTrue(model.rows().stream().anyMatch(r -> r.nomination().nomineeName().equals(a.fullName())));
        assertTrue(model.rows().size() < 2 || model.rows().stream().allMatch(r -> vn.thidua.common.text.VietText
                .fold(r.nomination().nomineeName()).contains(words[0])));
    }

    @Test
    void aFileIsAttachedToALineOfTheChecklistOpenedAndTakenOff() throws Exception {
        choose("01/KH-SNgV");
        saveNomination(staff(5), "GK_SO");
        DossierItem line = editor.dossierItems().stream().filter(i -> !i.kind().generated()).findFirst().orElseThrow();
        Path scan = Files.writeString(folder.resolve("bien-ban.pdf"), "%PDF-1.4 biên bản");
        dialogs.attaching(scan);

        editor.selectedItemProperty().set(line);
        editor.attachCommand().execute();
        DossierItem attached = editor.dossierItems().stream().filter(i -> i.id().equals(line.id())).findFirst().orElseThrow();
        assertEquals("bien-ban.pdf", attached.fileName());
        assertTrue(attached.present());

        editor.selectedItemProperty().set(attached);
        editor.openFileCommand().execute();
        assertEquals(1, dialogs.opened.size());
        assertEquals("%PDF-1.4 biên bản", Files.readString(dialogs.opened.get(0)));

        editor.extraTitleProperty().set("Giấy chứng nhận sáng kiến");
        editor.attachExtraCommand().execute();
        assertTrue(editor.dossierItems().stream().anyMatch(i -> i.title().equals("Giấy chứng nhận sáng kiến")));

        editor.selectedItemProperty().set(editor.dossierItems().stream().filter(i -> i.id().equals(line.id()))
                .findFirst().orElseThrow());
        editor.detachCommand().execute();
        assertNull(editor.dossierItems().stream().filter(i -> i.id().equals(line.id())).findFirst().orElseThrow()
                .attachmentId());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void theReportIsFilledFromTheYearlyRecords() {
        choose("Tổng kết năm 2025");
        model.newCommand().execute();
        editor.nomineeProperty().set(editor.nomineeChoices().get(5));
        editor.awardProperty().set(form("BK_TINH"));
        editor.fillReportCommand().execute();

        assertEquals("2024", editor.reportFirstYearProperty().get(), "Bằng khen tỉnh: a report of two years");
        assertEquals(List.of("2024", "2025"), editor.years().items().stream().map(r -> r.year.get()).toList());
        editor.saveCommand().execute();
        assertEquals(List.of(), dialogs.errors);
        assertEquals(2, services.nominations().get(editor.editedId()).years().size());
    }

    @Test
    void aRefusedSaveKeepsTheCopyAndSaysWhy() {
        choose("01/KH-SNgV");
        saveNomination(staff(5), "GK_SO");
        editor.close();
        model.newCommand().execute();
        editor.nomineeProperty().set(editor.nomineeChoices().stream()
                .filter(c -> c.nominee().staffId().equals(staff(5).id())).findFirst().orElseThrow());
        editor.awardProperty().set(form("GK_SO"));
        editor.saveCommand().execute();

        assertEquals(List.of("Đối tượng này đã được đề nghị \"Giấy khen của Giám đốc Sở\" trong cùng phong trào."),
                dialogs.errors);
        assertEquals(dialogs.errors.get(0), editor.saveErrorProperty().get());
        assertTrue(editor.editingProperty().get());
        assertEquals(1, model.rows().size(), "nothing half-saved");
    }

    private void choose(String labelPart) {
        model.scopeProperty().set(model.scopes().stream().filter(s -> s.label().contains(labelPart)).findFirst()
                .orElseThrow(() -> new AssertionError(model.scopes().toString())));
    }

    private void saveNomination(StaffMember person, String award) {
        model.newCommand().execute();
        editor.nomineeProperty().set(editor.nomineeChoices().stream()
                .filter(c -> person.id().equals(c.nominee().staffId())).findFirst().orElseThrow());
        editor.awardProperty().set(form(award));
        editor.saveCommand().execute();
        assertEquals(List.of(), dialogs.errors);
    }

    private StaffMember staff(int i) {
        return services.staff().all().get(i);
    }

    private AwardForm form(String code) {
        return services.catalogue().awardForms().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
