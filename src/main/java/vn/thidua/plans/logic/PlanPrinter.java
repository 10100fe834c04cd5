package vn.thidua.plans.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.document.DocxWriter;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.plans.model.Plan;

/** Prints a stored plan as its Word document; the command line and the window share it. */
public final class PlanPrinter {

    private final PlanRepository plans;
    private final AgencyRepository agency;
    private final CatalogueRepository catalogue;
    private final DocxWriter writer;

    public PlanPrinter(PlanRepository plans, AgencyRepository agency, CatalogueRepository catalogue, DocxWriter writer) {
        this.plans = plans;
        this.agency = agency;
        this.catalogue = catalogue;
        this.writer = writer;
    }

    /** Writes plan {@code id} to {@code file} (temp file, then moved into place) and returns the plan printed. */
    public Plan print(long id, Path file) {
        Plan plan = plans.get(id);
        try {
            writer.write(PlanDocument.of(plan, agency.agency().orElse(null), awardFormNames()), file);
        } catch (IOException e) {
            throw new UserException(Messages.get("export.error.write", file, e.getMessage()), e);
        }
        return plan;
    }

    /** Names of the catalogue's award forms by id, as plan documents cite them. */
    public LongFunction<String> awardFormNames() {
        Map<Long, String> names = catalogue.awardForms().stream().collect(Collectors.toMap(AwardForm::id, AwardForm::name));
        return names::get;
    }
}
