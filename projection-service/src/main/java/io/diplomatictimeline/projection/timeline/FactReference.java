package io.diplomatictimeline.projection.timeline;

import java.util.UUID;

/** What a reader needs to recognise a fact another one refers to, before following the link to it. */
public record FactReference(UUID id, String type, String title) {
}
