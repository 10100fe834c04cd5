package vn.thidua.audit.gui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.audit.logic.AuditLog;
import vn.thidua.audit.logic.AuditWorkbook;
import vn.thidua.audit.model.AuditEntry;
import vn.thidua.audit.model.FieldChange;
import vn.thidua.common.audit.AuditEntity;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;

/**
 * The change log screen: the lines of a date range (the last 30 days at first), of one kind of record or all, read
 * again whenever the range or the kind changes; the chosen line's fields before and after; the lines to Excel.
 */
public class AuditViewModel {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private final AuditLog log;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditEntity> entity = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<FieldChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(Messages.get("audit.loading"));
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper(Messages.get("audit.detail.none"));
    private final Command export;

    public AuditViewModel(AuditLog log, TaskExecutor executor, DialogService dialogs, Supplier<LocalDate> today) {
        this.log = log;
        this.executor = executor;
        this.dialogs = dialogs;
        to.set(today.get());
        from.set(today.get().minusDays(30));
        from.addListener((o, a, b) -> load());
        to.addListener((o, a, b) -> load());
        entity.addListener((o, a, b) -> load());
        selected.addListener((o, a, b) -> showDetail(b));
        export = new Command(this::export, Bindings.isNotEmpty(rows));
    }

    /** Reads the lines of the range off the FX thread; a range the wrong way round is said, not read. */
    public void load() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first == null || last == null || last.isBefore(first)) {
            rows.clear();
            emptyText.set(Messages.get(first == null || last == null ? "audit.error.range" : "audit.error.rangeOrder"));
            countText.set("");
            return;
        }
        AuditEntity kind = entity.get();
        emptyText.set(Messages.get("audit.loading"));
        executor.submit(Messages.get("audit.loading"), () -> log.between(first, last, kind), found -> {
            rows.setAll(found);
            emptyText.set(Messages.get("audit.empty"));
            countText.set(Messages.get("audit.count", found.size(), VietDates.format(first), VietDates.format(last)));
            if (!found.contains(selected.get())) {
                selected.set(null);
            }
        }, e -> dialogs.showError(Errors.message(e)));
    }

    private void showDetail(AuditEntry e) {
        if (e == null) {
            changes.clear();
            detailTitle.set(Messages.get("audit.detail.none"));
            return;
        }
        changes.setAll(AuditLog.changes(e));
        detailTitle.set(Messages.get("audit.detail.title", Messages.label(e.entity()),
                e.entityId() == null ? "" : e.entityId(), Messages.label(e.action()), moment(e)));
    }

    private void export() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        List<AuditEntry> all = List.copyOf(rows);
        dialogs.chooseSpreadsheetToSave(Messages.get("audit.fileName", first.toString(), last.toString()))
                .ifPresent(file -> executor.submit(Messages.get("audit.exporting"), () -> {
                    AuditWorkbook.write(all, first, last, file);
                    return file;
                }, written -> dialogs.showInfo(Messages.get("audit.exported", all.size(), written)),
                        e -> dialogs.showError(Errors.message(e))));
    }

    /** The moment of a line as the table shows it. */
    public static String moment(AuditEntry e) {
        return MOMENT.format(e.at());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<AuditEntity> entityProperty() {
        return entity;
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    public ObservableList<FieldChange> changes() {
        return changes;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    public Command exportCommand() {
        return export;
    }
}
