package vn.thidua.organisation.logic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.thidua.common.db.Database;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.RowProblem;
import vn.thidua.common.io.SheetHeaders;
import vn.thidua.common.io.SheetRow;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.logic.StaffWorkbook.Column;
import vn.thidua.organisation.model.Gender;
import vn.thidua.organisation.model.StaffKind;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;

/**
 * Reads a staff list in the layout {@link StaffWorkbook} writes. People are matched by staff code, else by name
 * and birth date; the rest are new. A file with any bad row is rejected whole, with every problem by row.
 */
public final class StaffImport {

    /** A person whose record the file changes, with the headers of the columns that differ. */
    public record Change(StaffMember before, StaffMember after, List<String> fields) {
    }

    /** One problem of the file, at a row (as the spreadsheet numbers it) and column. */
    /** What the file would do: people to add and to change, or the problems that reject it. */
    public record Plan(List<StaffMember> additions, List<Change> changes, List<RowProblem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private StaffImport() {
    }

    public static Plan read(Path file, List<Unit> units, List<StaffMember> existing, LocalDate today) {
        if (!Files.isRegularFile(file)) {
            throw UserException.of("import.error.noFile", file);
        }
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            return read(wb.getSheetAt(0), units, existing, today);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(Messages.get("import.error.notExcel", file.getFileName()), e);
        }
    }

    static Plan read(Sheet sheet, List<Unit> units, List<StaffMember> existing, LocalDate today) {
        DataFormatter formatter = new DataFormatter();
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        int headerRow = findHeader(sheet, formatter, columns);
        List<RowProblem> problems = new ArrayList<>();
        if (headerRow < 0) {
            problems.add(new RowProblem(1, null, Messages.get("import.error.noHeader", Column.FULL_NAME.header())));
            return new Plan(List.of(), List.of(), problems);
        }
        for (Column required : List.of(Column.FULL_NAME, Column.UNIT)) {
            if (!columns.containsKey(required)) {
                problems.add(new RowProblem(headerRow + 1, required.header(), Messages.get("import.error.missingColumn")));
            }
        }
        if (!problems.isEmpty()) {
            return new Plan(List.of(), List.of(), problems);
        }

        Map<String, Unit> unitByName = new HashMap<>();
        for (Unit u : units) {
            unitByName.put(VietText.fold(u.name()), u);
            if (u.shortName() != null) {
                unitByName.putIfAbsent(VietText.fold(u.shortName()), u);
            }
        }
        Map<String, StaffMember> byCode = new HashMap<>();
        Map<String, StaffMember> byNameBirth = new HashMap<>();
        for (StaffMember s : existing) {
            byCode.put(s.code(), s);
            byNameBirth.put(nameBirthKey(s.fullName(), s.birthDate()), s);
        }

        List<StaffMember> additions = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row, formatter, columns)) {
                continue;
            }
            int rowNo = r + 1;
            RowReader in = new RowReader(row, rowNo, formatter, columns, problems);
            String name = VietText.clean(in.text(Column.FULL_NAME));
            if (name == null || name.isEmpty()) {
                in.problem(Column.FULL_NAME, Messages.get("import.error.nameMissing"));
            } else {
                String nameProblem = StaffValidator.fullName(name);
                if (nameProblem != null) {
                    in.problem(Column.FULL_NAME, nameProblem);
                }
            }
            String unitText = VietText.clean(in.text(Column.UNIT));
            Unit unit = unitText == null || unitText.isEmpty() ? null : unitByName.get(VietText.fold(unitText));
            if (unitText == null || unitText.isEmpty()) {
                in.problem(Column.UNIT, Messages.get("import.error.unitMissing"));
            } else if (unit == null) {
                in.problem(Column.UNIT, Messages.get("import.error.unitUnknown", unitText));
            }
            LocalDate birth = in.date(Column.BIRTH_DATE);
            if (birth != null && StaffValidator.birthDate(birth, today) != null) {
                in.problem(Column.BIRTH_DATE, StaffValidator.birthDate(birth, today));
            }
            LocalDate start = in.date(Column.START_DATE);
            LocalDate end = in.date(Column.END_DATE);
            if (StaffValidator.period(start, end) != null) {
                in.problem(Column.END_DATE, StaffValidator.period(start, end));
            }
            Gender gender = in.choice(Column.GENDER, Gender.class, null);
            StaffKind kind = in.choice(Column.KIND, StaffKind.class, null);
            String code = VietText.cleanOrNull(in.text(Column.CODE));
            String leaderText = VietText.fold(in.text(Column.LEADER));
            boolean leader = leaderText.equals("x") || leaderText.equals("co") || leaderText.equals("1");

            if (in.hasProblems() || name == null) {
                continue;
            }
            String key = code != null ? "code:" + code : nameBirthKey(name, birth);
            Integer firstRow = seenKeys.putIfAbsent(key, rowNo);
            String personKey = nameBirthKey(name, birth);
            Integer firstPersonRow = seenKeys.putIfAbsent("person:" + personKey, rowNo);
            if (firstRow != null || firstPersonRow != null) {
                problems.add(new RowProblem(rowNo, Column.FULL_NAME.header(), Messages.get("import.error.duplicate",
                        firstRow != null ? firstRow : firstPersonRow)));
                continue;
            }
            StaffMember match = code != null && byCode.containsKey(code) ? byCode.get(code) : byNameBirth.get(personKey);
            if (match == null && (gender == null || kind == null)) {
                // A new person's gender and kind are never guessed; a known person's blank cell keeps what is stored.
                if (gender == null) {
                    problems.add(new RowProblem(rowNo, Column.GENDER.header(), Messages.get("import.error.genderMissing")));
                }
                if (kind == null) {
                    problems.add(new RowProblem(rowNo, Column.KIND.header(), Messages.get("import.error.kindMissing")));
                }
                continue;
            }
            if (match != null) {
                gender = gender == null ? match.gender() : gender;
                kind = kind == null ? match.kind() : kind;
            }
            StaffMember read = new StaffMember(match == null ? null : match.id(), match == null ? code : match.code(), name,
                    gender, birth, VietText.cleanOrNull(in.text(Column.POSITION)), unit.id(), kind, leader, start, end,
                    VietText.cleanOrNull(in.text(Column.HOMETOWN)), VietText.cleanOrNull(in.text(Column.RESIDENCE)),
                    VietText.cleanOrNull(in.text(Column.QUALIFICATION)),
                    match == null ? null : match.academicTitle(), VietText.cleanOrNull(in.text(Column.NOTE)));
            if (match != null) {
                read = keepAbsentColumns(read, match, columns.keySet());
            }
            if (match == null) {
                if (code != null && byCode.containsKey(code)) {
                    problems.add(new RowProblem(rowNo, Column.CODE.header(), Messages.get("import.error.codeTaken", code)));
                    continue;
                }
                additions.add(read);
            } else {
                List<String> fields = differences(match, read);
                if (!fields.isEmpty()) {
                    changes.add(new Change(match, read, fields));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Plan(List.of(), List.of(), problems);
        }
        return new Plan(additions, changes, problems);
    }

    /** Writes an accepted plan: all of it in one transaction, or nothing. */
    public static void apply(Database db, Plan plan) {
        if (!plan.accepted()) {
            throw UserException.of("import.error.rejected", plan.problems().size());
        }
        db.inTransaction(c -> {
            for (Change change : plan.changes()) {
                StaffRepository.save(c, change.after());
            }
            // Codes the file gives first, so a code numbered after them cannot take one of theirs.
            for (StaffMember s : plan.additions()) {
                if (s.code() != null) {
                    StaffRepository.save(c, s);
                }
            }
            for (StaffMember s : plan.additions()) {
                if (s.code() == null) {
                    StaffRepository.save(c, s);
                }
            }
            return null;
        });
    }

    /** A column the file does not have leaves what the office has: a short list must not blank out the rest. */
    private static StaffMember keepAbsentColumns(StaffMember read, StaffMember stored, Set<Column> present) {
        return new StaffMember(read.id(), read.code(), read.fullName(),
                pick(present, Column.GENDER, read.gender(), stored.gender()),
                pick(present, Column.BIRTH_DATE, read.birthDate(), stored.birthDate()),
                pick(present, Column.POSITION, read.position(), stored.position()), read.unitId(),
                pick(present, Column.KIND, read.kind(), stored.kind()),
                pick(present, Column.LEADER, read.leader(), stored.leader()),
                pick(present, Column.START_DATE, read.startDate(), stored.startDate()),
                pick(present, Column.END_DATE, read.endDate(), stored.endDate()),
                pick(present, Column.HOMETOWN, read.hometown(), stored.hometown()),
                pick(present, Column.RESIDENCE, read.residence(), stored.residence()),
                pick(present, Column.QUALIFICATION, read.qualification(), stored.qualification()),
                read.academicTitle(), pick(present, Column.NOTE, read.note(), stored.note()));
    }

    private static <T> T pick(Set<Column> present, Column column, T fromFile, T stored) {
        return present.contains(column) ? fromFile : stored;
    }

    private static List<String> differences(StaffMember a, StaffMember b) {
        List<String> out = new ArrayList<>();
        diff(out, Column.FULL_NAME, a.fullName(), b.fullName());
        diff(out, Column.GENDER, a.gender(), b.gender());
        diff(out, Column.BIRTH_DATE, a.birthDate(), b.birthDate());
        diff(out, Column.POSITION, a.position(), b.position());
        diff(out, Column.UNIT, a.unitId(), b.unitId());
        diff(out, Column.KIND, a.kind(), b.kind());
        diff(out, Column.LEADER, a.leader(), b.leader());
        diff(out, Column.START_DATE, a.startDate(), b.startDate());
        diff(out, Column.END_DATE, a.endDate(), b.endDate());
        diff(out, Column.HOMETOWN, a.hometown(), b.hometown());
        diff(out, Column.RESIDENCE, a.residence(), b.residence());
        diff(out, Column.QUALIFICATION, a.qualification(), b.qualification());
        diff(out, Column.NOTE, a.note(), b.note());
        return out;
    }

    private static void diff(List<String> out, Column column, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(column.header());
        }
    }

    private static String nameBirthKey(String name, LocalDate birth) {
        return VietText.fold(name) + "|" + birth;
    }

    private static int findHeader(Sheet sheet, DataFormatter formatter, Map<Column, Integer> columns) {
        Map<String, Column> byHeader = new HashMap<>();
        for (Column c : Column.values()) {
            byHeader.put(VietText.fold(c.header()), c);
        }
        return SheetHeaders.find(sheet, formatter, byHeader, Column.FULL_NAME, 15, columns);
    }

    private static boolean isBlank(Row row, DataFormatter formatter, Map<Column, Integer> columns) {
        return SheetHeaders.blank(row, formatter, columns, Column.NO);
    }

    /** Reads one row's cells, collecting problems with their row and column, with the staff sheet's own readings. */
    private static final class RowReader extends SheetRow<Column> {

        RowReader(Row row, int rowNo, DataFormatter formatter, Map<Column, Integer> columns, List<RowProblem> problems) {
            super(row, rowNo, formatter, columns, Column::header, problems);
        }

        <E extends Enum<E>> E choice(Column column, Class<E> type, E fallback) {
            String value = text(column);
            if (value.isEmpty()) {
                return fallback;
            }
            for (E e : type.getEnumConstants()) {
                if (VietText.fold(Messages.label(e)).equals(VietText.fold(value))) {
                    return e;
                }
            }
            problem(column, Messages.get("import.error.badChoice", value));
            return fallback;
        }
    }
}
