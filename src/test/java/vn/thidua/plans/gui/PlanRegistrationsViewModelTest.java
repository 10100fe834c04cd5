package vn.thidua.plans.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.gui.PlanRegistrationsViewModel.RegistrationRow;
import vn.thidua.plans.model.Awardee;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanSummary;
import vn.thidua.plans.model.Registration;
import vn.thidua.testsupport.RecordingDialogs;

class PlanRegistrationsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<Plan> opened = new SimpleObjectProperty<>();
    private PlanRegistrationsViewModel model;
    private Plan draft;

    @BeforeEach
    void setUp() {
        services = Services.open(folder.resolve("data"));
        Demo.fill(services.database(), TODAY);
        long id = services.plans().all().stream().filter(p -> p.number() == null).map(PlanSummary::id).findFirst()
                .orElseThrow();
        draft = services.plans().get(id);
        model = new PlanRegistrationsViewModel(opened, new PlanRegistrationsViewModel.Sources(services.registrations(),
                services.units(), services.staff(), services.catalogue(), services.planPrinter()), new SameThreadExecutor(), dialogs, () -> TODAY);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void aNewPlanTakesNoRegistrations() {
        assertFalse(model.availableProperty().get());
        assertFalse(model.addCommand().isExecutable());
        opened.set(draft);
        assertTrue(model.availableProperty().get());
        assertTrue(model.addCommand().isExecutable());
        opened.set(null);
        assertFalse(model.availableProperty().get());
        assertTrue(model.rows().isEmpty());
    }

    @Test
    void addsAUnitsRegistrationThatTheTableShowsByName() {
        opened.set(draft);
        Unit unit = model.units().get(0);
        addUnit(unit, "Tập thể lao động xuất sắc", "Hoàn thành xuất sắc nhiệm vụ năm 2026.");

        assertEquals(List.of(), dialogs.errors);
        assertFalse(model.formOpenProperty().get());
        List<Registration> stored = services.registrations().forPlan(draft.id());
        assertEquals(1, stored.size());
        Registration r = stored.get(0);
        assertEquals(new Registration(r.id(), draft.id(), unit.id(), null, form("Tập thể lao động xuất sắc").id(),
                "Hoàn thành xuất sắc nhiệm vụ năm 2026.", TODAY), r);
        assertEquals(List.of(new RegistrationRow(r, unit.name(), "", "Tập thể lao động xuất sắc",
                "Hoàn thành xuất sắc nhiệm vụ năm 2026.", "23/11/2026")), model.rows());
    }

    @Test
    void thePersonChooserFindsPeopleByNameOrUnitWithoutAccents() {
        opened.set(draft);
        int everyone = model.shownStaff().size();

        model.personFilterProperty().set("hoang van");
        assertTrue(model.shownStaff().size() < everyone);
        assertTrue(model.shownStaff().stream().allMatch(m -> vn.thidua.common.text.VietText.fold(model.personLabel(m))
                .contains("hoang van")), "every person offered matches");
        assertTrue(model.shownStaff().stream().anyMatch(m -> m.fullName().equals("Hoàng Văn Long")));

        model.personFilterProperty().set("trung tam");
        assertTrue(model.shownStaff().stream().allMatch(m -> model.personLabel(m).contains("Trung tâm")));
        model.personFilterProperty().set("");
        assertEquals(everyone, model.shownStaff().size());
    }

    @Test
    void saveWaitsForARegistrantAndAnAwardForm() {
        opened.set(draft);
        model.addCommand().execute();
        assertEquals(Messages.get("plan.registrations.error.unit"), model.formProblemProperty().get());
        assertFalse(model.saveFormCommand().isExecutable());
        model.awardeeProperty().set(Awardee.INDIVIDUAL);
        assertEquals(Messages.get("plan.registrations.error.person"), model.formProblemProperty().get());
        model.personProperty().set(model.staff().get(0));
        assertEquals(Messages.get("plan.registrations.error.form"), model.formProblemProperty().get());
        assertTrue(model.forms().stream().allMatch(AwardForm::forIndividual), "a person picks a person's form");
        model.awardFormProperty().set(model.forms().get(0));
        assertNull(model.formProblemProperty().get());
        assertTrue(model.saveFormCommand().isExecutable());
    }

    @Test
    void editsAndRemovesARegistration() {
        opened.set(draft);
        StaffMember person = model.staff().get(0);
        addPerson(person, "Lao động tiên tiến", "");
        model.selectedProperty().set(model.rows().get(0));
        model.editCommand().execute();
        assertEquals(person, model.personProperty().get());
        model.awardFormProperty().set(form("Chiến sĩ thi đua cơ sở"));
        model.commitmentProperty().set("Có 01 sáng kiến được công nhận.");
        model.saveFormCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        Registration edited = services.registrations().forPlan(draft.id()).get(0);
        assertEquals(form("Chiến sĩ thi đua cơ sở").id(), edited.awardFormId());
        assertEquals("Có 01 sáng kiến được công nhận.", edited.commitment());
        assertEquals("Chiến sĩ thi đua cơ sở", model.rows().get(0).awardForm());

        dialogs.answering(false, true);
        model.selectedProperty().set(model.rows().get(0));
        model.removeCommand().execute();
        assertEquals(1, model.rows().size(), "kept when the clerk says no");
        model.selectedProperty().set(model.rows().get(0));
        model.removeCommand().execute();
        assertEquals(2, dialogs.confirmations.size());
        assertTrue(dialogs.confirmations.get(1).contains(person.fullName()), dialogs.confirmations::toString);
        assertEquals(List.of(), model.rows());
        assertEquals(List.of(), services.registrations().forPlan(draft.id()));
    }

    @Test
    void aSecondRegistrationForTheSameFormIsRefusedWithItsMessage() {
        opened.set(draft);
        Unit unit = model.units().get(0);
        addUnit(unit, "Tập thể lao động xuất sắc", "");
        addUnit(unit, "Tập thể lao động xuất sắc", "Lần nữa");

        assertEquals(List.of(Messages.get("registration.error.duplicate")), dialogs.errors);
        assertTrue(model.formOpenProperty().get(), "the form stays open to be corrected");
        assertEquals(1, services.registrations().forPlan(draft.id()).size());
    }

    @Test
    void exportsTheListAsAWorkbookAndAsAWordDocument() throws Exception {
        opened.set(draft);
        StaffMember person = model.staff().get(0);
        addPerson(person, "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ.");

        Path xlsx = folder.resolve("dang-ky.xlsx");
        dialogs.saving(xlsx);
        model.exportXlsxCommand().execute();
        Path docx = folder.resolve("dang-ky.docx");
        dialogs.saving(docx);
        model.exportDocxCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of(Messages.get("plan.registrations.exported", 1, xlsx.toAbsolutePath()),
                Messages.get("plan.registrations.exported", 1, docx.toAbsolutePath())), dialogs.infos);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var row = wb.getSheetAt(0).getRow(6);
            DataFormatter f = new DataFormatter();
            assertEquals(List.of("1", person.fullName(), "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ."),
                    List.of(f.formatCellValue(row.getCell(0)), f.formatCellValue(row.getCell(1)),
                            f.formatCellValue(row.getCell(3)), f.formatCellValue(row.getCell(4))));
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertTrue(text.getText().contains(person.fullName()), text::getText);
            assertTrue(text.getText().contains(Messages.get("registrations.counts", 0, 1)), text::getText);
        }
    }

    @Test
    void readsTheExportedListBackAndLeavesWhatIsRegisteredAlready() {
        opened.set(draft);
        StaffMember person = model.staff().get(0);
        Unit unit = model.units().get(0);
        addPerson(person, "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ.");
        addUnit(unit, "Tập thể lao động xuất sắc", "");
        Path xlsx = folder.resolve("dang-ky.xlsx");
        dialogs.saving(xlsx).opening(xlsx);
        model.exportXlsxCommand().execute();
        services.registrations().delete(services.registrations().forPlan(draft.id()).get(1).id());
        model.load();

        model.importXlsxCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(Messages.get("plan.registrations.imported", 1, 1), dialogs.infos.get(dialogs.infos.size() - 1));
        assertEquals(List.of(unit.name(), person.fullName()), model.rows().stream().map(RegistrationRow::registrant).toList());
        Registration back = services.registrations().forPlan(draft.id()).get(1);
        long form = services.catalogue().awardForms().stream().filter(f -> f.name().equals("Lao động tiên tiến"))
                .findFirst().orElseThrow().id();
        assertEquals(new Registration(back.id(), draft.id(), null, person.id(), form,
                "Hoàn thành tốt nhiệm vụ.", TODAY), back);
    }

    @Test
    void aFileWithABadRowIsRejectedWholeWithItsProblemsByRow() throws Exception {
        opened.set(draft);
        Unit unit = model.units().get(0);
        Path xlsx = folder.resolve("sai.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet();
            var header = sheet.createRow(0);
            header.createCell(1).setCellValue(Messages.get("registrations.column.registrant"));
            header.createCell(2).setCellValue(Messages.get("registrations.column.positionUnit"));
            header.createCell(3).setCellValue(Messages.get("registrations.column.awardForm"));
            var good = sheet.createRow(1);
            good.createCell(1).setCellValue(unit.name());
            good.createCell(3).setCellValue("Tập thể lao động xuất sắc");
            var bad = sheet.createRow(2);
            bad.createCell(1).setCellValue("Không Có Ai");
            bad.createCell(2).setCellValue("Chuyên viên");
            bad.createCell(3).setCellValue("Huân chương gì đó");
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        dialogs.opening(xlsx);

        model.importXlsxCommand().execute();

        assertEquals(1, dialogs.errors.size());
        String column = Messages.get("registrations.column.registrant");
        assertEquals(Messages.get("plan.registrations.importRejected", "sai.xlsx", 2) + "\n"
                + Messages.get("import.problem.rowColumn", 3, column,
                        Messages.get("registrationImport.error.personUnknown", "Không Có Ai")) + "\n"
                + Messages.get("import.problem.rowColumn", 3, Messages.get("registrations.column.awardForm"),
                        Messages.get("registrationImport.error.formUnknown", "Huân chương gì đó")), dialogs.errors.get(0));
        assertEquals(List.of(), services.registrations().forPlan(draft.id()), "nothing of the file is kept");
    }

    private void addUnit(Unit unit, String form, String commitment) {
        if (!model.formOpenProperty().get()) {
            model.addCommand().execute();
        }
        model.awardeeProperty().set(Awardee.COLLECTIVE);
        model.unitProperty().set(unit);
        model.awardFormProperty().set(form(form));
        model.commitmentProperty().set(commitment);
        model.saveFormCommand().execute();
    }

    private void addPerson(StaffMember person, String form, String commitment) {
        model.addCommand().execute();
        model.awardeeProperty().set(Awardee.INDIVIDUAL);
        model.personProperty().set(person);
        model.awardFormProperty().set(form(form));
        model.commitmentProperty().set(commitment);
        model.saveFormCommand().execute();
    }

    private AwardForm form(String name) {
        return model.forms().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + model.forms()));
    }
}
