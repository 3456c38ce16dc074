package io.diplomatictimeline.projection.actors;

import java.util.UUID;

/** A fact an actor appears in, with the part they played in it and the office they held then (or null). */
public record Appearance(UUID factId, String type, String track, String occurredOn, String title, String role,
                         String office) {
}
