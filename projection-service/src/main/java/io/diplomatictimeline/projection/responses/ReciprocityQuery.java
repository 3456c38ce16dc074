package io.diplomatictimeline.projection.responses;

import io.diplomatictimeline.projection.readmodel.AsOf;
import java.time.LocalDate;
import java.util.List;

/**
 * Which moves between two countries a reader asks about; every filter but the countries is optional.
 *
 * @param first  one country of the pair, as given first
 * @param second the other
 * @param types  move types, or empty for every one
 * @param from   moves whose period ends before this day are left out
 * @param to     moves whose period starts after this day are left out
 */
record ReciprocityQuery(String first, String second, String track, List<String> types, LocalDate from, LocalDate to,
                        AsOf asOf) {

    ReciprocityQuery {
        types = types == null ? List.of() : List.copyOf(types);
        asOf = asOf == null ? AsOf.now() : asOf;
    }

    static ReciprocityQuery between(String first, String second) {
        return new ReciprocityQuery(first, second, null, List.of(), null, null, AsOf.now());
    }

    ReciprocityQuery asOf(AsOf asOf) {
        return new ReciprocityQuery(first, second, track, types, from, to, asOf);
    }

    ReciprocityQuery onTrack(String track) {
        return new ReciprocityQuery(first, second, track, types, from, to, asOf);
    }

    ReciprocityQuery ofTypes(String... types) {
        return new ReciprocityQuery(first, second, track, List.of(types), from, to, asOf);
    }

    ReciprocityQuery between(LocalDate from, LocalDate to) {
        return new ReciprocityQuery(first, second, track, types, from, to, asOf);
    }
}
