package io.diplomatictimeline.projection.disputes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/**
 * A dispute and what became of it.
 *
 * @param id         the id of the fact that raised it
 * @param kind       diplomatic-property for a property seizure, else as the dispute-raised fact gives it
 * @param status     {@value #OPEN} or {@value #RESOLVED}
 * @param raisedOn   when it was raised (EDTF)
 * @param details    the raising fact's details, as published: a property seizure's count of properties and when
 *                   they were seized, say
 * @param resolution null while the dispute is open
 */
public record Dispute(UUID id, String track, String kind, String status, String raisedOn, String raisedBy,
                      String against, String title, JsonNode details, List<DisputeDiscussion> discussedIn,
                      DisputeResolution resolution) {

    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";
}
