package vn.thidua.nominations.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.io.Printouts;
import vn.thidua.common.io.SystemPrint;
import vn.thidua.common.ui.DocumentOutput;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.nominations.gui.MeetingsViewModel.MeetingRow;
import vn.thidua.nominations.gui.NominationsViewModel.NominationRow;
import vn.thidua.nominations.model.MeetingSummary;
import vn.thidua.testsupport.RecordingDialogs;

/** The documents menus of the nominations and council screens on the demo office. */
class DocumentMenusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<List<String>> printed = new ArrayList<>();
    private DocumentOutput output;

    @BeforeEach
    void open() {
        services = Services.open(folder.resolve("data"));
        Demo.fill(services.database(), TODAY);
        output = new DocumentOutput(dialogs, new SameThreadExecutor(), new Printouts(folder.resolve("data"),
                new SystemPrint("Linux", printed::add, () -> true)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void thePlansPetitionListAndANomineesDossierAreWrittenOrPrinted() throws Exception {
        NominationsViewModel screen = NominationsViewModelTest.screen(services, dialogs);
        screen.load();
        Scope seed001 = screen.scopes().stream().filter(s -> s.label().startsWith("01/KH")).findFirst().orElseThrow();
        screen.scopeProperty().set(seed001);
        NominationDocumentsViewModel documents = new NominationDocumentsViewModel(screen.scopeProperty(),
                screen.selectedProperty(), services.nominationPrinter(), output, () -> TODAY);
        assertFalse(documents.dossierCommand().isExecutable(), "nothing selected yet");

        Path petition = folder.resolve("to-trinh.docx");
        dialogs.saving(petition);
        documents.petitionCommand().execute();
        assertEquals(List.of(), dialogs.errors);
        assertEquals("TỜ TRÌNH", typeLine(petition));

        Path list = folder.resolve("danh-sach.xlsx");
        dialogs.saving(list);
        documents.listCommand().execute();
        try (InputStream in = Files.newInputStream(list); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getNumberOfSheets() >= 1);
        }

        NominationRow first = screen.rows().get(0);
        screen.selectedProperty().set(first);
        assertTrue(documents.dossierCommand().isExecutable());
        documents.printDossierCommand().execute();
        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, printed.size());
        assertEquals("soffice", printed.get(0).get(0));
        Path sent = Path.of(printed.get(0).get(3));
        assertTrue(sent.startsWith(folder.resolve("data").resolve("printouts")), sent.toString());
        assertTrue(Files.size(sent) > 0);
        assertTrue(dialogs.infos.get(dialogs.infos.size() - 1).startsWith("Đã gửi \"ho-so-"), dialogs.infos.toString());
    }

    @Test
    void aClosedMeetingsMinutesAndPetitionAreWritten() throws Exception {
        MeetingSummary held = services.meetings().all().get(0);
        SimpleObjectProperty<MeetingRow> selected = new SimpleObjectProperty<>();
        MeetingDocumentsViewModel documents = new MeetingDocumentsViewModel(selected, services.nominationPrinter(), output,
                () -> TODAY);
        assertFalse(documents.minutesCommand().isExecutable());
        selected.set(new MeetingRow(held, "", "", "", "", ""));

        Path minutes = folder.resolve("bien-ban.docx");
        dialogs.saving(minutes);
        documents.minutesCommand().execute();
        assertEquals(List.of(), dialogs.errors);
        assertEquals("BIÊN BẢN", typeLine(minutes));

        Path petition = folder.resolve("to-trinh-hop.docx");
        dialogs.saving(petition);
        documents.petitionCommand().execute();
        assertEquals(List.of(), dialogs.errors);
        assertEquals("TỜ TRÌNH", typeLine(petition));
    }

    /** The document's type line (TỜ TRÌNH or BIÊN BẢN), or "" when it has none. */
    private static String typeLine(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
                    .filter(t -> t.equals("TỜ TRÌNH") || t.equals("BIÊN BẢN")).findFirst().orElse("");
        }
    }
}
