package io.diplomatictimeline.benchmark.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void readsUserAndSystemTimeFromFields14And15() {
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 52125 0 12 0 1234 567 0 0 20 0 45 0 1995 "
                + "4123456789 98765 18446744073709551615 1 1 0 0 0 0 0 2 16800975 0 0 0 17 1 0 0 0 0 0";

        assertThat(ProcessCpu.ticks(stat)).isEqualTo(1234 + 567);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "77 (Kafka (main) x) R 1 77 77 0 -1 4194560 10 0 0 0 300 45 0 0 20 0 60 0 10 1 2 3";

        assertThat(ProcessCpu.ticks(stat)).isEqualTo(345);
    }

    @Test
    void readsThisProcessWhichHasUsedSomeCpu() throws Exception {
        ProcessCpu own = ProcessCpu.of(List.of(ProcessHandle.current().pid()));

        assertThat(own.nanos()).isPositive();
    }

    @Test
    void eachProcessIsReadOnItsOwnAndNamedByWhatItRuns() throws Exception {
        long pid = ProcessHandle.current().pid();
        ProcessCpu own = ProcessCpu.of(List.of(pid));

        assertThat(own.nanosEach()).containsOnlyKeys(pid);
        assertThat(own.nanosEach().get(pid)).isPositive();
        // This test's JVM is neither service nor a broker.
        assertThat(ProcessCpu.nameOf(pid)).isEqualTo("process");
    }

    @Test
    void cpuPerUnitIsMicrosecondsOfTheDifferenceOverTheUnits() {
        CpuPerUnit spent = CpuPerUnit.between(1_000_000_000L, 3_000_000_000L, 4_000);

        assertThat(spent.microsPerUnit()).isEqualTo(500.0);
        assertThat(spent.measured()).isTrue();
        assertThat(CpuPerUnit.between(0, 10, 0).measured()).isFalse();
    }
}
