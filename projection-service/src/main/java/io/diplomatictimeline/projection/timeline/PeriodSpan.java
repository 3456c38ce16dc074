package io.diplomatictimeline.projection.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * How long an entry's period is, in four classes: a day, up to a month, up to a year, longer. A page of entries that
 * overlap a window [from, to] in the order of their start is found through an index on the start, but the start
 * alone does not say where to begin: an entry that started before {@code from} still overlaps when it ends after
 * it. Within one class the longest period is known, so the entries of that class that can overlap start at most
 * that long before {@code from}, and each class is read from there, in order, as far as one page needs. The database
 * computes each entry's class from its period ({@code span_class}, V4), with these same bounds.
 *
 * @param days the longest period of the class, in days from its first day to its last; null for the class of the
 *             longest periods, which has no bound
 */
record PeriodSpan(int spanClass, Integer days) {

    /** The classes, by the most days from first to last: 0 (one day), 31 (a month), 366 (a year), any. */
    static final List<PeriodSpan> CLASSES = List.of(new PeriodSpan(0, 0), new PeriodSpan(1, 31),
            new PeriodSpan(2, 366), new PeriodSpan(3, null));

    /** The earliest start an entry of this class can have and still reach {@code from}; null when there is none. */
    LocalDate earliestStartReaching(LocalDate from) {
        return days == null ? null : from.minusDays(days);
    }
}
