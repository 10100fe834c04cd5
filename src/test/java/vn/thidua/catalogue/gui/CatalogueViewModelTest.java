package vn.thidua.catalogue.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.catalogue.gui.CatalogueViewModel.AwardFormRow;
import vn.thidua.catalogue.gui.CatalogueViewModel.BaseSalaryRow;
import vn.thidua.catalogue.gui.CatalogueViewModel.LegalBasisRow;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.LegalBasis;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.testsupport.RecordingDialogs;

/** The catalogue screen's behaviour without a toolkit, on a real data folder with the shipped defaults. */
class CatalogueViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private CatalogueRepository catalogue;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicReference<LocalDate> today = new AtomicReference<>(LocalDate.of(2025, 11, 23));
    private CatalogueViewModel model;

    @BeforeEach
    void open() {
        services = Services.open(folder.resolve("data"));
        catalogue = services.catalogue();
        model = new CatalogueViewModel(catalogue, new SameThreadExecutor(), dialogs, today::get);
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theBasisInForceTodayIsChosenAndThePrizeUsesTheBaseSalaryInForce() {
        assertEquals("152/2025/NĐ-CP", model.chosenBasisProperty().get().code());
        assertEquals("Tiền thưởng = hệ số × mức lương cơ sở 2.340.000 đ (áp dụng từ 01/07/2024), làm tròn lên hàng "
                + "chục nghìn đồng.", model.prizeNoteProperty().get());
        AwardFormRow ldtt = row("LDTT");
        assertEquals(List.of("Cá nhân", "0,3", "–", "710.000 đ", "–", "–", "–", "Đang dùng"),
                List.of(ldtt.recipients(), ldtt.individualCoefficient(), ldtt.collectiveCoefficient(),
                        ldtt.individualPrize(), ldtt.collectivePrize(), ldtt.voteThreshold(), ldtt.reportYears(),
                        ldtt.status()));
        assertEquals(List.of("Đã hết hiệu lực", "Đang có hiệu lực"),
                model.basisRows().stream().map(LegalBasisRow::status).toList());
        assertEquals(List.of("1.800.000 đ", "2.340.000 đ"),
                model.salaryRows().stream().map(BaseSalaryRow::amount).toList());
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
    }

    @Test
    void saveIsDisabledWhileNameIsEmpty() {
        model.addFormCommand().execute();
        AwardFormEditorViewModel editor = model.formEditor();
        editor.issuerProperty().set("Giám đốc Sở");
        assertFalse(editor.saveCommand().isExecutable());
        assertEquals("Cần nhập tên danh hiệu, hình thức khen thưởng.", editor.nameErrorProperty().get());

        editor.nameProperty().set("   ");
        assertFalse(editor.saveCommand().isExecutable());

        editor.nameProperty().set("Giấy khen đột xuất");
        assertTrue(editor.saveCommand().isExecutable());
    }

    @Test
    void aCoefficientWithACommaIsAcceptedAndLettersAreRefusedWithAMessage() {
        model.selectedFormProperty().set(row("LDTT"));
        AwardFormEditorViewModel editor = model.formEditor();
        assertEquals("0,3", editor.individualCoefficientProperty().get());

        editor.individualCoefficientProperty().set("1,5");
        assertNull(editor.individualCoefficientErrorProperty().get());
        assertEquals("3.510.000 đ", editor.individualPrizeProperty().get());
        assertTrue(editor.saveCommand().isExecutable());

        editor.individualCoefficientProperty().set("1.5");
        assertNull(editor.individualCoefficientErrorProperty().get());

        editor.individualCoefficientProperty().set("abc");
        String message = "Hệ số \"abc\" không hợp lệ: cần một số không âm, nhiều nhất hai chữ số sau dấu phẩy, ví dụ 1,5.";
        assertEquals(message, editor.individualCoefficientErrorProperty().get());
        assertEquals(message, editor.firstProblemProperty().get());
        assertEquals("", editor.individualPrizeProperty().get());
        assertFalse(editor.saveCommand().isExecutable());

        editor.individualCoefficientProperty().set("-1");
        assertFalse(editor.saveCommand().isExecutable());
    }

    @Test
    void aFormNeedsARecipientAndAThresholdFrom0To100() {
        model.selectedFormProperty().set(row("CSTD_CS"));
        AwardFormEditorViewModel editor = model.formEditor();
        assertEquals("80", editor.voteThresholdProperty().get());
        editor.forIndividualProperty().set(false);
        assertEquals("Cần chọn ít nhất một đối tượng: cá nhân hoặc tập thể.", editor.recipientsErrorProperty().get());
        assertFalse(editor.saveCommand().isExecutable());
        editor.forCollectiveProperty().set(true);
        assertTrue(editor.saveCommand().isExecutable());

        editor.voteThresholdProperty().set("101");
        assertEquals("Tỷ lệ phiếu \"101\" không hợp lệ: cần một số nguyên từ 0 đến 100.",
                editor.voteThresholdErrorProperty().get());
        assertFalse(editor.saveCommand().isExecutable());
        editor.voteThresholdProperty().set("100");
        assertTrue(editor.saveCommand().isExecutable());
    }

    @Test
    void switchingTheLegalBasisShowsThatBasissCoefficients() {
        AwardFormRow under152 = row("BK_TINH");
        assertEquals(List.of("1,5", "3,0", "3.510.000 đ", "7.020.000 đ"), List.of(under152.individualCoefficient(),
                under152.collectiveCoefficient(), under152.individualPrize(), under152.collectivePrize()));
        model.selectedFormProperty().set(under152);
        assertEquals("1,5", model.formEditor().individualCoefficientProperty().get());

        model.chosenBasisProperty().set(basis("98/2023/NĐ-CP"));

        AwardFormRow under98 = row("BK_TINH");
        assertEquals(List.of("1,0", "2,0", "2.340.000 đ", "4.680.000 đ"), List.of(under98.individualCoefficient(),
                under98.collectiveCoefficient(), under98.individualPrize(), under98.collectivePrize()));
        assertEquals(under98, model.selectedFormProperty().get());
        assertEquals("1,0", model.formEditor().individualCoefficientProperty().get());
        assertEquals("2,0", model.formEditor().collectiveCoefficientProperty().get());
        assertEquals("Theo căn cứ 98/2023/NĐ-CP (từ 01/01/2024 đến 30/06/2025)",
                model.formEditor().ruleHeadingProperty().get());
        assertEquals("Tiền thưởng = hệ số × mức lương cơ sở 2.340.000 đ (áp dụng từ 01/07/2024), làm tròn lên hàng "
                + "chục nghìn đồng.", model.prizeNoteProperty().get());
    }

    @Test
    void switchingTheBasisWithUnsavedChangesAsksFirst() {
        model.selectedFormProperty().set(row("LDTT"));
        model.formEditor().individualCoefficientProperty().set("0,5");
        dialogs.answering(false);

        model.chosenBasisProperty().set(basis("98/2023/NĐ-CP"));

        assertEquals(1, dialogs.confirmations.size());
        assertEquals("152/2025/NĐ-CP", model.chosenBasisProperty().get().code());
        assertEquals("0,5", model.formEditor().individualCoefficientProperty().get());
    }

    @Test
    void thePrizeFollowsTheBaseSalaryInForce() {
        model.addSalaryCommand().execute();
        BaseSalaryEditorViewModel salary = model.salaryEditor();
        salary.effectiveFromProperty().set(LocalDate.of(2026, 7, 1));
        salary.amountProperty().set("2.530.000");
        salary.saveCommand().execute();
        assertEquals("710.000 đ", row("LDTT").individualPrize());

        today.set(LocalDate.of(2026, 8, 1));
        model.load();

        assertEquals("760.000 đ", row("LDTT").individualPrize());
        assertEquals("Tiền thưởng = hệ số × mức lương cơ sở 2.530.000 đ (áp dụng từ 01/07/2026), làm tròn lên hàng "
                + "chục nghìn đồng.", model.prizeNoteProperty().get());
        assertEquals(List.of("Đã hết áp dụng", "Đã hết áp dụng", "Đang áp dụng"),
                model.salaryRows().stream().map(BaseSalaryRow::status).toList());
    }

    @Test
    void savingAFormWritesItsRuleForTheChosenBasis() {
        model.selectedFormProperty().set(row("LDTT"));
        AwardFormEditorViewModel editor = model.formEditor();
        editor.individualCoefficientProperty().set("0,4");
        editor.reportYearsProperty().set("1");
        String decomposed = Normalizer.normalize("Lao động tiên tiến", Normalizer.Form.NFD);
        editor.nameProperty().set(decomposed + "  ");

        editor.saveCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        AwardForm saved = catalogue.awardForms().stream().filter(f -> f.code().equals("LDTT")).findFirst().orElseThrow();
        assertEquals("Lao động tiên tiến", saved.name());
        assertEquals(new BigDecimal("0.40"), catalogue.rule(saved.id(), basis("152/2025/NĐ-CP").id()).orElseThrow()
                .individualCoefficient());
        assertEquals(1, catalogue.rule(saved.id(), basis("152/2025/NĐ-CP").id()).orElseThrow().reportYears());
        assertEquals(new BigDecimal("0.30"), catalogue.rule(saved.id(), basis("98/2023/NĐ-CP").id()).orElseThrow()
                .individualCoefficient());
        assertEquals(List.of("0,4", "940.000 đ", "1"), List.of(row("LDTT").individualCoefficient(),
                row("LDTT").individualPrize(), row("LDTT").reportYears()));
        assertTrue(editor.editingProperty().get(), "the editor stays on the saved form");
        assertFalse(editor.hasUnsavedChanges());
        assertEquals(row("LDTT"), model.selectedFormProperty().get());
    }

    @Test
    void aNewFormIsAddedWithItsRule() {
        model.addFormCommand().execute();
        AwardFormEditorViewModel editor = model.formEditor();
        editor.nameProperty().set("Giấy khen đột xuất");
        editor.shortNameProperty().set("GK đột xuất");
        editor.forCollectiveProperty().set(true);
        editor.issuerProperty().set("Giám đốc Sở");
        editor.individualCoefficientProperty().set("0,15");
        editor.collectiveCoefficientProperty().set("0,3");

        editor.saveCommand().execute();

        AwardFormRow added = row("GK_DOT_XUAT");
        assertEquals(List.of("Giấy khen đột xuất", "Cá nhân, tập thể", "0,15", "0,3", "360.000 đ", "710.000 đ"),
                List.of(added.form().name(), added.recipients(), added.individualCoefficient(),
                        added.collectiveCoefficient(), added.individualPrize(), added.collectivePrize()));
        assertEquals(List.of("Chủ tịch UBND tỉnh", "Giám đốc Sở"), model.issuers());
    }

    @Test
    void aFormIsDeactivatedNotDeleted() {
        model.selectedFormProperty().set(row("GK_SO"));
        assertEquals("Ngừng dùng", model.toggleFormTextProperty().get());

        model.toggleFormActiveCommand().execute();

        assertEquals(1, dialogs.confirmations.size());
        assertFalse(catalogue.awardForms().stream().filter(f -> f.code().equals("GK_SO")).findFirst().orElseThrow().active());
        assertEquals("Ngừng dùng", row("GK_SO").status());
        assertEquals("Dùng lại", model.toggleFormTextProperty().get());
        assertEquals(8, model.formRows().size());

        model.toggleFormActiveCommand().execute();
        assertEquals("Đang dùng", row("GK_SO").status());
        assertEquals(1, dialogs.confirmations.size(), "reactivating needs no confirmation");
    }

    @Test
    void overlappingLegalBasisPeriodsAreRefused() {
        model.addBasisCommand().execute();
        LegalBasisEditorViewModel editor = model.basisEditor();
        editor.codeProperty().set("999/2027/NĐ-CP");
        editor.titleProperty().set("Nghị định số 999/2027/NĐ-CP quy định chi tiết Luật Thi đua, khen thưởng");
        editor.effectiveFromProperty().set(LocalDate.of(2027, 1, 1));

        assertEquals("Thời gian hiệu lực trùng với căn cứ 152/2025/NĐ-CP (từ 01/07/2025). Hai căn cứ pháp lý không được "
                + "cùng có hiệu lực một ngày; hãy sửa ngày hết hiệu lực của căn cứ kia trước.",
                editor.periodErrorProperty().get());
        assertFalse(editor.saveCommand().isExecutable());

        model.selectedBasisProperty().set(model.basisRows().get(1));
        assertEquals(1, dialogs.confirmations.size(), "dropping the new basis was confirmed");
        model.basisEditor().effectiveToProperty().set(LocalDate.of(2026, 12, 31));
        model.basisEditor().saveCommand().execute();
        assertEquals(LocalDate.of(2026, 12, 31), basis("152/2025/NĐ-CP").effectiveTo());

        model.addBasisCommand().execute();
        editor.codeProperty().set("999/2027/NĐ-CP");
        editor.titleProperty().set("Nghị định số 999/2027/NĐ-CP");
        editor.effectiveFromProperty().set(LocalDate.of(2027, 1, 1));
        assertNull(editor.periodErrorProperty().get());
        editor.saveCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        assertEquals(List.of("Đã hết hiệu lực", "Đang có hiệu lực", "Chưa có hiệu lực"),
                model.basisRows().stream().map(LegalBasisRow::status).toList());
        model.chosenBasisProperty().set(basis("999/2027/NĐ-CP"));
        assertEquals("0,3", row("LDTT").individualCoefficient(), "the new basis starts from the rules before it");
    }

    @Test
    void aPeriodEndingBeforeItStartsAndATakenCodeAreRefused() {
        model.selectedBasisProperty().set(model.basisRows().get(0));
        LegalBasisEditorViewModel editor = model.basisEditor();
        editor.effectiveToProperty().set(LocalDate.of(2023, 6, 30));
        assertEquals("Ngày hết hiệu lực đứng trước ngày có hiệu lực.", editor.periodErrorProperty().get());
        assertFalse(editor.saveCommand().isExecutable());
        editor.effectiveToProperty().set(LocalDate.of(2025, 6, 30));
        editor.codeProperty().set("152/2025/nđ-cp");
        assertEquals("Đã có căn cứ pháp lý số hiệu \"152/2025/nđ-cp\".", editor.codeErrorProperty().get());
        assertFalse(editor.saveCommand().isExecutable());
    }

    @Test
    void keepingAnUnsavedEditKeepsTheSelection() {
        AwardFormRow ldtt = row("LDTT");
        model.selectedFormProperty().set(ldtt);
        model.formEditor().nameProperty().set("Lao động tiên tiến (sửa)");
        dialogs.answering(false);

        model.selectedFormProperty().set(row("GK_SO"));

        assertEquals(ldtt, model.selectedFormProperty().get());
        assertEquals("Lao động tiên tiến (sửa)", model.formEditor().nameProperty().get());
        model.load();
        assertEquals("Lao động tiên tiến (sửa)", model.formEditor().nameProperty().get(), "a reload keeps the edit");
    }

    @Test
    void baseSalaryRowsAreAddedEditedAndDeleted() {
        model.addSalaryCommand().execute();
        BaseSalaryEditorViewModel editor = model.salaryEditor();
        editor.effectiveFromProperty().set(LocalDate.of(2024, 7, 1));
        editor.amountProperty().set("0");
        assertEquals("Đã có mức lương cơ sở áp dụng từ ngày này.", editor.dateErrorProperty().get());
        assertEquals("Mức lương \"0\" không hợp lệ: cần một số tiền lớn hơn 0, ví dụ 2.340.000.",
                editor.amountErrorProperty().get());
        assertFalse(editor.saveCommand().isExecutable());

        editor.effectiveFromProperty().set(LocalDate.of(2026, 7, 1));
        editor.amountProperty().set("2 530 000");
        editor.noteProperty().set("Dự kiến");
        editor.saveCommand().execute();
        assertEquals(List.of("1.800.000 đ", "2.340.000 đ", "2.530.000 đ"),
                model.salaryRows().stream().map(BaseSalaryRow::amount).toList());
        assertEquals("Chưa đến ngày áp dụng", model.salaryRows().get(2).status());
        assertEquals("2.530.000", editor.amountProperty().get());

        editor.amountProperty().set("2.600.000");
        editor.saveCommand().execute();
        assertEquals(2_600_000L, catalogue.baseSalaryOn(LocalDate.of(2026, 7, 1)).orElseThrow().amount());

        model.selectedSalaryProperty().set(model.salaryRows().get(2));
        model.deleteSalaryCommand().execute();
        assertEquals(List.of("Xóa mức lương cơ sở 2.600.000 đ áp dụng từ ngày 01/07/2026?"), dialogs.confirmations);
        assertEquals(2, model.salaryRows().size());
        assertEquals(2, catalogue.baseSalaries().size());
        assertFalse(editor.editingProperty().get());
    }

    @Test
    void aDeleteTheClerkDeclinesKeepsTheRow() {
        model.selectedSalaryProperty().set(model.salaryRows().get(0));
        dialogs.answering(false);
        model.deleteSalaryCommand().execute();
        assertEquals(2, catalogue.baseSalaries().size());
    }

    private AwardFormRow row(String code) {
        return model.formRows().stream().filter(r -> r.form().code().equals(code)).findFirst().orElseThrow();
    }

    private LegalBasis basis(String code) {
        return catalogue.legalBases().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }
}
