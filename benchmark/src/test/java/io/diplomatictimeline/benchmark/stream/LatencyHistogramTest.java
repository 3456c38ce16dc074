package io.diplomatictimeline.benchmark.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void aPercentileIsTheUpperBoundOfItsMillisecondBucket() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int ms = 0; ms < 100; ms++) {
            histogram.record(ms * 1_000_000L + 500_000L);
        }

        assertThat(histogram.count()).isEqualTo(100);
        assertThat(histogram.percentileMs(50)).isEqualTo(50);
        assertThat(histogram.percentileMs(99)).isEqualTo(99);
        assertThat(histogram.percentileMs(100)).isEqualTo(100);
    }

    @Test
    void nothingRecordedHasNoPercentileAndTheLongestWaitsShareTheLastBucket() {
        LatencyHistogram histogram = new LatencyHistogram();
        assertThat(histogram.percentileMs(99)).isEqualTo(-1);

        histogram.record(-5);
        histogram.record(3_600_000_000_000L);

        assertThat(histogram.percentileMs(1)).isEqualTo(1);
        assertThat(histogram.percentileMs(100)).isEqualTo(60_001);
    }
}
