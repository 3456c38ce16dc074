package io.diplomatictimeline.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fact documents of src/test/resources/contract/: what timeline-service publishes as the data of each record.
 * Every call returns a fresh copy, so a test can give it its own id and track.
 */
public final class ContractSamples {

    public static final String ROUND_HELD = "round-held";
    public static final String PROPERTY_SEIZURE_RAISED = "property-seizure-raised";

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
