package vn.thidua.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the screens' FXML must say so the toolkit's English never shows. */
class FxmlTest {

    private static final Pattern TABLE = Pattern.compile("<TableView\\b(?![^>]*fx:constant)[^>]*?(/?)>");

    @Test
    void everyTableSaysInVietnameseThatItIsEmpty() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).sorted().toList()) {
                String xml = Files.readString(f);
                Matcher m = TABLE.matcher(xml);
                while (m.find()) {
                    int end = m.group(1).isEmpty() ? xml.indexOf("</TableView>", m.end()) : m.end();
                    String body = xml.substring(m.end(), Math.max(m.end(), end));
                    if (!body.contains("<placeholder>")) {
                        String id = m.group().replaceAll("(?s).*fx:id=\"([^\"]*)\".*", "$1");
                        missing.add(f.getFileName() + " " + id);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "tables without a Vietnamese placeholder show \"No content in table\"");
    }
}
