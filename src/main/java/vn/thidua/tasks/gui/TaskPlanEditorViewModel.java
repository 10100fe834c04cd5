package vn.thidua.tasks.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.CopyEditor;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.model.Signer;
import vn.thidua.plans.model.DocumentRef;
import vn.thidua.plans.model.PlanDate;
import vn.thidua.plans.model.PlanSigner;
import vn.thidua.tasks.logic.InvalidTaskException;
import vn.thidua.tasks.logic.TaskRepository;
import vn.thidua.tasks.logic.TaskValidator;
import vn.thidua.tasks.model.TaskPlan;

/**
 * Edits a copy of a task plan's document fields (seed 002): number and code, place and date (the day, or day and
 * month, may stay blank before signing), title, the basis documents one per line as "Quyết định | 155/QĐ-UBND |
 * 27/01/2026 | UBND tỉnh | việc phê duyệt …", the introduction, the lines of each part, recipients and signer.
 */
public class TaskPlanEditorViewModel extends CopyEditor<TaskPlan> {

    static final String SEPARATOR = " | ";

    private final TaskRepository repository;
    private final ObservableList<Signer> signers = FXCollections.observableArrayList();
    private TaskPlan original;

    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("KH");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty month = new SimpleStringProperty("");
    private final StringProperty day = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final StringProperty introduction = new SimpleStringProperty("");
    private final StringProperty purposes = new SimpleStringProperty("");
    private final StringProperty keyAssignments = new SimpleStringProperty("");
    private final StringProperty programme = new SimpleStringProperty("");
    private final StringProperty duties = new SimpleStringProperty("");
    private final StringProperty closing = new SimpleStringProperty("");
    private final StringProperty recipients = new SimpleStringProperty("");
    private final ObjectProperty<Signer> signer = new SimpleObjectProperty<>();
    private final SimpleStringProperty refused = new SimpleStringProperty();

    private final StringBinding yearError;
    private final StringBinding numberError;
    private final StringBinding dateError;
    private final StringBinding titleError;
    private final StringBinding basisError;

    public TaskPlanEditorViewModel(TaskRepository repository, TaskExecutor executor, DialogService dialogs) {
        super(executor, dialogs);
        this.repository = repository;
        yearError = Bindings.createStringBinding(() -> {
            Integer y = integer(year.get());
            return y == null ? Messages.get("tasks.error.year", TaskValidator.FIRST_YEAR, TaskValidator.LAST_YEAR)
                    : TaskValidator.year(y).orElse(refusedYear());
        }, year, refused);
        numberError = Bindings.createStringBinding(() -> blank(number.get()) || positive(number.get()) ? null
                : Messages.get("tasks.error.number"), number);
        dateError = Bindings.createStringBinding(this::dateProblem, year, month, day);
        titleError = Bindings.createStringBinding(() -> TaskValidator.title(title.get()).orElse(null), title);
        basisError = Bindings.createStringBinding(() -> {
            try {
                parseBasis(basis.get());
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, basis);
        bindValid(yearError.isNull().and(numberError.isNull()).and(dateError.isNull()).and(titleError.isNull())
                .and(basisError.isNull()));
        year.addListener((o, a, b) -> refused.set(null));
    }

    /** A refusal of the year by the database (a second plan of the year), shown at the year. */
    private String refusedYear() {
        return refused.get();
    }

    private String dateProblem() {
        Integer y = integer(year.get());
        if (y == null) {
            return null;
        }
        if (!blank(day.get()) && blank(month.get())) {
            return Messages.get("tasks.error.dayWithoutMonth");
        }
        if ((!blank(month.get()) && integer(month.get()) == null) || (!blank(day.get()) && integer(day.get()) == null)) {
            return Messages.get("tasks.error.date", y);
        }
        PlanDate d = new PlanDate(y, integer(month.get()), integer(day.get()));
        return d.isValid() ? null : Messages.get("tasks.error.date", y);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean positive(String s) {
        Integer n = integer(s);
        return n != null && n > 0;
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Basis lines "type | number | dd/mm/yyyy | issuer | subject"; a bad date names its line. */
    static List<DocumentRef> parseBasis(String text) {
        List<DocumentRef> out = new ArrayList<>();
        int line = 0;
        for (String raw : (text == null ? "" : text).split("\\R")) {
            line++;
            if (raw.isBlank()) {
                continue;
            }
            String[] p = Arrays.copyOf(raw.split("\\|", 5), 5);
            LocalDate date = null;
            if (p[2] != null && !p[2].isBlank()) {
                try {
                    date = VietDates.parse(p[2].strip());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(Messages.get("tasks.error.basisDate", line, p[2].strip()));
                }
            }
            out.add(new DocumentRef(VietText.cleanOrNull(p[0]), VietText.cleanOrNull(p[1]), date,
                    VietText.cleanOrNull(p[3]), VietText.cleanOrNull(p[4])));
        }
        return out;
    }

    static String formatBasis(List<DocumentRef> refs) {
        List<String> lines = new ArrayList<>();
        for (DocumentRef r : refs) {
            lines.add(String.join(SEPARATOR, nz(r.type()), nz(r.number()), r.date() == null ? "" : VietDates.format(r.date()),
                    nz(r.issuer()), nz(r.subject())));
        }
        return String.join("\n", lines);
    }

    public void setSigners(List<Signer> all) {
        signers.setAll(all.stream().filter(Signer::active).toList());
    }

    /** A new plan of {@code forYear}, titled as seed 002. */
    public void startNew(int forYear, String agencyName, String place) {
        original = null;
        heading.set(Messages.get("tasks.plan.new"));
        TaskPlan blank = TaskPlan.draft(forYear, Messages.get("tasks.plan.defaultTitle", nz(agencyName), forYear));
        copyIn(new TaskPlan(null, forYear, "KH", null, place, new PlanDate(forYear, null, null), blank.title(),
                List.of(), null, List.of(), List.of(), List.of(), List.of(), null, List.of(), null));
        editing.set(true);
    }

    public void startEdit(TaskPlan plan) {
        original = plan;
        heading.set(Messages.get("tasks.plan.edit", plan.year()));
        copyIn(plan);
        editing.set(true);
    }

    private void copyIn(TaskPlan p) {
        refused.set(null);
        year.set(String.valueOf(p.year()));
        code.set(nz(p.code()));
        number.set(p.number() == null ? "" : String.valueOf(p.number()));
        place.set(nz(p.place()));
        month.set(p.date() == null || p.date().month() == null ? "" : String.valueOf(p.date().month()));
        day.set(p.date() == null || p.date().day() == null ? "" : String.valueOf(p.date().day()));
        title.set(nz(p.title()));
        basis.set(formatBasis(p.basis()));
        introduction.set(nz(p.introduction()));
        purposes.set(String.join("\n", p.purposes()));
        keyAssignments.set(String.join("\n", p.keyAssignments()));
        programme.set(String.join("\n", p.programme()));
        duties.set(String.join("\n", p.duties()));
        closing.set(nz(p.closing()));
        recipients.set(String.join("\n", p.recipients()));
        signer.set(p.signer() == null ? null : signers.stream()
                .filter(s -> Objects.equals(s.id(), p.signer().signerId()) || s.fullName().equals(p.signer().fullName()))
                .findFirst().orElse(null));
    }

    /** The edited copy; only for a valid form. */
    public TaskPlan toPlan() {
        int y = Integer.parseInt(year.get().strip());
        Signer s = signer.get();
        return new TaskPlan(original == null ? null : original.id(), y, VietText.cleanOrNull(code.get()),
                integer(number.get()), VietText.cleanOrNull(place.get()), new PlanDate(y, integer(month.get()),
                integer(day.get())), VietText.clean(title.get()), parseBasis(basis.get()),
                VietText.cleanOrNull(introduction.get()), lines(purposes.get()), lines(keyAssignments.get()),
                lines(programme.get()), lines(duties.get()), VietText.cleanOrNull(closing.get()), lines(recipients.get()),
                s == null ? null : new PlanSigner(s.id(), s.fullName(), s.role()));
    }

    private static List<String> lines(String text) {
        return Arrays.stream((text == null ? "" : text).split("\\R")).map(VietText::clean).filter(l -> !l.isEmpty())
                .toList();
    }

    @Override
    public boolean hasUnsavedChanges() {
        if (!editing.get() || !validProperty().get()) {
            return editing.get();
        }
        return original == null || !toPlan().equals(original);
    }

    @Override
    protected Callable<TaskPlan> write() {
        TaskPlan edited = toPlan();
        return () -> repository.savePlan(edited);
    }

    @Override
    protected void saved(TaskPlan value) {
        original = value;
    }

    @Override
    protected boolean failed(Throwable e) {
        if (e instanceof InvalidTaskException invalid) {
            refused.set(invalid.getMessage());
            return true;
        }
        return false;
    }

    public StringBinding problemProperty() {
        return Bindings.createStringBinding(() -> firstOf(yearError.get(), numberError.get(), dateError.get(),
                titleError.get(), basisError.get()), yearError, numberError, dateError, titleError, basisError);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Signer> signers() {
        return signers;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty monthProperty() {
        return month;
    }

    public StringProperty dayProperty() {
        return day;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty basisProperty() {
        return basis;
    }

    public StringProperty introductionProperty() {
        return introduction;
    }

    public StringProperty purposesProperty() {
        return purposes;
    }

    public StringProperty keyAssignmentsProperty() {
        return keyAssignments;
    }

    public StringProperty programmeProperty() {
        return programme;
    }

    public StringProperty dutiesProperty() {
        return duties;
    }

    public StringProperty closingProperty() {
        return closing;
    }

    public StringProperty recipientsProperty() {
        return recipients;
    }

    public ObjectProperty<Signer> signerProperty() {
        return signer;
    }

    public StringBinding yearErrorProperty() {
        return yearError;
    }

    public StringBinding numberErrorProperty() {
        return numberError;
    }

    public StringBinding dateErrorProperty() {
        return dateError;
    }

    public StringBinding titleErrorProperty() {
        return titleError;
    }

    public StringBinding basisErrorProperty() {
        return basisError;
    }
}
