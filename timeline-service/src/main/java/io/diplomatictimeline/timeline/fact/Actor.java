package io.diplomatictimeline.timeline.fact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person or body that took part in a fact, with the office they held at the time. */
public record Actor(
        @NotBlank @Size(max = 200) String name,
        @CountryCode String country,
        @Size(max = 200) String role,
        @Size(max = 300) String office) {
}
