package vn.thidua.register.gui;

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
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.testsupport.RecordingDialogs;

/** The register screen's "Biểu thống kê 0601–0605" command on the demo office, without the toolkit. */
class RegisterFormsExportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private Services services;
    private RecordingDialogs dialogs;
    private RegisterViewModel model;

    @BeforeEach
    void setUp() {
        services = Services.open(dir.resolve("data"));
        Demo.fill(services.database(), TODAY);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void open(RecordingDialogs recording) {
        dialogs = recording;
        model = new RegisterViewModel(new RegisterViewModel.Sources(services.register(), services.units(),
                services.staff(), services.catalogue(), services.agency(), services.database()),
                new SameThreadExecutor(), dialogs, () -> TODAY);
        model.load();
    }

    @Test
    void writesTheFormsOfTheFiltersToYear() throws IOException {
        Path file = dir.resolve("bieu.xlsx");
        open(new RecordingDialogs().saving(file));
        assertTrue(model.exportFormsCommand().executableProperty().get());
        model.fromYearProperty().set(2022);
        model.toYearProperty().set(2023);

        model.exportFormsCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Đã ghi các biểu thống kê 0601–0605 năm 2023 vào " + file), dialogs.infos);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(5, wb.getNumberOfSheets());
            assertEquals("Thời điểm báo cáo: Năm 2023", wb.getSheetAt(0).getRow(5).getCell(0).getStringCellValue());
        }
    }

    @Test
    void withoutAFilterTheRegistersLatestYearIsTaken() throws IOException {
        Path file = dir.resolve("bieu.xlsx");
        open(new RecordingDialogs().saving(file));

        model.exportFormsCommand().execute();

        assertEquals(List.of("Đã ghi các biểu thống kê 0601–0605 năm 2025 vào " + file), dialogs.infos);
    }

    @Test
    void aYearWithNothingToCountIsSaidSoAndNothingIsWritten() {
        Path file = dir.resolve("bieu.xlsx");
        open(new RecordingDialogs().saving(file));
        services.database().inTransaction(c -> vn.thidua.common.db.Jdbc.update(c,
                "UPDATE award SET decision_date = NULL, award_year = 2019 WHERE award_year = 2022"));
        model.load();
        model.toYearProperty().set(2022);

        model.exportFormsCommand().execute();

        assertEquals(List.of("Năm 2022 chưa có phong trào thi đua đã ban hành hay khen thưởng nào để thống kê."),
                dialogs.errors);
        assertFalse(Files.exists(file));
    }
}
