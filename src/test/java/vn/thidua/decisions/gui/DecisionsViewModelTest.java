package vn.thidua.decisions.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.decisions.logic.DecisionFixture;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.decisions.model.DecisionStatus;
import vn.thidua.testsupport.RecordingDialogs;

/** The decisions screen on the demo office, whose year-end meeting of 18/12/2025 passed one CSTĐ cơ sở. */
class DecisionsViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private DecisionsViewModel model;

    @BeforeEach
    void open() {
        services = Services.open(folder.resolve("data"));
        DecisionFixture.demoBeforeDecisions(services, LocalDate.of(2026, 11, 23));
        model = new DecisionsViewModel(new DecisionsViewModel.Sources(services.decisions(), services.decisionDrafts(),
                services.meetings(), services.catalogue(), services.staff(), services.units()), new SameThreadExecutor(), dialogs, () -> LocalDate.of(2025, 12, 19));
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aDecisionReceivedFromAboveKeepsItsOwnNumberingAndTheTypedPrizes() {
        model.startNewCommand().execute();
        model.newMeetingProperty().set(model.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2025, 12, 18)))
                .findFirst().orElseThrow());
        model.newAwardProperty().set(model.forms().stream().filter(f -> f.code().equals("CSTD_CS")).findFirst().orElseThrow());
        model.confirmNewCommand().execute();

        model.fromAboveProperty().set(true);
        model.issuerProperty().set("Chủ tịch Ủy ban nhân dân tỉnh");
        model.issuerCodeProperty().set("UBND");
        model.signNumberProperty().set("2150");
        model.signDayProperty().set(LocalDate.of(2025, 12, 30));
        model.signCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        assertEquals("Quyết định 2150/QĐ-UBND ngày 30/12/2025 (đã ký)", model.headingProperty().get());
        assertEquals("", model.lines().get(0).prizeProperty().get(), "no prize worked out for a decision from above");
        assertTrue(model.fromAboveProperty().get());
    }

    @Test
    void theDirectorsOwnDecisionGetsItsPeopleAndUnitsPickedOnceEach() {
        model.startNewCommand().execute();
        model.newOriginProperty().set(vn.thidua.decisions.model.DraftOrigin.OWN);
        assertTrue(model.confirmNewCommand().executableProperty().get() == false, "an award is still needed");
        model.newAwardProperty().set(model.forms().stream().filter(f -> f.code().equals("GK_SO")).findFirst().orElseThrow());
        model.confirmNewCommand().execute();
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of(), model.lines().stream().toList());

        DecisionLineAdder adder = model.adder();
        adder.filterProperty().set("long");
        adder.chosenProperty().set(adder.choices().get(0));
        adder.addCommand().execute();
        adder.collectiveProperty().set(true);
        adder.chosenProperty().set(adder.choices().get(0));
        adder.addCommand().execute();
        assertEquals(List.of("Tập thể", "Cá nhân"), model.lines().stream().map(DecisionsViewModel.LineRow::kindText).toList(),
                "collectives come first");

        assertEquals(null, adder.chosenProperty().get(), "the chooser is cleared for the next line");
        adder.chosenProperty().set(adder.choices().get(0));
        adder.addCommand().execute();
        assertEquals("\"" + model.lines().get(0).line().name() + "\" đã có trong danh sách với hình thức này.",
                model.problemProperty().get());
        adder.yearProperty().set("25");
        adder.collectiveProperty().set(false);
        adder.chosenProperty().set(adder.choices().get(1));
        adder.addCommand().execute();
        assertEquals("Năm khen thưởng \"25\" không hợp lệ: nhập năm bốn chữ số.", model.problemProperty().get());
        assertEquals(2, model.lines().size());
    }

    @Test
    void aDraftFromTheMeetingIsEditedSignedIntoTheRegisterAndThenOnlyAmended() {
        model.startNewCommand().execute();
        model.newMeetingProperty().set(model.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2025, 12, 18)))
                .findFirst().orElseThrow());
        model.newAwardProperty().set(model.forms().stream().filter(f -> f.code().equals("CSTD_CS")).findFirst().orElseThrow());
        model.confirmNewCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, model.lines().size());
        assertTrue(model.draftProperty().get());
        assertEquals("Dự thảo quyết định /QĐ-SNgV", model.headingProperty().get());

        model.lines().get(0).prizeProperty().set("một triệu");
        model.signCommand().execute();
        assertEquals("Dòng 1: mức thưởng \"một triệu\" không phải là số tiền.", model.problemProperty().get());

        model.lines().get(0).prizeProperty().set("");
        model.lines().get(0).goldenBookNoProperty().set("125");
        model.signDayProperty().set(LocalDate.of(2025, 12, 17));
        model.signCommand().execute();
        assertEquals("Ngày ký 17/12/2025 trước ngày họp Hội đồng Thi đua - Khen thưởng (18/12/2025).",
                model.problemProperty().get());

        model.signDayProperty().set(LocalDate.of(2025, 12, 22));
        model.signCommand().execute();
        assertEquals("Quyết định 01/QĐ-SNgV ngày 22/12/2025 (đã ký)", model.headingProperty().get());
        assertEquals("125", model.lines().get(0).goldenBookNoProperty().get());
        assertEquals("2.340.000", model.lines().get(0).prizeProperty().get());
        assertEquals("0 tập thể, 1 cá nhân; tổng tiền thưởng 2.340.000 đồng (Hai triệu ba trăm bốn mươi nghìn đồng)",
                model.totalsProperty().get());
        assertEquals(DecisionStatus.SIGNED, model.rows().get(0).status());
        assertFalse(model.saveCommand().isExecutable(), "a signed decision is frozen");
        assertTrue(services.register().personHistory(model.lines().get(0).line().staffId()).stream()
                .anyMatch(e -> "01/QĐ-SNgV".equals(e.decisionNumber()) && "125".equals(e.goldenBookNo())));

        model.amendReasonProperty().set("Sửa số sổ vàng");
        model.amendCommand().execute();
        assertTrue(model.draftProperty().get());
        assertEquals(2, model.rows().size());
    }
}
