package io.diplomatictimeline.benchmark.query;

import io.diplomatictimeline.benchmark.facts.DataPlan;
import io.diplomatictimeline.benchmark.facts.Facts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The queries of query_rate: pages of 50 of the deep track (the one holding most of the entries) in date windows
 * placed at random over its span, each window wide enough to hold a full page.
 */
public final class TimelineQueries {

    private TimelineQueries() {
    }

    public static List<String> paths(String path, DataPlan plan, int count) {
        SplittableRandom random = new SplittableRandom(42);
        int width = plan.windowDays();
        List<String> paths = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate from = Facts.FIRST_DAY.plusDays(random.nextInt(Math.max(1, Facts.SPAN_DAYS - width)));
            LocalDate to = from.plusDays(width);
            paths.add(path + "?track=" + DataPlan.DEEP_TRACK + "&from=" + from + "&to=" + to + "&limit=50");
        }
        return paths;
    }
}
