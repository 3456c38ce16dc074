package io.diplomatictimeline.timeline.snapshot;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many tracks stay loaded between commands, and whether a cached track is checked against the event store first
 * (when other instances write it); see {@link TrackCacheConfiguration}.
 */
@Validated
@ConfigurationProperties("timeline.track-cache")
public record TrackCacheProperties(@Min(1) @DefaultValue("4096") int entries,
                                   @DefaultValue("false") boolean checkStore) {
}
