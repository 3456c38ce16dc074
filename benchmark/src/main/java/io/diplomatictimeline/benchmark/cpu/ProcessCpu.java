package io.diplomatictimeline.benchmark.cpu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time that a set of processes have used since they started, every thread of each (the kernel adds them up in a
 * process's {@code /proc/<pid>/stat}): utime and stime, fields 14 and 15, in clock ticks. Two readings, one before
 * and one after a phase, give what the phase cost those processes, whatever else the machine ran meanwhile.
 */
public final class ProcessCpu {

    /** Linux's value on every common platform; only used when {@code getconf CLK_TCK} cannot be asked. */
    static final long USUAL_TICKS_PER_SECOND = 100;

    private final List<Long> pids;
    private final long ticksPerSecond;

    private ProcessCpu(List<Long> pids, long ticksPerSecond) {
        this.pids = List.copyOf(pids);
        this.ticksPerSecond = ticksPerSecond;
    }

    /** The processes given, with the machine's clock tick. */
    public static ProcessCpu of(List<Long> pids) {
        return new ProcessCpu(pids, clockTicksPerSecond());
    }

    public List<Long> pids() {
        return pids;
    }

    /** @return the CPU time of all the processes together so far, in nanoseconds */
    public long nanos() throws IOException {
        return nanosEach().values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return the CPU time of each process so far, in nanoseconds, in the order the pids were given */
    public Map<Long, Long> nanosEach() throws IOException {
        Map<Long, Long> each = new LinkedHashMap<>();
        for (long pid : pids) {
            long ticks = ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"),
                    StandardCharsets.US_ASCII));
            each.put(pid, ticks * 1_000_000_000L / ticksPerSecond);
        }
        return each;
    }

    /**
     * What a process is, as a share of the CPU is reported: timeline-service, projection-service or a broker, known
     * from its command line; otherwise "process".
     */
    public static String nameOf(long pid) {
        try {
            String command = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"),
                    StandardCharsets.UTF_8);
            for (String name : List.of("timeline-service", "projection-service")) {
                if (command.contains(name)) {
                    return name;
                }
            }
            return command.contains("kafka.Kafka") ? "broker" : "process";
        } catch (IOException e) {
            return "process";
        }
    }

    /**
     * utime + stime of one {@code /proc/<pid>/stat} line. The second field, the command's name in parentheses, may
     * itself hold spaces and parentheses, so the fields are counted from the last closing parenthesis: the state,
     * field 3, is the first after it, which makes utime the 12th and stime the 13th.
     */
    static long ticks(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
        return Long.parseLong(after[11]) + Long.parseLong(after[12]);
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            try (InputStream out = getconf.getInputStream()) {
                String answer = new String(out.readAllBytes(), StandardCharsets.US_ASCII).strip();
                if (getconf.waitFor() == 0 && answer.matches("\\d+")) {
                    return Long.parseLong(answer);
                }
            }
        } catch (IOException e) {
            // no getconf: the usual value
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return USUAL_TICKS_PER_SECOND;
    }
}
