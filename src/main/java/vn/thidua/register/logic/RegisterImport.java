package vn.thidua.register.logic;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.RowProblem;
import vn.thidua.common.io.SheetHeaders;
import vn.thidua.common.io.SheetRow;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.register.model.AwardEntry;

/**
 * Reads past years' awards from an .xlsx laid out like the provincial lists (the columns are found by their headers).
 * A recipient is a unit when the name is one of the units' names, otherwise a person matched by name, told apart from
 * a namesake by the birth date and then the unit. A file with any bad row (unknown person or award, a bad year, date
 * or amount, an award the register already holds) imports nothing, and every problem is reported by row and column.
 */
public final class RegisterImport {

    /** One award the file adds, with the row it came from. */
    public record Line(int row, Long staffId, Long unitId, String recipient, long awardFormId, String awardName,
                       int year, String decisionNumber, LocalDate decisionDate, String issuer, String goldenBookNo,
                       Long prize, boolean thematic) {
    }

    /** What the file would add, or the problems that reject it. */
    public record Result(List<Line> additions, List<RowProblem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }

        public long collectives() {
            return additions.stream().filter(l -> l.unitId() != null).count();
        }

        public long money() {
            return additions.stream().mapToLong(l -> l.prize() == null ? 0 : l.prize()).sum();
        }
    }

    private static final List<RegisterColumn> REQUIRED = List.of(RegisterColumn.RECIPIENT, RegisterColumn.AWARD,
            RegisterColumn.YEAR);

    private RegisterImport() {
    }

    public static Result read(Path file, List<Unit> units, List<StaffMember> staff, List<AwardForm> forms,
                              List<AwardEntry> register, LocalDate today) {
        if (!Files.isRegularFile(file)) {
            throw UserException.of("import.error.noFile", file);
        }
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            return read(wb.getSheetAt(0), units, staff, forms, register, today);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(Messages.get("import.error.notExcel", file.getFileName()), e);
        }
    }

    static Result read(Sheet sheet, List<Unit> units, List<StaffMember> staff, List<AwardForm> forms,
                       List<AwardEntry> register, LocalDate today) {
        DataFormatter formatter = new DataFormatter();
        Map<RegisterColumn, Integer> columns = new EnumMap<>(RegisterColumn.class);
        int headerRow = findHeader(sheet, formatter, columns);
        List<RowProblem> problems = new ArrayList<>();
        if (headerRow < 0) {
            problems.add(new RowProblem(1, null, Messages.get("import.error.noHeader", RegisterColumn.RECIPIENT.header())));
            return new Result(List.of(), problems);
        }
        for (RegisterColumn required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new RowProblem(headerRow + 1, required.header(), Messages.get("import.error.missingColumn")));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        Matcher matcher = new Matcher(units, staff, forms);
        Set<String> held = new HashSet<>();
        for (AwardEntry e : register) {
            held.add(key(e.staffId(), e.unitId(), e.awardFormId(), e.year(), e.decisionNumber()));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Line> additions = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row, formatter, columns)) {
                continue;
            }
            Cells in = new Cells(row, r + 1, formatter, columns, problems);
            if (in.isTotalsRow()) {
                continue;
            }
            Line line = readLine(in, matcher, today);
            if (line == null) {
                continue;
            }
            String key = key(line.staffId(), line.unitId(), line.awardFormId(), line.year(), line.decisionNumber());
            Integer first = seen.putIfAbsent(key, line.row());
            if (first != null) {
                in.problem(RegisterColumn.RECIPIENT, Messages.get("registerImport.error.twice", first));
            } else if (held.contains(key)) {
                in.problem(RegisterColumn.RECIPIENT, Messages.get("registerImport.error.inRegister", line.recipient(),
                        line.awardName(), line.year()));
            } else {
                additions.add(line);
            }
        }
        return new Result(problems.isEmpty() ? additions : List.of(), problems);
    }

    private static Line readLine(Cells in, Matcher matcher, LocalDate today) {
        String name = VietText.cleanOrNull(in.text(RegisterColumn.RECIPIENT));
        String unitText = VietText.cleanOrNull(in.text(RegisterColumn.UNIT));
        LocalDate birth = in.date(RegisterColumn.BIRTH_DATE);
        Long staffId = null;
        Long unitId = null;
        String recipient = name;
        if (name == null) {
            in.problem(RegisterColumn.RECIPIENT, Messages.get("registerImport.error.recipientMissing"));
        } else {
            Unit unit = matcher.unit(name);
            if (unit != null) {
                unitId = unit.id();
                recipient = unit.name();
            } else {
                List<StaffMember> named = matcher.people(name, birth, unitText);
                if (named.size() == 1) {
                    staffId = named.get(0).id();
                    recipient = named.get(0).fullName();
                } else if (named.isEmpty()) {
                    in.problem(RegisterColumn.RECIPIENT, Messages.get(birth == null
                            ? "registerImport.error.personUnknown" : "registerImport.error.personUnknownBorn",
                            name, VietDates.format(birth)));
                } else {
                    in.problem(RegisterColumn.RECIPIENT, Messages.get("registerImport.error.personAmbiguous", name,
                            named.size()));
                }
            }
        }
        if (unitText != null && matcher.unit(unitText) == null) {
            in.problem(RegisterColumn.UNIT, Messages.get("import.error.unitUnknown", unitText));
        }
        String formText = VietText.cleanOrNull(in.text(RegisterColumn.AWARD));
        AwardForm form = formText == null ? null : matcher.form(formText);
        if (formText == null) {
            in.problem(RegisterColumn.AWARD, Messages.get("registerImport.error.awardMissing"));
        } else if (form == null) {
            in.problem(RegisterColumn.AWARD, Messages.get("registerImport.error.awardUnknown", formText));
        } else if (unitId != null && !form.forCollective()) {
            in.problem(RegisterColumn.AWARD, Messages.get("registerImport.error.notCollective", form.name()));
        } else if (staffId != null && !form.forIndividual()) {
            in.problem(RegisterColumn.AWARD, Messages.get("registerImport.error.notIndividual", form.name()));
        }
        Integer year = in.year(today);
        LocalDate decided = in.date(RegisterColumn.DECISION_DATE);
        if (decided != null && year != null && decided.getYear() < year) {
            in.problem(RegisterColumn.DECISION_DATE, Messages.get("registerImport.error.decidedBefore",
                    VietDates.format(decided), year));
        } else if (decided != null && decided.isAfter(today)) {
            in.problem(RegisterColumn.DECISION_DATE, Messages.get("registerImport.error.future", VietDates.format(decided)));
        }
        Long prize = in.amount();
        boolean thematic = in.flag(RegisterColumn.THEMATIC);
        if (in.hasProblems()) {
            return null;
        }
        return new Line(in.rowNo(), staffId, unitId, recipient, form.id(), form.name(), year,
                VietText.cleanOrNull(in.text(RegisterColumn.DECISION_NUMBER)), decided,
                VietText.cleanOrNull(in.text(RegisterColumn.ISSUER)),
                VietText.cleanOrNull(in.text(RegisterColumn.GOLDEN_BOOK)), prize, thematic);
    }

    /** Writes an accepted file's awards with origin IMPORTED: all of them in one transaction, or none. */
    public static int apply(Database db, Result result) {
        if (!result.accepted()) {
            throw UserException.of("import.error.rejected", result.problems().size());
        }
        return db.inTransaction(c -> {
            for (Line l : result.additions()) {
                Jdbc.insert(c, "INSERT INTO award (staff_id, unit_id, award_form_id, award_year, origin, decision_number, "
                        + "decision_date, issuer, golden_book_no, prize_amount, thematic) "
                        + "VALUES (?, ?, ?, ?, 'IMPORTED', ?, ?, ?, ?, ?, ?)", l.staffId(), l.unitId(), l.awardFormId(),
                        l.year(), l.decisionNumber(), l.decisionDate(), l.issuer(), l.goldenBookNo(), l.prize(),
                        l.thematic());
            }
            return result.additions().size();
        });
    }

    /** The same award twice: one recipient, award form and year, under the same decision (or none). */
    private static String key(Long staffId, Long unitId, long formId, int year, String decisionNumber) {
        return (staffId != null ? "s" + staffId : "u" + unitId) + "/" + formId + "/" + year + "/"
                + VietText.fold(decisionNumber).replace(" ", "");
    }

    private static int findHeader(Sheet sheet, DataFormatter formatter, Map<RegisterColumn, Integer> columns) {
        Map<String, RegisterColumn> byHeader = new HashMap<>();
        for (RegisterColumn c : RegisterColumn.values()) {
            for (String h : c.acceptedHeaders()) {
                byHeader.putIfAbsent(h, c);
            }
        }
        return SheetHeaders.find(sheet, formatter, byHeader, RegisterColumn.RECIPIENT, 30, columns);
    }

    private static boolean blank(Row row, DataFormatter formatter, Map<RegisterColumn, Integer> columns) {
        return SheetHeaders.blank(row, formatter, columns, RegisterColumn.NO);
    }

    /** Units, people and award forms by their accent-free names. */
    private static final class Matcher {
        private final Map<String, Unit> units = new HashMap<>();
        private final Map<String, List<StaffMember>> people = new HashMap<>();
        private final Map<Long, Unit> unitById = new HashMap<>();
        private final Map<String, AwardForm> forms = new HashMap<>();

        Matcher(List<Unit> units, List<StaffMember> staff, List<AwardForm> forms) {
            for (Unit u : units) {
                this.units.put(VietText.fold(u.name()), u);
                unitById.put(u.id(), u);
            }
            for (Unit u : units) {
                if (u.shortName() != null) {
                    this.units.putIfAbsent(VietText.fold(u.shortName()), u);
                }
            }
            for (StaffMember s : staff) {
                people.computeIfAbsent(VietText.fold(s.fullName()), k -> new ArrayList<>()).add(s);
            }
            for (AwardForm f : forms) {
                this.forms.put(VietText.fold(f.name()), f);
            }
            for (AwardForm f : forms) {
                this.forms.putIfAbsent(VietText.fold(f.shortName()), f);
                this.forms.putIfAbsent(VietText.fold(f.code()), f);
            }
        }

        Unit unit(String name) {
            return units.get(VietText.fold(name));
        }

        AwardForm form(String name) {
            return forms.get(VietText.fold(name));
        }

        /** Namesakes narrowed by the birth date when given, then by the unit when still more than one. */
        List<StaffMember> people(String name, LocalDate birth, String unitText) {
            List<StaffMember> named = people.getOrDefault(VietText.fold(name), List.of());
            if (birth != null) {
                named = named.stream().filter(s -> birth.equals(s.birthDate())).toList();
            }
            Unit unit = unitText == null ? null : unit(unitText);
            if (named.size() > 1 && unit != null) {
                named = named.stream().filter(s -> unit.id().equals(s.unitId())).toList();
            }
            return named;
        }
    }

    /** One row's cells, collecting problems with their row and column, with the register's own readings. */
    private static final class Cells extends SheetRow<RegisterColumn> {

        Cells(Row row, int rowNo, DataFormatter formatter, Map<RegisterColumn, Integer> columns,
              List<RowProblem> problems) {
            super(row, rowNo, formatter, columns, RegisterColumn::header, problems);
        }

        /** The "Tổng cộng" row an exported register ends with. */
        boolean isTotalsRow() {
            String first = VietText.fold(text(RegisterColumn.NO) + " " + text(RegisterColumn.RECIPIENT));
            return first.startsWith(VietText.fold(Messages.get("registerBook.total")));
        }

        Integer year(LocalDate today) {
            String value = text(RegisterColumn.YEAR);
            if (value.isEmpty()) {
                problem(RegisterColumn.YEAR, Messages.get("registerImport.error.yearMissing"));
                return null;
            }
            try {
                int year = Integer.parseInt(value.replace(".0", ""));
                if (year < 1945 || year > today.getYear()) {
                    problem(RegisterColumn.YEAR, Messages.get("registerImport.error.yearRange", value, today.getYear()));
                    return null;
                }
                return year;
            } catch (NumberFormatException e) {
                problem(RegisterColumn.YEAR, Messages.get("registerImport.error.badYear", value));
                return null;
            }
        }

        /** The prize in đồng: a number cell, or text as "710.000", "710000" or "710.000 đ". */
        Long amount() {
            Cell cell = cell(RegisterColumn.PRIZE);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                double v = cell.getNumericCellValue();
                if (v < 0 || v != Math.rint(v)) {
                    problem(RegisterColumn.PRIZE, Messages.get("registerImport.error.badAmount", text(RegisterColumn.PRIZE)));
                    return null;
                }
                return (long) v;
            }
            String value = text(RegisterColumn.PRIZE);
            if (value.isEmpty()) {
                return null;
            }
            String digits = value.replaceAll("(?i)\\s*(đồng|đ|vnđ|vnd)$", "").replace(".", "").replace(",", "")
                    .replace(" ", "");
            try {
                BigDecimal amount = new BigDecimal(digits);
                if (amount.signum() < 0 || digits.isEmpty()) {
                    throw new NumberFormatException(value);
                }
                return amount.longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                problem(RegisterColumn.PRIZE, Messages.get("registerImport.error.badAmount", value));
                return null;
            }
        }

        /** "x", "có", "1", "chuyên đề", "đột xuất" mark a thematic or one-off award. */
        boolean flag(RegisterColumn column) {
            String v = VietText.fold(text(column));
            return !v.isEmpty() && !v.equals("0") && !v.equals("khong");
        }
    }
}
