package io.diplomatictimeline.benchmark.facts;

import io.diplomatictimeline.benchmark.driver.Settings;
import java.time.LocalDate;

/**
 * Which facts are loaded before the measurements, in loading order: the shallow track, then the deep track (dated
 * evenly over the span, so that a date window of a fixed width holds a page of entries anywhere) among the filler
 * facts over many tracks that bring the timeline to its size. The JDBC ceilings insert the rows of exactly these facts.
 */
public record DataPlan(int shallowFacts, int deepFacts, int fillerFacts, int fillerTracks) {

    public static final String DEEP_TRACK = "bench-deep";
    public static final String SHALLOW_TRACK = "bench-shallow";

    public static DataPlan of(Settings settings) {
        return new DataPlan(settings.shallowFacts(), settings.deepFacts(), settings.fillerFacts(), 1_000);
    }

    public int total() {
        return shallowFacts + deepFacts + fillerFacts;
    }

    /** One planned fact; {@code sequence} is its place on its track, from 1. */
    public record Planned(long n, String track, long sequence, LocalDate occurredOn) {
    }

    public interface Visitor {
        void visit(Planned fact) throws Exception;
    }

    public void forEach(Visitor visitor) throws Exception {
        long n = 0;
        for (int i = 0; i < shallowFacts; i++) {
            visitor.visit(new Planned(n++, SHALLOW_TRACK, i + 1, Facts.scattered(n)));
        }
        // The deep track's facts interleaved with the others, in proportion: one track's facts are recorded one at
        // a time, so loading through single POSTs keeps the other clients busy meanwhile.
        long rest = (long) deepFacts + fillerFacts;
        int deep = 0;
        int filler = 0;
        for (long i = 0; i < rest; i++) {
            if (deep < deepFacts && (filler >= fillerFacts || (long) deep * rest <= i * deepFacts)) {
                visitor.visit(new Planned(n++, DEEP_TRACK, deep + 1, deepDay(deep)));
                deep++;
            } else {
                visitor.visit(new Planned(n++, fillerTrack(filler % fillerTracks), filler / fillerTracks + 1,
                        Facts.scattered(n)));
                filler++;
            }
        }
    }

    /** How many days a query window spans so that it holds about 75 entries of the deep track: a full page of 50. */
    public int windowDays() {
        return (int) Math.max(1, Math.ceil(75.0 * Facts.SPAN_DAYS / Math.max(1, deepFacts)));
    }

    private LocalDate deepDay(int i) {
        return Facts.FIRST_DAY.plusDays((long) i * Facts.SPAN_DAYS / deepFacts);
    }

    static String fillerTrack(int i) {
        return String.format("bench-filler-%04d", i);
    }
}
