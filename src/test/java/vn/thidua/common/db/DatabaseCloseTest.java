package vn.thidua.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.organisation.logic.DemoOffice;

/** The window closes the data on stop and again from the exit hook; the second close must be harmless. */
class DatabaseCloseTest {

    @Test
    void closingTwiceIsHarmlessAndTheDataIsThereNextTime(@TempDir Path dir) {
        Services first = Services.open(dir);
        DemoOffice.fill(first.database());
        int people = first.staff().all().size();
        first.close();
        first.close();

        try (Services again = Services.open(dir)) {
            assertEquals(people, again.staff().all().size());
        }
    }
}
