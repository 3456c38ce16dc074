package io.diplomatictimeline.timeline.fact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * That a fact is a move made in answer to an earlier fact, recorded on any track, and how it answers it.
 *
 * @param id       the id of the fact answered
 * @param relation {@code retaliates}, {@code reciprocates}, {@code answers}, {@code follows-up} or {@code reverses}
 */
public record Response(
        @NotNull UUID id,
        @NotNull @Pattern(regexp = Response.RELATIONS, message = "must be one of " + Response.RELATION_LIST)
        String relation) {

    static final String RELATIONS = "retaliates|reciprocates|answers|follows-up|reverses";
    static final String RELATION_LIST = "retaliates, reciprocates, answers, follows-up, reverses";
}
