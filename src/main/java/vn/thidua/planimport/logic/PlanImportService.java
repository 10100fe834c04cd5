package vn.thidua.planimport.logic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.common.i18n.UserException;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.planimport.model.FoundField;
import vn.thidua.planimport.model.PlanKind;
import vn.thidua.planimport.model.PlanReading;
import vn.thidua.plans.logic.PlanRepository;
import vn.thidua.plans.model.Plan;

/** Reads a plan from a file or pasted text, and saves what the clerk confirmed as a draft plan (one transaction). */
public class PlanImportService {

    private final PlanRepository plans;
    private final CatalogueRepository catalogue;
    private final AgencyRepository agency;
    private final UnitRepository units;
    private final Supplier<LocalDate> today;
    private final TaskPlanSaver taskPlans;

    public PlanImportService(PlanRepository plans, CatalogueRepository catalogue, AgencyRepository agency,
                             UnitRepository units, Supplier<LocalDate> today) {
        this(plans, catalogue, agency, units, today, null);
    }

    /** With {@code taskPlans}, key-task plans are saved too; without (null), they are read and shown only. */
    public PlanImportService(PlanRepository plans, CatalogueRepository catalogue, AgencyRepository agency,
                             UnitRepository units, Supplier<LocalDate> today, TaskPlanSaver taskPlans) {
        this.plans = plans;
        this.catalogue = catalogue;
        this.agency = agency;
        this.units = units;
        this.today = today;
        this.taskPlans = taskPlans;
    }

    /** Whether a key-task plan can be saved (the key-task plans feature gave its saver). */
    public boolean savesTaskPlans() {
        return taskPlans != null;
    }

    /** Saves a key-task plan through the task plans' saver; refused while there is none. */
    public long saveTaskPlan(PlanReading reading) {
        if (taskPlans == null) {
            throw UserException.of("planImport.error.taskPlan");
        }
        return taskPlans.save(reading);
    }

    /** Reads a .docx (or .txt) file; an unreadable file gives a {@link UserException} with the reason. */
    public static PlanReading read(Path file) {
        return safely(DocumentReader.read(file), file.getFileName().toString());
    }

    /** The reader never fails on a document it could open; if it did, the clerk gets a message, not a stack trace. */
    private static PlanReading safely(vn.thidua.planimport.model.ReadDocument doc, String name) {
        try {
            return PlanReader.read(doc);
        } catch (RuntimeException e) {
            throw new UserException(vn.thidua.common.i18n.Messages.get("planImport.error.unexpected", name, e.toString()), e);
        }
    }

    /**
     * Reads a small plan made in memory a few times so that POI's classes and schemas are loaded and the reader's code
     * compiled (over a second in a fresh program) while the clerk is still choosing the file; the real reading then
     * takes a fraction of a second.
     */
    public static void warmUp() {
        byte[] sample = WarmUpDocument.bytes();
        for (int i = 0; i < 3; i++) {
            PlanReader.read(DocumentReader.docx(sample, "warm-up.docx"));
        }
    }

    public static PlanReading readText(String pasted) {
        return safely(DocumentReader.text(pasted), vn.thidua.common.i18n.Messages.get("planImport.pasted"));
    }

    /** The draft the fields make, with notes on what could not be placed; nothing is written. */
    public PlanDrafts.Draft draft(List<FoundField> fields) {
        return PlanDrafts.draft(fields, office(), today.get().getYear());
    }

    /**
     * Saves the fields as a new draft plan. A key-task plan is refused: saving those belongs to the task plans.
     * A field the plan's rules refuse gives a message naming it.
     */
    public Plan save(PlanReading reading) {
        if (reading.kind() == PlanKind.TASK_PLAN) {
            throw UserException.of("planImport.error.taskPlan");
        }
        Plan plan = draft(reading.fields()).plan();
        return plans.saveDraft(plan);
    }

    private PlanDrafts.Office office() {
        return new PlanDrafts.Office(catalogue.awardForms(), agency.signers(), units.all());
    }
}
