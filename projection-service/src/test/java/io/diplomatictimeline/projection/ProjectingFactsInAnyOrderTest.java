package io.diplomatictimeline.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kafka keeps the order of one track's facts only, and delivers any of them again after a crash: whatever order the
 * facts of the whole story arrive in, and however often, every read model must answer the same.
 */
class ProjectingFactsInAnyOrderTest {

    @ParameterizedTest(name = "shuffled with seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyReadModelAnswersTheSameWhateverTheOrderAndHoweverOftenTheFactsArrive(long seed) {
        List<SampleFact> story = TheStory.facts();
        EveryReadModel inOrder = new EveryReadModel();
        story.forEach(inOrder::apply);
        JsonNode expected = inOrder.whatReadersSee();

        List<SampleFact> deliveries = new ArrayList<>(story);
        deliveries.addAll(story);
        Collections.shuffle(deliveries, new Random(seed));
        EveryReadModel shuffled = new EveryReadModel();
        deliveries.forEach(shuffled::apply);

        assertThat(shuffled.whatReadersSee()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"timeline", "rounds", "disputes", "proposals", "actors", "statements"})
    void theStoryShowsInEveryReadModel(String readModel) {
        EveryReadModel readModels = new EveryReadModel();
        TheStory.facts().forEach(readModels::apply);

        // Were a read model empty, the comparison above would prove nothing about it.
        assertThat(readModels.whatReadersSee().get(readModel)).isNotEmpty();
    }
}
