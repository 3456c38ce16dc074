package io.diplomatictimeline.projection.web;

/** What is wrong with one request parameter; listed under {@code errors} in a 400 problem. */
public record ParameterError(String field, String message) {

    @Override
    public String toString() {
        return field + " " + message;
    }
}
