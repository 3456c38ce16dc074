package io.diplomatictimeline.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultTest {

    @Test
    void aRateIsPrintedWithItsCeilingAndValueOverCeiling() {
        assertThat(Result.rate("ingest_single", 1234.4, "facts/s", 5000.0).line())
                .isEqualTo("RESULT ingest_single 1234 facts/s ceiling=5000 ratio=0.247");
    }

    @Test
    void aLatencyIsPrintedWithCeilingOverValue() {
        assertThat(Result.latency("query_p99_ms", 12.5, 2.5).line())
                .isEqualTo("RESULT query_p99_ms 12.50 ms ceiling=2.50 ratio=0.200");
    }

    @Test
    void aFigureWithoutCeilingLeavesBothEmpty() {
        assertThat(Result.of("freshness_p99_ms", 0.75, "ms").line())
                .isEqualTo("RESULT freshness_p99_ms 0.750 ms ceiling= ratio=");
    }

    @Test
    void aFailedOrAbsentFigureKeepsItsCeilingButHasNoRatio() {
        assertThat(Result.absent("ingest_bulk", "facts/s", 30000.0, "404").line())
                .isEqualTo("RESULT ingest_bulk absent facts/s ceiling=30000 ratio=");
        assertThat(Result.failed("rebuild_rate", "events/s", null, "stuck").line())
                .isEqualTo("RESULT rebuild_rate failed events/s ceiling= ratio=");
        assertThat(Result.failed("rebuild_rate", "events/s", null, "stuck").measured()).isFalse();
    }

    @Test
    void aCostIsValueOverCeilingAndSaysLowerIsBetter() {
        assertThat(Result.cost("cpu_per_fact_bulk_us", 250.0, "us", 100.0).line())
                .isEqualTo("RESULT cpu_per_fact_bulk_us 250 us ceiling=100 ratio=2.500 better=lower");
        assertThat(Result.failed("cpu_per_fact_single_us", "us", 40.0, "none").lowerIsBetter().line())
                .isEqualTo("RESULT cpu_per_fact_single_us failed us ceiling=40.00 ratio= better=lower");
    }
}
