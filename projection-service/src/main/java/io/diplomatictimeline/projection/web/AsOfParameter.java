package io.diplomatictimeline.projection.web;

import io.diplomatictimeline.projection.readmodel.AsOf;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code asOf} query parameter: an ISO-8601 instant with its offset ({@code 2025-04-10T12:00:00Z}), at which
 * the answer is given as the read models knew it then. Left out, the answer is the current knowledge.
 */
public final class AsOfParameter {

    public static final String NAME = "asOf";

    private AsOfParameter() {
    }

    /** Adds an error naming {@code asOf} when it is given and is not an instant. */
    public static AsOf parse(String text, List<ParameterError> errors) {
        if (text == null) {
            return AsOf.now();
        }
        try {
            return AsOf.at(Instants.parse(text.strip()));
        } catch (DateTimeParseException notAnInstant) {
            errors.add(new ParameterError(NAME, "must be an ISO-8601 instant with its offset, such as"
                    + " 2025-04-10T12:00:00Z, was '" + text + "'"));
            return AsOf.now();
        }
    }

    /** For a request whose only parameter is {@code asOf}: a 400 problem naming it when it is not an instant. */
    public static AsOf parse(String text) {
        List<ParameterError> errors = new ArrayList<>();
        AsOf asOf = parse(text, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return asOf;
    }
}
