package vn.thidua.plans.logic;

import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.common.i18n.UserException;
import vn.thidua.plans.model.FieldProblem;

/** A plan refused as a whole: every problem, each with the field a form shows it beside. */
public class InvalidPlanException extends UserException {

    private final transient List<FieldProblem> problems;

    public InvalidPlanException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
