package io.diplomatictimeline.projection.export;

import static io.diplomatictimeline.projection.export.EntryText.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.edtf.EdtfDate;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) of the rounds scheduled and held, written with ical4j: one all-day VEVENT per round (a track
 * and a round number), its UID the same in every export, its SEQUENCE the version of the fact it shows. A round shows
 * its held fact, else its latest scheduled one; a round whose facts are all retracted is {@code STATUS:CANCELLED}, so
 * a calendar that imported it drops it.
 *
 * <p>Memory grows with the rounds, not with the entries: only round facts reach this writer, and a round's facts
 * are kept until the last entry, since its held fact may come after its scheduled one.
 */
final class IcsExport implements EntryWriter {

    static final Set<String> ROUND_TYPES = Set.of("round-scheduled", "round-held");
    private static final String HELD = "round-held";
    private static final String RETRACTED = "retracted";

    private final OutputStream out;
    private final Map<String, JsonNode> rounds = new LinkedHashMap<>();

    IcsExport(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(JsonNode entry) {
        if (!ROUND_TYPES.contains(text(entry, "type")) || !entry.path("details").hasNonNull("roundNumber")) {
            return;
        }
        rounds.merge(uid(entry), entry, (kept, next) -> rank(next) >= rank(kept) ? next : kept);
    }

    /** Held over scheduled, and either over a retracted fact; among equals the one seen last, recorded later. */
    private static int rank(JsonNode entry) {
        return (RETRACTED.equals(text(entry, "status")) ? 0 : 2) + (HELD.equals(text(entry, "type")) ? 1 : 0);
    }

    private static String uid(JsonNode entry) {
        return "round-" + entry.path("details").get("roundNumber").asInt() + "." + text(entry, "track")
                + "@diplomatic-timeline";
    }

    @Override
    public void finish() throws IOException {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Diplomatic Timeline//projection-service//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        rounds.forEach((uid, entry) -> calendar.add(event(uid, entry)));
        new CalendarOutputter(false).output(calendar, out);
        out.flush();
    }

    private static VEvent event(String uid, JsonNode entry) {
        EdtfDate occurredOn = EdtfDate.parse(entry.get("occurredOn").asText());
        Instant recordedAt = Instant.parse(entry.get("recordedAt").asText());
        // All day: from the first day the date may mean to the day after its last (DTEND is exclusive).
        VEvent event = new VEvent(occurredOn.earliest(), occurredOn.latest().plusDays(1), text(entry, "title"));
        event.add(new Uid(uid));
        event.add(new Sequence(entry.path("version").asInt(1)));
        event.replace(new DtStamp(recordedAt));
        event.add(new LastModified(recordedAt));
        event.add(new Status(RETRACTED.equals(text(entry, "status")) ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Categories(text(entry, "type")));
        String place = place(entry.path("location"));
        if (!place.isEmpty()) {
            event.add(new Location(place));
        }
        String description = String.join("\n", occurredOn.readable(), text(entry, "summary"),
                EntryText.actors(entry), EntryText.sources(entry)).strip();
        event.add(new Description(description));
        return event;
    }

    private static String place(JsonNode location) {
        return String.join(", ", java.util.stream.Stream.of("place", "city", "country")
                .filter(location::hasNonNull).map(field -> location.get(field).asText()).toList());
    }
}
