package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsonp.JSONPModule;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.json.RequestJson;
import io.diplomatictimeline.timeline.problem.FieldProblem;
import io.diplomatictimeline.timeline.publication.FactDocument;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Applies a correction's {@code changes}, a JSON Merge Patch (RFC 7396), to a fact as it was posted: a field
 * present replaces the old value, {@code null} removes an optional field, objects such as {@code details} are
 * merged field by field, arrays are replaced whole. The patch is applied by Jakarta JSON Processing's own
 * implementation of the RFC; the result is read with the rules of a posted body, so every problem is named as
 * {@code changes.<field>}.
 */
@Component
class CorrectionPatch {

    static final String PREFIX = "changes.";
    /** What makes a fact the fact it is; a correction may change anything else. */
    private static final List<String> FIXED = List.of("id", "type", "track");
    /** What the timeline adds to a posted fact; not the client's to patch. */
    private static final List<String> RECORDED = List.of("sequence", "recordedAt", "plover");

    private final ObjectMapper shared;
    private final ObjectMapper strict;
    private final ObjectMapper jsonp;
    private final JsonProvider provider = JsonProvider.provider();

    CorrectionPatch(ObjectMapper shared, RequestJson requestJson) {
        this.shared = shared;
        this.strict = requestJson.mapper();
        this.jsonp = shared.copy().registerModule(new JSONPModule(provider));
    }

    /**
     * The fact as {@code changes} leave it, as a body of POST /api/events; null when it cannot be read as one.
     * Every problem found is added to {@code problems}.
     */
    FactRequest apply(RecordedFact current, JsonNode changes, List<FieldProblem> problems) {
        if (!changes.isObject()) {
            problems.add(new FieldProblem("changes", "must be a JSON object: a JSON Merge Patch of the fact"));
            return null;
        }
        ObjectNode patch = ((ObjectNode) changes).deepCopy();
        for (String field : FIXED) {
            if (patch.has(field)) {
                problems.add(new FieldProblem(PREFIX + field, "cannot be corrected: a correction keeps the fact's id,"
                        + " type and track (retract the fact and record it anew instead)"));
                patch.remove(field);
            }
        }
        for (String field : RECORDED) {
            if (patch.has(field)) {
                problems.add(new FieldProblem(PREFIX + field, "is given by the timeline and cannot be corrected"));
                patch.remove(field);
            }
        }
        JsonNode merged = merge(asPosted(current), patch);
        try {
            return strict.treeToValue(merged, FactRequest.class);
        } catch (JsonProcessingException e) {
            problems.add(JsonProblems.of(e, PREFIX));
            return null;
        }
    }

    /** The patch as plain values (maps, lists, text, numbers, booleans, nulls), to be kept in the correction. */
    Map<String, Object> plain(JsonNode changes) {
        return shared.convertValue(changes, new TypeReference<>() { });
    }

    /** The fact as a client would post it: its published form without what the timeline added. */
    private ObjectNode asPosted(RecordedFact fact) {
        ObjectNode posted = shared.valueToTree(FactDocument.of(fact));
        posted.remove(RECORDED);
        return posted;
    }

    private JsonNode merge(ObjectNode target, ObjectNode patch) {
        JsonValue merged = provider.createMergePatch(jsonp.convertValue(patch, JsonValue.class))
                .apply(jsonp.convertValue(target, JsonValue.class));
        return jsonp.convertValue(merged, JsonNode.class);
    }
}
