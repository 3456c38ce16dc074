package io.diplomatictimeline.benchmark.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * rss_timeline_mb and rss_projection_mb: the peak resident memory of a service's JVM, VmHWM in
 * /proc/&lt;pid&gt;/status (the kernel's own high-water mark), read every second through the whole run so the last
 * value read survives the process.
 */
public final class PeakMemory implements AutoCloseable {

    private final long pid;
    private final ScheduledExecutorService sampler;
    private volatile long peakKb = -1;

    public PeakMemory(long pid) {
        this.pid = pid;
        this.sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rss-" + pid);
            thread.setDaemon(true);
            return thread;
        });
        if (pid > 0) {
            sampler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
        }
    }

    /** @return megabytes (MiB), or a negative number when the process could never be read */
    public double peakMb() {
        sample();
        return peakKb < 0 ? -1 : peakKb / 1024.0;
    }

    private synchronized void sample() {
        if (pid <= 0) {
            return;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    peakKb = Math.max(peakKb, kb);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process is gone: keep the last peak read.
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
