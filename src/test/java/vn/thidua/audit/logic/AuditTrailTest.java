package vn.thidua.audit.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.audit.model.AuditEntry;
import vn.thidua.audit.model.FieldChange;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.catalogue.model.BaseSalary;
import vn.thidua.common.audit.AuditAction;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.db.Jdbc;
import vn.thidua.decisions.model.Decision;
import vn.thidua.decisions.model.DecisionStatus;
import vn.thidua.decisions.model.DecisionSummary;
import vn.thidua.nominations.logic.NominationRepository;
import vn.thidua.nominations.logic.NominationSaver;
import vn.thidua.nominations.model.Meeting;
import vn.thidua.nominations.model.MeetingSummary;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationStatus;
import vn.thidua.nominations.model.Nominee;
import vn.thidua.nominations.model.Occasion;
import vn.thidua.nominations.model.Vote;
import vn.thidua.organisation.model.StaffMember;

/** Every audited write leaves its line with before and after, in the same transaction as the change. */
class AuditTrailTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private Services s;

    @BeforeEach
    void demoOffice() {
        s = Services.open(dir.resolve("data"));
        Demo.fill(s.database(), TODAY);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        s.close();
    }

    @Test
    void theDemoDataIsNobodysChangeAndLeavesTheLogEmpty() {
        assertEquals(0, logged());
    }

    @Test
    void aNominationsLifeIsLoggedAsTheWorkstationUserWithBeforeAndAfter() {
        Nomination saved = newNomination();
        List<AuditEntry> created = all();
        assertEquals(List.of(AuditEntity.NOMINATION, AuditEntity.DOSSIER_ITEM),
                created.stream().map(AuditEntry::entity).toList());
        AuditEntry first = created.get(0);
        assertEquals(AuditAction.CREATE, first.action());
        assertEquals(saved.id(), first.entityId());
        assertEquals(System.getProperty("user.name"), first.user());
        assertNull(first.beforeJson());
        assertTrue(first.afterJson().contains("\"staffId\":" + saved.nominee().staffId()), first.afterJson());

        s.nominations().save(s.nominations().get(saved.id()).withTexts("Hoàn thành xuất sắc nhiệm vụ", null, null,
                null, null, null));
        AuditEntry update = last();
        assertEquals(AuditAction.UPDATE, update.action());
        assertTrue(AuditLog.changes(update).contains(new FieldChange("summary", "", "Hoàn thành xuất sắc nhiệm vụ")),
                AuditLog.changes(update).toString());

        s.nominations().changeStatus(saved.id(), NominationStatus.SUBMITTED, TODAY, null);
        AuditEntry status = last();
        assertEquals(AuditAction.STATUS, status.action());
        assertEquals("Dự thảo → Đã nộp", status.summary());
        assertTrue(AuditLog.changes(status).contains(new FieldChange("status", "DRAFT", "SUBMITTED")));
    }

    @Test
    void deletingADraftNominationKeepsWhatItWasInTheLog() {
        Nomination saved = newNomination();
        s.nominations().deleteDraft(saved.id());
        AuditEntry deleted = last();
        assertEquals(AuditAction.DELETE, deleted.action());
        assertNull(deleted.afterJson());
        assertTrue(deleted.beforeJson().contains("\"id\":" + saved.id()));
    }

    @Test
    void aChangeThatIsRolledBackLeavesNoLine() {
        Nomination typed = draftFor(freePerson());
        assertThrows(IllegalStateException.class, () -> s.database().inTransaction(c -> {
            NominationRepository.save(c, s.audit(), typed);
            throw new IllegalStateException("the rest of the action failed");
        }));
        assertEquals(0, logged());
    }

    @Test
    void councilVotesTheirAmendmentsAndTheClosingAreLogged() {
        Nomination n = newNomination();
        s.nominations().changeStatus(n.id(), NominationStatus.SUBMITTED, TODAY, null);
        s.nominations().changeStatus(n.id(), NominationStatus.RECEIVED, TODAY, null);
        int before = logged();
        var sitting = s.meetings().create(Meeting.draft(null, TODAY), List.of(n.id()));
        assertEquals(AuditAction.CREATE, last().action());
        int present = sitting.present();
        var voted = s.meetings().save(new vn.thidua.nominations.logic.MeetingRepository.Sitting(sitting.meeting(),
                sitting.attendance(), List.of(new Vote(n.id(), present, 0, 0, 0, 0))));
        List<AuditEntry> afterSave = all().subList(before + 1, logged());
        assertEquals(List.of(AuditEntity.COUNCIL_MEETING, AuditEntity.COUNCIL_VOTE),
                afterSave.stream().map(AuditEntry::entity).toList());
        assertEquals(AuditAction.VOTE, afterSave.get(1).action());
        assertTrue(AuditLog.changes(afterSave.get(1)).contains(new FieldChange("agree", "0", String.valueOf(present))),
                AuditLog.changes(afterSave.get(1)).toString());

        s.meetings().close(voted.meeting().id(), TODAY.atTime(10, 0));
        List<AuditEntry> closing = all().subList(before + 3, logged());
        assertEquals(List.of(AuditAction.STATUS, AuditAction.CLOSE), closing.stream().map(AuditEntry::action).toList());

        s.meetings().amendVote(voted.meeting().id(), new Vote(n.id(), present - 1, 1, 0, 0, 0), "Thư ký",
                "Đếm lại phiếu", LocalDateTime.of(2026, 11, 24, 9, 0));
        AuditEntry amended = last();
        assertEquals(AuditEntity.COUNCIL_VOTE, amended.entity());
        assertEquals(AuditAction.AMEND, amended.action());
        assertEquals("Đếm lại phiếu", amended.summary());
        assertTrue(AuditLog.changes(amended).contains(new FieldChange("disagree", "0", "1")));
    }

    @Test
    void aDecisionsAmendmentAndItsSigningAreLogged() {
        DecisionSummary signed = s.decisions().all().stream().filter(d -> d.status() == DecisionStatus.SIGNED)
                .findFirst().orElseThrow();
        Decision amendment = s.decisions().amend(signed.id(), "Sửa tên đơn vị");
        assertEquals(AuditAction.AMEND, last().action());
        assertEquals(amendment.id(), last().entityId());

        s.decisions().saveDraft(s.decisions().get(amendment.id()));
        assertEquals(AuditAction.UPDATE, last().action());
        Decision original = s.decisions().get(signed.id());
        s.decisions().sign(amendment.id(), original.date().plusDays(5), null);
        AuditEntry sign = last();
        assertEquals(AuditEntity.DECISION, sign.entity());
        assertEquals(AuditAction.SIGN, sign.action());
        assertTrue(AuditLog.changes(sign).contains(new FieldChange("status", "DRAFT", "SIGNED")));
    }

    @Test
    void catalogueChangesAreLogged() {
        BaseSalary salary = s.catalogue().saveBaseSalary(new BaseSalary(null, LocalDate.of(2026, 7, 1), 2_530_000, null));
        assertEquals(AuditAction.CREATE, last().action());
        s.catalogue().saveBaseSalary(new BaseSalary(salary.id(), salary.effectiveFrom(), 2_600_000, "dự kiến"));
        assertTrue(AuditLog.changes(last()).contains(new FieldChange("amount", "2530000", "2600000")));
        s.catalogue().deleteBaseSalary(salary.id());
        assertEquals(AuditAction.DELETE, last().action());
        assertEquals(AuditEntity.BASE_SALARY, last().entity());

        AwardForm form = s.catalogue().awardForms().get(0);
        s.catalogue().setAwardFormActive(form.id(), false);
        assertEquals(AuditEntity.AWARD_FORM, last().entity());
        assertTrue(AuditLog.changes(last()).contains(new FieldChange("active", "true", "false")));

        var rule = s.catalogue().allRules().get(0);
        s.catalogue().saveRule(new vn.thidua.catalogue.model.AwardRule(rule.awardFormId(), rule.legalBasisId(),
                new java.math.BigDecimal("9.9"), rule.collectiveCoefficient(), rule.voteThresholdPercent(),
                rule.reportYears()));
        assertEquals(AuditEntity.AWARD_RULE, last().entity());
        assertEquals(AuditAction.UPDATE, last().action());

        var basis = s.catalogue().legalBases().get(0);
        s.catalogue().saveLegalBasis(new vn.thidua.catalogue.model.LegalBasis(basis.id(), basis.code(), basis.title() + " (sửa)",
                basis.issuedDate(), basis.effectiveFrom(), basis.effectiveTo()));
        assertEquals(AuditEntity.LEGAL_BASIS, last().entity());
        assertEquals(6, logged());
    }

    @Test
    void theRangeAndEntityFilterChooseTheLines() {
        newNomination();
        s.catalogue().saveBaseSalary(new BaseSalary(null, LocalDate.of(2026, 7, 1), 2_530_000, null));
        LocalDate today = LocalDate.now();
        assertEquals(3, s.auditLog().between(today, today, null).size());
        assertEquals(1, s.auditLog().between(today, today, AuditEntity.BASE_SALARY).size());
        assertEquals(0, s.auditLog().between(today.minusDays(3), today.minusDays(1), null).size());
        assertThrows(vn.thidua.common.i18n.UserException.class,
                () -> s.auditLog().between(today, today.minusDays(1), null));
    }

    @Test
    void theExportedWorkbookHasTitleHeadersRowsAndAnA4LandscapePrintSetup() throws IOException {
        Nomination saved = newNomination();
        s.nominations().save(s.nominations().get(saved.id()).withTexts("Tích cực", null, null, null, null, null));
        LocalDate today = LocalDate.now();
        List<AuditEntry> entries = s.auditLog().between(today, today, null);
        Path file = dir.resolve("nhat-ky.xlsx");

        AuditWorkbook.write(entries, today, today, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("NHẬT KÝ THAY ĐỔI DỮ LIỆU", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Từ ngày " + vn.thidua.common.text.VietDates.format(today) + " đến ngày "
                    + vn.thidua.common.text.VietDates.format(today), sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(List.of("STT", "Thời điểm", "Người dùng", "Máy", "Loại bản ghi", "Mã số", "Thao tác", "Tóm tắt",
                    "Các trường thay đổi (trước → sau)"), headers(sheet));
            assertEquals(AuditWorkbook.HEADER_ROW + entries.size(), sheet.getLastRowNum());
            var lastRow = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Hồ sơ đề nghị", lastRow.getCell(4).getStringCellValue());
            assertEquals("Sửa", lastRow.getCell(6).getStringCellValue());
            assertEquals("summary:  → Tích cực", lastRow.getCell(8).getStringCellValue());
            assertEquals("Times New Roman", wb.getFontAt(lastRow.getCell(8).getCellStyle().getFontIndex()).getFontName());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
        }
    }

    private static List<String> headers(Sheet sheet) {
        var row = sheet.getRow(AuditWorkbook.HEADER_ROW);
        return java.util.stream.IntStream.range(0, row.getLastCellNum())
                .mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }

    private Nomination newNomination() {
        return new NominationSaver(s.database(), s.audit()).save(draftFor(freePerson()), TODAY);
    }

    private Nomination draftFor(StaffMember person) {
        long form = s.catalogue().awardForms().stream().filter(f -> f.forIndividual() && f.active()).findFirst()
                .orElseThrow().id();
        return Nomination.draft(null, Occasion.YEAR_END, 2026, Nominee.person(person.id()), form, person.unitId(), TODAY);
    }

    private StaffMember freePerson() {
        return s.staff().all().get(s.staff().all().size() - 1);
    }

    private List<AuditEntry> all() {
        return s.auditLog().between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), null);
    }

    private AuditEntry last() {
        List<AuditEntry> all = all();
        return all.get(all.size() - 1);
    }

    private int logged() {
        return s.database().read(c -> (int) Jdbc.count(c, "SELECT COUNT(*) FROM audit_log"));
    }
}
