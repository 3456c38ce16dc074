package io.diplomatictimeline.timeline.round;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * How long something lasted or is expected to last, in hours: exact (min = max), a range ("four or five
 * hours"), or open-ended ("over six hours": a min and no max).
 */
public record HoursRange(
        @PositiveOrZero @DecimalMax("8760") BigDecimal min,
        @PositiveOrZero @DecimalMax("8760") BigDecimal max) {

    public static HoursRange exactly(BigDecimal hours) {
        return new HoursRange(hours, hours);
    }

    @AssertTrue(message = "needs a min or a max, and min must not exceed max")
    boolean isOrdered() {
        return (min != null || max != null) && (min == null || max == null || min.compareTo(max) <= 0);
    }
}
