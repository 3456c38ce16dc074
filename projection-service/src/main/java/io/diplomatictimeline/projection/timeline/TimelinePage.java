package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of the timeline, as served: each entry is the fact document as published.
 *
 * @param nextCursor where the next page starts, or null when this page is the last
 */
public record TimelinePage(List<JsonNode> entries, TimelineCursor nextCursor) {
}
