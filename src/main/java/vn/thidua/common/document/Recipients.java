package vn.thidua.common.document;

import java.util.List;

/**
 * "Nơi nhận:" and its lines. Each recipient prints as "- …;" and the archive line last as "- Lưu: VT, …." — the
 * writer adds the dash and the closing mark, so callers give bare names ("Lãnh đạo Sở", archive "VT, VP").
 *
 * @param recipients the recipients in order, without dash or ";"
 * @param archive    what follows "Lưu: ", e.g. "VT, VP"; blank for no archive line
 */
public record Recipients(List<String> recipients, String archive) {

    public Recipients {
        recipients = List.copyOf(recipients);
        archive = archive == null ? "" : archive;
    }

    /** The printed lines, "Nơi nhận:" excluded. */
    public List<String> lines() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        for (String r : recipients) {
            lines.add("- " + strip(r) + ";");
        }
        if (!archive.isBlank()) {
            lines.add("- Lưu: " + strip(archive) + ".");
        }
        return lines;
    }

    private static String strip(String s) {
        String t = s.strip();
        if (t.startsWith("-")) {
            t = t.substring(1).strip();
        }
        while (t.endsWith(";") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
