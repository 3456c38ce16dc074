package io.diplomatictimeline.projection.timeline;

import java.util.List;

/**
 * One page of the timeline, as served: each entry is the fact as published in the version shown, with
 * {@code version}, {@code status}, {@code firstRecordedAt} and that version's {@code recordedAt} (see
 * {@link TimelineEntry}).
 *
 * @param nextCursor where the next page starts, or null when this page is the last
 */
public record TimelinePage(List<TimelineEntry> entries, TimelineCursor nextCursor) {
}
