package vn.thidua.certificates.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import vn.thidua.certificates.logic.CertificateLayouts;
import vn.thidua.certificates.logic.CertificatePrinter;
import vn.thidua.certificates.model.PrintMode;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.io.FileWrites;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DocumentAction;
import vn.thidua.common.ui.DocumentOutput;
import vn.thidua.decisions.logic.DecisionPrinter;
import vn.thidua.decisions.logic.DecisionRepository;
import vn.thidua.decisions.model.Decision;
import vn.thidua.organisation.logic.AgencyRepository;
import vn.thidua.register.logic.RegisterWorkbooks;

/**
 * The documents of the opened decision: the decision itself and its attached list in Excel (any time; a draft prints
 * unnumbered) and, once signed,
 * its certificates — full pages, or only the variable lines onto pre-printed blanks — and the layout's test page on
 * plain paper; each saved to a file or sent to the printer.
 */
public class CertificateActions {

    private final ObservableValue<Decision> opened;
    private final DecisionPrinter decisions;
    private final CertificatePrinter certificates;
    private final Supplier<LocalDate> today;
    private final AgencyRepository agency;
    private final List<DocumentAction> actions;

    public CertificateActions(ObservableValue<Decision> opened, DecisionPrinter decisions, CertificatePrinter certificates,
                              AgencyRepository agency, DocumentOutput output, Supplier<LocalDate> today) {
        this.opened = opened;
        this.agency = agency;
        this.decisions = decisions;
        this.certificates = certificates;
        this.today = today;
        BooleanBinding any = Bindings.createBooleanBinding(() -> opened.getValue() != null, opened);
        BooleanBinding signed = Bindings.createBooleanBinding(() -> opened.getValue() != null && opened.getValue().signed(),
                opened);
        actions = List.of(
                new DocumentAction(Messages.get("certificates.menu.decision"),
                        new Command(() -> output.saveAs(name("quyet-dinh"), "docx", this::writeDecision), any), false),
                new DocumentAction(Messages.get("certificates.menu.printDecision"),
                        new Command(() -> output.print(name("quyet-dinh"), "docx", this::writeDecision), any), false),
                new DocumentAction(Messages.get("certificates.menu.list"),
                        new Command(() -> output.saveAs(name("danh-sach"), "xlsx", this::writeList), any), false),
                new DocumentAction(Messages.get("certificates.menu.full"), new Command(() -> output.saveAs(name("giay-khen"),
                        "docx", file -> writeCertificates(file, PrintMode.FULL_PAGE)), signed), true),
                new DocumentAction(Messages.get("certificates.menu.blank"), new Command(() -> output.saveAs(
                        name("giay-khen-phoi"), "docx", file -> writeCertificates(file, PrintMode.ON_BLANK)), signed), false),
                new DocumentAction(Messages.get("certificates.menu.print"), new Command(() -> output.print(name("giay-khen"),
                        "docx", file -> writeCertificates(file, PrintMode.FULL_PAGE)), signed), false),
                new DocumentAction(Messages.get("certificates.menu.testPage"), new Command(() -> output.print("giay-khen-in-thu",
                        "docx", this::writeTestPage)), false));
    }

    public List<DocumentAction> actions() {
        return actions;
    }

    private String writeDecision(Path file) {
        Decision d = decisions.print(opened.getValue().id(), today.get(), file);
        return Messages.get("certificates.done.decision", DecisionRepository.symbol(d), file);
    }

    private String writeList(Path file) {
        Decision d = opened.getValue();
        FileWrites.reported(file, () -> RegisterWorkbooks.decisionList(d, decisions.awardName(d),
                agency.agency().orElse(null), file));
        return Messages.get("certificates.done.list", d.lines().size(), file);
    }

    private String writeCertificates(Path file, PrintMode mode) {
        int n = certificates.print(opened.getValue().id(), mode, CertificateLayouts.DEFAULT, file);
        return Messages.get("certificates.done.certificates", n, file);
    }

    private String writeTestPage(Path file) {
        certificates.printTestPage(CertificateLayouts.DEFAULT, file);
        return file.toString();
    }

    private String name(String what) {
        return what + " " + DecisionRepository.symbol(opened.getValue());
    }
}
