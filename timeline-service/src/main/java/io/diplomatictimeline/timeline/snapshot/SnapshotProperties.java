package io.diplomatictimeline.timeline.snapshot;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often a track's state is snapshotted; see timeline.snapshots.* in application.yml. A track is loaded from
 * its latest snapshot plus the facts after it, on average half of {@code threshold}, however long its history.
 */
@Validated
@ConfigurationProperties("timeline.snapshots")
public record SnapshotProperties(@Min(1) @DefaultValue("100") int threshold) {
}
