package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.diplomatictimeline.timeline.identity.TimeOrderedIds;
import io.diplomatictimeline.timeline.json.RequestJson;
import io.diplomatictimeline.timeline.limits.LimitsProperties;
import io.diplomatictimeline.timeline.problem.FieldProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads the body of POST /api/events:batch, a JSON array of facts or NDJSON (one fact per line, blank lines
 * ignored), and checks every fact against the rules of its fields exactly as POST /api/events does, item by item:
 * every broken rule of every item is reported, named by the item's index and the field's JSON path.
 */
@Component
class BatchReader {

    private final FactRequestReader facts;
    private final ObjectMapper json;
    /** Reads one element of the array, the parser then standing on the next. */
    private final ObjectReader element;
    private final int maxFacts;

    BatchReader(FactRequestReader facts, RequestJson requestJson, LimitsProperties limits) {
        this.facts = facts;
        this.maxFacts = limits.batch().maxFacts();
        // The same strict rules as for a single fact (plain text, nesting, string lengths), for a document up to the
        // batch's own size limit.
        this.json = requestJson.mapper().copy();
        this.json.getFactory().setStreamReadConstraints(this.json.getFactory().streamReadConstraints().rebuild()
                .maxDocumentLength(limits.batch().maxBodySize().toBytes())
                .build());
        this.element = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    ReadBatch read(byte[] body, boolean ndjson) {
        List<JsonOrProblem> nodes = ndjson ? lines(body) : arrayElements(body);
        if (nodes.isEmpty()) {
            throw invalidBody("must hold at least one fact");
        }
        List<BatchItem> items = new ArrayList<>(nodes.size());
        List<BatchProblem> problems = new ArrayList<>();
        for (int index = 0; index < nodes.size(); index++) {
            JsonOrProblem node = nodes.get(index);
            if (node.problem() != null) {
                problems.add(new BatchProblem(index, node.problem().field(), node.problem().message()));
                continue;
            }
            if (!node.json().isObject()) {
                problems.add(new BatchProblem(index, "body", "must be a JSON object: a fact as POST /api/events takes it"));
                continue;
            }
            try {
                FactRequest request = json.treeToValue(node.json(), FactRequest.class);
                items.add(new BatchItem(index, request.track(), facts.read(request, TimeOrderedIds::next)));
            } catch (JsonProcessingException e) {
                FieldProblem problem = JsonProblems.of(e, "");
                problems.add(new BatchProblem(index, problem.field(), problem.message()));
            } catch (InvalidFactRequestException e) {
                for (FieldProblem problem : e.problems()) {
                    problems.add(new BatchProblem(index, problem.field(), problem.message()));
                }
            }
        }
        return new ReadBatch(items, problems, nodes.size());
    }

    /** A JSON array: a syntax error anywhere leaves no item readable, so it is the body's problem. */
    private List<JsonOrProblem> arrayElements(byte[] body) {
        List<JsonOrProblem> elements = new ArrayList<>();
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw invalidBody("must be a JSON array of facts (or NDJSON, with Content-Type application/x-ndjson)");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                tooMany(elements.size());
                elements.add(new JsonOrProblem(element.readTree(parser), null));
            }
            if (parser.nextToken() != null) {
                throw invalidBody("must hold nothing after the array of facts");
            }
        } catch (JsonProcessingException e) {
            throw invalidBody(JsonProblems.of(e, "").message());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a body already in memory", e);
        }
        return elements;
    }

    /** NDJSON: each line is a document of its own, so a line that is not JSON is only its item's problem. */
    private List<JsonOrProblem> lines(byte[] body) {
        List<JsonOrProblem> lines = new ArrayList<>();
        int start = 0;
        while (start < body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            if (!blank(body, start, end)) {
                tooMany(lines.size());
                lines.add(line(body, start, end - start));
            }
            start = end + 1;
        }
        return lines;
    }

    private JsonOrProblem line(byte[] body, int offset, int length) {
        try {
            return new JsonOrProblem(json.readTree(body, offset, length), null);
        } catch (JsonProcessingException e) {
            return new JsonOrProblem(null, JsonProblems.of(e, ""));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a body already in memory", e);
        }
    }

    private static boolean blank(byte[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void tooMany(int alreadyRead) {
        if (alreadyRead >= maxFacts) {
            throw new BatchRejectedException(HttpStatus.PAYLOAD_TOO_LARGE, "Too many facts",
                    List.of(BatchProblem.ofBody("must hold at most " + maxFacts + " facts")));
        }
    }

    private static BatchRejectedException invalidBody(String message) {
        return new BatchRejectedException(HttpStatus.BAD_REQUEST, "Unreadable batch", List.of(BatchProblem.ofBody(message)));
    }

    private record JsonOrProblem(JsonNode json, FieldProblem problem) {
    }
}
