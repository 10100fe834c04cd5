package vn.thidua.audit.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.audit.model.FieldChange;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.testsupport.RecordingDialogs;

class AuditViewModelTest {

    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;

    private Services s;
    private RecordingDialogs dialogs;
    private AuditViewModel model;

    @BeforeEach
    void aSalaryChangedTwiceAndAFormDeactivated() {
        s = Services.open(dir.resolve("data"));
        BaseSalary salary = s.catalogue().saveBaseSalary(new BaseSalary(null, LocalDate.of(2026, 7, 1), 2_530_000, null));
        s.catalogue().saveBaseSalary(new BaseSalary(salary.id(), salary.effectiveFrom(), 2_600_000, null));
        s.catalogue().setAwardFormActive(s.catalogue().awardForms().get(0).id(), false);
        dialogs = new RecordingDialogs();
        model = new AuditViewModel(s.auditLog(), new SameThreadExecutor(), dialogs, () -> TODAY);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void showsTheLastThirtyDaysAndTheChosenLinesChangedFields() {
        model.load();

        assertEquals(TODAY.minusDays(30), model.fromProperty().get());
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE),
                model.rows().stream().map(e -> e.action()).toList());
        assertTrue(model.countTextProperty().get().startsWith("3 dòng nhật ký từ "), model.countTextProperty().get());

        model.selectedProperty().set(model.rows().get(1));

        assertTrue(model.changes().contains(new FieldChange("amount", "2530000", "2600000")), model.changes().toString());
        assertTrue(model.detailTitleProperty().get().startsWith("Mức lương cơ sở " + model.rows().get(1).entityId()
                + " – Sửa lúc "), model.detailTitleProperty().get());
    }

    @Test
    void theKindOfRecordAndTheRangeFilterAndAWrongRangeIsSaid() {
        model.load();
        model.entityProperty().set(AuditEntity.AWARD_FORM);
        assertEquals(1, model.rows().size());

        model.entityProperty().set(null);
        model.fromProperty().set(TODAY.minusDays(10));
        model.toProperty().set(TODAY.minusDays(5));
        assertTrue(model.rows().isEmpty());
        assertEquals("Không có thay đổi nào trong khoảng ngày này.", model.emptyTextProperty().get());
        assertFalse(model.exportCommand().isExecutable());

        model.toProperty().set(TODAY.minusDays(20));
        assertEquals("Đến ngày phải sau hoặc bằng từ ngày.", model.emptyTextProperty().get());
    }

    @Test
    void exportsTheShownLinesToExcel() throws IOException {
        model.load();
        Path file = dir.resolve("nhat-ky.xlsx");
        dialogs.saving(file);

        model.exportCommand().execute();

        assertEquals(List.of("Đã xuất 3 dòng nhật ký thay đổi ra " + file + "."), dialogs.infos);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Hình thức khen thưởng", wb.getSheetAt(0).getRow(6).getCell(4).getStringCellValue());
        }
    }
}
