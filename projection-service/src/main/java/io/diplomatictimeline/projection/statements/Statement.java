package io.diplomatictimeline.projection.statements;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.timeline.FactReference;
import java.util.UUID;

/**
 * A statement as readers get it.
 *
 * @param outlet      the outlet it came through, or null
 * @param aboutFactId the fact it is about, or null
 * @param about       that fact, or null while it is not known to this service (it may be on another track and not
 *                    have arrived yet)
 * @param sources     as published
 */
public record Statement(UUID id, String track, String occurredOn, Speaker speaker, String quote, String outlet,
                        UUID aboutFactId, FactReference about, JsonNode sources) {
}
