package vn.thidua.exchange.logic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.UserException;
import vn.thidua.exchange.model.ExportSummary;
import vn.thidua.exchange.model.ImportReport;
import vn.thidua.nominations.model.DossierItem;
import vn.thidua.nominations.model.Nomination;
import vn.thidua.nominations.model.NominationSummary;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanSummary;

/** Two installations on real H2 files: the demo office exports a plan, another folder imports it. */
class ExchangeServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private Path file;
    private long planId;
    private byte[] proof;

    @BeforeEach
    void exportTheDemoPlanWithADocument() throws IOException {
        file = dir.resolve("ke-hoach.tdx");
        proof = "Giấy chứng nhận sáng kiến".getBytes(StandardCharsets.UTF_8);
        Path scan = dir.resolve("chung-nhan.pdf");
        Files.write(scan, proof);
        try (Services s = Services.open(dir.resolve("sender"))) {
            Demo.fill(s.database(), TODAY);
            planId = s.plans().all().stream().max(java.util.Comparator.comparing(p -> s.nominations().forPlan(p.id()).size()))
                    .orElseThrow().id();
            long first = s.nominations().forPlan(planId).get(0).id();
            s.dossiers().attachExtra(first, "Giấy chứng nhận sáng kiến", scan, TODAY);
            ExportSummary done = s.exchange().export(planId, file);
            assertEquals(s.nominations().forPlan(planId).size(), done.nominations());
            assertEquals(1, done.attachments());
        }
    }

    @Test
    void anEmptyInstallationGetsThePlanItsNominationsHistoriesPeopleAndDocuments() throws IOException {
        try (Services sender = Services.open(dir.resolve("sender"));
             Services s = Services.open(dir.resolve("receiver"))) {
            ImportReport preview = s.exchange().preview(file);
            assertFalse(preview.applied());
            assertEquals(0, s.plans().all().size(), "a preview writes nothing");

            ImportReport report = s.exchange().importFile(file);

            Plan sent = sender.plans().get(planId);
            PlanSummary received = s.plans().all().get(0);
            Plan got = s.plans().get(received.id());
            assertEquals(sent.title(), got.title());
            assertEquals(sent.number(), got.number());
            assertEquals(sent.status(), got.status());
            assertEquals(sent.contents(), got.contents());
            assertEquals(sent.targets(), got.targets());
            List<NominationSummary> sentNominations = sender.nominations().forPlan(planId);
            List<NominationSummary> gotNominations = s.nominations().forPlan(received.id());
            assertEquals(sentNominations.size(), gotNominations.size());
            assertEquals(sentNominations.size(), report.nominationsAdded());
            assertEquals(preview.nominationsAdded(), report.nominationsAdded());
            assertEquals(preview.lines().size(), report.lines().size());
            for (int i = 0; i < sentNominations.size(); i++) {
                Nomination a = sender.nominations().get(sentNominations.get(i).id());
                Nomination b = s.nominations().get(gotNominations.get(i).id());
                assertEquals(sentNominations.get(i).nomineeName(), gotNominations.get(i).nomineeName());
                assertEquals(a.status(), b.status());
                assertEquals(a.statusDate(), b.statusDate());
                assertEquals(a.years(), b.years());
                assertEquals(a.awards(), b.awards());
                assertEquals(a.achievements(), b.achievements());
                assertEquals(sender.nominations().history(a.id()), s.nominations().history(b.id()));
                assertEquals(sender.dossiers().items(a.id()).stream().map(DossierItem::title).toList(),
                        s.dossiers().items(b.id()).stream().map(DossierItem::title).toList());
            }
            DossierItem attached = s.dossiers().items(gotNominations.get(0).id()).stream()
                    .filter(d -> d.attachmentId() != null).findFirst().orElseThrow();
            assertEquals("chung-nhan.pdf", attached.fileName());
            assertArrayEquals(proof, Files.readAllBytes(s.dossiers().file(attached.attachmentId()).orElseThrow()));
            assertEquals(1, report.attachmentsAdded());
            assertTrue(report.peopleAdded() > 0);
            assertTrue(report.lines().stream().anyMatch(l -> l.kind() == ImportReport.LineKind.NOTE), report.toString());
        }
    }

    @Test
    void importingTheSameFileTwiceReusesThePlanAndPeopleAndSkipsEveryNomination() {
        try (Services s = Services.open(dir.resolve("receiver"))) {
            ImportReport first = s.exchange().importFile(file);
            int nominations = count(s, "nomination");
            int staff = count(s, "staff");

            ImportReport second = s.exchange().importFile(file);

            assertEquals(0, second.nominationsAdded());
            assertEquals(first.nominationsAdded(), second.nominationsSkipped());
            assertEquals(0, second.peopleAdded());
            assertEquals(first.peopleAdded(), second.peopleReused());
            assertEquals(1, s.plans().all().size());
            assertEquals(nominations, count(s, "nomination"));
            assertEquals(staff, count(s, "staff"));
            assertTrue(second.lines().stream().anyMatch(l -> l.kind() == ImportReport.LineKind.REUSED
                    && l.text().startsWith("Kế hoạch")), second.toString());
        }
    }

    @Test
    void aPersonWithTheSameCodeAndNameIsReusedAndACodeOfSomeoneElseIsAConflict() {
        StaffMember reused;
        StaffMember clash;
        try (Services sender = Services.open(dir.resolve("sender"))) {
            List<Long> nominated = sender.nominations().forPlan(planId).stream()
                    .filter(n -> n.nominee().isPerson()).map(n -> n.nominee().staffId()).toList();
            reused = sender.staff().find(nominated.get(0)).orElseThrow();
            clash = sender.staff().find(nominated.get(1)).orElseThrow();
        }
        try (Services s = Services.open(dir.resolve("receiver"))) {
            var unit = s.units().save(new vn.thidua.organisation.model.Unit(null, "Văn phòng", null,
                    vn.thidua.organisation.model.UnitType.ADMINISTRATIVE, 0, true));
            StaffMember same = s.staff().save(new StaffMember(null, reused.code(), reused.fullName(), reused.gender(),
                    null, null, unit.id(), reused.kind(), false, null, null, null, null, null, null, null));
            s.staff().save(new StaffMember(null, clash.code(), "Hoàng Thị Khác", clash.gender(), null, null, unit.id(),
                    clash.kind(), false, null, null, null, null, null, null, null));

            ImportReport report = s.exchange().importFile(file);

            assertTrue(report.lines().contains(new ImportReport.Line(ImportReport.LineKind.REUSED,
                    "Dùng lại cán bộ đã có " + reused.fullName() + " (cùng mã " + reused.code() + " và họ tên).")),
                    report.lines().toString());
            assertTrue(report.lines().stream().anyMatch(l -> l.kind() == ImportReport.LineKind.CONFLICT
                    && l.text().startsWith("Mã " + clash.code() + " của " + clash.fullName() + " đã là mã của Hoàng Thị Khác")),
                    report.lines().toString());
            long plan = s.plans().all().get(0).id();
            assertTrue(s.nominations().forPlan(plan).stream().anyMatch(n -> same.id().equals(n.nominee().staffId())));
            assertEquals(2, s.staff().all().stream().filter(m -> m.fullName().equals(clash.fullName())
                    || m.fullName().equals("Hoàng Thị Khác")).count());
        }
    }

    @Test
    void aPlanNumberTakenByAnotherPlanComesInAsANewDraftWithANote() throws IOException {
        Path renamed = rewrite(file, json -> ((ObjectNode) json.get("plan")).put("title", "Kế hoạch khác cùng số"));
        try (Services s = Services.open(dir.resolve("receiver"))) {
            s.exchange().importFile(file);

            ImportReport report = s.exchange().importFile(renamed);

            assertTrue(report.lines().stream().anyMatch(l -> l.kind() == ImportReport.LineKind.CONFLICT
                    && l.text().endsWith("nhập thành dự thảo mới chưa có số.")), report.lines().toString());
            assertEquals(2, s.plans().all().size());
            PlanSummary draft = s.plans().all().stream().filter(p -> p.title().equals("Kế hoạch khác cùng số"))
                    .findFirst().orElseThrow();
            assertEquals(null, draft.number());
            assertEquals(report.nominationsAdded(), s.nominations().forPlan(draft.id()).size());
        }
    }

    @Test
    void aFileFailingMidwayLeavesTheDatabaseAsItWas() throws IOException {
        Path broken = rewrite(file, json -> {
            ArrayNode nominations = (ArrayNode) json.get("nominations");
            ObjectNode copy = nominations.get(0).deepCopy();
            ((ObjectNode) copy.get("nomination")).put("id", 999_999);
            nominations.add(copy);
        });
        try (Services s = Services.open(dir.resolve("receiver"))) {
            Map<String, Integer> before = counts(s);

            UserException e = assertThrows(UserException.class, () -> s.exchange().importFile(broken));

            assertTrue(e.getMessage().contains("Không có dữ liệu nào được nhập"), e.getMessage());
            assertEquals(before, counts(s));
        }
    }

    @Test
    void aFileOfANewerFormatIsRefused() throws IOException {
        Path newer = rewrite(file, json -> ((ObjectNode) json).put("formatVersion", ExchangeFormat.VERSION + 1));
        try (Services s = Services.open(dir.resolve("receiver"))) {
            UserException e = assertThrows(UserException.class, () -> s.exchange().importFile(newer));
            assertEquals("Tệp " + newer.getFileName() + " được tạo bởi phiên bản ThiĐua mới hơn (định dạng 2, phiên bản này "
                    + "đọc đến định dạng 1). Hãy cập nhật chương trình rồi nhập lại.", e.getMessage());
            assertEquals(0, s.plans().all().size());
        }
    }

    @Test
    void twoHundredDamagedOrRandomFilesAreEachRefusedWithAMessageAndChangeNothing() throws IOException {
        byte[] good = Files.readAllBytes(file);
        byte[] json = entry(good, ExchangeFormat.JSON_ENTRY);
        Random random = new Random(7);
        try (Services s = Services.open(dir.resolve("receiver"))) {
            Map<String, Integer> before = counts(s);
            int refused = 0;
            for (int i = 0; i < 240; i++) {
                Path bad = dir.resolve("bad-" + i + ".tdx");
                Files.write(bad, damaged(i, good, json, random));
                try {
                    s.exchange().importFile(bad);
                    fail("case " + i + " imported");
                } catch (UserException e) {
                    refused++;
                    assertFalse(e.getMessage().isBlank());
                    assertTrue(e.getMessage().matches("(?s).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*"),
                            "Vietnamese: " + e.getMessage());
                } catch (RuntimeException e) {
                    fail("case " + i + " let " + e + " escape");
                }
                assertEquals(before, counts(s), "case " + i);
            }
            assertEquals(240, refused);
        }
    }

    /** Random bytes, cut zips, flipped bytes, broken or shuffled JSON and missing parts, by turns. */
    private static byte[] damaged(int i, byte[] zip, byte[] json, Random random) throws IOException {
        switch (i % 8) {
            case 0 -> {
                byte[] noise = new byte[random.nextInt(4000)];
                random.nextBytes(noise);
                return noise;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(zip, 1 + random.nextInt(zip.length - 1));
            }
            case 2 -> {
                byte[] copy = zip.clone();
                for (int k = 0; k < 1 + random.nextInt(20); k++) {
                    copy[30 + random.nextInt(copy.length - 60)] ^= (byte) (1 + random.nextInt(255));
                }
                return copy;
            }
            case 3 -> {
                byte[] cut = java.util.Arrays.copyOf(json, random.nextInt(json.length));
                return zipOf(Map.of(ExchangeFormat.JSON_ENTRY, cut));
            }
            case 4 -> {
                byte[] copy = json.clone();
                for (int k = 0; k < 1 + random.nextInt(5); k++) {
                    copy[random.nextInt(copy.length)] = (byte) "{}[]\",:0x-".charAt(random.nextInt(10));
                }
                return zipOf(Map.of(ExchangeFormat.JSON_ENTRY, copy));
            }
            case 5 -> {
                ObjectNode tree = (ObjectNode) ExchangeFormat.JSON.readTree(json);
                List<String> names = new ArrayList<>();
                tree.fieldNames().forEachRemaining(names::add);
                names.remove("format");
                names.remove("formatVersion");
                tree.remove(names.get(random.nextInt(names.size())));
                return zipOf(Map.of(ExchangeFormat.JSON_ENTRY, ExchangeFormat.JSON.writeValueAsBytes(tree)));
            }
            case 6 -> {
                ObjectNode tree = (ObjectNode) ExchangeFormat.JSON.readTree(json);
                ArrayNode nominations = (ArrayNode) tree.get("nominations");
                ObjectNode n = (ObjectNode) nominations.get(random.nextInt(nominations.size())).get("nomination");
                switch (random.nextInt(5)) {
                    case 0 -> n.put("awardFormId", 987_654);
                    case 1 -> ((ObjectNode) n.get("nominee")).put("staffId", 987_654).putNull("unitId");
                    case 2 -> n.putNull("status");
                    case 3 -> ((ObjectNode) n.get("nominee")).putNull("staffId").putNull("unitId");
                    default -> n.put("year", "hai nghìn");
                }
                return zipOf(Map.of(ExchangeFormat.JSON_ENTRY, ExchangeFormat.JSON.writeValueAsBytes(tree)));
            }
            default -> {
                Map<String, byte[]> entries = new LinkedHashMap<>();
                entries.put(ExchangeFormat.JSON_ENTRY, json);
                if (random.nextBoolean()) {
                    byte[] other = new byte[50];
                    random.nextBytes(other);
                    entries.put(ExchangeFormat.ATTACHMENT_DIR + sha256(json), other);
                    return zipOf(entries);
                }
                return zipOf(Map.of("khac.json", json));
            }
        }
    }

    private interface Edit {
        void apply(com.fasterxml.jackson.databind.JsonNode json);
    }

    /** The exchange file with its JSON edited and its documents kept. */
    private Path rewrite(Path source, Edit edit) throws IOException {
        byte[] zip = Files.readAllBytes(source);
        Map<String, byte[]> entries = entries(zip);
        var tree = ExchangeFormat.JSON.readTree(entries.get(ExchangeFormat.JSON_ENTRY));
        edit.apply(tree);
        entries.put(ExchangeFormat.JSON_ENTRY, ExchangeFormat.JSON.writeValueAsBytes(tree));
        Path out = dir.resolve("edited-" + System.nanoTime() + ".tdx");
        Files.write(out, zipOf(entries));
        return out;
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        return entries(zip).get(name);
    }

    private static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(Services s, String table) {
        return s.database().read(c -> (int) Jdbc.count(c, "SELECT COUNT(*) FROM " + table));
    }

    private static Map<String, Integer> counts(Services s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String table : List.of("plan", "unit", "staff", "nomination", "nomination_status", "dossier_document",
                "attachment", "audit_log")) {
            out.put(table, count(s, table));
        }
        return out;
    }
}
