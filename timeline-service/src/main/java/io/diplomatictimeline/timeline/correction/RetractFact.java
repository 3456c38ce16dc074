package io.diplomatictimeline.timeline.correction;

import io.diplomatictimeline.timeline.fact.Source;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Retract a recorded fact: it stays in the history, marked as retracted, and stops counting for the rules of
 * its track. A retraction does not depend on what the fact says, so it needs no expected version.
 *
 * @param changeId the new id this change is published under (never the fact's id)
 */
public record RetractFact(UUID changeId, UUID factId, @TargetAggregateIdentifier String track, String factType,
                          String reason, Source source) {
}
