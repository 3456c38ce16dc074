package io.diplomatictimeline.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Every contract sample as one story on one track, linked as the samples link them (an answer to the proposal, a
 * discussion of the seizure, a resolution of the other dispute, a statement about the round, a seizure answering the
 * expulsions), plus a statement on another track about the round. Each sample gets a fresh id, and the links follow.
 */
public final class TheStory {

    public static final String TRACK = "ru-us-embassy-talks";
    public static final String OTHER_TRACK = "ru-us-commentary";

    private TheStory() {
    }

    /** The facts, in the order they were recorded. */
    public static List<SampleFact> facts() {
        List<SampleFact> facts = new ArrayList<>();
        for (String type : ContractSamples.ALL) {
            facts.add(SampleFact.of(type).on(TRACK));
        }
        for (int i = 0; i < facts.size(); i++) {
            String sampleId = ContractSamples.sample(ContractSamples.ALL.get(i)).get("id").asText();
            String factId = facts.get(i).id().toString();
            facts.forEach(fact -> fact.with(document -> relink(document, sampleId, factId)));
        }
        SampleFact roundHeld = facts.get(ContractSamples.ALL.indexOf(ContractSamples.ROUND_HELD));
        facts.add(SampleFact.of(ContractSamples.STATEMENT_ISSUED).on(OTHER_TRACK).occurredOn("2025-04-12")
                .about(roundHeld));
        return facts;
    }

    /** Points a reference to a sample's own id at the fact made from that sample. */
    private static void relink(ObjectNode fact, String sampleId, String factId) {
        ObjectNode details = (ObjectNode) fact.get("details");
        for (String field : List.of("proposalId", "disputeId", "aboutFactId")) {
            if (details.path(field).asText().equals(sampleId)) {
                details.put(field, factId);
            }
        }
        for (JsonNode response : fact.path("respondsTo")) {
            if (response.path("id").asText().equals(sampleId)) {
                ((ObjectNode) response).put("id", factId);
            }
        }
    }
}
