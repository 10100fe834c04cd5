package vn.thidua.planimport.model;

import java.util.List;

/**
 * A document reduced to its paragraphs in reading order (NFC, old encodings converted), with its tables kept as
 * rows of cell texts for the task tables of an appendix.
 */
public record ReadDocument(List<ReadParagraph> paragraphs, List<List<List<String>>> tables, SourceEncoding encoding) {

    public ReadDocument {
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
    }

    public int characters() {
        return paragraphs.stream().mapToInt(p -> p.text().length()).sum();
    }
}
