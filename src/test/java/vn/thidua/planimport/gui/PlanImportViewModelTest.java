package vn.thidua.planimport.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.planimport.logic.ImportFixtures;
import vn.thidua.planimport.model.FieldKind;
import vn.thidua.testsupport.RecordingDialogs;

class PlanImportViewModelTest {

    @TempDir
    Path dir;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger refreshed = new AtomicInteger();
    private Path chosen;
    private PlanImportViewModel model;

    @BeforeEach
    void setUp() {
        services = Services.open(dir.resolve("data"));
        model = new PlanImportViewModel(services.planImport(), new SameThreadExecutor(), dialogs,
                () -> Optional.ofNullable(chosen), refreshed::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private Path seed(String seed) throws Exception {
        Path f = dir.resolve(seed + ".docx");
        Files.write(f, ImportFixtures.bytes(seed + ".docx"));
        return f;
    }

    @Test
    void nothingIsSavedUntilTheClerkSavesAndThenOnlyOnce() throws Exception {
        assertFalse(model.saveCommand().isExecutable());
        chosen = seed(ImportFixtures.SEED_003);
        model.openCommand().execute();
        assertTrue(model.loadedProperty().get());
        assertTrue(services.plans().all().isEmpty());
        assertTrue(model.saveCommand().isExecutable());

        var title = model.fields().stream().filter(r -> r.field().kind() == FieldKind.TITLE).findFirst().orElseThrow();
        model.selectedProperty().set(title);
        assertEquals(title.field().paragraph(), model.highlightedParagraphProperty().get());
        title.valueProperty().set("Phát động thi đua 100 ngày đêm");
        model.saveCommand().execute();

        assertEquals(1, services.plans().all().size());
        assertEquals("Phát động thi đua 100 ngày đêm", services.plans().get(model.savedIdProperty().get()).title());
        assertEquals(1, refreshed.get());
        assertFalse(model.saveCommand().isExecutable(), "saved once");
    }

    @Test
    void anUnreadableFileIsSaidAndChangesNothing() throws Exception {
        chosen = dir.resolve("hong.docx");
        Files.write(chosen, new byte[] {1, 2, 3, 4, 5});
        model.openCommand().execute();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("không phải tệp Word"));
        assertFalse(model.loadedProperty().get());
        assertFalse(model.saveCommand().isExecutable());
    }

    @Test
    void pastedTextIsReadAndAKeyTaskPlanIsShownReadyToSaveAsTheYearsTaskPlan() {
        assertFalse(model.readPastedCommand().isExecutable());
        model.pastedTextProperty().set(new String(ImportFixtures.bytes(ImportFixtures.SEED_002 + ".txt"),
                java.nio.charset.StandardCharsets.UTF_8));
        model.readPastedCommand().execute();
        assertTrue(model.taskPlanProperty().get());
        assertEquals(4, model.tasks().size());
        assertTrue(model.saveCommand().isExecutable(), "the key-task plans feature saves it");
    }

    @Test
    void onceTheTaskPlansFeatureGivesItsSaverAKeyTaskPlanIsSavedThroughIt() {
        java.util.List<vn.thidua.planimport.model.PlanReading> saved = new java.util.ArrayList<>();
        var service = new vn.thidua.planimport.logic.PlanImportService(services.plans(), services.catalogue(),
                services.agency(), services.units(), java.time.LocalDate::now, r -> {
                    saved.add(r);
                    return 42L;
                });
        var withTasks = new PlanImportViewModel(service, new SameThreadExecutor(), dialogs, Optional::empty, refreshed::incrementAndGet);
        withTasks.pastedTextProperty().set(new String(ImportFixtures.bytes(ImportFixtures.SEED_002 + ".txt"),
                java.nio.charset.StandardCharsets.UTF_8));
        withTasks.readPastedCommand().execute();
        assertTrue(withTasks.saveCommand().isExecutable());
        withTasks.saveCommand().execute();
        assertEquals(42L, withTasks.savedIdProperty().get());
        assertEquals(4, saved.get(0).tasks().size());
        assertTrue(services.plans().all().isEmpty(), "not saved as a movement plan");
    }
}
