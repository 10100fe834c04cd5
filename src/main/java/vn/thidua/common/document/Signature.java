package vn.thidua.common.document;

import java.util.List;

/**
 * The signature block: the authority lines in bold capitals, the space to sign, the name in bold.
 *
 * @param authority e.g. ["GIÁM ĐỐC"] or ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
 * @param name      the signer's full name
 * @param note      an italic line under the authority, e.g. "(Ký, đóng dấu)"; blank for none
 */
public record Signature(List<String> authority, String name, String note) {

    public Signature {
        authority = List.copyOf(authority);
        name = name == null ? "" : name;
        note = note == null ? "" : note;
    }

    public Signature(List<String> authority, String name) {
        this(authority, name, "");
    }

    /** The head signs: "GIÁM ĐỐC". */
    public static Signature direct(String title, String name) {
        return new Signature(List.of(title), name);
    }

    /** A deputy signs on the head's behalf: "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC". */
    public static Signature onBehalf(String headTitle, String deputyTitle, String name) {
        return new Signature(List.of("KT. " + headTitle, deputyTitle), name);
    }
}
