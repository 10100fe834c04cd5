package vn.thidua.common.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @TempDir
    Path data;

    @Test
    void theShippedDefaultIsUsedWhileTheClerkHasNoCopy() throws IOException {
        Templates templates = new Templates(data);
        assertArrayEquals(shippedDefault(), read(templates, Templates.DEFAULT));
        assertArrayEquals(shippedDefault(), read(templates, "ke-hoach"), "a name without its own template");
    }

    @Test
    void theClerksCopyInTheDataFolderWins() throws IOException {
        Templates templates = new Templates(data);
        Files.createDirectories(data.resolve("templates"));
        Files.write(data.resolve("templates/default.docx"), new byte[] {1, 2, 3});
        Files.write(data.resolve("templates/ke-hoach.docx"), new byte[] {4, 5});
        assertArrayEquals(new byte[] {1, 2, 3}, read(templates, Templates.DEFAULT));
        assertArrayEquals(new byte[] {4, 5}, read(templates, "ke-hoach"));
        assertArrayEquals(new byte[] {1, 2, 3}, read(templates, "quyet-dinh"), "falls back to the clerk's default");
    }

    @Test
    void copyToDataFolderGivesTheClerkAnEditableCopyAndKeepsAnExistingOne() throws IOException {
        Templates templates = new Templates(data);
        Path copy = templates.copyToDataFolder("ke-hoach");
        assertEquals(data.resolve("templates/ke-hoach.docx"), copy);
        assertArrayEquals(shippedDefault(), Files.readAllBytes(copy));
        Files.write(copy, new byte[] {7});
        templates.copyToDataFolder("ke-hoach");
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(copy), "the clerk's edits are kept");
        try (var files = Files.list(data.resolve("templates"))) {
            assertEquals(1, files.count(), "no temp file left");
        }
    }

    @Test
    void namesAreCheckedSoNoPathEscapesTheFolder() {
        Templates templates = new Templates(data);
        assertThrows(IllegalArgumentException.class, () -> templates.open("../secret"));
        assertThrows(IllegalArgumentException.class, () -> templates.clerkCopy("Ke Hoach"));
        assertTrue(Templates.isShipped(Templates.DEFAULT));
        assertFalse(Templates.isShipped("ke-hoach"));
    }

    @Test
    void theShippedTemplateIsWhatTheGeneratorMakes() throws IOException {
        java.io.ByteArrayOutputStream generated = new java.io.ByteArrayOutputStream();
        DefaultTemplateGenerator.write(generated);
        assertEquals(parts(generated.toByteArray()), parts(shippedDefault()),
                "rerun DefaultTemplateGenerator and commit template-default.docx");
    }

    private static java.util.Map<String, String> parts(byte[] docx) throws IOException {
        java.util.Map<String, String> parts = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static byte[] read(Templates templates, String name) throws IOException {
        try (InputStream in = templates.open(name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] shippedDefault() throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream("template-default.docx")) {
            return in.readAllBytes();
        }
    }
}
