package io.diplomatictimeline.benchmark.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * The facts the benchmark posts: diplomats-expelled, the type whose rules read no history (the track's aggregate
 * keeps nothing of it but its place in the sequence), with every field a real newsroom fact has but without actors,
 * place or topics, so the projection writes one timeline row and no facet rows for each.
 */
public final class Facts {

    public static final String TYPE = "diplomats-expelled";
    /** The first day facts are dated on; the span ends a century later, well in the past. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1925, 1, 1);
    public static final int SPAN_DAYS = 36_524;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Facts() {
    }

    /** A complete body for POST /api/events; {@code n} only makes the facts differ. */
    public static ObjectNode body(String track, LocalDate occurredOn, long n) {
        ObjectNode fact = JSON.createObjectNode();
        fact.put("type", TYPE);
        fact.put("track", track);
        fact.put("occurredOn", occurredOn.toString());
        fact.put("title", "Diplomats expelled, benchmark fact " + n);
        fact.put("summary", "Made by the benchmark: one side expelled the other's diplomats, and the other answered.");
        ObjectNode source = fact.putArray("sources").addObject();
        source.put("publisher", "Diplomatic Timeline benchmark");
        source.put("publishedOn", "2025-01-01");
        ObjectNode details = fact.putObject("details");
        details.put("expelledBy", n % 2 == 0 ? "US" : "RU");
        details.put("diplomatsOf", n % 2 == 0 ? "RU" : "US");
        details.put("count", 1 + n % 50);
        details.put("mutual", n % 3 == 0);
        return fact;
    }

    public static String json(ObjectNode fact) {
        return fact.toString();
    }

    /** A day in the span, spread pseudo-randomly by {@code n}. */
    public static LocalDate scattered(long n) {
        return FIRST_DAY.plusDays(Math.floorMod(n * 7_919L + 104_729L, SPAN_DAYS));
    }
}
