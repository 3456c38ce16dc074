package io.diplomatictimeline.projection.rounds;

import io.diplomatictimeline.projection.statements.Speaker;
import java.util.UUID;

/** A statement about the round or one of its outcomes; {@code aboutFactId} says which. */
public record RoundStatement(UUID id, String occurredOn, Speaker speaker, String quote, String outlet,
                             UUID aboutFactId) {
}
