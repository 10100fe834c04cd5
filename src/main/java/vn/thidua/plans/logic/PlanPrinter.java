package vn.thidua.plans.logic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.io.FileWrites;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.organisation.model.Agency;
import vn.thidua.plans.model.Plan;

/** Prints a stored plan, or its registrations, to a file; the command line and the window share it. */
public final class PlanPrinter {

    /** What the plan's records need besides the plans themselves. */
    public record Sources(PlanRepository plans, RegistrationRepository registrations, AgencyRepository agency,
                          UnitRepository units, StaffRepository staff, CatalogueRepository catalogue) {
    }

    /** The registrations as the clerk prints them: an .xlsx list, or a short Word document. */
    public enum RegistrationFormat { XLSX, DOCX }

    private final Sources sources;
    private final DocxWriter writer;

    public PlanPrinter(Sources sources, DocxWriter writer) {
        this.sources = sources;
        this.writer = writer;
    }

    /** Writes plan {@code id} to {@code file} (temp file, then moved into place) and returns the plan printed. */
    public Plan print(long id, Path file) {
        Plan plan = sources.plans().get(id);
        FileWrites.reported(file, () -> writer.write(PlanDocument.of(plan, agency(), awardFormNames()), file));
        return plan;
    }

    /** Writes the registrations of plan {@code id} to {@code file} and returns how many were listed. */
    public int printRegistrations(long id, RegistrationFormat format, LocalDate today, Path file) {
        Plan plan = sources.plans().get(id);
        Agency agency = agency();
        List<RegistrationWorkbook.Line> lines = RegistrationWorkbook.lines(sources.registrations().forPlan(id),
                sources.units().all(), sources.staff().all(), awardFormNames());
        FileWrites.reported(file, () -> {
            if (format == RegistrationFormat.DOCX) {
                RegistrationWorkbook.writeDocx(writer, plan, agency, lines, today, file);
            } else {
                RegistrationWorkbook.writeXlsx(plan, agency, lines, file);
            }
        });
        return lines.size();
    }

    /** Names of the catalogue's award forms by id, as plan documents cite them. */
    public LongFunction<String> awardFormNames() {
        Map<Long, String> names = sources.catalogue().awardForms().stream()
                .collect(Collectors.toMap(AwardForm::id, AwardForm::name));
        return names::get;
    }

    private Agency agency() {
        return sources.agency().agency().orElse(null);
    }
}
