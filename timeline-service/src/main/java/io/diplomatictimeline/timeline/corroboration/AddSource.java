package io.diplomatictimeline.timeline.corroboration;

import io.diplomatictimeline.timeline.fact.Source;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add a source to a recorded fact: one more report that confirms it, or that disputes it. The fact's content, and so
 * its version, stay as they are.
 *
 * @param changeId the new id this addition is published under (never the fact's id)
 * @param stance   {@value Stance#CONFIRMS} or {@value Stance#DISPUTES}
 */
public record AddSource(UUID changeId, UUID factId, @TargetAggregateIdentifier String track, String factType,
                        Source source, String stance) {
}
