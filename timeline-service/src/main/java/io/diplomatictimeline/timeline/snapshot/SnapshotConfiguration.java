package io.diplomatictimeline.timeline.snapshot;

import io.diplomatictimeline.timeline.track.Track;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Snapshots of tracks, so that recording a fact on a track of a million facts costs what it costs on a short one:
 * every {@code timeline.snapshots.threshold} facts, the track's state is stored in SnapshotEventEntry (the same
 * database as the events, written with {@link SnapshotJson}, see the eventstore package), and a track is loaded from
 * its latest snapshot plus the facts after it.
 * <p>
 * A track that stays in the cache ({@link TrackCacheConfiguration}) is not loaded at all; snapshots serve the tracks
 * that left it, and every instance's first load.
 */
@Configuration
@EnableConfigurationProperties(SnapshotProperties.class)
class SnapshotConfiguration {

    /** Counts the facts read and recorded since a track was loaded; past the threshold, a snapshot is taken. */
    @Bean
    SnapshotTriggerDefinition trackSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.threshold());
    }

    /** A snapshot of an older revision of the track's state is ignored: the track is rebuilt from its facts. */
    @Bean
    SnapshotFilter trackSnapshotFilter() {
        String type = Track.class.getName();
        String revision = new AnnotationRevisionResolver().revisionOf(Track.class);
        return snapshot -> !type.equals(snapshot.getPayload().getType().getName())
                || Objects.equals(revision, snapshot.getPayload().getType().getRevision());
    }

    /**
     * Snapshots are taken after the fact that triggered them is committed, on their own thread, so no request waits
     * for one. Axon takes one snapshot per track at a time; a full queue makes the committing thread take it itself
     * rather than drop it.
     */
    @Bean(destroyMethod = "shutdown")
    ExecutorService snapshotExecutor() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(10_000),
                new CustomizableThreadFactory("track-snapshots-"), new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Axon's own snapshotter, as its auto-configuration makes it, with the executor above. */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                    HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    SnapshotterSpanFactory spanFactory,
                                                    ExecutorService snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotExecutor)
                .build();
    }
}
