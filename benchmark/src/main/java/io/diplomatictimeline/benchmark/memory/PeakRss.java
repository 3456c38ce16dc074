package io.diplomatictimeline.benchmark.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The peak of a process's resident memory (VmRSS in /proc/&lt;pid&gt;/status) while one phase runs, sampled at a fixed
 * period until stopped: VmHWM ({@link PeakMemory}) is the peak since the process started, which a phase cannot be
 * told apart in.
 */
public final class PeakRss {

    private final Path status;
    private final Duration period;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakKb = -1;

    public PeakRss(long pid, Duration period, String name) {
        this.status = Path.of("/proc", String.valueOf(pid), "status");
        this.period = period;
        this.thread = new Thread(this::sample, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            readOnce();
            LockSupport.parkNanos(period.toNanos());
        }
    }

    private void readOnce() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process is not there (or not on this machine): no figure
        }
    }

    /** @return the peak in MiB, or a negative number when the process could never be read */
    public double stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        readOnce();
        return peakKb < 0 ? -1 : peakKb / 1024.0;
    }
}
