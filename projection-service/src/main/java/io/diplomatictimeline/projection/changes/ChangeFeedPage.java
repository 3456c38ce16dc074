package io.diplomatictimeline.projection.changes;

import java.util.List;

/**
 * One page of the change feed.
 *
 * @param nextCursor where to go on from: after the last change of this page, or, when the page is empty, the
 *                   {@code since} asked with (null when none was), so that a reader polling the feed always has a
 *                   place to ask from next. A page shorter than the limit asked for is the end of the feed for now.
 */
record ChangeFeedPage(List<ChangeView> changes, String nextCursor) {
}
