package vn.thidua.planimport.logic;

import static vn.thidua.planimport.logic.ReadPatterns.fold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.planimport.model.Confidence;
import vn.thidua.planimport.model.ImportedTask;
import vn.thidua.planimport.model.ReadDocument;
import vn.thidua.planimport.model.ReadParagraph;

/**
 * The tasks of a key-task plan: from the appendix's table (columns found by their headers: content, lead, supporting,
 * deadline, product; rows "A", "B" open the sections, other rows without a number open a group), else from the body's
 * "Nhiệm vụ 1: …" lines, their lead and supporting units taken from the sentences that assign them ("… chủ trì …",
 * "… phối hợp … nhóm nhiệm vụ trọng tâm số 02 và 03").
 */
final class TaskPlanReader {

    private static final Pattern TASK = Pattern.compile("^Nhiệm vụ\\s+(\\d+)\\s*[:.]\\s*(.+)$");
    private static final Pattern SECTION_ROW = Pattern.compile("^([A-ZĐ])[.)]?(?:\\s+(.*))?$");

    private TaskPlanReader() {
    }

    static boolean hasTaskTable(ReadDocument doc) {
        return doc.tables().stream().anyMatch(t -> columns(t) != null);
    }

    static List<ImportedTask> tasks(ReadDocument doc) {
        List<ImportedTask> out = new ArrayList<>();
        for (List<List<String>> table : doc.tables()) {
            int[] cols = columns(table);
            if (cols != null) {
                out.addAll(fromTable(table, cols));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        return fromText(doc.paragraphs());
    }

    /** Column indexes: number, content, lead, supporting, deadline, product (-1 when absent); null if no task table. */
    private static int[] columns(List<List<String>> table) {
        for (int r = 0; r < Math.min(3, table.size()); r++) {
            int[] c = new int[6];
            Arrays.fill(c, -1);
            List<String> row = table.get(r);
            for (int i = 0; i < row.size(); i++) {
                String h = fold(row.get(i));
                if (h.equals("tt") || h.equals("stt") || h.startsWith("so tt")) {
                    c[0] = i;
                } else if (h.contains("chu tri")) {
                    c[2] = i;
                } else if (h.contains("phoi hop")) {
                    c[3] = i;
                } else if (h.contains("thoi gian") || h.contains("thoi han") || h.contains("tien do")) {
                    c[4] = i;
                } else if (h.contains("san pham") || h.contains("ket qua")) {
                    c[5] = i;
                } else if (c[1] < 0 && (h.contains("noi dung") || h.contains("nhiem vu"))) {
                    c[1] = i;
                }
            }
            if (c[1] >= 0 && c[2] >= 0) {
                return new int[] {c[0], c[1], c[2], c[3], c[4], c[5], r};
            }
        }
        return null;
    }

    private static List<ImportedTask> fromTable(List<List<String>> table, int[] c) {
        List<ImportedTask> out = new ArrayList<>();
        String section = "";
        String group = "";
        for (int r = c[6] + 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            String number = cell(row, c[0]);
            String content = cell(row, c[1]);
            String lead = cell(row, c[2]);
            boolean otherCellsEmpty = lead.isEmpty() && cell(row, c[3]).isEmpty() && cell(row, c[4]).isEmpty();
            String first = row.isEmpty() ? "" : row.get(0).strip();
            Matcher s = SECTION_ROW.matcher(first);
            if (otherCellsEmpty && s.matches() && !first.matches("\\d.*")) {
                section = s.group(1);
                group = s.group(2) != null ? s.group(2) : content;
                continue;
            }
            if (otherCellsEmpty) {
                String text = String.join(" ", row).strip();
                if (!text.isEmpty()) {
                    group = text;
                }
                continue;
            }
            if (content.isEmpty()) {
                continue;
            }
            out.add(new ImportedTask(section, group, number, content, lead, units(cell(row, c[3])), cell(row, c[4]),
                    cell(row, c[5]), Confidence.SURE, -1));
        }
        return out;
    }

    private static String cell(List<String> row, int i) {
        return i < 0 || i >= row.size() ? "" : row.get(i).strip();
    }

    static List<String> units(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[;,\\n]|\\s+và\\s+")).map(String::strip).map(s -> s.replaceAll("[.;]+$", ""))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static List<ImportedTask> fromText(List<ReadParagraph> ps) {
        String lead = null;
        String supporting = null;
        List<String> supportedNumbers = List.of();
        String group = "";
        for (ReadParagraph p : ps) {
            String f = fold(p.text());
            if (lead == null && f.contains("chu tri")) {
                lead = subject(p.text(), "(?:\\s+theo chức năng|\\s+có trách nhiệm|\\s+chủ trì)");
            } else if (lead != null && supporting == null && f.contains("phoi hop") && !f.contains("chu tri")) {
                supporting = subject(p.text(), "(?:\\s+căn cứ|\\s+phối hợp|\\s+có trách nhiệm)");
                Matcher m = Pattern.compile("số\\s+((?:\\d+(?:\\s*,\\s*|\\s+và\\s+)?)+)").matcher(p.text());
                if (m.find()) {
                    supportedNumbers = Arrays.stream(m.group(1).split("\\s*,\\s*|\\s+và\\s+")).map(String::strip)
                            .filter(s -> !s.isEmpty()).map(s -> String.valueOf(Integer.parseInt(s))).toList();
                }
            }
        }
        List<ImportedTask> out = new ArrayList<>();
        for (ReadParagraph p : ps) {
            if (!p.label().isEmpty() && !p.label().equals("-") && !TASK.matcher(p.text()).find()
                    && fold(p.text()).contains("nhiem vu")) {
                group = p.text();
            }
            Matcher m = TASK.matcher(p.text());
            if (m.find()) {
                String n = m.group(1);
                boolean supported = supporting != null && (supportedNumbers.isEmpty() || supportedNumbers.contains(n));
                out.add(new ImportedTask("A", group, n, m.group(2), lead == null ? "" : lead,
                        supported ? List.of(supporting) : List.of(), "", "",
                        lead == null ? Confidence.GUESS : Confidence.LIKELY, p.index()));
            }
        }
        return out;
    }

    /** The words before the verb: who the sentence gives the work to. */
    private static String subject(String text, String verbs) {
        String[] parts = text.split(verbs, 2);
        String s = parts[0].replaceFirst("^(Giao|Đề nghị)\\s+", "").strip();
        return s.length() > 200 ? null : s.replaceAll("[,;]$", "");
    }
}
