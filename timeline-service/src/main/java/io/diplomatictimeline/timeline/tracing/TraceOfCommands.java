package io.diplomatictimeline.timeline.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

/**
 * Writes the trace a command is handled in into the metadata of the events it records, as W3C Trace Context
 * ({@code traceparent}, and {@code tracestate} when there is one): publication copies it into the Kafka record's
 * headers, so the read side's log lines for a fact carry the trace id of the request that recorded it. Axon asks this
 * for every event it records, on the thread that handles the command (the request's, or the group writer's, which
 * takes each fact's trace along: recording package).
 */
@Component
class TraceOfCommands implements CorrelationDataProvider {

    private final Tracer tracer;
    private final Propagator propagator;

    TraceOfCommands(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> headers = new HashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return headers;
    }
}
