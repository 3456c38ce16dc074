package io.diplomatictimeline.benchmark.driver;

import io.diplomatictimeline.benchmark.cpu.CpuPerUnit;
import io.diplomatictimeline.benchmark.cpu.ProcessCpu;

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
    private long cpuBefore = -1;
    private long cpuAfter = -1;
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
        cpuBefore = cpu.nanos();
    }

    @Override
    public void after() throws Exception {
        countAfter = count == null ? 0 : count.now();
        cpuAfter = cpu.nanos();
    }

    /** @return the CPU over the units counted between the readings */
    CpuPerUnit perCounted() {
        return CpuPerUnit.between(cpuBefore, cpuAfter, countAfter - countBefore);
    }

    /** @return the CPU over units counted elsewhere */
    CpuPerUnit per(long units) {
        return CpuPerUnit.between(cpuBefore, cpuAfter, units);
    }
}
