package io.diplomatictimeline.benchmark.cpu;

/**
 * CPU time spent on some units of work (facts that reached the read model, rows inserted, requests answered), as
 * microseconds per unit: the figures cpu_per_fact_bulk_us and cpu_per_fact_single_us and their ceilings.
 *
 * @param cpuNanos what the processes used between the two readings
 * @param units    the work they did in that time
 */
public record CpuPerUnit(long cpuNanos, long units) {

    /** Between two readings of the same processes. */
    public static CpuPerUnit between(long cpuNanosBefore, long cpuNanosAfter, long units) {
        return new CpuPerUnit(cpuNanosAfter - cpuNanosBefore, units);
    }

    public boolean measured() {
        return units > 0 && cpuNanos >= 0;
    }

    /** @return microseconds of CPU per unit; NaN when no unit was done */
    public double microsPerUnit() {
        return units <= 0 ? Double.NaN : cpuNanos / 1e3 / units;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f s of CPU over %d (%.1f µs each)", cpuNanos / 1e9, units,
                microsPerUnit());
    }
}
