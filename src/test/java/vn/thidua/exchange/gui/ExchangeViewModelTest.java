package vn.thidua.exchange.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Demo;
import vn.thidua.app.Services;
import vn.thidua.common.ui.SameThreadExecutor;
import vn.thidua.testsupport.RecordingDialogs;

/** The plans screen's exchange menu: export the chosen plan; import showing the report first, then after. */
class ExchangeViewModelTest {

    @TempDir
    Path dir;

    @Test
    void exportNeedsAChosenPlanAndImportShowsWhatItWouldDoBeforeDoingIt() throws IOException {
        Path file = dir.resolve("ke-hoach.tdx");
        try (Services s = Services.open(dir.resolve("gui"))) {
            Demo.fill(s.database(), LocalDate.of(2026, 11, 23));
            SimpleObjectProperty<Long> plan = new SimpleObjectProperty<>();
            RecordingDialogs dialogs = new RecordingDialogs().saving(file);
            ExchangeViewModel model = new ExchangeViewModel(plan, s.exchange(), new SameThreadExecutor(), dialogs, () -> {
            });
            assertFalse(model.exportCommand().isExecutable());
            plan.set(s.plans().all().get(0).id());
            assertTrue(model.exportCommand().isExecutable());

            model.exportCommand().execute();

            assertTrue(Files.isRegularFile(file));
            assertTrue(dialogs.infos.get(0).startsWith("Đã xuất kế hoạch \""), dialogs.infos.toString());
        }
        try (Services s = Services.open(dir.resolve("nhan"))) {
            AtomicInteger reloaded = new AtomicInteger();
            RecordingDialogs declining = new RecordingDialogs().opening(file).answering(false);
            ExchangeViewModel model = new ExchangeViewModel(new SimpleObjectProperty<>(), s.exchange(),
                    new SameThreadExecutor(), declining, reloaded::incrementAndGet);

            model.importCommand().execute();

            assertTrue(declining.confirmations.get(0).contains("— nếu nhập: thêm "), declining.confirmations.toString());
            assertTrue(declining.confirmations.get(0).contains("• Thêm: Thêm kế hoạch"), declining.confirmations.toString());
            assertEquals(0, s.plans().all().size());
            assertEquals(0, reloaded.get());

            RecordingDialogs agreeing = new RecordingDialogs().opening(file).answering(true);
            new ExchangeViewModel(new SimpleObjectProperty<>(), s.exchange(), new SameThreadExecutor(), agreeing,
                    reloaded::incrementAndGet).importCommand().execute();

            assertEquals(1, s.plans().all().size());
            assertEquals(1, reloaded.get());
            assertTrue(agreeing.infos.get(0).startsWith("Đã nhập kế hoạch \""), agreeing.infos.toString());
        }
    }

    @Test
    void aDamagedFileIsSaidAndNothingIsAsked() throws IOException {
        Path junk = dir.resolve("hong.tdx");
        Files.writeString(junk, "PK hỏng");
        try (Services s = Services.open(dir.resolve("nhan"))) {
            RecordingDialogs dialogs = new RecordingDialogs().opening(junk);
            new ExchangeViewModel(new SimpleObjectProperty<>(), s.exchange(), new SameThreadExecutor(), dialogs, () -> {
            }).importCommand().execute();

            assertEquals(java.util.List.of("Tệp hong.tdx bị hỏng hoặc không phải tệp trao đổi của ThiĐua. Không có dữ liệu "
                    + "nào được nhập."), dialogs.errors);
            assertTrue(dialogs.confirmations.isEmpty());
        }
    }
}
