package io.diplomatictimeline.timeline.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as publication reads it: each stream asks its reader to look for new facts every poll interval.
 * Axon's pooled processor otherwise looks only every half second when its stream cannot say that facts arrived, and
 * these streams cannot: another instance may have stored them.
 */
final class PolledEventStore implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStore store;
    private final Duration interval;
    private final ScheduledExecutorService ticks;

    PolledEventStore(EventStore store, Duration interval, ScheduledExecutorService ticks) {
        this.store = store;
        this.interval = interval;
        this.ticks = ticks;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new PolledStream(store.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    private final class PolledStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private ScheduledFuture<?> polls;

        private PolledStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        /** The reader is called every interval; it reads the stream on its own thread, as it always does. */
        @Override
        public synchronized boolean setOnAvailableCallback(Runnable callback) {
            if (polls != null) {
                polls.cancel(false);
            }
            long millis = interval.toMillis();
            polls = ticks.scheduleWithFixedDelay(callback, millis, millis, TimeUnit.MILLISECONDS);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public synchronized void close() {
            if (polls != null) {
                polls.cancel(false);
            }
            stream.close();
        }
    }
}
