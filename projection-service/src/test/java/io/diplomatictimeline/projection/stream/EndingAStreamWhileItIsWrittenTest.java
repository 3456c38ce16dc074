package io.diplomatictimeline.projection.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.diplomatictimeline.projection.timeline.TimelineQuery;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A stream the client leaves while a frame is being written to it, on another thread. Once the response has ended,
 * the web server recycles its objects for the next request: a write after that would answer someone else.
 */
class EndingAStreamWhileItIsWrittenTest {

    private final Response response = new Response();
    private final AtomicInteger closes = new AtomicInteger();

    @Test
    void theStreamEndsOnlyOnceTheWriteInProgressIsDoneAndNothingIsWrittenAfter() throws Exception {
        EventStream stream = new EventStream(response.async(), TimelineQuery.everything(), 0,
                closes::incrementAndGet);
        response.holdNextWrite();
        Thread writer = new Thread(() -> stream.send(List.of(frame("first")), 1), "dispatcher");
        writer.start();
        assertThat(response.writeHeld.await(10, TimeUnit.SECONDS)).isTrue();

        // The container learns that the client left, and ends the stream on a thread of its own.
        Thread container = new Thread(stream::close, "container");
        container.start();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> container.getState() == Thread.State.WAITING || !container.isAlive());
        assertThat(response.completed).as("ended while a frame was being written").isFalse();

        response.releaseWrite.countDown();
        writer.join(10_000);
        container.join(10_000);
        assertThat(response.completed).isTrue();
        assertThat(closes).hasValue(1);
        assertThat(response.writesAfterComplete).hasValue(0);

        stream.send(List.of(frame("too late")), 2);
        stream.onWritePossible();
        assertThat(response.writesAfterComplete).hasValue(0);
        assertThat(response.written()).doesNotContain("too late");
    }

    private static byte[] frame(String text) {
        return ("data: " + text + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The response of one stream, as the web server gives it: writes are counted once it has ended. */
    private static final class Response extends ServletOutputStream {

        final CountDownLatch writeHeld = new CountDownLatch(1);
        final CountDownLatch releaseWrite = new CountDownLatch(1);
        final AtomicInteger writesAfterComplete = new AtomicInteger();
        volatile boolean completed;
        private volatile boolean holdNext;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void holdNextWrite() {
            holdNext = true;
        }

        synchronized String written() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        AsyncContext async() {
            ServletResponse servletResponse = (ServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getOutputStream" -> this;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            return (AsyncContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {AsyncContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getResponse" -> servletResponse;
                        case "addListener" -> null;
                        case "complete" -> {
                            completed = true;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] frame, int offset, int length) {
            if (holdNext) {
                holdNext = false;
                writeHeld.countDown();
                try {
                    releaseWrite.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (this) {
                bytes.write(frame, offset, length);
            }
            // Checked once the bytes are out: a write begun before the end and finished after counts too.
            if (completed) {
                writesAfterComplete.incrementAndGet();
            }
        }

        @Override
        public void flush() {
            if (completed) {
                writesAfterComplete.incrementAndGet();
            }
        }
    }
}
