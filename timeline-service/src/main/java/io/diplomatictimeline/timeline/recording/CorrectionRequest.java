package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.timeline.fact.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of POST /api/events/{id}/corrections: {@code changes} is a JSON Merge Patch (RFC 7396) of the fact as
 * posted; {@code reason} says why, {@code source} on whose word (one item of a fact's sources).
 */
public record CorrectionRequest(
        @NotNull JsonNode changes,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull @Valid Source source) {
}
