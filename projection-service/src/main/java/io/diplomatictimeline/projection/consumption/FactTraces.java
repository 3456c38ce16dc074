package io.diplomatictimeline.projection.consumption;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.stereotype.Component;

/**
 * The trace of the request that recorded a fact, read from its record's W3C {@code traceparent} header (timeline-service
 * puts it there): whatever is logged while a record is taken in carries that request's trace id. A record without
 * one (an older fact, a foreign producer) starts a trace of its own.
 */
@Component
class FactTraces {

    private static final Propagator.Getter<ConsumerRecord<?, ?>> HEADERS = (record, name) -> {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    };

    private final Tracer tracer;
    private final Propagator propagator;

    FactTraces(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    <T> T within(ConsumerRecord<?, ?> record, Supplier<T> work) {
        Span span = propagator.extract(record, HEADERS).kind(Span.Kind.CONSUMER).name("take in fact").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } finally {
            span.end();
        }
    }
}
