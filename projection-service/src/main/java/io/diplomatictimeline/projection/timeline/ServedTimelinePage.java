package io.diplomatictimeline.projection.timeline;

import java.util.List;

/**
 * A {@link TimelinePage} as {@code GET /api/timeline} writes it: the same fields, each entry already in its JSON text
 * (see {@link TimelineEntry#served}).
 */
record ServedTimelinePage(List<ServedJson> entries, TimelineCursor nextCursor) {
}
