package io.diplomatictimeline.timeline.fact;

import jakarta.validation.constraints.Size;

/** Where a fact happened: a named place (a building, a residence) in a city of a country. */
public record Place(
        @Size(max = 300) String place,
        @Size(max = 200) String city,
        @CountryCode String country) {
}
