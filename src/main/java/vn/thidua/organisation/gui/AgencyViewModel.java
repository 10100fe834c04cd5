package vn.thidua.organisation.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DialogService;
import vn.thidua.common.ui.Errors;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.CouncilMember;
import vn.thidua.organisation.model.CouncilRole;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;

/** The office's settings that every document prints, its signers and its council, saved together. */
public class AgencyViewModel {

    /** An editable line of the signers table. */
    public static final class SignerRow {
        private final Long id;
        private final StringProperty fullName = new SimpleStringProperty("");
        private final ObjectProperty<SignerRole> role = new SimpleObjectProperty<>(SignerRole.DEPUTY_DIRECTOR);

        SignerRow(Signer s) {
            id = s == null ? null : s.id();
            if (s != null) {
                fullName.set(s.fullName());
                role.set(s.role());
            }
        }

        public StringProperty fullNameProperty() {
            return fullName;
        }

        public ObjectProperty<SignerRole> roleProperty() {
            return role;
        }
    }

    /** An editable line of the council table. */
    public static final class CouncilRow {
        private final Long id;
        private final StringProperty fullName = new SimpleStringProperty("");
        private final ObjectProperty<CouncilRole> role = new SimpleObjectProperty<>(CouncilRole.MEMBER);
        private final StringProperty position = new SimpleStringProperty("");

        CouncilRow(CouncilMember m) {
            id = m == null ? null : m.id();
            if (m != null) {
                fullName.set(m.fullName());
                role.set(m.role());
                position.set(m.position() == null ? "" : m.position());
            }
        }

        public StringProperty fullNameProperty() {
            return fullName;
        }

        public ObjectProperty<CouncilRole> roleProperty() {
            return role;
        }

        public StringProperty positionProperty() {
            return position;
        }
    }

    private record Snapshot(Optional<Agency> agency, List<Signer> signers, List<CouncilMember> council) {
    }

    /** What the form holds, as it would be saved. */
    private record FormState(Agency agency, List<Signer> signers, List<CouncilMember> council) {
    }

    private final AgencyRepository repository;
    private final Runnable demo;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable onDataReplaced;

    private final StringProperty parentAgency = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortCode = new SimpleStringProperty("");
    private final StringProperty placeName = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObservableList<SignerRow> signers = FXCollections.observableArrayList();
    private final ObservableList<CouncilRow> council = FXCollections.observableArrayList();
    private final ObjectProperty<SignerRow> selectedSigner = new SimpleObjectProperty<>();
    private final ObjectProperty<CouncilRow> selectedMember = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private FormState shown;
    private final StringBinding parentError;
    private final StringBinding nameError;
    private final StringBinding shortCodeError;
    private final StringBinding placeError;
    private final StringBinding headerPreview;
    private final StringBinding datePreview;

    private final Command save;
    private final Command addSigner;
    private final Command removeSigner;
    private final Command addMember;
    private final Command removeMember;
    private final Command fillDemo;

    /** {@code demo} fills an empty folder with the demo data; it runs on the executor's worker. */
    public AgencyViewModel(AgencyRepository repository, Runnable demo, TaskExecutor executor, DialogService dialogs,
                           Supplier<LocalDate> today, Runnable onDataReplaced) {
        this.repository = repository;
        this.demo = demo;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onDataReplaced = onDataReplaced;
        parentError = required(parentAgency, "agency.error.parentRequired");
        nameError = required(name, "agency.error.nameRequired");
        shortCodeError = Bindings.createStringBinding(() -> {
            String c = VietText.clean(shortCode.get());
            if (c == null || c.isEmpty()) {
                return Messages.get("agency.error.codeRequired");
            }
            return c.matches("[\\p{L}0-9]+") ? null : Messages.get("agency.error.codeLetters");
        }, shortCode);
        placeError = required(placeName, "agency.error.placeRequired");
        headerPreview = Bindings.createStringBinding(() -> Messages.get("agency.preview.header",
                upper(parentAgency.get()), upper(name.get()), nz(VietText.clean(shortCode.get()))),
                parentAgency, name, shortCode);
        datePreview = Bindings.createStringBinding(() -> Messages.get("agency.preview.date",
                nz(VietText.clean(placeName.get())), String.format("%02d", today.get().getDayOfMonth()),
                today.get().getMonthValue() <= 2 ? String.format("%02d", today.get().getMonthValue())
                        : String.valueOf(today.get().getMonthValue()), String.valueOf(today.get().getYear())), placeName);
        save = new Command(this::save, Bindings.createBooleanBinding(() -> parentError.get() == null
                && nameError.get() == null && shortCodeError.get() == null && placeError.get() == null,
                parentError, nameError, shortCodeError, placeError));
        addSigner = new Command(() -> signers.add(new SignerRow(null)));
        removeSigner = new Command(() -> signers.remove(selectedSigner.get()), selectedSigner.isNotNull());
        addMember = new Command(() -> council.add(new CouncilRow(null)));
        removeMember = new Command(() -> council.remove(selectedMember.get()), selectedMember.isNotNull());
        fillDemo = new Command(this::fillDemo, empty);
    }

    /** Shows the stored settings, unless the form holds edits not yet saved: coming back to the screen keeps them. */
    public void load() {
        if (!hasUnsavedChanges()) {
            reload();
        }
    }

    /** True while the form differs from what was last loaded or saved. */
    public boolean hasUnsavedChanges() {
        return shown != null && !formState().equals(shown);
    }

    private void reload() {
        executor.submit(Messages.get("common.loading"),
                () -> new Snapshot(repository.agency(), repository.signers(), repository.councilMembers()),
                this::show, e -> dialogs.showError(Errors.message(e)));
    }

    private void show(Snapshot s) {
        Agency a = s.agency().orElse(Agency.blank());
        empty.set(s.agency().isEmpty());
        parentAgency.set(a.parentAgency());
        name.set(a.name());
        shortCode.set(a.shortCode());
        placeName.set(a.placeName());
        address.set(nz(a.address()));
        phone.set(nz(a.phone()));
        email.set(nz(a.email()));
        signers.setAll(s.signers().stream().filter(Signer::active).map(SignerRow::new).toList());
        council.setAll(s.council().stream().filter(CouncilMember::active).map(CouncilRow::new).toList());
        shown = formState();
    }

    private FormState formState() {
        List<Signer> signerList = new ArrayList<>();
        for (int i = 0; i < signers.size(); i++) {
            SignerRow r = signers.get(i);
            signerList.add(new Signer(r.id, VietText.clean(r.fullName.get()), r.role.get(), i + 1, true));
        }
        List<CouncilMember> memberList = new ArrayList<>();
        for (int i = 0; i < council.size(); i++) {
            CouncilRow r = council.get(i);
            memberList.add(new CouncilMember(r.id, VietText.clean(r.fullName.get()), r.role.get(),
                    VietText.cleanOrNull(r.position.get()), i + 1, true));
        }
        Agency agency = new Agency(VietText.clean(parentAgency.get()), VietText.clean(name.get()),
                VietText.clean(shortCode.get()), VietText.clean(placeName.get()), VietText.cleanOrNull(address.get()),
                VietText.cleanOrNull(phone.get()), VietText.cleanOrNull(email.get()));
        return new FormState(agency, signerList, memberList);
    }

    private void save() {
        FormState form = formState();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < form.signers().size(); i++) {
            if (isBlank(form.signers().get(i).fullName())) {
                problems.add(Messages.get("agency.error.signerName", i + 1));
            }
        }
        for (int i = 0; i < form.council().size(); i++) {
            if (isBlank(form.council().get(i).fullName())) {
                problems.add(Messages.get("agency.error.memberName", i + 1));
            }
        }
        if (!problems.isEmpty()) {
            dialogs.showError(String.join("\n", problems));
            return;
        }
        executor.submit(Messages.get("common.saving"), () -> {
            repository.saveAll(form.agency(), form.signers(), form.council());
            return form;
        }, saved -> {
            reload();
            dialogs.showInfo(Messages.get("common.saved"));
        }, e -> dialogs.showError(Errors.message(e)));
    }

    private void fillDemo() {
        if (!dialogs.confirm(Messages.get("agency.demo"), Messages.get("agency.demoConfirm"))) {
            return;
        }
        executor.submit(Messages.get("agency.demoRunning"), () -> {
            demo.run();
            return true;
        }, done -> {
            reload();
            onDataReplaced.run();
        }, e -> dialogs.showError(Errors.message(e)));
    }

    private static StringBinding required(StringProperty p, String key) {
        return Bindings.createStringBinding(() -> {
            String v = VietText.clean(p.get());
            return v == null || v.isEmpty() ? Messages.get(key) : null;
        }, p);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }

    private static String upper(String s) {
        return nz(VietText.clean(s)).toUpperCase(VietText.VIETNAMESE);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty parentAgencyProperty() {
        return parentAgency;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty shortCodeProperty() {
        return shortCode;
    }

    public StringProperty placeNameProperty() {
        return placeName;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObservableList<SignerRow> signers() {
        return signers;
    }

    public ObservableList<CouncilRow> council() {
        return council;
    }

    public ObjectProperty<SignerRow> selectedSignerProperty() {
        return selectedSigner;
    }

    public ObjectProperty<CouncilRow> selectedMemberProperty() {
        return selectedMember;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ObservableStringValue parentErrorProperty() {
        return parentError;
    }

    public ObservableStringValue nameErrorProperty() {
        return nameError;
    }

    public ObservableStringValue shortCodeErrorProperty() {
        return shortCodeError;
    }

    public ObservableStringValue placeErrorProperty() {
        return placeError;
    }

    public ObservableStringValue headerPreviewProperty() {
        return headerPreview;
    }

    public ObservableStringValue datePreviewProperty() {
        return datePreview;
    }

    public Command saveCommand() {
        return save;
    }

    public Command addSignerCommand() {
        return addSigner;
    }

    public Command removeSignerCommand() {
        return removeSigner;
    }

    public Command addMemberCommand() {
        return addMember;
    }

    public Command removeMemberCommand() {
        return removeMember;
    }

    public Command fillDemoCommand() {
        return fillDemo;
    }
}
