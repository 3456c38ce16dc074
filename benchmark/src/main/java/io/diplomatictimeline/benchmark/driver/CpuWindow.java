package io.diplomatictimeline.benchmark.driver;

import io.diplomatictimeline.benchmark.cpu.CpuPerUnit;
import io.diplomatictimeline.benchmark.cpu.ProcessCpu;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Readings of some processes' CPU time (and, when given, of a count of work done) at the start and the end of one
 * measurement. The count is read first: for the stack it is the read model's facts, and reading it waits for the
 * projection to catch up, so that the CPU reading after it includes the projection's work for the phase.
 */
final class CpuWindow implements Bracket {

    interface Count {
        long now() throws Exception;
    }

    private final ProcessCpu cpu;
    private final Count count;
    private Map<Long, Long> cpuBefore = Map.of();
    private Map<Long, Long> cpuAfter = Map.of();
    private long countBefore;
    private long countAfter;

    /** @param count null when the units are known otherwise (wrk's answered requests, say) */
    CpuWindow(ProcessCpu cpu, Count count) {
        this.cpu = cpu;
        this.count = count;
    }

    @Override
    public void before() throws Exception {
        countBefore = count == null ? 0 : count.now();
        cpuBefore = cpu.nanosEach();
    }

    @Override
    public void after() throws Exception {
        countAfter = count == null ? 0 : count.now();
        cpuAfter = cpu.nanosEach();
    }

    /** @return the CPU over the units counted between the readings */
    CpuPerUnit perCounted() {
        return per(countAfter - countBefore);
    }

    /** @return the CPU over units counted elsewhere */
    CpuPerUnit per(long units) {
        return CpuPerUnit.between(total(cpuBefore), total(cpuAfter), units);
    }

    /**
     * Where the CPU went, process by process, per unit counted between the readings: "timeline-service (pid 12)
     * 310.0 µs, ...". A missed cost target is first split this way, then by each JVM's profile.
     */
    String splitPerCounted() {
        long units = countAfter - countBefore;
        return cpuAfter.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s (pid %d) %.1f µs", ProcessCpu.nameOf(e.getKey()), e.getKey(),
                        units <= 0 ? Double.NaN : (e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L)) / 1e3 / units))
                .collect(Collectors.joining(", "));
    }

    private static long total(Map<Long, Long> nanos) {
        return nanos.isEmpty() ? -1 : nanos.values().stream().mapToLong(Long::longValue).sum();
    }
}
