package vn.thidua.decisions.gui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.catalogue.model.AwardForm;
import vn.thidua.common.i18n.Messages;
import vn.thidua.common.text.VietText;
import vn.thidua.common.ui.Command;
import vn.thidua.common.ui.TaskExecutor;
import vn.thidua.decisions.logic.DecisionDrafts;
import vn.thidua.decisions.model.DecisionLine;
import vn.thidua.organisation.logic.Recipients;
import vn.thidua.organisation.model.Recipient;
import vn.thidua.organisation.model.StaffMember;
import vn.thidua.organisation.model.Unit;

/**
 * Adds a person or a unit to an open draft decision: the clerk filters the people (or units) by any part of the name,
 * position or unit without accents, picks one, the award and the year, and adds the line. Used for a decision received
 * from above and for the director's own decision outside a meeting, and to add to a draft from a meeting.
 */
public final class DecisionLineAdder {

    private final DecisionDrafts drafts;
    private final TaskExecutor executor;
    private final Consumer<DecisionLine> added;
    private final Consumer<String> problem;
    private List<Recipient> people = List.of();
    private List<Recipient> collectives = List.of();
    private final BooleanProperty collective = new SimpleBooleanProperty();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<Recipient> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Recipient> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<AwardForm> award = new SimpleObjectProperty<>();
    private final StringProperty year = new SimpleStringProperty("");
    private final Command add;

    /**
     * @param open whether a draft is open (and the screen idle)
     * @param added takes the new line (a duplicate is refused there)
     * @param problem shows a message at the line bar
     */
    DecisionLineAdder(DecisionDrafts drafts, TaskExecutor executor, BooleanExpression open, Consumer<DecisionLine> added,
                      Consumer<String> problem) {
        this.drafts = drafts;
        this.executor = executor;
        this.added = added;
        this.problem = problem;
        collective.addListener((o, a, b) -> offer());
        filter.addListener((o, a, b) -> offer());
        add = new Command(this::add, open.and(chosen.isNotNull()).and(award.isNotNull()));
    }

    /** The people still working on the day and the active units. */
    void setChoices(List<StaffMember> staff, List<Unit> units, LocalDate day) {
        people = Recipients.people(staff, units, day);
        collectives = Recipients.collectives(units);
        offer();
    }

    /** A draft was opened: its award and year are the defaults of the next line. */
    void reset(AwardForm decisionAward, int decisionYear) {
        award.set(decisionAward);
        year.set(String.valueOf(decisionYear));
        filter.set("");
        chosen.set(null);
    }

    private void offer() {
        String query = filter.get();
        Predicate<Recipient> shown = c -> VietText.matches(c.searchKey(), query);
        Recipient keep = chosen.get();
        choices.setAll((collective.get() ? collectives : people).stream().filter(shown).toList());
        chosen.set(choices.contains(keep) ? keep : choices.size() == 1 ? choices.get(0) : null);
    }

    private void add() {
        int y;
        try {
            y = Integer.parseInt(year.get().strip());
        } catch (NumberFormatException e) {
            problem.accept(Messages.get("decisions.error.lineYear", year.get()));
            return;
        }
        if (y < 1945 || y > 2100) {
            problem.accept(Messages.get("decisions.error.lineYear", year.get()));
            return;
        }
        Recipient c = chosen.get();
        long form = award.get().id();
        executor.submit(Messages.get("common.loading"), () -> drafts.line(c.staffId(), c.unitId(), form, y), line -> {
            added.accept(line);
            filter.set("");
            chosen.set(null);
        }, e -> problem.accept(vn.thidua.common.ui.Errors.message(e)));
    }

    public BooleanProperty collectiveProperty() {
        return collective;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<Recipient> choices() {
        return choices;
    }

    public ObjectProperty<Recipient> chosenProperty() {
        return chosen;
    }

    public ObjectProperty<AwardForm> awardProperty() {
        return award;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public Command addCommand() {
        return add;
    }
}
