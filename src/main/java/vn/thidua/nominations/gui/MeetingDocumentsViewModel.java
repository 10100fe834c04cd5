package vn.thidua.nominations.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietDates;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.DocumentAction;
import vn.thidua.common.ui.DocumentOutput;
import vn.thidua.nominations.gui.MeetingsViewModel.MeetingRow;
import vn.thidua.nominations.logic.NominationPrinter;

/** The council screen's documents for the selected meeting: its minutes, and the petition for its result. */
public class MeetingDocumentsViewModel {

    private final ObservableValue<MeetingRow> selected;
    private final NominationPrinter printer;
    private final Supplier<LocalDate> today;
    private final Command minutes;
    private final Command printMinutes;
    private final Command petition;
    private final Command printPetition;

    public MeetingDocumentsViewModel(ObservableValue<MeetingRow> selected, NominationPrinter printer, DocumentOutput output,
                                     Supplier<LocalDate> today) {
        this.selected = selected;
        this.printer = printer;
        this.today = today;
        BooleanBinding one = Bindings.createBooleanBinding(() -> selected.getValue() != null, selected);
        BooleanBinding closed = Bindings.createBooleanBinding(() -> selected.getValue() != null
                && selected.getValue().meeting().closed(), selected);
        minutes = new Command(() -> output.saveAs(name("bien-ban"), "docx", this::writeMinutes), one);
        printMinutes = new Command(() -> output.print(name("bien-ban"), "docx", this::writeMinutes), one);
        petition = new Command(() -> output.saveAs(name("to-trinh"), "docx", this::writePetition), closed);
        printPetition = new Command(() -> output.print(name("to-trinh"), "docx", this::writePetition), closed);
    }

    private String writeMinutes(Path file) {
        printer.printMinutes(meetingId(), today.get(), file);
        return Messages.get("cli.export.minutesDone", VietDates.format(selected.getValue().meeting().date()), file);
    }

    private String writePetition(Path file) {
        int n = printer.printPetitionForMeeting(meetingId(), today.get(), file);
        return Messages.get("meeting.documents.petitionDone", n, VietDates.format(selected.getValue().meeting().date()),
                file);
    }

    private long meetingId() {
        return selected.getValue().meeting().id();
    }

    private String name(String what) {
        return what + " " + VietDates.format(selected.getValue().meeting().date());
    }

    /** The menu: the minutes (save, print), the petition for the meeting's result (save, print). */
    public List<DocumentAction> actions() {
        return List.of(new DocumentAction(Messages.get("documents.minutes"), minutes, false),
                new DocumentAction(Messages.get("documents.printMinutes"), printMinutes, false),
                new DocumentAction(Messages.get("documents.meetingPetition"), petition, true),
                new DocumentAction(Messages.get("documents.printPetition"), printPetition, false));
    }

    public Command minutesCommand() {
        return minutes;
    }

    public Command printMinutesCommand() {
        return printMinutes;
    }

    public Command petitionCommand() {
        return petition;
    }

    public Command printPetitionCommand() {
        return printPetition;
    }
}
