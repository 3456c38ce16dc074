package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One broken rule in a batch: the item at fault (its index in the request, counting from 0; none when the body as a
 * whole is at fault), the field within it (a JSON path as for POST /api/events) and the rule.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchProblem(Integer index, String field, String message) {

    static BatchProblem ofBody(String message) {
        return new BatchProblem(null, "body", message);
    }
}
