package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the field of a JSON body that Jackson could not read, and why, in words a client can act on. */
final class JsonProblems {

    static FieldProblem of(JsonMappingException e, String prefix) {
        String field = prefix + path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(field, "is not a known field; known fields are " + unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException invalid) {
            return new FieldProblem(field, "'" + invalid.getValue() + "' " + reason(invalid));
        }
        return new FieldProblem(field, e.getOriginalMessage());
    }

    private static String reason(InvalidFormatException e) {
        String message = e.getOriginalMessage();
        int colon = message.lastIndexOf(": ");
        // Our own deserializers put the rule after the last colon; Jackson's say which type was expected.
        return colon >= 0 ? message.substring(colon + 2) : "is not a valid " + e.getTargetType().getSimpleName();
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private JsonProblems() {
    }
}
