package vn.thidua.planimport.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.i18n.UserException;
import vn.thidua.planimport.model.FieldKind;
import vn.thidua.planimport.model.FoundField;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.plans.model.Plan;
import vn.thidua.plans.model.PlanStatus;

/** Reading files and saving drafts on a real database: bad files refused with a message and nothing saved. */
class PlanImportServiceTest {

    @TempDir
    Path dir;

    private Services services;

    @BeforeEach
    void setUp() {
        services = Services.open(dir.resolve("data"));
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private String refused(Path file) {
        UserException e = assertThrows(UserException.class, () -> PlanImportService.read(file));
        assertTrue(services.plans().all().isEmpty(), "nothing saved");
        return e.getMessage();
    }

    @Test
    void randomBytesAreRefusedWithAMessage() throws Exception {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        assertTrue(refused(file("ke-hoach.docx", noise)).contains("không phải tệp Word"));
        byte[] zipNoise = noise.clone();
        zipNoise[0] = 'P';
        zipNoise[1] = 'K';
        assertTrue(refused(file("zip.docx", zipNoise)).contains("không phải tệp Word"));
    }

    @Test
    void aWorkbookRenamedDocxIsToldApart() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("DS").createRow(0).createCell(0).setCellValue("Họ và tên");
            wb.write(out);
        }
        assertTrue(refused(file("bang.docx", out.toByteArray())).contains("bảng tính Excel"));
    }

    @Test
    void emptyFilesAndDocumentsWithoutTextAreRefused() throws Exception {
        assertTrue(refused(file("rong.docx", new byte[0])).contains("rỗng"));
        assertTrue(refused(file("trang.docx", new TestDocx().p("").bytes())).contains("không có chữ"));
        assertTrue(refused(file("rong.txt", new byte[0])).contains("Chưa có văn bản"));
        assertTrue(refused(dir.resolve("khong-co.docx")).contains("Không tìm thấy"));
    }

    @Test
    void anOldWordFileIsAskedToBeSavedAsDocx() throws Exception {
        byte[] ole = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        assertTrue(refused(file("cu.doc", ole)).contains("Word 97–2003"));
    }

    @Test
    void aTwoHundredPageDocumentIsNotTakenForAPlan() throws Exception {
        TestDocx d = new TestDocx().bold("KẾ HOẠCH").p("Một kế hoạch rất dài");
        String[] words = "thi đua khen thưởng cán bộ công chức viên chức nhiệm vụ phong trào đơn vị tập thể cá nhân kế hoạch năm"
                .split(" ");
        Random random = new Random(3);
        for (int i = 0; i < 200 * 12; i++) {
            StringBuilder p = new StringBuilder("- Dòng " + i + ":");
            for (int w = 0; w < 50; w++) {
                p.append(' ').append(words[random.nextInt(words.length)]);
            }
            d.p(p.toString());
        }
        String message = refused(file("dai.docx", d.bytes()));
        assertTrue(message.contains("quá dài"), message);
    }

    @Test
    void aConfirmedReadingIsSavedAsADraftWithTheClerksCorrections() throws Exception {
        PlanReading reading = PlanImportService.read(file("003.docx", ImportFixtures.bytes(ImportFixtures.SEED_003 + ".docx")));
        List<FoundField> corrected = reading.fields().stream()
                .map(f -> f.kind() == FieldKind.TITLE ? f.withValue("Phát động thi đua 100 ngày đêm (đã sửa)") : f).toList();
        Plan saved = services.planImport().save(reading.withFields(corrected));
        Plan stored = services.plans().get(saved.id());
        assertEquals(PlanStatus.DRAFT, stored.status());
        assertEquals("Phát động thi đua 100 ngày đêm (đã sửa)", stored.title());
        assertEquals(null, stored.number(), "a draft takes its number when issued");
        assertEquals(2, stored.basis().size());
        assertEquals(4, stored.offers().size());
        assertEquals(2, stored.duties().size());
        assertEquals("Tô Thị Trang", stored.signer().fullName());
        assertEquals(1, services.plans().all().size());
    }

    @Test
    void aKeyTaskPlanIsNotSavedAsAMovementPlan() throws Exception {
        PlanReading reading = PlanImportService.read(file("002.docx", ImportFixtures.bytes(ImportFixtures.SEED_002 + ".docx")));
        UserException e = assertThrows(UserException.class, () -> services.planImport().save(reading));
        assertTrue(e.getMessage().contains("kế hoạch nhiệm vụ trọng tâm"));
        assertTrue(services.plans().all().isEmpty());
    }
}
