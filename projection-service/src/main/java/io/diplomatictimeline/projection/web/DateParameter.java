package io.diplomatictimeline.projection.web;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.edtf.InvalidEdtfDateException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The {@code from} and {@code to} query parameters: a day, a month or a year, standing for a day of that period. */
public final class DateParameter {

    /** EDTF's qualifiers and intervals mean nothing as a query bound. */
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private DateParameter() {
    }

    /** {@code from} stands for the first day of the period it names, {@code to} for the last. */
    public static LocalDate from(String text, List<ParameterError> errors) {
        return parse("from", text, EdtfDate::earliest, errors);
    }

    public static LocalDate to(String text, List<ParameterError> errors) {
        return parse("to", text, EdtfDate::latest, errors);
    }

    /** Adds an error naming {@code from} when it comes after {@code to}. */
    public static void checkOrder(LocalDate from, LocalDate to, String fromText, String toText,
                                  List<ParameterError> errors) {
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new ParameterError("from", "must not be after to (" + fromText + " is after " + toText + ")"));
        }
    }

    private static LocalDate parse(String name, String text, Function<EdtfDate, LocalDate> day,
                                   List<ParameterError> errors) {
        if (text == null) {
            return null;
        }
        if (!DATE.matcher(text).matches()) {
            errors.add(new ParameterError(name, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was '" + text + "'"));
            return null;
        }
        try {
            return day.apply(EdtfDate.parse(text));
        } catch (InvalidEdtfDateException e) {
            errors.add(new ParameterError(name, e.getMessage()));
            return null;
        }
    }
}
