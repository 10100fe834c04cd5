package vn.thidua.decisions.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.decisions.logic.DecisionFixture;
import vn.thidua.certificates.gui.CertificateActions;
import vn.thidua.common.io.Printouts;
import vn.thidua.common.io.SystemPrint;
import vn.thidua.common.ui.DocumentAction;
import vn.thidua.common.ui.DocumentOutput;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.decisions.model.Decision;
import vn.thidua.testsupport.RecordingDialogs;

/** The decisions screen's documents menu: the decision in Word, then its certificates once signed. */
class CertificateActionsTest {

    @TempDir
    Path folder;

    @Test
    void theDecisionPrintsAnyTimeAndItsCertificatesOnlyOnceSigned() throws Exception {
        try (Services s = Services.open(folder.resolve("data"))) {
            DecisionFixture.demoBeforeDecisions(s, LocalDate.of(2026, 11, 23));
            RecordingDialogs dialogs = new RecordingDialogs();
            List<List<String>> printed = new ArrayList<>();
            DocumentOutput output = new DocumentOutput(dialogs, new SameThreadExecutor(), new Printouts(folder.resolve("data"),
                    new SystemPrint("Linux", printed::add, () -> true)));
            DecisionsViewModel model = new DecisionsViewModel(new DecisionsViewModel.Sources(s.decisions(),
                    s.decisionDrafts(), s.meetings(), s.catalogue(), s.staff(), s.units()), new SameThreadExecutor(), dialogs,
                    () -> LocalDate.of(2025, 12, 22));
            List<DocumentAction> actions = new CertificateActions(model.openedProperty(), s.decisionPrinter(),
                    s.certificatePrinter(), s.agency(), output, () -> LocalDate.of(2025, 12, 22)).actions();
            model.load();
            model.startNewCommand().execute();
            model.newMeetingProperty().set(model.meetings().stream()
                    .filter(m -> m.date().equals(LocalDate.of(2025, 12, 18))).findFirst().orElseThrow());
            model.newAwardProperty().set(model.forms().stream().filter(f -> f.code().equals("CSTD_CS")).findFirst()
                    .orElseThrow());
            model.confirmNewCommand().execute();

            assertTrue(actions.get(0).command().isExecutable(), "a draft decision prints unnumbered");
            assertFalse(actions.get(3).command().isExecutable(), "no certificate before signing");
            model.signCommand().execute();
            Decision signed = model.openedProperty().get();
            assertTrue(signed.signed());

            Path decision = folder.resolve("qd.docx");
            dialogs.saving(decision);
            actions.get(0).command().execute();
            assertEquals(List.of(), dialogs.errors);
            try (InputStream in = Files.newInputStream(decision); XWPFDocument doc = new XWPFDocument(in)) {
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().strip().equals("QUYẾT ĐỊNH")));
            }

            Path list = folder.resolve("ds.xlsx");
            dialogs.saving(list);
            actions.get(2).command().execute();
            assertEquals(List.of(), dialogs.errors);
            try (InputStream in = Files.newInputStream(list);
                 org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                List<String> cells = new ArrayList<>();
                wb.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
                assertTrue(cells.contains(signed.lines().get(0).name()), cells.toString());
            }

            Path certificates = folder.resolve("gk.docx");
            dialogs.saving(certificates);
            actions.get(3).command().execute();
            assertEquals(List.of(), dialogs.errors);
            assertTrue(Files.size(certificates) > 0);
            assertEquals("Đã in 1 giấy khen ra " + certificates + ".", dialogs.infos.get(dialogs.infos.size() - 1));

            actions.get(6).command().execute();
            assertEquals(1, printed.size(), "the test page went to the printer");
        }
    }
}
