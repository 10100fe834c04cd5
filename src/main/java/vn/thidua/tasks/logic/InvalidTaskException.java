package vn.thidua.tasks.logic;

import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.common.i18n.UserException;
import vn.thidua.tasks.model.TaskProblem;

/** A task, plan or progress update refused as a whole: every problem, each with the field it belongs to. */
public class InvalidTaskException extends UserException {

    private final transient List<TaskProblem> problems;

    public InvalidTaskException(List<TaskProblem> problems) {
        super(problems.stream().map(TaskProblem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<TaskProblem> problems() {
        return problems;
    }
}
