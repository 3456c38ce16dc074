package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.edtf.InvalidEdtfDateException;
import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.json.RequestJson;
import io.diplomatictimeline.timeline.problem.FieldProblem;
import io.diplomatictimeline.timeline.receipt.FactFingerprint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Checks a posted fact against the rules of its fields (every broken rule at once, each named by its JSON
 * path) and turns it into the command of its type. The rules of history are the aggregate's, not this.
 */
@Component
class FactRequestReader {

    private final Validator validator;
    private final ObjectMapper json;
    private final FactFingerprint fingerprint;

    FactRequestReader(Validator validator, RequestJson json, FactFingerprint fingerprint) {
        this.validator = validator;
        // The details are checked by the same strict rules as the rest of the body (plain text, limits).
        this.json = json.mapper();
        this.fingerprint = fingerprint;
    }

    /** {@code defaultId} gives the fact its id when the body names none. */
    RecordableFact read(FactRequest request, Supplier<UUID> defaultId) {
        List<FieldProblem> problems = new ArrayList<>();
        CheckedFact checked = check(request, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidFactRequestException(problems);
        }
        UUID id = request.id() != null ? request.id() : defaultId.get();
        FactHeader header = request.header(id, checked.occurredOn());
        FactKind<?> type = checked.kind();
        return new RecordableFact(id, checked.occurredOn(), type.commandFor(header, checked.details()),
                fingerprint.of(type.type(), header, checked.details()));
    }

    /**
     * A fact that passed every field rule: its type, date and details. The rules a new fact's fields obey, for
     * a body given whole ({@code prefix} "") or for a fact as a correction leaves it ({@code prefix} "changes.",
     * so that each problem is named where the client can fix it).
     */
    record CheckedFact(FactKind<?> kind, EdtfDate occurredOn, FactDetails details) {
    }

    /** The fact, or null when a rule is broken; every broken rule is added to {@code problems}. */
    CheckedFact check(FactRequest request, String prefix, List<FieldProblem> problems) {
        int before = problems.size();
        violations(request, prefix, problems);
        EdtfDate occurredOn = occurredOn(request.occurredOn(), prefix, problems);
        Optional<FactKind<?>> kind = kind(request.type(), prefix, problems);
        FactDetails details = kind.map(k -> details(request.details(), k, prefix, problems)).orElse(null);
        return problems.size() > before ? null : new CheckedFact(kind.orElseThrow(), occurredOn, details);
    }

    private static EdtfDate occurredOn(String text, String prefix, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null; // already reported as a missing field
        }
        try {
            return EdtfDate.parse(text);
        } catch (InvalidEdtfDateException e) {
            problems.add(new FieldProblem(prefix + "occurredOn", e.getMessage()));
            return null;
        }
    }

    private static Optional<FactKind<?>> kind(String type, String prefix, List<FieldProblem> problems) {
        if (type == null || type.isBlank()) {
            return Optional.empty(); // already reported as a missing field
        }
        Optional<FactKind<?>> kind = FactVocabulary.kind(type);
        if (kind.isEmpty()) {
            problems.add(new FieldProblem(prefix + "type",
                    "unknown type '" + type + "'; known types are " + String.join(", ", FactVocabulary.types())));
        }
        return kind;
    }

    private FactDetails details(JsonNode node, FactKind<?> kind, String prefix, List<FieldProblem> problems) {
        JsonNode given = node == null || node.isNull() ? json.createObjectNode() : node;
        try {
            FactDetails details = json.treeToValue(given, kind.detailsType());
            violations(details, prefix + "details.", problems);
            return details;
        } catch (JsonProcessingException e) {
            problems.add(JsonProblems.of(e, prefix + "details."));
        }
        return null;
    }

    /** Every Bean Validation rule {@code value} breaks, each named by its JSON path under {@code prefix}. */
    void violations(Object value, String prefix, List<FieldProblem> problems) {
        for (ConstraintViolation<Object> violation : validator.validate(value)) {
            problems.add(new FieldProblem(prefix + jsonPath(violation.getPropertyPath()), violation.getMessage()));
        }
    }

    /** actors[0].country rather than the validator's "actors[0].country" with container nodes spelled out. */
    private static String jsonPath(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return out.toString();
    }
}
