package io.diplomatictimeline.projection.responses;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.diplomatictimeline.projection.timeline.TimelineEntry;
import java.util.List;
import java.util.UUID;

/**
 * The chain of moves around a fact: what it answers, transitively, and what answers it, transitively, as one list in
 * timeline order; what {@code GET /api/chains/{id}} answers.
 *
 * @param truncated whether the chain went on beyond the {@value Chains#MAX_STEPS} steps listed
 */
public record Chain(UUID id, List<Step> steps, boolean truncated) {

    /**
     * One move of the chain.
     *
     * @param answers the steps of the chain it answers, each with its relation and the days since that step began
     *                (null when the dates are too imprecise to tell); empty for the chain's first moves
     */
    public record Step(UUID id, List<Answer> answers, TimelineEntry entry) {
    }

    /** That a step answers another step, how, and how many days after it. */
    public record Answer(UUID id, String relation, Long days) {
    }
}
