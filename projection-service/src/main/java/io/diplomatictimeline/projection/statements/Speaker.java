package io.diplomatictimeline.projection.statements;

/** Who made a statement; {@code id} is the actor id, as {@code /api/actors/{id}} knows them. */
public record Speaker(String id, String name, String office, String country) {
}
