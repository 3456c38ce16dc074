package io.diplomatictimeline.projection.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.readmodel.ChangeLog;
import io.diplomatictimeline.projection.readmodel.ChangesCommitted;
import io.diplomatictimeline.projection.timeline.ChangedEntry;
import io.diplomatictimeline.projection.timeline.TimelineChanges;
import io.diplomatictimeline.projection.timeline.TimelineQuery;
import jakarta.servlet.AsyncContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every open stream, fed from the change log by one thread of its own. The consumer only signals that something
 * committed; this thread reads the log, so a stream gets a change only once its transaction has committed, and
 * neither the consumer nor any stream waits for a slow client.
 *
 * <p>Each round, streams are grouped by filters and position: a group reads the changes after its position, up to
 * the last one committed, in one query, and each change is written to a frame once for every stream that gets it.
 * Live streams all sit at the same position, so N streams with the same filters cost one query. A stream whose
 * client lags has no room and is skipped; it falls behind and is fed from the log, in order, once it has room again,
 * as is a client that resumes with Last-Event-ID.
 */
@Component
@EnableConfigurationProperties(StreamProperties.class)
class LiveStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    /** Streams open or about to open: at most projection.stream.max-streams. */
    private final AtomicInteger places = new AtomicInteger();
    private final ChangeLog changeLog;
    private final TimelineChanges changes;
    private final ObjectMapper json;
    private final StreamProperties properties;
    private volatile Thread dispatcher;
    private volatile boolean running;

    LiveStreams(ChangeLog changeLog, TimelineChanges changes, ObjectMapper json, StreamProperties properties,
                MeterRegistry meters) {
        this.changeLog = changeLog;
        this.changes = changes;
        this.json = json;
        this.properties = properties;
        Gauge.builder("projection.live.streams", places, AtomicInteger::get).description("live streams open")
                .register(meters);
    }

    /**
     * A stream lasts as long as its client stays, so it is no request to time: it is left out of
     * http.server.requests, whose timers and count of requests in flight it would only blur. projection_live_streams
     * counts the open ones.
     */
    @Bean
    static ObservationPredicate noRequestObservationOfLiveStreams() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && TimelineStreamController.PATH.equals(request.getCarrier().getRequestURI()));
    }

    /**
     * Takes a place for one more stream, or refuses with 503. Called before anything of the stream's answer is set:
     * once its content type is text/event-stream, a problem could no longer be written.
     */
    void reserve() {
        if (places.incrementAndGet() > properties.maxStreams()) {
            places.decrementAndGet();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "This instance has " + properties.maxStreams() + " live streams open; try again later");
        }
    }

    /** Gives back a place taken by {@link #reserve()} for a stream that did not open. */
    void release() {
        places.decrementAndGet();
    }

    /**
     * Starts a stream, in a place {@link #reserve() reserved} for it, on the request: the changes after
     * {@code position} that match the filters, then live ones. The place is free again when the stream ends.
     */
    void open(AsyncContext async, TimelineQuery filters, long position) throws IOException {
        // No timeout: a stream lasts until the client leaves, which the heartbeat finds out.
        async.setTimeout(0);
        EventStream[] opened = new EventStream[1];
        opened[0] = new EventStream(async, filters, position, () -> {
            streams.remove(opened[0]);
            release();
        });
        streams.add(opened[0]);
        wake();
    }

    @EventListener
    void on(ChangesCommitted committed) {
        wake();
    }

    int open() {
        return streams.size();
    }

    private void wake() {
        Thread thread = dispatcher;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    private void dispatch() {
        long heartbeatNanos = properties.heartbeat().toNanos();
        while (running) {
            LockSupport.parkNanos(properties.pollInterval().toNanos());
            if (streams.isEmpty()) {
                continue;
            }
            gather();
            try {
                if (feedOnce(changeLog.lastPosition())) {
                    wake();
                }
                streams.forEach(stream -> stream.heartbeatIfSilentFor(heartbeatNanos));
            } catch (RuntimeException e) {
                // The database may be away for a moment: the streams keep their positions and are fed when it is back.
                log.warn("Could not feed the live streams: {}", e.toString());
            }
        }
    }

    /**
     * Lets the commits of the next moment go out with this one: a round writes to every stream once, whatever the
     * number of changes. Signals in the meantime are taken here; what they announce is read right after.
     */
    private void gather() {
        long until = System.nanoTime() + properties.gather().toNanos();
        for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** @return true when some group has more to read than one page */
    private boolean feedOnce(long head) {
        Map<Group, List<EventStream>> groups = new HashMap<>();
        for (EventStream stream : streams) {
            if (stream.position() < head && stream.hasRoomFor(properties.queueBytes())) {
                groups.computeIfAbsent(new Group(stream.filters(), stream.position()), group -> new ArrayList<>())
                        .add(stream);
            }
        }
        Map<Long, byte[]> frames = new HashMap<>();
        boolean more = false;
        for (Map.Entry<Group, List<EventStream>> group : groups.entrySet()) {
            List<ChangedEntry> page = changes.after(group.getKey().position(), head, group.getKey().filters(),
                    properties.page());
            long reached = head;
            if (page.size() == properties.page()) {
                reached = page.get(page.size() - 1).position();
                more = true;
            }
            List<byte[]> pageFrames = page.stream()
                    .map(change -> frames.computeIfAbsent(change.position(), position -> frame(change))).toList();
            for (EventStream stream : group.getValue()) {
                stream.send(pageFrames, reached);
            }
        }
        return more;
    }

    /** {@code event:} the change, {@code id:} its log position (the resume token), {@code data:} the entry. */
    private byte[] frame(ChangedEntry change) {
        try {
            return ("event: " + change.change().label() + "\nid: " + change.position() + "\ndata: "
                    + json.writeValueAsString(change.entry()) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an entry could not be written as JSON", e);
        }
    }

    private record Group(TimelineQuery filters, long position) {
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::dispatch, "live-streams");
        thread.setDaemon(true);
        dispatcher = thread;
        thread.start();
    }

    /** Ends every stream before the web server waits for requests to finish (clients reconnect elsewhere). */
    @Override
    public void stop() {
        running = false;
        wake();
        List.copyOf(streams).forEach(EventStream::close);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
