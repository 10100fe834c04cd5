package vn.thidua.plans.logic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.io.RowProblem;
import vn.thidua.common.io.SheetHeaders;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;
import vn.thidua.plans.logic.RegistrationWorkbook.RegistrationColumn;
import vn.thidua.plans.model.Registration;

/**
 * Reads registrations in the layout {@link RegistrationWorkbook} writes. A row with nothing under "Chức vụ, đơn vị
 * công tác" names a unit; otherwise a person, told apart from a namesake by the unit in that column. Rows already
 * registered (same registrant and award form) are left as they are, so the exported list can be read back. A file
 * with any bad row is rejected whole, with every problem by row.
 */
public final class RegistrationImport {

    /** What the file would add, how many of its rows are registered already, or the problems that reject it. */
    public record Result(List<Registration> additions, int alreadyRegistered, List<RowProblem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private RegistrationImport() {
    }

    public static Result read(Path file, long planId, List<Unit> units, List<StaffMember> staff, List<AwardForm> forms,
                              List<Registration> existing, LocalDate today) {
        if (!Files.isRegularFile(file)) {
            throw UserException.of("import.error.noFile", file);
        }
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            return read(wb.getSheetAt(0), planId, units, staff, forms, existing, today);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(Messages.get("import.error.notExcel", file.getFileName()), e);
        }
    }

    static Result read(Sheet sheet, long planId, List<Unit> units, List<StaffMember> staff, List<AwardForm> forms,
                       List<Registration> existing, LocalDate today) {
        DataFormatter formatter = new DataFormatter();
        Map<RegistrationColumn, Integer> columns = new EnumMap<>(RegistrationColumn.class);
        int headerRow = findHeader(sheet, formatter, columns);
        List<RowProblem> problems = new ArrayList<>();
        if (headerRow < 0) {
            problems.add(new RowProblem(1, null, Messages.get("import.error.noHeader",
                    RegistrationColumn.REGISTRANT.header())));
            return new Result(List.of(), 0, problems);
        }
        for (RegistrationColumn required : List.of(RegistrationColumn.REGISTRANT, RegistrationColumn.AWARD_FORM)) {
            if (!columns.containsKey(required)) {
                problems.add(new RowProblem(headerRow + 1, required.header(), Messages.get("import.error.missingColumn")));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), 0, problems);
        }
        Map<String, Unit> unitByName = new HashMap<>();
        for (Unit u : units) {
            unitByName.put(VietText.fold(u.name()), u);
            if (u.shortName() != null) {
                unitByName.putIfAbsent(VietText.fold(u.shortName()), u);
            }
        }
        Map<Long, Unit> unitById = new HashMap<>();
        units.forEach(u -> unitById.put(u.id(), u));
        Map<String, AwardForm> formByName = new HashMap<>();
        for (AwardForm f : forms) {
            formByName.put(VietText.fold(f.name()), f);
            if (f.shortName() != null) {
                formByName.putIfAbsent(VietText.fold(f.shortName()), f);
            }
        }

        List<Registration> additions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int already = 0;
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String name = VietText.cleanOrNull(text(row, columns.get(RegistrationColumn.REGISTRANT), formatter));
            String where = VietText.cleanOrNull(text(row, columns.get(RegistrationColumn.POSITION_UNIT), formatter));
            String formText = VietText.cleanOrNull(text(row, columns.get(RegistrationColumn.AWARD_FORM), formatter));
            String commitment = VietText.cleanOrNull(text(row, columns.get(RegistrationColumn.COMMITMENT), formatter));
            if (name == null && where == null && formText == null && commitment == null) {
                continue;
            }
            int rowNo = r + 1;
            int before = problems.size();
            Long unitId = null;
            Long staffId = null;
            if (name == null) {
                problems.add(new RowProblem(rowNo, RegistrationColumn.REGISTRANT.header(),
                        Messages.get("registrationImport.error.registrantMissing")));
            } else if (where == null) {
                Unit u = unitByName.get(VietText.fold(name));
                if (u == null) {
                    problems.add(new RowProblem(rowNo, RegistrationColumn.REGISTRANT.header(),
                            Messages.get("import.error.unitUnknown", name)));
                } else {
                    unitId = u.id();
                }
            } else {
                List<StaffMember> named = staff.stream()
                        .filter(m -> VietText.fold(m.fullName()).equals(VietText.fold(name))).toList();
                if (named.size() > 1) {
                    String place = VietText.fold(where);
                    named = named.stream().filter(m -> unitById.containsKey(m.unitId())
                            && place.contains(VietText.fold(unitById.get(m.unitId()).name()))).toList();
                }
                if (named.size() == 1) {
                    staffId = named.get(0).id();
                } else {
                    problems.add(new RowProblem(rowNo, RegistrationColumn.REGISTRANT.header(), Messages.get(named.isEmpty()
                            ? "registrationImport.error.personUnknown" : "registrationImport.error.personAmbiguous", name)));
                }
            }
            AwardForm form = formText == null ? null : formByName.get(VietText.fold(formText));
            if (formText == null) {
                problems.add(new RowProblem(rowNo, RegistrationColumn.AWARD_FORM.header(),
                        Messages.get("registrationImport.error.formMissing")));
            } else if (form == null) {
                problems.add(new RowProblem(rowNo, RegistrationColumn.AWARD_FORM.header(),
                        Messages.get("registrationImport.error.formUnknown", formText)));
            } else if (unitId != null && !form.forCollective() || staffId != null && !form.forIndividual()) {
                problems.add(new RowProblem(rowNo, RegistrationColumn.AWARD_FORM.header(), Messages.get(unitId != null
                        ? "registrationImport.error.formNotCollective" : "registrationImport.error.formNotIndividual",
                        form.name())));
            }
            LocalDate on = date(row, columns.get(RegistrationColumn.REGISTERED_ON), formatter, rowNo, problems);
            if (problems.size() > before) {
                continue;
            }
            Long u = unitId;
            Long s = staffId;
            String key = (u != null ? "u" + u : "s" + s) + "/" + form.id();
            Integer first = seen.putIfAbsent(key, rowNo);
            if (first != null) {
                problems.add(new RowProblem(rowNo, null, Messages.get("registrationImport.error.duplicate", first)));
                continue;
            }
            boolean registered = existing.stream().anyMatch(e -> e.awardFormId() == form.id()
                    && (u != null ? Objects.equals(e.unitId(), u) : Objects.equals(e.staffId(), s)));
            if (registered) {
                already++;
            } else {
                additions.add(new Registration(null, planId, u, s, form.id(), commitment, on == null ? today : on));
            }
        }
        return new Result(problems.isEmpty() ? additions : List.of(), already, problems);
    }

    private static int findHeader(Sheet sheet, DataFormatter formatter, Map<RegistrationColumn, Integer> columns) {
        Map<String, RegistrationColumn> byHeader = new HashMap<>();
        for (RegistrationColumn c : RegistrationColumn.values()) {
            byHeader.putIfAbsent(VietText.fold(c.header()), c);
        }
        return SheetHeaders.find(sheet, formatter, byHeader, RegistrationColumn.REGISTRANT, 30, columns);
    }

    private static String text(Row row, Integer column, DataFormatter formatter) {
        if (row == null || column == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        return cell == null ? null : formatter.formatCellValue(cell);
    }

    private static LocalDate date(Row row, Integer column, DataFormatter formatter, int rowNo, List<RowProblem> problems) {
        if (row == null || column == null || row.getCell(column) == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String t = VietText.cleanOrNull(formatter.formatCellValue(cell));
        if (t == null) {
            return null;
        }
        try {
            return VietDates.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(rowNo, RegistrationColumn.REGISTERED_ON.header(),
                    Messages.get("import.error.badDate", t)));
            return null;
        }
    }
}
