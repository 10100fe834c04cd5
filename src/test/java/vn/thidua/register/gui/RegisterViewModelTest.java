package vn.thidua.register.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.register.model.AwardEntry;
import vn.thidua.register.model.AwardOrigin;
import vn.thidua.testsupport.RecordingDialogs;

/** The register screen's logic on the demo office's real H2 file, without the toolkit. */
class RegisterViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int PAGE = 50;

    @TempDir
    Path dir;

    private Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private RegisterViewModel model;

    @BeforeEach
    void setUp() {
        services = Services.open(dir.resolve("data"));
        Demo.fill(services.database(), TODAY);
        model = new RegisterViewModel(new RegisterViewModel.Sources(services.register(), services.units(),
                services.staff(), services.catalogue(), services.agency(), services.database()),
                new SameThreadExecutor(), dialogs, () -> TODAY, PAGE);
        model.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void loadsTheWholeRegisterNewestYearFirstWithItsYearsAndTotals() {
        assertTrue(model.loadedProperty().get());
        int all = services.register().index().size();
        assertEquals(Math.min(all, PAGE), model.rows().size());
        assertEquals(2025, model.rows().get(0).year());
        assertEquals(List.of(2025, 2024, 2023, 2022), model.years());
        assertTrue(model.totalsTextProperty().get().startsWith("Tìm thấy " + grouped(all) + " / " + grouped(all)),
                model.totalsTextProperty().get());
    }

    @Test
    void searchesWithoutAccentsWithinTheYearsAndOriginChosen() {
        model.searchProperty().set("giay khen");
        model.fromYearProperty().set(2023);
        model.toYearProperty().set(2024);
        model.originProperty().set(AwardOrigin.IMPORTED);

        assertFalse(model.rows().isEmpty());
        assertTrue(model.rows().stream().allMatch(e -> e.awardName().equals("Giấy khen của Giám đốc Sở")
                && e.year() >= 2023 && e.year() <= 2024 && e.origin() == AwardOrigin.IMPORTED), model.rows().toString());
        long money = model.rows().stream().mapToLong(e -> e.prize() == null ? 0 : e.prize()).sum();
        assertTrue(model.totalsTextProperty().get().endsWith("tiền thưởng " + grouped(money) + " đồng"),
                model.totalsTextProperty().get());

        model.searchProperty().set("khong ai co ten nay");
        assertEquals(List.of(), model.rows());
        assertEquals("Không tìm thấy mục nào.", model.emptyTextProperty().get());
    }

    @Test
    void pagesThroughWhatIsFound() {
        int all = services.register().index().size();
        assertTrue(all > PAGE, "the demo register fills more than one page: " + all);
        AwardEntry firstOfSecond = services.register().index().entries().get(PAGE);
        assertFalse(model.previousPageCommand().isExecutable());

        model.nextPageCommand().execute();

        assertEquals(firstOfSecond, model.rows().get(0));
        assertEquals("Trang 2/" + ((all + PAGE - 1) / PAGE),
                model.pageTextProperty().get());
        model.searchProperty().set("lao dong");
        assertEquals(0, model.pageProperty().get(), "a new search starts at its first page");
    }

    @Test
    void aSelectedRowShowsTheRecipientsWholeHistoryOldestFirst() {
        model.originProperty().set(AwardOrigin.IMPORTED);
        AwardEntry chosen = model.rows().stream().filter(e -> e.staffId() != null).findFirst().orElseThrow();

        model.selectedProperty().set(chosen);

        List<AwardEntry> history = model.history();
        assertEquals(services.register().personHistory(chosen.staffId()).size(), history.size());
        assertTrue(history.stream().allMatch(e -> chosen.staffId().equals(e.staffId())));
        assertEquals(history.stream().sorted(Comparator.comparingInt(AwardEntry::year)).toList(), history);
        assertTrue(history.stream().anyMatch(e -> e.origin() == AwardOrigin.RECORD), "titles of the yearly records too");
        assertEquals("Quá trình khen thưởng của " + chosen.recipient() + " (" + history.size() + " lượt)",
                model.historyTitleProperty().get());

        AwardEntry unit = services.register().index().entries().stream().filter(e -> e.unitId() != null).findFirst()
                .orElseThrow();
        model.selectedProperty().set(unit);
        assertTrue(model.history().stream().allMatch(e -> unit.unitId().equals(e.unitId())));
    }

    @Test
    void importsAGoodFileAfterAskingAndRefusesABadOneWithItsRows() throws IOException {
        int before = services.register().index().size();
        String person = services.staff().all().get(7).fullName();
        Path good = sheet(dir.resolve("tot.xlsx"), new String[] {VietText.fold(person), "giay khen", "2020"});
        dialogs.opening(good).answering(true);

        model.importCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, dialogs.confirmations.size());
        assertTrue(dialogs.confirmations.get(0).startsWith("Sẽ nhập 1 lượt khen thưởng (0 tập thể, 1 cá nhân)"));
        assertEquals(before + 1, services.register().index().size());
        assertTrue(model.years().contains(2020), "the register was read again");

        Path bad = sheet(dir.resolve("loi.xlsx"), new String[] {"Không Ai Cả", "Giấy khen", "2020"},
                new String[] {person, "Giấy khen", "20x0"});
        dialogs.opening(bad);
        model.importCommand().execute();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("Dòng 2, cột \"Họ và tên / Tên tập thể\""), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("Dòng 3, cột \"Năm\""), dialogs.errors.get(0));
        assertEquals(before + 1, services.register().index().size());
    }

    @Test
    void exportsWhatIsFound() throws IOException {
        model.searchProperty().set("bang khen");
        Path file = dir.resolve("bang-khen.xlsx");
        dialogs.saving(file);

        model.exportRegisterCommand().execute();

        assertEquals(List.of(), dialogs.errors);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int found = services.register().index().count("bang khen");
            assertEquals(6 + found, sheet.getLastRowNum(), "the rows found and a totals row");
        }
        Path years = dir.resolve("theo-nam.xlsx");
        dialogs.saving(years);
        model.exportYearsCommand().execute();
        assertTrue(Files.exists(years));
    }

    private static String grouped(long n) {
        return vn.thidua.common.text.VietNumbers.grouped(n);
    }

    private static Path sheet(Path file, String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Hình thức khen thưởng");
            header.createCell(2).setCellValue("Năm");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            wb.write(out);
        }
        return file;
    }
}
