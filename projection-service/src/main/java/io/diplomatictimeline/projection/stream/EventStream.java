package io.diplomatictimeline.projection.stream;

import io.diplomatictimeline.projection.timeline.TimelineQuery;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One client's open stream. Frames wait in a queue and are written with the Servlet API's non-blocking output: a
 * write happens only while the connection can take it, and the container calls back when it can again. No thread
 * ever waits for a slow client, and what waits for it is bounded (its queue is given nothing more once full).
 *
 * <p>Frames come from the dispatcher's thread and write-possible signals from the container's: whichever comes while
 * the other is writing leaves a note ({@code pending}) that the writer reads before it lets go, so none is lost and no
 * two threads write at once.
 */
final class EventStream implements WriteListener, AsyncListener {

    private static final byte[] CONNECTED = ": connected\n\n".getBytes();
    private static final byte[] HEARTBEAT = ":\n\n".getBytes();

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final TimelineQuery filters;
    private final Runnable onClose;
    private final Queue<byte[]> frames = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    /** Held while the response's output is used, and to end it: see {@link #close()}. */
    private final ReentrantLock output = new ReentrantLock();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean closed;
    private boolean unflushed;
    /** The log position of the last change given to this stream; read and written by the dispatcher only. */
    private long position;
    private volatile long lastQueuedNanos = System.nanoTime();

    EventStream(AsyncContext async, TimelineQuery filters, long position, Runnable onClose) throws IOException {
        this.async = async;
        this.out = async.getResponse().getOutputStream();
        this.filters = filters;
        this.position = position;
        this.onClose = onClose;
        frames.add(CONNECTED);
        async.addListener(this);
        out.setWriteListener(this);
    }

    TimelineQuery filters() {
        return filters;
    }

    long position() {
        return position;
    }

    boolean hasRoomFor(int limit) {
        return queuedBytes.get() < limit;
    }

    /** Queues the frames of the changes up to {@code reached}, and writes what the connection takes now. */
    void send(List<byte[]> changeFrames, long reached) {
        position = reached;
        for (byte[] frame : changeFrames) {
            queue(frame);
        }
        write();
    }

    /** A comment, when nothing was queued for that long. */
    void heartbeatIfSilentFor(long nanos) {
        if (System.nanoTime() - lastQueuedNanos >= nanos) {
            queue(HEARTBEAT);
            write();
        }
    }

    private void queue(byte[] frame) {
        queuedBytes.addAndGet(frame.length);
        frames.add(frame);
        lastQueuedNanos = System.nanoTime();
    }

    @Override
    public void onWritePossible() {
        write();
    }

    private void write() {
        pending.set(true);
        while (pending.get() && output.tryLock()) {
            try {
                if (closed) {
                    return;
                }
                pending.set(false);
                writeWhileReady();
            } catch (IOException | IllegalStateException gone) {
                close();
            } finally {
                output.unlock();
            }
        }
    }

    private void writeWhileReady() throws IOException {
        while (out.isReady()) {
            byte[] frame = frames.poll();
            if (frame == null) {
                if (!unflushed) {
                    return;
                }
                // Whatever the container buffered goes out now; if it cannot all go, isReady() says so.
                unflushed = false;
                out.flush();
            } else {
                queuedBytes.addAndGet(-frame.length);
                out.write(frame);
                unflushed = true;
            }
        }
    }

    @Override
    public void onError(Throwable error) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        close();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
    }

    /** Ends the response (the client may reconnect with Last-Event-ID) and forgets the stream. */
    void close() {
        // Waits for a write in progress on another thread, and no write starts after: once the response has ended,
        // the container recycles its objects for another request, which a late write would answer in its place.
        output.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            frames.clear();
            onClose.run();
            try {
                async.complete();
            } catch (IllegalStateException alreadyOver) {
                // the container ended it first (the client went away)
            }
        } finally {
            output.unlock();
        }
    }
}
