package io.diplomatictimeline.projection.timeline;

/** An entry with its place in timeline order: its period's start, its recording time and its fact's id. */
public record PlacedEntry(TimelineCursor place, TimelineEntry entry) {
}
