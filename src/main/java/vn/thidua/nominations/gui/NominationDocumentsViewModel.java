package vn.thidua.nominations.gui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DocumentAction;
import vn.thidua.common.ui.DocumentOutput;
import vn.thidua.nominations.gui.NominationsViewModel.NominationRow;
import vn.thidua.nominations.logic.NominationPrinter;

/**
 * The documents of the nominations screen: for the chosen plan the petition, the whole movement's dossier and the
 * list in Excel; for the selected nomination its dossier — each saved to a file or sent to the printer.
 */
public class NominationDocumentsViewModel {

    private final ObservableValue<Scope> scope;
    private final ObservableValue<NominationRow> selected;
    private final NominationPrinter printer;
    private final DocumentOutput output;
    private final Supplier<LocalDate> today;
    private final Command petition;
    private final Command printPetition;
    private final Command planDossier;
    private final Command list;
    private final Command dossier;
    private final Command printDossier;

    public NominationDocumentsViewModel(ObservableValue<Scope> scope, ObservableValue<NominationRow> selected,
                                        NominationPrinter printer, DocumentOutput output, Supplier<LocalDate> today) {
        this.scope = scope;
        this.selected = selected;
        this.printer = printer;
        this.output = output;
        this.today = today;
        BooleanBinding plan = Bindings.createBooleanBinding(() -> scope.getValue() != null && !scope.getValue().yearEnd(),
                scope);
        BooleanBinding one = Bindings.createBooleanBinding(() -> selected.getValue() != null, selected);
        petition = new Command(() -> output.saveAs(name("to-trinh"), "docx", this::writePetition), plan);
        printPetition = new Command(() -> output.print(name("to-trinh"), "docx", this::writePetition), plan);
        planDossier = new Command(() -> output.saveAs(name("ho-so"), "docx", file -> {
            int n = printer.printPlanDossier(planId(), today.get(), file);
            return Messages.get("cli.export.planDossierDone", n, scope.getValue().label(), file);
        }), plan);
        list = new Command(() -> output.saveAs(name("danh-sach-de-nghi"), "xlsx", file -> {
            int n = printer.printList(planId(), today.get(), file);
            return Messages.get("cli.export.nominationsDone", n, scope.getValue().label(), file);
        }), plan);
        dossier = new Command(() -> output.saveAs(nomineeName(), "docx", this::writeDossier), one);
        printDossier = new Command(() -> output.print(nomineeName(), "docx", this::writeDossier), one);
    }

    private String writePetition(java.nio.file.Path file) {
        int n = printer.printPetition(planId(), today.get(), file);
        return Messages.get("cli.export.petitionDone", n, scope.getValue().label(), file);
    }

    private String writeDossier(java.nio.file.Path file) {
        long id = selected.getValue().nomination().id();
        printer.printDossier(id, today.get(), file);
        return Messages.get("cli.export.dossierDone", id, file);
    }

    private long planId() {
        return scope.getValue().planId();
    }

    private String name(String what) {
        return what + " " + scope.getValue().label();
    }

    private String nomineeName() {
        return "ho-so " + selected.getValue().nomination().nomineeName();
    }

    /** The menu: petition (save, print), the selected dossier (save, print), the movement's dossier, the list. */
    public List<DocumentAction> actions() {
        return List.of(new DocumentAction(Messages.get("documents.petition"), petition, false),
                new DocumentAction(Messages.get("documents.printPetition"), printPetition, false),
                new DocumentAction(Messages.get("documents.dossier"), dossier, true),
                new DocumentAction(Messages.get("documents.printDossier"), printDossier, false),
                new DocumentAction(Messages.get("documents.planDossier"), planDossier, false),
                new DocumentAction(Messages.get("documents.list"), list, true));
    }

    public Command petitionCommand() {
        return petition;
    }

    public Command printPetitionCommand() {
        return printPetition;
    }

    public Command planDossierCommand() {
        return planDossier;
    }

    public Command listCommand() {
        return list;
    }

    public Command dossierCommand() {
        return dossier;
    }

    public Command printDossierCommand() {
        return printDossier;
    }
}
