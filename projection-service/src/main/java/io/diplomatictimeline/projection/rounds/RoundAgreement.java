package io.diplomatictimeline.projection.rounds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** An agreement reached in a round; {@code parties} are country codes, as published. */
public record RoundAgreement(UUID id, String occurredOn, String title, JsonNode parties, String terms,
                             Boolean reciprocal) {
}
