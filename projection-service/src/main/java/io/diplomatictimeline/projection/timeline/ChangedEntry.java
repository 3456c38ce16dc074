package io.diplomatictimeline.projection.timeline;

import io.diplomatictimeline.projection.readmodel.Change;

/**
 * A change of the change log with the entry it left, as {@code /api/timeline} serves that version.
 *
 * @param position the change's place in the log, in the order changes were committed
 */
public record ChangedEntry(long position, Change change, TimelineEntry entry) {
}
