package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.problem.FieldProblem;
import java.util.List;

/** A request that breaks the rules of its fields; every broken rule is listed, not just the first. */
public class InvalidFactRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidFactRequestException(List<FieldProblem> problems) {
        super(problems.size() + " field(s) of the fact break their rules");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
