package io.diplomatictimeline.benchmark.cpu;

import java.lang.management.ManagementFactory;

/**
 * The driver's own CPU time, every thread of its JVM: what the JDBC ceilings cost, since their H2 database runs
 * embedded, in this process. The JVM reads it at nanosecond resolution where /proc/self/stat has clock ticks.
 */
public final class OwnCpu {

    private OwnCpu() {
    }

    /** @return CPU nanoseconds this process has used so far, or -1 where the JVM cannot say */
    public static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
