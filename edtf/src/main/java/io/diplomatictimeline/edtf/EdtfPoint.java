package io.diplomatictimeline.edtf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One end of an {@link EdtfDate}: a year, month or day, possibly qualified as approximate or uncertain. A year's
 * month and day are 1, a month's day is 1.
 */
public record EdtfPoint(int year, int month, int day, Precision precision, Qualifier qualifier) {

    public enum Precision { YEAR, MONTH, DAY }

    public enum Qualifier {
        NONE(""), APPROXIMATE("~"), UNCERTAIN("?");

        final String symbol;

        Qualifier(String symbol) {
            this.symbol = symbol;
        }
    }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([~?])?");

    static EdtfPoint parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidEdtfDateException("'" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD"
                    + " (optionally followed by ~ or ?), nor an interval of two of them such as 2016/2018");
        }
        int year = Integer.parseInt(matcher.group(1));
        Qualifier qualifier = qualifier(matcher.group(4));
        if (matcher.group(2) == null) {
            return new EdtfPoint(year, 1, 1, Precision.YEAR, qualifier);
        }
        int month = Integer.parseInt(matcher.group(2));
        if (matcher.group(3) == null) {
            try {
                YearMonth.of(year, month);
            } catch (DateTimeException e) {
                throw new InvalidEdtfDateException("'" + text + "' has no month " + matcher.group(2));
            }
            return new EdtfPoint(year, month, 1, Precision.MONTH, qualifier);
        }
        int day = Integer.parseInt(matcher.group(3));
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidEdtfDateException("'" + text + "' is not a calendar date");
        }
        return new EdtfPoint(year, month, day, Precision.DAY, qualifier);
    }

    private static Qualifier qualifier(String symbol) {
        if (symbol == null) {
            return Qualifier.NONE;
        }
        return symbol.equals("~") ? Qualifier.APPROXIMATE : Qualifier.UNCERTAIN;
    }

    /** As people read it: "2015", "about 2015", "February 2025?", "27 February 2025". */
    String readable() {
        StringBuilder text = new StringBuilder(24);
        if (qualifier == Qualifier.APPROXIMATE) {
            text.append("about ");
        }
        if (precision == Precision.DAY) {
            text.append(day).append(' ');
        }
        if (precision != Precision.YEAR) {
            text.append(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ');
        }
        text.append(year);
        if (qualifier == Qualifier.UNCERTAIN) {
            text.append('?');
        }
        return text.toString();
    }

    LocalDate earliest() {
        return LocalDate.of(year, month, day);
    }

    LocalDate latest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /**
     * The EDTF text of this point, zero-padded. Written by hand: {@code String.format} was 7% of timeline-service's
     * time in a bulk load.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(11);
        appendPadded(text, year, 4);
        if (precision != Precision.YEAR) {
            appendPadded(text.append('-'), month, 2);
        }
        if (precision == Precision.DAY) {
            appendPadded(text.append('-'), day, 2);
        }
        return text.append(qualifier.symbol).toString();
    }

    private static void appendPadded(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        text.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }
}
