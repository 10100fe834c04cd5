package vn.thidua.certificates.gui;

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
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.certificates.gui.CertificateLayoutViewModel.Line;
import vn.thidua.certificates.gui.CertificateLayoutViewModel.Measure;
import vn.thidua.certificates.logic.CertificateLayouts;
import vn.thidua.certificates.model.CertificateField;
import vn.thidua.certificates.model.FieldPlacement;
import vn.thidua.common.ui.DocumentOutput;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.testsupport.RecordingDialogs;

/** The clerk moves the lines of the demo office's Giấy khen to fit the blanks and keeps them. */
class CertificateLayoutViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private CertificateLayoutViewModel model;

    @BeforeEach
    void open() {
        services = Services.open(folder.resolve("data"));
        Demo.fill(services.database(), LocalDate.of(2026, 11, 23));
        model = newModel();
        model.load();
    }

    private CertificateLayoutViewModel newModel() {
        SameThreadExecutor executor = new SameThreadExecutor();
        return new CertificateLayoutViewModel(services.certificatePrinter(), executor, dialogs,
                new DocumentOutput(dialogs, executor, services.printouts()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Line line(CertificateLayoutViewModel m, CertificateField field) {
        return m.lines().stream().filter(l -> l.field() == field).findFirst().orElseThrow();
    }

    @Test
    void aMovedLineIsSavedAndReadBack() {
        assertEquals(CertificateLayouts.DEFAULT, model.layoutNameProperty().get());
        assertEquals(List.of(CertificateLayouts.DEFAULT), model.names());
        Line name = line(model, CertificateField.NAME);
        model.selectedProperty().set(name);
        assertTrue(model.edit(name, Measure.X, "40,5"));
        model.nudge(0, 1);
        double y = name.yProperty().get();
        assertTrue(model.dirtyProperty().get());

        model.saveCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        assertFalse(model.dirtyProperty().get());
        FieldPlacement stored = services.certificatePrinter().layout(CertificateLayouts.DEFAULT)
                .placement(CertificateField.NAME).orElseThrow();
        assertEquals(40.5, stored.x());
        assertEquals(y, stored.y());
        CertificateLayoutViewModel reopened = newModel();
        reopened.load();
        assertEquals(40.5, line(reopened, CertificateField.NAME).xProperty().get());
    }

    @Test
    void aValueOffThePageIsRefusedNamingTheLine() {
        Line name = line(model, CertificateField.NAME);
        double x = name.xProperty().get();

        assertFalse(model.edit(name, Measure.X, "290"));
        assertTrue(model.problemProperty().get().startsWith("Dòng \"Họ và tên, tên tập thể\": lề trái phải từ 0 đến"),
                model.problemProperty().get());
        assertEquals(x, name.xProperty().get());
        assertFalse(model.edit(name, Measure.FONT_SIZE, "80"));
        assertEquals("Dòng \"Họ và tên, tên tập thể\": cỡ chữ phải từ 6 đến 72.", model.problemProperty().get());
        assertFalse(model.edit(name, Measure.Y, "abc"));
        assertEquals("Dòng \"Họ và tên, tên tập thể\": \"abc\" không phải là số.", model.problemProperty().get());
        assertFalse(model.dirtyProperty().get());
        assertTrue(model.edit(name, Measure.FONT_SIZE, "20"));
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void resetGoesBackToTheShippedPlacesAfterAsking() {
        Line name = line(model, CertificateField.NAME);
        double shippedX = name.xProperty().get();
        model.edit(name, Measure.X, "12");
        model.saveCommand().execute();
        dialogs.answering(true);

        model.resetCommand().execute();

        assertEquals(1, dialogs.confirmations.size());
        assertEquals(shippedX, line(model, CertificateField.NAME).xProperty().get());
        assertEquals(shippedX, services.certificatePrinter().layout(CertificateLayouts.DEFAULT)
                .placement(CertificateField.NAME).orElseThrow().x());
        assertFalse(model.dirtyProperty().get());
    }

    @Test
    void aNewLayoutIsKeptUnderItsNameAndSwitchingAwayFromChangesAsks() {
        model.edit(line(model, CertificateField.NAME), Measure.Y, "100");
        model.newNameProperty().set("phoi-2026");
        model.saveAsCommand().execute();

        assertEquals(List.of("default", "phoi-2026"), model.names());
        assertEquals("phoi-2026", model.layoutNameProperty().get());
        assertEquals(100, services.certificatePrinter().layout("phoi-2026").placement(CertificateField.NAME)
                .orElseThrow().y());

        model.edit(line(model, CertificateField.NAME), Measure.Y, "101");
        dialogs.answering(false);
        model.layoutNameProperty().set("default");
        assertEquals("phoi-2026", model.layoutNameProperty().get());
        assertEquals(101, line(model, CertificateField.NAME).yProperty().get());
        dialogs.answering(true);
        model.layoutNameProperty().set("default");
        assertEquals("default", model.layoutNameProperty().get());
        assertFalse(model.dirtyProperty().get());
    }

    @Test
    void theTestPageIsWrittenFromTheLinesAsTheyStandBeforeSaving() throws Exception {
        Path file = folder.resolve("in-thu.docx");
        dialogs.saving(file);
        model.edit(line(model, CertificateField.NAME), Measure.FONT_SIZE, "30");

        model.exportTestCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Đã ghi trang in thử ra " + file + "."), dialogs.infos);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(file))) {
            String xml = doc.getDocument().xmlText();
            assertTrue(xml.contains("Ông Nguyễn Văn An"), "the sample name is on the page");
            assertTrue(xml.contains("sz w:val=\"60\""), "the unsaved 30 pt of the name line (60 half-points) is used");
        }
        assertTrue(model.dirtyProperty().get(), "writing the test page does not save the layout");
    }
}
