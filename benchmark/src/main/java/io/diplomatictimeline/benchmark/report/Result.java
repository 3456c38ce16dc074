package io.diplomatictimeline.benchmark.report;

import java.util.Locale;

/**
 * One figure of the benchmark, printed as {@code RESULT <name> <value> <unit> ceiling=<value or empty>
 * ratio=<value or empty>}, the line issue 6 fixes. The value is a number, or {@code failed} when the figure could
 * not be measured, or {@code absent} when what it measures does not exist in the service under test.
 *
 * <p>For a rate the ratio is value ÷ ceiling; for a latency it is ceiling ÷ value. Either way 1 means "as fast as
 * the ceiling" and less means slower. A cost (CPU per fact, say) is the one kind whose ratio is value ÷ ceiling with
 * lower better: its line ends with {@code better=lower}, so that nobody reads 2.5 as two and a half times as good.
 */
public record Result(String name, String value, String unit, Double ceiling, Double ratio, String note,
                     Better better) {

    public static final String FAILED = "failed";
    public static final String ABSENT = "absent";

    /** Which way a ratio is good: up for rates and latencies (1 is the ceiling), down for costs. */
    public enum Better { HIGHER, LOWER }

    public Result(String name, String value, String unit, Double ceiling, Double ratio, String note) {
        this(name, value, unit, ceiling, ratio, note, Better.HIGHER);
    }

    public static Result of(String name, double value, String unit) {
        return new Result(name, format(value), unit, null, null, null);
    }

    /** A cost against the ceiling's cost for the same work: ratio = value ÷ ceiling, and lower is better. */
    public static Result cost(String name, double value, String unit, Double ceiling) {
        Double ratio = ceiling == null || ceiling <= 0 ? null : value / ceiling;
        return new Result(name, format(value), unit, ceiling, ratio, null, Better.LOWER);
    }

    /** A rate against its ceiling: ratio = value ÷ ceiling. */
    public static Result rate(String name, double value, String unit, Double ceiling) {
        Double ratio = ceiling == null || ceiling <= 0 ? null : value / ceiling;
        return new Result(name, format(value), unit, ceiling, ratio, null);
    }

    /** A latency against its ceiling's latency: ratio = ceiling ÷ value. */
    public static Result latency(String name, double valueMs, Double ceilingMs) {
        Double ratio = ceilingMs == null || valueMs <= 0 ? null : ceilingMs / valueMs;
        return new Result(name, format(valueMs), "ms", ceilingMs, ratio, null);
    }

    public static Result failed(String name, String unit, Double ceiling, String why) {
        return new Result(name, FAILED, unit, ceiling, null, why);
    }

    public static Result absent(String name, String unit, Double ceiling, String why) {
        return new Result(name, ABSENT, unit, ceiling, null, why);
    }

    /** The same figure, said to be a cost (lower is better), for the failed or absent forms of one. */
    public Result lowerIsBetter() {
        return new Result(name, value, unit, ceiling, ratio, note, Better.LOWER);
    }

    public boolean measured() {
        return !FAILED.equals(value) && !ABSENT.equals(value);
    }

    public String line() {
        return "RESULT " + name + " " + value + " " + unit
                + " ceiling=" + (ceiling == null ? "" : format(ceiling))
                + " ratio=" + (ratio == null ? "" : String.format(Locale.ROOT, "%.3f", ratio))
                + (better == Better.LOWER ? " better=lower" : "");
    }

    /** Three significant digits at least, never scientific notation. */
    static String format(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (value >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
