package io.diplomatictimeline.projection.responses;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.web.AsOfParameter;
import io.diplomatictimeline.projection.web.DateParameter;
import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import io.diplomatictimeline.projection.web.QueryParameters;
import io.diplomatictimeline.projection.web.TrackParameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The query string of {@code GET /api/reciprocity}, as sent; every parameter at fault is reported at once. */
@QueryParameters
record ReciprocityRequest(String countries, String track, List<String> type, String from, String to, String asOf) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    ReciprocityQuery toQuery() {
        List<ParameterError> errors = new ArrayList<>();
        List<String> pair = countries(errors);
        TrackParameter.check(track, errors);
        List<String> types = type == null ? List.of() : type.stream().filter(t -> !t.isBlank()).toList();
        if (!Move.types().containsAll(types)) {
            errors.add(new ParameterError("type", "must be a type of move: one of "
                    + String.join(", ", new TreeSet<>(Move.types())) + ", was " + String.join(", ", types)));
        }
        LocalDate fromDay = DateParameter.from(from, errors);
        LocalDate toDay = DateParameter.to(to, errors);
        DateParameter.checkOrder(fromDay, toDay, from, to, errors);
        AsOf knowledge = AsOfParameter.parse(asOf, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new ReciprocityQuery(pair.get(0), pair.get(1), track, types, fromDay, toDay, knowledge);
    }

    /** Two different ISO 3166-1 alpha-2 codes, separated by a comma, whatever their case: RU,US. */
    private List<String> countries(List<ParameterError> errors) {
        List<String> pair = countries == null ? List.of()
                : Arrays.stream(countries.split(",", -1)).map(code -> code.strip().toUpperCase(Locale.ROOT)).toList();
        if (pair.size() != 2 || !ISO_COUNTRIES.containsAll(pair) || pair.get(0).equals(pair.get(1))) {
            errors.add(new ParameterError("countries", "must be two different ISO 3166-1 alpha-2 country codes"
                    + " separated by a comma, such as RU,US" + (countries == null ? "" : ", was '" + countries + "'")));
            return List.of("", "");
        }
        return pair;
    }
}
