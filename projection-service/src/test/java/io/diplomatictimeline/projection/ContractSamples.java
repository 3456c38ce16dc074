package io.diplomatictimeline.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fact documents of src/test/resources/contract/: what timeline-service publishes as the data of each record,
 * one per vocabulary type. Every call returns a fresh copy, so a test can give it its own id and track.
 */
public final class ContractSamples {

    public static final String ROUND_SCHEDULED = "round-scheduled";
    public static final String ROUND_HELD = "round-held";
    public static final String AGENDA_SET = "agenda-set";
    public static final String AGREEMENT_REACHED = "agreement-reached";
    public static final String PROPOSAL_MADE = "proposal-made";
    public static final String PROPOSAL_ANSWERED = "proposal-answered";
    public static final String DISPUTE_RAISED = "dispute-raised";
    public static final String PROPERTY_SEIZURE_RAISED = "property-seizure-raised";
    public static final String DISPUTE_DISCUSSED = "dispute-discussed";
    public static final String DISPUTE_RESOLVED = "dispute-resolved";
    public static final String STATEMENT_ISSUED = "statement-issued";
    public static final String DIPLOMATS_EXPELLED = "diplomats-expelled";
    public static final String CONTACTS_CONTINUATION_AGREED = "contacts-continuation-agreed";
    public static final String PROPERTY_SEIZED = "property-seized";
    /** Not a fact: the data of a source added to the round-held sample. */
    public static final String SOURCE_ADDED = "source-added";

    /** Every type of docs/vocabulary.md, in the order the samples were recorded. */
    public static final List<String> ALL = List.of(ROUND_SCHEDULED, ROUND_HELD, PROPERTY_SEIZURE_RAISED, AGENDA_SET,
            AGREEMENT_REACHED, PROPOSAL_MADE, PROPOSAL_ANSWERED, DISPUTE_RAISED, DISPUTE_DISCUSSED,
            DISPUTE_RESOLVED, STATEMENT_ISSUED, DIPLOMATS_EXPELLED, CONTACTS_CONTINUATION_AGREED, PROPERTY_SEIZED);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractSamples() {
    }

    public static ObjectNode sample(String name) {
        try (InputStream in = ContractSamples.class.getResourceAsStream("/contract/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no contract sample " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode roundHeld() {
        return sample(ROUND_HELD);
    }

    public static ObjectNode propertySeizureRaised() {
        return sample(PROPERTY_SEIZURE_RAISED);
    }
}
