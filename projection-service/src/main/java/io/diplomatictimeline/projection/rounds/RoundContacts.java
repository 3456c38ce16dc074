package io.diplomatictimeline.projection.rounds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** An agreement, in a round, to keep talking. */
public record RoundContacts(UUID id, String occurredOn, String title, JsonNode parties) {
}
