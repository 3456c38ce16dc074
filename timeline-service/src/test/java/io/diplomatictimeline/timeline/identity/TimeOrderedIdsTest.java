package io.diplomatictimeline.timeline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void anIdIsAVersion7UuidCarryingTheMillisecondItWasMadeIn() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void idsMadeOneAfterAnotherSortInTheOrderTheyWereMadeEvenWithinAMillisecond() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.next());
        }

        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void axonMakesItsEventIdentifiersTheSameWay() {
        IdentifierFactory factory = IdentifierFactory.getInstance();

        assertThat(factory).isInstanceOf(TimeOrderedIdentifierFactory.class);
        assertThat(UUID.fromString(factory.generateIdentifier()).version()).isEqualTo(7);
    }
}
