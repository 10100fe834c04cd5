package vn.thidua.common.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.common.i18n.UserException;

class SystemPrintTest {

    @TempDir
    Path dir;

    private final List<List<String>> ran = new ArrayList<>();

    @Test
    void windowsPrintsWithTheFilesOwnPrintVerb() throws Exception {
        Path file = Files.writeString(dir.resolve("Kế hoạch.docx"), "x");
        SystemPrint print = new SystemPrint("Windows 11", record(true), () -> true);

        assertEquals(SystemPrint.Outcome.SENT, print.print(file));
        assertEquals("powershell", ran.get(0).get(0));
        assertEquals("Start-Process -FilePath '" + file.toAbsolutePath() + "' -Verb Print -Wait", ran.get(0).get(3));
    }

    @Test
    void whenTheSystemCannotPrintTheFileIsOpenedInstead() throws Exception {
        Path file = Files.writeString(dir.resolve("bien-ban.docx"), "x");
        SystemPrint print = new SystemPrint("Linux", command -> {
            ran.add(command);
            return !command.get(0).equals("soffice");
        }, () -> true);

        assertEquals(SystemPrint.Outcome.OPENED, print.print(file));
        assertEquals(List.of(List.of("soffice", "--headless", "-p", file.toAbsolutePath().toString()),
                List.of("xdg-open", file.toAbsolutePath().toString())), ran);
    }

    @Test
    void withoutAPrinterTheClerkIsToldAndTheFileIsOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("to-trinh.docx"), "x");
        SystemPrint print = new SystemPrint("Linux", record(true), () -> false);

        UserException e = assertThrows(UserException.class, () -> print.print(file));
        assertEquals("Máy tính này chưa cài máy in nào. Tệp \"to-trinh.docx\" đã được mở để xem; hãy cài máy in rồi in lại.",
                e.getMessage());
        assertEquals(List.of(List.of("xdg-open", file.toAbsolutePath().toString())), ran);
    }

    @Test
    void aFileThatCanNeitherBePrintedNorOpenedIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("hs.docx"), "x");
        SystemPrint print = new SystemPrint("Linux", record(false), () -> true);

        UserException e = assertThrows(UserException.class, () -> print.print(file));
        assertEquals("Không in được và cũng không mở được tệp \"hs.docx\". Hãy mở tệp bằng Word hoặc LibreOffice để in.",
                e.getMessage());
        assertThrows(UserException.class, () -> print.print(dir.resolve("none.docx")));
    }

    private SystemPrint.Runner record(boolean result) {
        return command -> {
            ran.add(command);
            return result;
        };
    }
}
