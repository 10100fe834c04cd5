package vn.thidua.certificates.model;

import java.util.EnumMap;
import java.util.Map;

/** One certificate's printed texts, by line; a line without text is left out. */
public record Certificate(Map<CertificateField, String> texts) {

    public Certificate {
        texts = texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texts));
    }

    public String text(CertificateField field) {
        return texts.getOrDefault(field, "");
    }
}
