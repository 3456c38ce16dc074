package io.diplomatictimeline.timeline.correction;

import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.Source;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Correct a recorded fact. The track keeps no copy of each fact, so the command carries the fact as it reads now
 * ({@code current}, at {@code expectedVersion}) and as the correction leaves it ({@code corrected}); the track
 * checks that nobody changed the fact in between, that something changes, and that the corrected fact obeys
 * every rule of its type.
 *
 * @param changeId the new id this change is published under (never the fact's id)
 * @param changes  what the client asked to change, as a JSON Merge Patch in plain values (maps, lists, text,
 *                 numbers, booleans and nulls), kept to be published as it was accepted
 */
public record CorrectFact(UUID changeId, int expectedVersion, RecordedFact current, RecordedFact corrected,
                          Map<String, Object> changes, String reason, Source source) {

    @TargetAggregateIdentifier
    public String track() {
        return current.header().track();
    }

    public UUID factId() {
        return current.id();
    }
}
