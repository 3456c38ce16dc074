package io.diplomatictimeline.benchmark.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataPlanTest {

    private final DataPlan plan = new DataPlan(10, 500, 1490, 1000);

    @Test
    void visitsEveryFactOnceWithEachTracksSequenceFromOne() throws Exception {
        List<DataPlan.Planned> facts = new ArrayList<>();
        plan.forEach(facts::add);

        assertThat(facts).hasSize(2000);
        assertThat(facts).extracting(DataPlan.Planned::n).doesNotHaveDuplicates();
        Map<String, Long> last = new HashMap<>();
        for (DataPlan.Planned fact : facts) {
            assertThat(fact.sequence()).isEqualTo(last.getOrDefault(fact.track(), 0L) + 1);
            last.put(fact.track(), fact.sequence());
            assertThat(fact.occurredOn()).isBetween(Facts.FIRST_DAY, LocalDate.of(2024, 12, 31));
        }
        assertThat(last.get(DataPlan.DEEP_TRACK)).isEqualTo(500);
        assertThat(last.get(DataPlan.SHALLOW_TRACK)).isEqualTo(10);
    }

    @Test
    void interleavesTheDeepTrackWithTheOthers() throws Exception {
        List<String> tracks = new ArrayList<>();
        plan.forEach(fact -> tracks.add(fact.track()));

        // After the shallow track, the deep track's 500 facts are spread over the remaining 1990.
        List<String> firstHundred = tracks.subList(10, 110);
        assertThat(firstHundred.stream().filter(DataPlan.DEEP_TRACK::equals).count()).isBetween(20L, 30L);
    }

    @Test
    void aQueryWindowHoldsAFullPageOfTheDeepTrack() {
        DataPlan million = new DataPlan(10_000, 1_000_000, 0, 1000);

        assertThat(million.windowDays() * 1_000_000.0 / Facts.SPAN_DAYS).isGreaterThanOrEqualTo(50);
        assertThat(plan.windowDays() * 500.0 / Facts.SPAN_DAYS).isGreaterThanOrEqualTo(50);
    }
}
