package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.diplomatictimeline.timeline.problem.FieldProblem;
import java.util.ArrayDeque;
import java.util.Deque;

/** Names the field of a JSON body that Jackson could not read, and why, in words a client can act on. */
final class JsonProblems {

    static FieldProblem of(JsonProcessingException e, String prefix) {
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            // A parser error met while binding a field: the binding knows the field best.
            return new FieldProblem(field(prefix, path(mapping)), parserError(cause));
        }
        if (e instanceof JsonMappingException mapping) {
            return mapping(mapping, prefix);
        }
        boolean syntax = e instanceof JsonParseException && !(e instanceof InputCoercionException);
        // A syntax error is the body's: the parser's position in a broken document names no field reliably.
        return new FieldProblem(syntax ? "body" : field(prefix, parserPath(e)), parserError(e));
    }

    private static String parserError(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException limit) {
            return limitBroken(limit);
        }
        if (e instanceof InputCoercionException) {
            return "is out of range: " + e.getOriginalMessage();
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String what = e instanceof JsonParseException ? "is not well-formed JSON: " : "cannot be read: ";
        return what + e.getOriginalMessage() + where;
    }

    /** Jackson names the setting that was broken; a client needs the rule and the numbers only. */
    private static String limitBroken(StreamConstraintsException e) {
        return "breaks a limit of request bodies: " + e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
    }

    private static FieldProblem mapping(JsonMappingException e, String prefix) {
        String field = field(prefix, path(e));
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(field, "is not a known field; known fields are " + unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException invalid) {
            // A rejected string is not echoed back: it may be long, or full of the characters that got it rejected.
            return new FieldProblem(field, invalid.getTargetType() == String.class ? reason(invalid)
                    : "'" + invalid.getValue() + "' " + reason(invalid));
        }
        return new FieldProblem(field, e.getOriginalMessage());
    }

    private static String field(String prefix, String path) {
        String field = prefix + path;
        if (field.endsWith(".")) {
            field = field.substring(0, field.length() - 1);
        }
        return field.isEmpty() ? "body" : field;
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

    /** Where the parser stood when it failed, for errors raised below data binding (limits, number range). */
    private static String parserPath(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inArray()) {
                steps.push("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                steps.push("." + context.getCurrentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private JsonProblems() {
    }
}
