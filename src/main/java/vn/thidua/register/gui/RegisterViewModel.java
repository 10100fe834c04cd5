package vn.thidua.register.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.logic.CatalogueRepository;
import vn.thidua.common.db.Database;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.i18n.UserException;
import vn.thidua.common.text.VietNumbers;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.logic.StaffRepository;
import vn.thidua.organisation.logic.UnitRepository;
import vn.thidua.register.logic.AwardRegister;
import vn.thidua.register.logic.NationalForms;
import vn.thidua.register.logic.NationalFormsWorkbook;
import vn.thidua.register.logic.RegisterImport;
import vn.thidua.register.logic.RegisterWorkbooks;
import vn.thidua.register.model.AwardEntry;
import vn.thidua.register.model.AwardOrigin;

/**
 * The award register: the whole register read once (off the FX thread) into an accent-free index, searched on every
 * keystroke and shown a page at a time, filtered by years and origin, with the totals of what is found; the
 * selected recipient's whole history; Excel in and out.
 */
public class RegisterViewModel {

    /** Rows per page: the table shows one page, the search and the totals cover everything found. */
    public static final int PAGE_SIZE = 200;

    /** The services the screen reads and writes through. */
    public record Sources(AwardRegister register, UnitRepository units, StaffRepository staff,
                          CatalogueRepository catalogue, AgencyRepository agency, Database database) {
    }

    private final Sources sources;
    private final int pageSize;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;

    private AwardRegister.Index index;
    private AwardRegister.Selection selection;

    private final ObservableList<AwardEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<AwardEntry> history = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final ObjectProperty<AwardOrigin> origin = new SimpleObjectProperty<>();
    private final ObjectProperty<AwardEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper historyTitle = new ReadOnlyStringWrapper(Messages.get("register.history.none"));
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(Messages.get("register.loading"));
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    private final Command previousPage;
    private final Command nextPage;
    private final Command importExcel;
    private final Command exportRegister;
    private final Command exportSummary;
    private final Command exportYears;
    private final Command exportClasses;
    private final Command exportForms;
    private final Command closeHistory;

    public RegisterViewModel(Sources sources, TaskExecutor executor, DialogService dialogs, Supplier<LocalDate> today) {
        this(sources, executor, dialogs, today, PAGE_SIZE);
    }

    RegisterViewModel(Sources sources, TaskExecutor executor, DialogService dialogs, Supplier<LocalDate> today,
                      int pageSize) {
        this.pageSize = pageSize;
        this.sources = sources;
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        search.addListener((o, a, b) -> refresh());
        fromYear.addListener((o, a, b) -> refresh());
        toYear.addListener((o, a, b) -> refresh());
        origin.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> showHistory(b));
        previousPage = new Command(() -> showPage(page.get() - 1), page.greaterThan(0));
        nextPage = new Command(() -> showPage(page.get() + 1), page.lessThan(pageCount.subtract(1)));
        importExcel = new Command(this::importExcel, loaded);
        exportRegister = new Command(this::exportRegister, loaded.and(Bindings.isNotEmpty(rows)));
        exportSummary = new Command(this::exportSummary, loaded.and(Bindings.isNotEmpty(rows)));
        exportYears = new Command(this::exportYears, loaded.and(Bindings.isNotEmpty(years)));
        exportClasses = new Command(this::exportClasses, loaded.and(Bindings.isNotEmpty(years)));
        exportForms = new Command(this::exportForms, loaded.and(Bindings.isNotEmpty(years)));
        closeHistory = new Command(() -> selected.set(null), selected.isNotNull());
    }

    /** Reads the whole register into the search index off the FX thread. */
    public void load() {
        emptyText.set(Messages.get("register.loading"));
        executor.submit(Messages.get("register.loading"), () -> sources.register().index(), this::show,
                e -> dialogs.showError(Errors.message(e)));
    }

    void show(AwardRegister.Index loadedIndex) {
        index = loadedIndex;
        TreeSet<Integer> found = new TreeSet<>();
        loadedIndex.entries().forEach(e -> found.add(e.year()));
        years.setAll(found.descendingSet());
        emptyText.set(Messages.get(loadedIndex.size() == 0 ? "register.empty" : "register.nothingFound"));
        loaded.set(true);
        refresh();
        AwardEntry chosen = selected.get();
        if (chosen != null) {
            showHistory(chosen);
        }
    }

    /** Searches again with the current query and filters and shows the first page. */
    private void refresh() {
        if (index == null) {
            return;
        }
        Integer from = fromYear.get();
        Integer to = toYear.get();
        selection = index.select(search.get(), from, to, origin.get());
        pageCount.set((selection.size() + pageSize - 1) / pageSize);
        showPage(0);
        totalsText.set(Messages.get("register.totals", VietNumbers.grouped(selection.size()),
                VietNumbers.grouped(index.size()), VietNumbers.grouped(selection.collectives()),
                VietNumbers.grouped(selection.individuals()), VietNumbers.grouped(selection.money())));
    }

    private void showPage(int number) {
        int last = Math.max(0, pageCount.get() - 1);
        int p = Math.max(0, Math.min(number, last));
        page.set(p);
        rows.setAll(selection.page(p * pageSize, pageSize));
        pageText.set(Messages.get("register.page", p + 1, Math.max(1, pageCount.get())));
    }

    private void showHistory(AwardEntry entry) {
        if (entry == null || index == null) {
            history.clear();
            historyTitle.set(Messages.get("register.history.none"));
            return;
        }
        List<AwardEntry> whole = index.history(entry.staffId(), entry.staffId() == null ? entry.unitId() : null);
        history.setAll(whole);
        historyTitle.set(Messages.get(entry.staffId() != null ? "register.history.person" : "register.history.unit",
                entry.recipient(), whole.size()));
    }

    /** The years of the filter, or those of what is found when a bound is open. */
    private int[] yearRange() {
        List<AwardEntry> all = selection.all();
        int min = all.stream().mapToInt(AwardEntry::year).min().orElse(today.get().getYear());
        int max = all.stream().mapToInt(AwardEntry::year).max().orElse(today.get().getYear());
        return new int[] {fromYear.get() != null ? fromYear.get() : min, toYear.get() != null ? toYear.get() : max};
    }

    private void exportRegister() {
        int[] range = yearRange();
        dialogs.chooseSpreadsheetToSave(Messages.get("register.export.fileName", range[0], range[1])).ifPresent(file -> {
            List<AwardEntry> all = selection.all();
            executor.submit(Messages.get("register.export.running"), () -> {
                RegisterWorkbooks.register(all, sources.agency().agency().orElse(null),
                        RegisterWorkbooks.years(range[0], range[1]), file);
                return file;
            }, written -> dialogs.showInfo(Messages.get("register.export.done", all.size(), written)),
                    e -> dialogs.showError(Errors.message(e)));
        });
    }

    private void exportSummary() {
        int[] range = yearRange();
        dialogs.chooseSpreadsheetToSave(Messages.get("register.summary.fileName", range[0], range[1])).ifPresent(file -> {
            List<AwardEntry> all = selection.all();
            executor.submit(Messages.get("register.export.running"), () -> {
                RegisterWorkbooks.byUnitAndForm(all, sources.units().all(), sources.catalogue().awardForms(),
                        sources.agency().agency().orElse(null), RegisterWorkbooks.years(range[0], range[1]), file);
                return file;
            }, written -> dialogs.showInfo(Messages.get("register.export.done", all.size(), written)),
                    e -> dialogs.showError(Errors.message(e)));
        });
    }

    private void exportYears() {
        int from = fromYear.get() != null ? fromYear.get() : years.get(years.size() - 1);
        int to = toYear.get() != null ? toYear.get() : years.get(0);
        dialogs.chooseSpreadsheetToSave(Messages.get("register.years.fileName", from, to)).ifPresent(file ->
                executor.submit(Messages.get("register.export.running"), () -> {
                    RegisterWorkbooks.byYear(sources.register().totals(from, to), from, to,
                            sources.agency().agency().orElse(null), file);
                    return file;
                }, written -> dialogs.showInfo(Messages.get("register.years.done", from, to, written)),
                        e -> dialogs.showError(Errors.message(e))));
    }

    /** Awards by form and class of recipient over the chosen years (all years when none is chosen). */
    private void exportClasses() {
        int from = fromYear.get() != null ? fromYear.get() : years.get(years.size() - 1);
        int to = toYear.get() != null ? toYear.get() : years.get(0);
        dialogs.chooseSpreadsheetToSave(Messages.get("register.classes.fileName", from, to)).ifPresent(file ->
                executor.submit(Messages.get("register.export.running"), () -> {
                    RegisterWorkbooks.byClass(sources.register().byClass(from, to), sources.catalogue().awardForms(),
                            sources.agency().agency().orElse(null), RegisterWorkbooks.years(from, to), file);
                    return file;
                }, written -> dialogs.showInfo(Messages.get("register.classes.done", from, to, written)),
                        e -> dialogs.showError(Errors.message(e))));
    }

    /**
     * The national statistics forms (Biểu 0601–0605) of one year: the "to" year of the filter, else its "from" year,
     * else the register's latest year.
     */
    private void exportForms() {
        int year = toYear.get() != null ? toYear.get() : fromYear.get() != null ? fromYear.get() : years.get(0);
        dialogs.chooseSpreadsheetToSave(Messages.get("register.forms.fileName", String.valueOf(year))).ifPresent(file ->
                executor.submit(Messages.get("register.export.running"), () -> {
                    NationalForms.Facts facts = NationalForms.facts(sources.database(), year);
                    if (facts.isEmpty()) {
                        throw UserException.of("nationalForms.nothingToCount", String.valueOf(year));
                    }
                    NationalFormsWorkbook.write(NationalForms.fill(facts, sources.catalogue().awardForms()),
                            sources.agency().agency().orElse(null), file);
                    return file;
                }, written -> dialogs.showInfo(Messages.get("register.forms.done", String.valueOf(year), written)),
                        e -> dialogs.showError(Errors.message(e))));
    }

    private void importExcel() {
        dialogs.chooseSpreadsheetToOpen().ifPresent(this::importFrom);
    }

    /** Reads the file, shows what it would add, and writes it only after the clerk confirms. */
    void importFrom(Path file) {
        List<AwardEntry> held = index.entries();
        executor.submit(Messages.get("register.import.reading"),
                () -> RegisterImport.read(file, sources.units().all(), sources.staff().all(),
                        sources.catalogue().awardForms(), held, today.get()),
                result -> confirmImport(file, result), e -> dialogs.showError(Errors.message(e)));
    }

    private void confirmImport(Path file, RegisterImport.Result result) {
        if (!result.accepted()) {
            dialogs.showError(Messages.get("register.import.rejected", file.getFileName(), result.problems().size())
                    + "\n\n" + result.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
            return;
        }
        if (result.additions().isEmpty()) {
            dialogs.showInfo(Messages.get("register.import.nothing"));
            return;
        }
        long collectives = result.collectives();
        String summary = Messages.get("register.import.summary", result.additions().size(), collectives,
                result.additions().size() - collectives, VietNumbers.grouped(result.money())) + "\n\n"
                + result.additions().stream().limit(30).map(l -> Messages.get("cli.importRegister.line", l.recipient(),
                        l.awardName(), l.year(), l.decisionNumber() == null ? "" : l.decisionNumber()))
                .collect(Collectors.joining("\n"))
                + (result.additions().size() > 30 ? "\n…" : "");
        if (!dialogs.confirm(Messages.get("register.import.confirmTitle"), summary)) {
            return;
        }
        executor.submit(Messages.get("common.saving"), () -> RegisterImport.apply(sources.database(), result),
                count -> {
                    dialogs.showInfo(Messages.get("cli.importRegister.done", count, collectives, count - collectives));
                    load();
                }, e -> dialogs.showError(Errors.message(e)));
    }

    public ObservableList<AwardEntry> rows() {
        return rows;
    }

    public ObservableList<AwardEntry> history() {
        return history;
    }

    /** The years the register holds, newest first, for the year filters. */
    public ObservableList<Integer> years() {
        return years;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    public ObjectProperty<AwardOrigin> originProperty() {
        return origin;
    }

    public ObjectProperty<AwardEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty historyTitleProperty() {
        return historyTitle.getReadOnlyProperty();
    }

    /** What the empty table says: reading, an empty register, or nothing found. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Command previousPageCommand() {
        return previousPage;
    }

    public Command nextPageCommand() {
        return nextPage;
    }

    public Command importCommand() {
        return importExcel;
    }

    public Command exportRegisterCommand() {
        return exportRegister;
    }

    public Command exportClassesCommand() {
        return exportClasses;
    }

    public Command exportFormsCommand() {
        return exportForms;
    }

    public Command exportSummaryCommand() {
        return exportSummary;
    }

    /** Closes the history beside the table. */
    public Command closeHistoryCommand() {
        return closeHistory;
    }

    public Command exportYearsCommand() {
        return exportYears;
    }
}
