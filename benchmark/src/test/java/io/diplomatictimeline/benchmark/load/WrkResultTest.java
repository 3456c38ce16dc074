package io.diplomatictimeline.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WrkResultTest {

    @Test
    void readsTheLineTheGeneratedScriptWrites() {
        WrkResult result = WrkResult.parse("WRK_RESULT requests=3000 duration_us=3000000 status=30 connect=0 read=1 "
                + "write=0 timeout=2 p50_us=4150 p99_us=39100");

        assertThat(result.successRate()).isCloseTo(990.0, within(0.001));
        assertThat(result.successes()).isEqualTo(2970);
        assertThat(result.socketErrors()).isEqualTo(3);
        assertThat(result.clean()).isFalse();
        assertThat(result.p50Ms()).isCloseTo(4.15, within(0.001));
        assertThat(result.p99Ms()).isCloseTo(39.1, within(0.001));
    }
}
