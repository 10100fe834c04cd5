package vn.thidua.organisation.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.common.i18n.Messages;
import vn.thidua.organisation.gui.AgencyViewModel.CouncilRow;
import vn.thidua.organisation.gui.AgencyViewModel.SignerRow;
import vn.thidua.organisation.logic.DemoOffice;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.CouncilRole;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;
import vn.thidua.testsupport.RecordingDialogs;

class AgencyViewModelTest {

    @TempDir
    Path folder;

    private TestOffice office;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private int dataReplaced;
    private AgencyViewModel model;

    @BeforeEach
    void setUp() {
        office = new TestOffice(folder);
        model = newModel(TestOffice.CLOCK);
        model.load();
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    private AgencyViewModel newModel(Supplier<LocalDate> today) {
        return new AgencyViewModel(office.services.agency(), () -> DemoOffice.fill(office.services.database()),
                office.executor, dialogs, today,
                () -> dataReplaced++);
    }

    @Test
    void anEmptyFolderShowsABlankFormWithItsMessagesAndOffersTheDemo() {
        assertTrue(model.emptyProperty().get());
        assertEquals("", model.nameProperty().get());
        assertEquals(Messages.get("agency.error.parentRequired"), model.parentErrorProperty().get());
        assertEquals(Messages.get("agency.error.nameRequired"), model.nameErrorProperty().get());
        assertEquals(Messages.get("agency.error.codeRequired"), model.shortCodeErrorProperty().get());
        assertEquals(Messages.get("agency.error.placeRequired"), model.placeErrorProperty().get());
        assertFalse(model.saveCommand().isExecutable());
        assertTrue(model.fillDemoCommand().isExecutable());
    }

    @Test
    void settingsAreSavedInNfcAndShownAgainOnReload() {
        fillSettings();
        model.nameProperty().set(Normalizer.normalize("  Sở   Ngoại vụ ", Normalizer.Form.NFD));
        model.phoneProperty().set("   ");

        model.saveCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        assertEquals(List.of(Messages.get("common.saved")), dialogs.infos);
        Agency expected = new Agency("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ", "SNgV", "Lạng Sơn",
                "Số 2 đường Hoàng Văn Thụ", null, "songoaivu@langson.gov.vn");
        assertEquals(Optional.of(expected), office.services.agency().agency());
        assertFalse(model.emptyProperty().get());
        assertFalse(model.fillDemoCommand().isExecutable(), "the demo is only offered to an empty folder");

        AgencyViewModel reloaded = newModel(TestOffice.CLOCK);
        reloaded.load();
        assertEquals(expected, new Agency(reloaded.parentAgencyProperty().get(), reloaded.nameProperty().get(),
                reloaded.shortCodeProperty().get(), reloaded.placeNameProperty().get(), reloaded.addressProperty().get(),
                null, reloaded.emailProperty().get()));
        assertEquals("", reloaded.phoneProperty().get());
    }

    @Test
    void theShortCodeTakesLettersAndDigitsOnly() {
        fillSettings();
        model.shortCodeProperty().set("S-NgV");
        assertEquals(Messages.get("agency.error.codeLetters"), model.shortCodeErrorProperty().get());
        assertFalse(model.saveCommand().isExecutable());

        model.shortCodeProperty().set("SNgV 2");
        assertFalse(model.saveCommand().isExecutable());

        model.shortCodeProperty().set("SNgV2");
        assertNull(model.shortCodeErrorProperty().get());
        assertTrue(model.saveCommand().isExecutable());
    }

    @Test
    void thePreviewShowsTheHeaderAndTheDateLineAsDocumentsPrintThem() {
        fillSettings();
        assertEquals("UBND TỈNH LẠNG SƠN\nSỞ NGOẠI VỤ\n\nSố:    /KH-SNgV", model.headerPreviewProperty().get());
        assertEquals("Lạng Sơn, ngày 23 tháng 11 năm 2026", model.datePreviewProperty().get());

        AgencyViewModel february = newModel(() -> LocalDate.of(2026, 2, 5));
        february.placeNameProperty().set("Lạng Sơn");
        assertEquals("Lạng Sơn, ngày 05 tháng 02 năm 2026", february.datePreviewProperty().get(),
                "days below 10 and the months 1 and 2 take a leading zero");
    }

    @Test
    void signersAndCouncilMembersAreSavedInTheirOrder() {
        fillSettings();
        addSigner("Trịnh Tuyết Mai", SignerRole.DIRECTOR);
        addSigner("Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR);
        addMember("Trịnh Tuyết Mai", CouncilRole.CHAIR, "Giám đốc Sở");
        addMember("Tô Thị Trang", CouncilRole.VICE_CHAIR, "Phó Giám đốc Sở");
        addMember("Lương Thị Hà", CouncilRole.SECRETARY, "");

        model.saveCommand().execute();

        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        AgencyViewModel reloaded = newModel(TestOffice.CLOCK);
        reloaded.load();
        assertEquals(List.of("Trịnh Tuyết Mai DIRECTOR", "Tô Thị Trang DEPUTY_DIRECTOR"), signers(reloaded));
        assertEquals(List.of("Trịnh Tuyết Mai CHAIR Giám đốc Sở", "Tô Thị Trang VICE_CHAIR Phó Giám đốc Sở",
                "Lương Thị Hà SECRETARY "), members(reloaded));
        assertNull(office.services.agency().councilMembers().get(2).position(), "an empty position is stored as none");
    }

    @Test
    void aRemovedSignerIsKeptInactiveForTheDocumentsThatNameThem() {
        fillSettings();
        addSigner("Trịnh Tuyết Mai", SignerRole.DIRECTOR);
        addSigner("Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR);
        addSigner("Hoàng Văn Long", SignerRole.DEPUTY_DIRECTOR);
        model.saveCommand().execute();
        assertFalse(model.removeSignerCommand().isExecutable(), "nothing selected");

        model.selectedSignerProperty().set(model.signers().get(1));
        model.removeSignerCommand().execute();
        model.signers().get(1).fullNameProperty().set("Hoàng Văn Long ");
        model.saveCommand().execute();

        assertEquals(List.of("Trịnh Tuyết Mai DIRECTOR", "Hoàng Văn Long DEPUTY_DIRECTOR"), signers(model));
        List<Signer> stored = office.services.agency().signers();
        assertEquals(List.of("Trịnh Tuyết Mai", "Hoàng Văn Long"),
                stored.stream().filter(Signer::active).map(Signer::fullName).toList());
        assertEquals(List.of("Tô Thị Trang"), stored.stream().filter(s -> !s.active()).map(Signer::fullName).toList());
    }

    @Test
    void aRowWithoutANameStopsTheSaveWithAMessage() {
        fillSettings();
        addSigner("Trịnh Tuyết Mai", SignerRole.DIRECTOR);
        addSigner(" ", SignerRole.DEPUTY_DIRECTOR);
        addMember("", CouncilRole.MEMBER, "Trưởng phòng");

        model.saveCommand().execute();

        assertEquals(List.of(Messages.get("agency.error.signerName", 2) + "\n" + Messages.get("agency.error.memberName", 1)),
                dialogs.errors);
        assertEquals(Optional.empty(), office.services.agency().agency(), "nothing is saved");
        assertTrue(office.services.agency().signers().isEmpty());
    }

    @Test
    void theDemoAsksFirstThenFillsAnEmptyFolder() {
        dialogs.answering(true);
        model.fillDemoCommand().execute();

        assertEquals(List.of(Messages.get("agency.demoConfirm")), dialogs.confirmations);
        assertTrue(dialogs.errors.isEmpty(), () -> dialogs.errors.toString());
        assertEquals("Sở Ngoại vụ", model.nameProperty().get());
        assertEquals(List.of("Trịnh Tuyết Mai DIRECTOR", "Tô Thị Trang DEPUTY_DIRECTOR", "Hoàng Văn Long DEPUTY_DIRECTOR"),
                signers(model));
        assertEquals("Trịnh Tuyết Mai CHAIR Giám đốc Sở", members(model).get(0));
        assertEquals(1, dataReplaced, "the other screens are told to reload");
        assertFalse(model.emptyProperty().get());
        assertFalse(model.fillDemoCommand().isExecutable());
    }

    @Test
    void theDemoDoesNothingWhenTheClerkSaysNo() {
        dialogs.answering(false);
        model.fillDemoCommand().execute();

        assertEquals(1, dialogs.confirmations.size());
        assertEquals(Optional.empty(), office.services.agency().agency());
        assertTrue(office.services.units().all().isEmpty());
        assertEquals(0, dataReplaced);
        assertTrue(model.emptyProperty().get());
    }

    @Test
    void theDemoRefusesAFolderThatAlreadyHoldsUnits() {
        office.unit("Phòng Tổng hợp");
        model.load();
        assertTrue(model.fillDemoCommand().isExecutable(), "offered while the agency is not set");

        dialogs.answering(true);
        model.fillDemoCommand().execute();

        assertEquals(List.of(Messages.get("demo.error.notEmpty")), dialogs.errors);
        assertEquals(1, office.services.units().all().size());
        assertTrue(office.services.staff().all().isEmpty());
        assertEquals(0, dataReplaced);
    }

    @Test
    void returningToTheScreenKeepsWhatTheClerkTypedButNotSaved() {
        fillSettings();
        addSigner("Trịnh Tuyết Mai", SignerRole.DIRECTOR);
        model.saveCommand().execute();

        model.nameProperty().set("Sở Ngoại vụ tỉnh Lạng Sơn");
        model.signers().get(0).fullNameProperty().set("Trịnh Tuyết Mai (GĐ)");
        model.load();

        assertEquals("Sở Ngoại vụ tỉnh Lạng Sơn", model.nameProperty().get());
        assertEquals(List.of("Trịnh Tuyết Mai (GĐ) DIRECTOR"), signers(model));
    }

    @Test
    void returningToTheScreenShowsChangesMadeElsewhereWhenNothingIsPending() {
        fillSettings();
        model.saveCommand().execute();
        office.services.agency().saveAll(new Agency("UBND tỉnh Lạng Sơn", "Sở Nội vụ", "SNV", "Lạng Sơn", null, null, null),
                List.of(new Signer(null, "Lục Văn Hùng", SignerRole.DIRECTOR, 1, true)), List.of());

        model.load();

        assertEquals("Sở Nội vụ", model.nameProperty().get());
        assertEquals(List.of("Lục Văn Hùng DIRECTOR"), signers(model));
    }

    private void fillSettings() {
        model.parentAgencyProperty().set("UBND tỉnh Lạng Sơn");
        model.nameProperty().set("Sở Ngoại vụ");
        model.shortCodeProperty().set("SNgV");
        model.placeNameProperty().set("Lạng Sơn");
        model.addressProperty().set("Số 2 đường Hoàng Văn Thụ");
        model.emailProperty().set("songoaivu@langson.gov.vn");
    }

    private void addSigner(String name, SignerRole role) {
        model.addSignerCommand().execute();
        SignerRow row = model.signers().get(model.signers().size() - 1);
        row.fullNameProperty().set(name);
        row.roleProperty().set(role);
    }

    private void addMember(String name, CouncilRole role, String position) {
        model.addMemberCommand().execute();
        CouncilRow row = model.council().get(model.council().size() - 1);
        row.fullNameProperty().set(name);
        row.roleProperty().set(role);
        row.positionProperty().set(position);
    }

    private static List<String> signers(AgencyViewModel m) {
        return m.signers().stream().map(r -> r.fullNameProperty().get() + " " + r.roleProperty().get()).toList();
    }

    private static List<String> members(AgencyViewModel m) {
        return m.council().stream().map(r -> r.fullNameProperty().get() + " " + r.roleProperty().get() + " "
                + r.positionProperty().get()).toList();
    }
}
