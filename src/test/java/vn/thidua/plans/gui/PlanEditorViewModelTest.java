package vn.thidua.plans.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.plans.gui.ContentRows.Item;
import vn.thidua.plans.gui.PlanEditorViewModel.TargetRow;
import vn.thidua.plans.logic.DemoPlans;
import vn.thidua.plans.model.Amendment;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.model.ContentItem;
import vn.thidua.plans.model.Duty;
import vn.thidua.plans.model.Period;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanField;
import vn.thidua.plans.model.PlanStatus;
import vn.thidua.plans.model.TargetMeasure;
import vn.thidua.testsupport.RecordingDialogs;

/** The plan editor without a toolkit, on the demo office and its plans. */
class PlanEditorViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private PlanListViewModel list;
    private PlanEditorViewModel editor;

    @BeforeEach
    void open() {
        services = Services.open(folder.resolve("data"));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        list = new PlanListViewModel(services.plans(), services.agency(), services.units(), services.catalogue(), services.planPrinter(), services.printouts(), new SameThreadExecutor(),
                dialogs, () -> LocalDateTime.of(2026, 11, 23, 9, 30), "thuky");
        list.load();
        editor = list.editor();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void newPlanWithTitle() {
        list.newPlanCommand().execute();
        editor.titleProperty().set("Phát động thi đua chào mừng ngày Quốc khánh");
    }

    @Test
    void aNewPlanStartsAsTheOfficesDraftAndNeedsATitle() {
        list.newPlanCommand().execute();
        assertTrue(editor.editingProperty().get());
        assertEquals(List.of("KH", "Lạng Sơn", "2026", "", ""), List.of(editor.codeProperty().get(),
                editor.placeProperty().get(), editor.yearProperty().get(), editor.monthProperty().get(),
                editor.dayProperty().get()));
        assertEquals(SignerRole.DIRECTOR, editor.signerProperty().get().role());
        assertEquals("Tên kế hoạch (trích yếu): chưa nhập; kế hoạch phải có tên.",
                editor.errorProperty(PlanField.TITLE).get());
        assertFalse(editor.saveCommand().isExecutable());
    }

    @Test
    void savesADraftWithAContentItemAndAPeriodTypedInEitherUnicodeForm() {
        list.newPlanCommand().execute();
        String decomposed = Normalizer.normalize("Phát động thi đua chào mừng ngày Quốc khánh", Normalizer.Form.NFD);
        editor.titleProperty().set(decomposed);
        editor.monthProperty().set("8");
        editor.contents().addCommand().execute();
        editor.contents().selectedProperty().get().bodyProperty().set("Thi đua hoàn thành nhiệm vụ được giao.");
        editor.periodFromProperty().set(LocalDate.of(2026, 8, 1));
        editor.periodToProperty().set(LocalDate.of(2026, 9, 2));
        editor.duties().addCommand().execute();
        Unit office = editor.units().stream().filter(u -> u.shortName().equals("HTQT-VP")).findFirst().orElseThrow();
        editor.chooseUnit(editor.duties().selectedProperty().get(), office);
        editor.duties().selectedProperty().get().text.set("Theo dõi, tổng hợp kết quả.");
        assertNull(editor.firstProblemProperty().get());
        assertTrue(editor.previewProperty().get().contains("1. Thi đua hoàn thành nhiệm vụ được giao."),
                editor.previewProperty().get());

        editor.saveCommand().execute();

        assertFalse(editor.editingProperty().get());
        Plan saved = services.plans().get(list.selectedProperty().get().plan().id());
        assertEquals("Phát động thi đua chào mừng ngày Quốc khánh", saved.title());
        assertEquals(List.of(ContentItem.text("1.", "Thi đua hoàn thành nhiệm vụ được giao.")), saved.contents());
        assertEquals(Period.between(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 2)), saved.period());
        assertEquals(PlanStatus.DRAFT, saved.status());
        assertEquals(List.of(new Duty(office.id(), office.name(), "Theo dõi, tổng hợp kết quả.")), saved.duties());
        assertEquals("08/2026", list.selectedProperty().get().date());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void eachBadValueIsShownAtItsFieldAndNothingIsSaved() {
        newPlanWithTitle();
        int before = services.plans().all().size();
        expectAt(PlanField.TITLE, e -> e.titleProperty().set(" "), "Tên kế hoạch (trích yếu): chưa nhập; kế hoạch phải có tên.");
        expectAt(PlanField.CODE, e -> e.codeProperty().set("KH-1"),
                "Ký hiệu loại văn bản: \"KH-1\" chỉ được gồm chữ và số, không dấu cách, không gạch.");
        expectAt(PlanField.DATE, e -> e.monthProperty().set("13"), "Ngày ban hành: ngày, tháng không hợp lệ.");
        expectAt(PlanField.DATE, e -> e.dayProperty().set("mười"), "Ngày ban hành: ngày phải là một số, hoặc để trống.");
        expectAt(PlanField.PERIOD, e -> {
            e.periodFromProperty().set(LocalDate.of(2026, 9, 1));
            e.periodToProperty().set(LocalDate.of(2026, 8, 1));
        }, "Thời gian thi đua: ngày kết thúc trước ngày bắt đầu.");
        expectAt(PlanField.DOSSIER_DEADLINE, e -> {
            e.periodFromProperty().set(LocalDate.of(2026, 9, 1));
            e.dossierDeadlineProperty().set(LocalDate.of(2026, 8, 1));
        }, "Hạn gửi hồ sơ: trước ngày bắt đầu thời gian thi đua.");
        expectAt(PlanField.OVERALL_QUOTA, e -> e.overallQuotaPercentProperty().set("120"),
                "Số lượng khen thưởng chung: tỷ lệ 120% không hợp lệ; cần từ 0 đến 100%.");
        expectAt(PlanField.OVERALL_QUOTA, e -> e.overallQuotaPercentProperty().set("-5"),
                "Số lượng khen thưởng chung: tỷ lệ -5% không hợp lệ; cần từ 0 đến 100%.");
        expectAt(PlanField.TARGETS, e -> {
            e.targets().addCommand().execute();
            TargetRow t = e.targets().selectedProperty().get();
            t.text.set("≥ 90% CCVC hoàn thành tốt nhiệm vụ");
            t.measure.set(TargetMeasure.SHARE_RATED_GOOD_OR_BETTER);
            t.threshold.set("150");
        }, "Chỉ tiêu thứ 1: mức chỉ tiêu phải từ 0 trở lên, và không quá 100 nếu là tỷ lệ %.");
        expectAt(PlanField.OFFERS, e -> {
            e.offers().addCommand().execute();
            e.offers().selectedProperty().get().awardFormId.set(e.awardForms().get(0).id());
            e.offers().selectedProperty().get().quotaPercent.set("101");
        }, "Hình thức khen thưởng thứ 1 – số lượng: tỷ lệ 101% không hợp lệ; cần từ 0 đến 100%.");
        assertEquals(before, services.plans().all().size());
    }

    /** Makes one bad change on a fresh valid draft and expects its message at the field and Save refused. */
    private void expectAt(PlanField field, Consumer<PlanEditorViewModel> change, String message) {
        newPlanWithTitle();
        assertTrue(editor.saveCommand().isExecutable(), () -> "valid before the change: " + editor.firstProblemProperty().get());
        change.accept(editor);
        assertEquals(message, editor.errorProperty(field).get());
        assertFalse(editor.saveCommand().isExecutable());
        editor.saveCommand().execute();
        assertTrue(editor.editingProperty().get());
        editor.cancelCommand().execute();
    }

    @Test
    void closingAsksBeforeDroppingUnsavedChanges() {
        list.rows().stream().filter(r -> "579/KH-SNgV".equals(r.symbol())).findFirst().ifPresent(list.selectedProperty()::set);
        list.openCommand().execute();
        editor.leaveCommand().execute();
        assertFalse(editor.editingProperty().get(), "nothing changed: closes without asking");
        assertEquals(List.of(), dialogs.confirmations);

        newPlanWithTitle();
        dialogs.answering(false, true);
        editor.leaveCommand().execute();
        assertTrue(editor.editingProperty().get());
        editor.leaveCommand().execute();
        assertFalse(editor.editingProperty().get());
        assertEquals(2, dialogs.confirmations.size());
    }

    @Test
    void contentItemsMoveAndIndentWithTheirSubItems() {
        newPlanWithTitle();
        ContentRows rows = editor.contents();
        rows.addCommand().execute();
        rows.selectedProperty().get().bodyProperty().set("A");
        rows.addCommand().execute();
        rows.selectedProperty().get().bodyProperty().set("B");
        rows.addCommand().execute();
        Item c = rows.selectedProperty().get();
        c.bodyProperty().set("C");
        assertEquals(List.of("1.", "2.", "3."), rows.items().stream().map(i -> i.labelProperty().get()).toList());
        assertFalse(rows.outdentCommand().isExecutable());

        rows.indentCommand().execute();
        assertEquals(List.of(1, "2.1."), List.of(c.depth(), c.labelProperty().get()), "numbered under its new parent");
        c.labelProperty().set("-");
        rows.addCommand().execute();
        rows.selectedProperty().get().bodyProperty().set("D");
        assertEquals("-", rows.selectedProperty().get().labelProperty().get());

        rows.selectedProperty().set(rows.items().get(1));
        assertTrue(rows.upCommand().isExecutable());
        rows.upCommand().execute();
        assertEquals(List.of(ContentItem.section("1.", null, "B", ContentItem.text("-", "C"), ContentItem.text("-", "D")),
                ContentItem.text("2.", "A")), rows.tree(), "moved with its sub-items and numbered again");
        assertFalse(rows.upCommand().isExecutable());

        rows.selectedProperty().set(c);
        rows.downCommand().execute();
        rows.outdentCommand().execute();
        assertEquals(List.of("B", "D", "C", "A"), rows.items().stream().map(i -> i.bodyProperty().get()).toList());
        assertEquals(List.of(0, 1, 0, 0), rows.items().stream().map(Item::depth).toList());
        assertEquals(List.of("1.", "-", "-", "2."), rows.items().stream().map(i -> i.labelProperty().get()).toList());

        rows.selectedProperty().set(rows.items().get(0));
        rows.removeCommand().execute();
        assertEquals(List.of("C", "A"), rows.items().stream().map(i -> i.bodyProperty().get()).toList());
    }

    @Test
    void anIssuedPlanOpensReadOnlyAndAnAmendmentIsLoggedWithItsReason() {
        list.rows().stream().filter(r -> "579/KH-SNgV".equals(r.symbol())).findFirst().ifPresent(list.selectedProperty()::set);
        long id = list.selectedProperty().get().plan().id();
        list.openCommand().execute();
        assertTrue(editor.editingProperty().get());
        assertFalse(editor.editableProperty().get());
        assertFalse(editor.saveCommand().isExecutable());
        assertFalse(editor.contents().addCommand().isExecutable());
        assertTrue(editor.amendCommand().isExecutable());
        assertEquals("Kế hoạch 579/KH-SNgV", editor.headingProperty().get());

        editor.amendCommand().execute();
        assertTrue(editor.editableProperty().get());
        assertEquals("thuky", editor.amendByProperty().get());
        editor.periodToProperty().set(LocalDate.of(2026, 5, 31));
        assertEquals("Lý do sửa đổi: chưa nhập; mỗi lần sửa kế hoạch đã ban hành phải ghi lý do.",
                editor.reasonErrorProperty().get());
        assertFalse(editor.saveCommand().isExecutable());
        editor.amendReasonProperty().set("Kéo dài theo Kế hoạch của UBND tỉnh");
        editor.saveCommand().execute();

        assertFalse(editor.editingProperty().get());
        List<Amendment> logged = services.plans().amendments(id);
        assertEquals(1, logged.size());
        assertEquals(List.of("thuky", "Kéo dài theo Kế hoạch của UBND tỉnh", "period"), List.of(logged.get(0).by(),
                logged.get(0).reason(), logged.get(0).changes().get(0).field()));
        Plan amended = services.plans().get(id);
        assertEquals(LocalDate.of(2026, 5, 31), amended.period().end());
        assertEquals(List.of(PlanStatus.ISSUED, DemoPlans.SEED_003_NUMBER), List.of(amended.status(), amended.number()));

        list.openCommand().execute();
        assertEquals(1, editor.amendments().size());
    }

    @Test
    void anAmendedNumberThatIsTakenIsShownAtTheNumberField() {
        list.rows().stream().filter(r -> "579/KH-SNgV".equals(r.symbol())).findFirst().ifPresent(list.selectedProperty()::set);
        list.openCommand().execute();
        editor.amendCommand().execute();
        editor.amendReasonProperty().set("Sửa số theo sổ đăng ký");
        editor.yearProperty().set("2025");
        editor.monthProperty().set("5");
        editor.dayProperty().set("20");
        editor.numberProperty().set("01");
        editor.saveCommand().execute();

        assertEquals("Số văn bản: số 01/KH năm 2025 đã được dùng cho một kế hoạch khác.",
                editor.errorProperty(PlanField.NUMBER).get());
        assertTrue(editor.editingProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }
}
