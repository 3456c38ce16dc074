package io.diplomatictimeline.timeline.outcomes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Facts accepted (stored) and refused, by type and reason: {@code timeline_facts_accepted_total{type}} and
 * {@code timeline_facts_refused_total{type,reason}}. The type is the vocabulary's, {@code fact-corrected} or
 * {@code fact-retracted}, or {@code unknown} when the request was refused before its fact was read (or named no known
 * type), so the series stay few.
 */
@Component
public class FactOutcomes {

    /** The request attribute that names the type of the fact a write carried, once its body was read. */
    private static final String TYPE = FactOutcomes.class.getName() + ".type";
    static final String UNKNOWN = "unknown";

    private final MeterRegistry registry;

    FactOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Called once a write's body is read and its fact's type known (one of the vocabulary, or a change's). */
    public static void carries(HttpServletRequest request, String type) {
        request.setAttribute(TYPE, type);
    }

    void accepted(String type) {
        Counter.builder("timeline.facts.accepted")
                .description("Facts (and changes of facts) stored, by type")
                .tag("type", type)
                .register(registry)
                .increment();
    }

    void refused(HttpServletRequest request, String reason) {
        Object type = request.getAttribute(TYPE);
        Counter.builder("timeline.facts.refused")
                .description("Writes refused, by the type of their fact and the reason")
                .tag("type", type instanceof String known ? known : UNKNOWN)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
