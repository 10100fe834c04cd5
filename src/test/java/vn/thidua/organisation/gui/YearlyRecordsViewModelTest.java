package vn.thidua.organisation.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.organisation.gui.TestOffice.aStaffMember;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.organisation.gui.YearlyRecordsViewModel.PersonRow;
import vn.thidua.organisation.gui.YearlyRecordsViewModel.TitleChoice;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.organisation.model.Discipline;
import vn.thidua.organisation.model.DisciplineForm;
import vn.thidua.organisation.model.Innovation;
import vn.thidua.organisation.model.InnovationLevel;
import vn.thidua.organisation.model.Rating;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.StaffYear;
import vn.thidua.organisation.model.Unit;
import vn.thidua.organisation.model.UnitYear;
import vn.thidua.testsupport.RecordingDialogs;

class YearlyRecordsViewModelTest {

    @TempDir
    Path folder;

    private TestOffice office;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private YearlyRecordsViewModel model;
    private Unit general;
    private Unit consular;
    private StaffMember dung;
    private StaffMember dat;
    private StaffMember giang;
    private StaffMember hung;

    @BeforeEach
    void setUp() {
        office = new TestOffice(folder);
        office.unit("Phòng Pháp chế");
        general = office.unit("Phòng Tổng hợp");
        consular = office.unit("Phòng Lãnh sự");
        giang = office.save(aStaffMember("Nguyễn Thị Giang").inUnit(general));
        dat = office.save(aStaffMember("Trần Văn Đạt").male().inUnit(general));
        dung = office.save(aStaffMember("Hoàng Thị Dung").inUnit(general).leading("Trưởng phòng"));
        hung = office.save(aStaffMember("Lê Văn Hùng").male().inUnit(general)
                .working(LocalDate.of(2010, 9, 1), LocalDate.of(2024, 6, 30)));
        office.save(aStaffMember("Đặng Thị Hoa").inUnit(consular));
        office.save(aStaffMember("Nguyễn Thị Lan").inUnit(consular));
        model = newModel(office);
        model.load();
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    private YearlyRecordsViewModel newModel(TestOffice o) {
        return new YearlyRecordsViewModel(o.services.records(), o.services.staff(), o.services.units(),
                o.services.catalogue(), o.executor, dialogs, TestOffice.CLOCK);
    }

    @Test
    void opensOnThisYearAndTheFirstUnitThatHasStaff() {
        assertEquals(2026, model.yearProperty().get());
        assertEquals(2027, model.years().get(0), "next year can be prepared");
        assertEquals(2016, model.years().get(model.years().size() - 1));
        assertEquals(general, model.unitProperty().get());
        assertEquals(List.of("Hoàng Thị Dung", "Trần Văn Đạt", "Nguyễn Thị Giang"), names());
        assertEquals(List.of(1, 2, 3), model.rows().stream().map(PersonRow::number).toList());
        assertTrue(model.rows().stream().allMatch(r -> r.ratingProperty().get() == null));
        assertFalse(model.dirtyProperty().get());
        assertFalse(model.saveCommand().isExecutable());
    }

    @Test
    void opensOnTheNewestYearThatHasRecords() {
        try (TestOffice demo = new TestOffice(folder.resolve("demo"))) {
            DemoOffice.fill(demo.services.database());
            YearlyRecordsViewModel demoModel = newModel(demo);

            demoModel.load();

            assertEquals(DemoOffice.LAST_YEAR, demoModel.yearProperty().get());
            assertEquals("Ban Giám đốc", demoModel.unitProperty().get().name());
            assertEquals(List.of("Trịnh Tuyết Mai", "Hoàng Văn Long", "Tô Thị Trang"),
                    demoModel.rows().stream().map(r -> r.member().fullName()).toList());
            Map<Long, StaffYear> stored = demo.services.records().staffYears(DemoOffice.LAST_YEAR);
            for (PersonRow r : demoModel.rows()) {
                assertEquals(stored.get(r.member().id()).rating(), r.ratingProperty().get());
            }
        }
    }

    @Test
    void withoutAnActiveUnitThereIsNoTableAndNothingToSave() {
        try (TestOffice empty = new TestOffice(folder.resolve("empty"))) {
            YearlyRecordsViewModel emptyModel = newModel(empty);
            emptyModel.load();

            assertNull(emptyModel.unitProperty().get());
            assertTrue(emptyModel.rows().isEmpty());
            emptyModel.unitRatingProperty().set(Rating.GOOD);
            assertFalse(emptyModel.saveCommand().isExecutable(), "there is no unit to save it for");
            assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        }
    }

    @Test
    void theTitleColumnsAreTheCataloguesIndividualTitles() {
        assertEquals(List.of("LDTT", "CSTD_CS", "CSTD_TINH"), model.personTitleForms().stream().map(AwardForm::code).toList());
        assertEquals(List.of("TT_LDTT", "TT_LDXS", "CO_TD_TINH"),
                model.unitTitles().stream().map(t -> t.form().code()).toList());
    }

    @Test
    void peopleAreListedForTheYearsTheyWorked() {
        model.yearProperty().set(2024);
        assertEquals(List.of("Hoàng Thị Dung", "Trần Văn Đạt", "Nguyễn Thị Giang", "Lê Văn Hùng"), names());

        model.yearProperty().set(2025);
        assertEquals(List.of("Hoàng Thị Dung", "Trần Văn Đạt", "Nguyễn Thị Giang"), names());
    }

    @Test
    void aWholeUnitsYearIsEnteredInOneTableAndSavedInOneGo() {
        row(dung).ratingProperty().set(Rating.EXCELLENT);
        row(dung).titleProperty("LDTT").set(true);
        row(dung).titleProperty("CSTD_CS").set(true);
        row(dat).ratingProperty().set(Rating.GOOD);
        row(dat).titleProperty("LDTT").set(true);
        row(dat).pendingInspectionProperty().set(true);
        row(giang).ratingProperty().set(Rating.COMPLETED);
        row(giang).noteProperty().set(" Nghỉ  thai sản 6 tháng ");
        assertTrue(model.dirtyProperty().get());
        assertTrue(model.saveCommand().isExecutable());
        assertTrue(office.services.records().staffYears(2026).isEmpty(), "nothing is written before Save");

        model.saveCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        assertFalse(model.dirtyProperty().get());
        assertEquals(Map.of(
                dung.id(), new StaffYear(dung.id(), 2026, Rating.EXCELLENT, false, null, Set.of("LDTT", "CSTD_CS")),
                dat.id(), new StaffYear(dat.id(), 2026, Rating.GOOD, true, null, Set.of("LDTT")),
                giang.id(), new StaffYear(giang.id(), 2026, Rating.COMPLETED, false, "Nghỉ thai sản 6 tháng", Set.of())),
                office.services.records().staffYears(2026));

        YearlyRecordsViewModel reopened = newModel(office);
        reopened.load();
        assertEquals(List.of(Rating.EXCELLENT, Rating.GOOD, Rating.COMPLETED),
                reopened.rows().stream().map(r -> r.ratingProperty().get()).toList());
        assertTrue(reopened.rows().get(0).titleProperty("CSTD_CS").get());
        assertFalse(reopened.rows().get(1).titleProperty("CSTD_CS").get());
    }

    @Test
    void onlyThePeopleWhoseLineChangedAreWritten() {
        office.services.records().saveStaffYears(List.of(
                new StaffYear(giang.id(), 2026, Rating.GOOD, false, "ghi chú cũ", Set.of("LDTT"))));
        model.load();

        row(dat).ratingProperty().set(Rating.GOOD);
        model.saveCommand().execute();

        Map<Long, StaffYear> stored = office.services.records().staffYears(2026);
        assertEquals(Set.of(giang.id(), dat.id()), stored.keySet());
        assertEquals(new StaffYear(giang.id(), 2026, Rating.GOOD, false, "ghi chú cũ", Set.of("LDTT")), stored.get(giang.id()));
    }

    @Test
    void setForAllFillsOnlyTheRatingsStillEmpty() {
        row(dung).ratingProperty().set(Rating.EXCELLENT);
        model.fillRatingProperty().set(Rating.GOOD);

        model.fillMissingRatingsCommand().execute();

        assertEquals(List.of(Rating.EXCELLENT, Rating.GOOD, Rating.GOOD),
                model.rows().stream().map(r -> r.ratingProperty().get()).toList());
        assertTrue(model.dirtyProperty().get());
    }

    @Test
    void theUnitsRatingTaskCompletionAndCollectiveTitlesAreSavedWithTheTable() {
        model.unitRatingProperty().set(Rating.EXCELLENT);
        model.unitTaskCompletionProperty().set("97,5");
        unitTitle("TT_LDXS").selected().set(true);
        assertTrue(model.dirtyProperty().get());

        model.saveCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        UnitYear stored = office.services.records().unitYears(2026).get(general.id());
        assertEquals(Rating.EXCELLENT, stored.rating());
        assertEquals(0, new BigDecimal("97.5").compareTo(stored.taskCompletion()));
        assertEquals(Set.of("TT_LDXS"), stored.titleCodes());

        YearlyRecordsViewModel reopened = newModel(office);
        reopened.load();
        assertEquals(Rating.EXCELLENT, reopened.unitRatingProperty().get());
        assertEquals("97.5", reopened.unitTaskCompletionProperty().get());
        assertEquals(List.of(false, true, false), reopened.unitTitles().stream().map(t -> t.selected().get()).toList());
    }

    @Test
    void aTaskCompletionThatIsNotAPercentageIsRefusedWithAMessage() {
        row(dat).ratingProperty().set(Rating.GOOD);
        model.unitTaskCompletionProperty().set("105");

        model.saveCommand().execute();

        assertEquals(List.of(Messages.get("records.error.percent", "105")), dialogs.errors);
        assertTrue(model.dirtyProperty().get(), "the edits wait to be corrected");
        assertTrue(office.services.records().staffYears(2026).isEmpty(), "nothing is written");

        model.unitTaskCompletionProperty().set("chín mươi");
        model.saveCommand().execute();
        assertEquals(Messages.get("records.error.percent", "chín mươi"), dialogs.errors.get(1));

        model.unitTaskCompletionProperty().set("100%");
        model.saveCommand().execute();
        assertEquals(2, dialogs.errors.size());
        assertEquals(0, BigDecimal.valueOf(100).compareTo(
                office.services.records().unitYears(2026).get(general.id()).taskCompletion()));
    }

    @Test
    void innovationsOfTheSelectedPersonAreAddedAndRemoved() {
        model.selectedProperty().set(row(dat));
        assertEquals("Trần Văn Đạt – năm 2026", model.selectedHeadingProperty().get());
        assertFalse(model.addInnovationCommand().isExecutable(), "an innovation needs a title");

        model.innovationTitleProperty().set("Số hóa hồ sơ đoàn ra, đoàn vào");
        model.innovationLevelProperty().set(InnovationLevel.PROVINCE);
        model.innovationDecisionProperty().set("12/QĐ-SNgV");
        model.innovationDateProperty().set(LocalDate.of(2026, 10, 2));
        model.addInnovationCommand().execute();

        List<Innovation> stored = office.services.records().innovations(dat.id());
        assertEquals(List.of(new Innovation(stored.get(0).id(), dat.id(), 2026, "Số hóa hồ sơ đoàn ra, đoàn vào",
                InnovationLevel.PROVINCE, "12/QĐ-SNgV", LocalDate.of(2026, 10, 2))), stored);
        assertEquals(stored, model.innovations());
        assertEquals(1, row(dat).innovationCountProperty().get());
        assertEquals("", model.innovationTitleProperty().get(), "the form is ready for the next one");
        assertFalse(model.dirtyProperty().get(), "an innovation is saved at once, not with the table");

        model.selectedInnovationProperty().set(model.innovations().get(0));
        dialogs.answering(false);
        model.removeInnovationCommand().execute();
        assertEquals(1, office.services.records().innovations(dat.id()).size());

        dialogs.answering(true);
        model.removeInnovationCommand().execute();
        assertEquals(List.of(Messages.get("records.removeInnovationConfirm", "Số hóa hồ sơ đoàn ra, đoàn vào"),
                Messages.get("records.removeInnovationConfirm", "Số hóa hồ sơ đoàn ra, đoàn vào")), dialogs.confirmations);
        assertTrue(office.services.records().innovations(dat.id()).isEmpty());
        assertTrue(model.innovations().isEmpty());
        assertEquals(0, row(dat).innovationCountProperty().get());
    }

    @Test
    void disciplinesOfTheSelectedPersonAreAddedAndShownInTheTable() {
        model.selectedProperty().set(row(giang));
        assertFalse(model.addDisciplineCommand().isExecutable(), "a discipline needs its start");

        model.disciplineFormProperty().set(DisciplineForm.REPRIMAND);
        model.disciplineFromProperty().set(LocalDate.of(2026, 3, 1));
        model.disciplineToProperty().set(LocalDate.of(2027, 2, 28));
        model.disciplineDecisionProperty().set("45/QĐ-SNgV");
        model.disciplineReasonProperty().set("Vi phạm quy chế làm việc");
        model.addDisciplineCommand().execute();

        List<Discipline> stored = office.services.records().disciplines(giang.id());
        assertEquals(List.of(new Discipline(stored.get(0).id(), giang.id(), DisciplineForm.REPRIMAND, LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 2, 28), "45/QĐ-SNgV", "Vi phạm quy chế làm việc")), stored);
        assertEquals(stored, model.disciplines());
        assertEquals("Khiển trách (01/03/2026 – 28/02/2027)", row(giang).disciplineTextProperty().get());
        assertNull(model.disciplineFromProperty().get());

        model.yearProperty().set(2027);
        assertEquals("Khiển trách (01/03/2026 – 28/02/2027)", row(giang).disciplineTextProperty().get(),
                "a discipline shows in every year it touches");
        model.yearProperty().set(2025);
        assertEquals("", row(giang).disciplineTextProperty().get());
    }

    @Test
    void aDisciplineThatEndsBeforeItStartsIsRefusedWithAMessage() {
        model.selectedProperty().set(row(giang));
        model.disciplineFromProperty().set(LocalDate.of(2026, 3, 1));
        model.disciplineToProperty().set(LocalDate.of(2026, 2, 1));

        model.addDisciplineCommand().execute();

        assertEquals(List.of(Messages.get("discipline.error.periodReversed")), dialogs.errors);
        assertTrue(office.services.records().disciplines(giang.id()).isEmpty());
    }

    @Test
    void switchingUnitWithUnsavedEditsAsksFirst() {
        row(dat).ratingProperty().set(Rating.GOOD);

        dialogs.answering(false);
        model.unitProperty().set(consular);

        assertEquals(List.of(Messages.get("records.unsaved")), dialogs.confirmations);
        assertEquals(general, model.unitProperty().get(), "the unit being edited stays chosen");
        assertEquals(Rating.GOOD, row(dat).ratingProperty().get());
        assertTrue(model.dirtyProperty().get());

        dialogs.answering(true);
        model.unitProperty().set(consular);

        assertEquals(List.of("Đặng Thị Hoa", "Nguyễn Thị Lan"), names());
        assertFalse(model.dirtyProperty().get());
        assertTrue(office.services.records().staffYears(2026).isEmpty(), "the dropped edit was never written");
    }

    @Test
    void switchingYearWithUnsavedEditsAsksFirst() {
        model.unitRatingProperty().set(Rating.GOOD);

        dialogs.answering(false);
        model.yearProperty().set(2024);

        assertEquals(1, dialogs.confirmations.size());
        assertEquals(2026, model.yearProperty().get());
        assertEquals(Rating.GOOD, model.unitRatingProperty().get());

        dialogs.answering(true);
        model.yearProperty().set(2024);

        assertEquals(2024, model.yearProperty().get());
        assertNull(model.unitRatingProperty().get());
        assertEquals(4, model.rows().size());
    }

    @Test
    void switchingWithoutEditsDoesNotAsk() {
        model.unitProperty().set(consular);
        model.yearProperty().set(2025);
        model.unitProperty().set(general);

        assertTrue(dialogs.confirmations.isEmpty(), () -> dialogs.confirmations.toString());
        assertEquals(List.of("Hoàng Thị Dung", "Trần Văn Đạt", "Nguyễn Thị Giang"), names());
    }

    @Test
    void revertDropsTheUnsavedEdits() {
        row(dat).ratingProperty().set(Rating.GOOD);
        model.unitTaskCompletionProperty().set("90");

        model.revertCommand().execute();

        assertNull(row(dat).ratingProperty().get());
        assertEquals("", model.unitTaskCompletionProperty().get());
        assertFalse(model.dirtyProperty().get());
        assertFalse(model.revertCommand().isExecutable());
    }

    @Test
    void comingBackToTheScreenKeepsTheUnsavedEdits() {
        row(dat).ratingProperty().set(Rating.GOOD);
        model.unitTaskCompletionProperty().set("90");

        model.load();

        assertEquals(Rating.GOOD, row(dat).ratingProperty().get());
        assertEquals("90", model.unitTaskCompletionProperty().get());
        assertTrue(model.dirtyProperty().get());
        assertTrue(dialogs.confirmations.isEmpty());
    }

    @Test
    void comingBackToTheScreenWithoutEditsShowsWhatChangedElsewhere() {
        office.services.records().saveStaffYears(List.of(new StaffYear(dat.id(), 2026, Rating.EXCELLENT, false, null, Set.of())));

        model.load();

        assertEquals(Rating.EXCELLENT, row(dat).ratingProperty().get());
    }

    @Test
    void aUnitYearNoteIsKeptWhenTheTableIsSaved() {
        office.services.records().saveUnitYear(new UnitYear(general.id(), 2026, Rating.GOOD, new BigDecimal("95"),
                "Dẫn đầu khối thi đua", Set.of("TT_LDTT")));
        model.load();

        row(dat).ratingProperty().set(Rating.GOOD);
        model.saveCommand().execute();

        UnitYear stored = office.services.records().unitYears(2026).get(general.id());
        assertEquals("Dẫn đầu khối thi đua", stored.note());
        assertEquals(Set.of("TT_LDTT"), stored.titleCodes());
    }

    @Test
    void aUnitYearNoteIsShownEditedAndSurvivesSwitchingUnits() {
        office.services.records().saveUnitYear(new UnitYear(general.id(), 2026, Rating.GOOD, null,
                "Dẫn đầu khối thi đua", Set.of()));
        model.load();
        assertEquals("Dẫn đầu khối thi đua", model.unitNoteProperty().get());

        model.unitNoteProperty().set("Dẫn đầu khối thi đua; đề nghị Cờ thi đua tỉnh ");
        assertTrue(model.dirtyProperty().get());

        dialogs.answering(false);
        model.unitProperty().set(consular);
        assertEquals("Dẫn đầu khối thi đua; đề nghị Cờ thi đua tỉnh ", model.unitNoteProperty().get(),
                "keeping the edits keeps the note");

        model.saveCommand().execute();
        model.unitProperty().set(consular);
        assertEquals("", model.unitNoteProperty().get(), "another unit shows its own note");
        model.unitProperty().set(general);

        assertEquals("Dẫn đầu khối thi đua; đề nghị Cờ thi đua tỉnh", model.unitNoteProperty().get());
        assertEquals("Dẫn đầu khối thi đua; đề nghị Cờ thi đua tỉnh",
                office.services.records().unitYears(2026).get(general.id()).note());
    }

    private List<String> names() {
        return model.rows().stream().map(r -> r.member().fullName()).toList();
    }

    private PersonRow row(StaffMember m) {
        return model.rows().stream().filter(r -> r.member().id().equals(m.id())).findFirst()
                .orElseThrow(() -> new AssertionError(m.fullName() + " is not in the table"));
    }

    private TitleChoice unitTitle(String code) {
        return model.unitTitles().stream().filter(t -> t.form().code().equals(code)).findFirst().orElseThrow();
    }
}
