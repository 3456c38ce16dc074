package io.diplomatictimeline.projection.rounds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/**
 * A round of talks, put together from every fact about it. Durations are passed on as the facts give them: a
 * number of hours, or {@code {min, max}} with either end left out.
 *
 * @param status                {@value #SCHEDULED} until a round-held fact arrives, then {@value #HELD}
 * @param scheduledFor          when the latest round-scheduled fact set it for (EDTF), or null
 * @param heldOn                when it was held (EDTF), or null
 * @param venue                 the location of the round-held fact, else of the latest round-scheduled one
 * @param hostCountry           as held, else as scheduled
 * @param delegations           as the round-held fact lists them, each with its country and head
 * @param expectedDurationHours as held, else as last scheduled
 * @param durationHours         how long it actually lasted, from the round-held fact
 * @param agenda                the items of every agenda-set fact for the round, in order
 * @param statements            statements about any fact of the round, or linked to it, from any track
 * @param facts                 the round's own facts: its round-scheduled, round-held and agenda-set facts
 */
public record Round(String track, int number, String status, String scheduledFor, String heldOn, JsonNode venue,
                    String hostCountry, List<JsonNode> delegations, JsonNode expectedDurationHours,
                    JsonNode durationHours, List<JsonNode> agenda, List<RoundAgreement> agreements,
                    List<RoundProposal> proposals, List<RoundContacts> contactsContinued,
                    List<RoundDispute> disputesDiscussed, List<RoundStatement> statements, List<UUID> facts) {

    public static final String SCHEDULED = "scheduled";
    public static final String HELD = "held";
}
