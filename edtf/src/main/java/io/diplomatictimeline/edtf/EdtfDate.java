package io.diplomatictimeline.edtf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a fact happened, in the subset of EDTF (ISO 8601-2) that news reports need: a year, a month or a
 * day, each optionally approximate ({@code ~}) or uncertain ({@code ?}), or an interval {@code A/B} of two
 * such dates. Every date covers a period of days, from {@link #earliest()} to {@link #latest()}, which is
 * what ordering and overlap are decided on.
 */
public final class EdtfDate {

    private final EdtfPoint start;
    private final EdtfPoint end;
    /** Written once: every fact's date is written to several JSON documents and rows. */
    private final String text;

    private EdtfDate(EdtfPoint start, EdtfPoint end) {
        this.start = start;
        this.end = end;
        this.text = isInterval() ? start + "/" + end : start.toString();
    }

    /**
     * Reads an EDTF date such as {@code 2025-04-10}, {@code 2025-02~}, {@code 2016/2018} or
     * {@code 2015~/2025}.
     *
     * @throws InvalidEdtfDateException naming what is wrong with the text
     */
    public static EdtfDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidEdtfDateException("must not be empty");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            EdtfPoint point = EdtfPoint.parse(text);
            return new EdtfDate(point, point);
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            throw new InvalidEdtfDateException("an interval has exactly one '/', as in 2016/2018");
        }
        EdtfPoint start = EdtfPoint.parse(text.substring(0, slash));
        EdtfPoint end = EdtfPoint.parse(text.substring(slash + 1));
        if (start.earliest().isAfter(end.latest())) {
            throw new InvalidEdtfDateException(
                    "the interval starts (" + start + ") after it ends (" + end + ")");
        }
        return new EdtfDate(start, end);
    }

    /** The first day this date may refer to. */
    public LocalDate earliest() {
        return start.earliest();
    }

    /** The last day this date may refer to. */
    public LocalDate latest() {
        return end.latest();
    }

    public boolean isInterval() {
        return start != end;
    }

    /** The date itself, or an interval's first end. */
    public EdtfPoint start() {
        return start;
    }

    /** The date itself, or an interval's last end. */
    public EdtfPoint end() {
        return end;
    }

    /** True for one date that is neither approximate nor uncertain: its text says all a reader needs. */
    public boolean isExact() {
        return !isInterval() && start.qualifier() == EdtfPoint.Qualifier.NONE;
    }

    /**
     * The date as people read it, in English: "27 February 2025", "February 2025?", "about 2015 – about 2025". The
     * one place it is worded, for the page and the exports alike.
     */
    public String readable() {
        return isInterval() ? start.readable() + " – " + end.readable() : start.readable();
    }

    /** True when every day of this period lies before every day of the other: certainly earlier. */
    public boolean isCertainlyBefore(EdtfDate other) {
        return latest().isBefore(other.earliest());
    }

    /** True when the two periods share at least one day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !latest().isBefore(from) && !earliest().isAfter(to);
    }

    /** The canonical EDTF text, which {@link #parse(String)} reads back to an equal date. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EdtfDate date && start.equals(date.start) && end.equals(date.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }
}
