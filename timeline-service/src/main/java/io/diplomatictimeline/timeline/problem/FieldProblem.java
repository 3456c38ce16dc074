package io.diplomatictimeline.timeline.problem;

/** One broken rule in a request: the field at fault (a JSON path such as details.roundNumber) and the rule. */
public record FieldProblem(String field, String message) {
}
