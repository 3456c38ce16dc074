package io.diplomatictimeline.benchmark.ceiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(ints = {2, 29, 30, 31, 113, 1_000, 28_417, 65_536})
    void isJsonOfExactlyTheSizeAsked(int bytes) throws Exception {
        byte[] page = JsonPage.ofSize(bytes);

        assertThat(page).hasSize(bytes);
        assertThat(JSON.readTree(page).isObject()).isTrue();
    }

    @Test
    void looksLikeATimelinePage() throws Exception {
        JsonNode page = JSON.readTree(JsonPage.ofSize(20_000));

        assertThat(page.path("entries").size()).isGreaterThan(50);
        assertThat(page.path("entries").get(0).path("title").asText()).isNotEmpty();
        assertThat(page.has("nextCursor")).isTrue();
    }

    @Test
    void noJsonIsShorterThanTwoBytes() {
        assertThatThrownBy(() -> JsonPage.ofSize(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
