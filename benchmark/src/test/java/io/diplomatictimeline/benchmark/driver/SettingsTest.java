package io.diplomatictimeline.benchmark.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path directory;

    private String[] args(String... more) throws Exception {
        Path token = Files.writeString(directory.resolve("token"), "secret\n");
        List<String> all = new ArrayList<>(List.of("--out", directory.toString(), "--repo", "..",
                "--timeline", "http://127.0.0.1:1", "--projection", "http://127.0.0.1:2",
                "--ceiling", "http://127.0.0.1:3", "--token-file", token.toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void theFullRunIsTheSizesOfIssue6() throws Exception {
        Settings settings = Settings.parse(args());

        assertThat(settings.facts()).isEqualTo(1_010_000);
        assertThat(settings.deepFacts()).isEqualTo(1_000_000);
        assertThat(settings.shallowFacts()).isEqualTo(10_000);
        assertThat(settings.clients()).isEqualTo(32);
        assertThat(settings.freshnessRate()).isEqualTo(500);
        assertThat(settings.streams()).isEqualTo(1_000);
        assertThat(settings.streamRate()).isEqualTo(100);
        assertThat(settings.token()).isEqualTo("secret");
    }

    @Test
    void theSmallRunIsTinyAndExplicitSizesWin() throws Exception {
        Settings settings = Settings.parse(args("--small", "--duration", "5"));

        assertThat(settings.facts()).isEqualTo(2_000);
        assertThat(settings.deepFacts()).isEqualTo(300);
        assertThat(settings.fillerFacts()).isEqualTo(1_690);
        assertThat(settings.measure()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.streams()).isEqualTo(50);
        assertThat(settings.streamRate()).isEqualTo(20);
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertThatThrownBy(() -> Settings.parse(args("--fact", "10")))
                .hasMessageContaining("unknown option --fact");
    }

    @Test
    void theStackIsEveryServiceAndBrokerGiven() throws Exception {
        Settings settings = Settings.parse(args("--service-pids", "11,12, 13", "--broker-pids", "21,22,23",
                "--ceiling-pid", "31"));

        assertThat(settings.stackPids()).containsExactly(11L, 12L, 13L, 21L, 22L, 23L);
        assertThat(settings.ceilingPid()).isEqualTo(31);
        assertThat(Settings.parse(args()).stackPids()).isEmpty();
    }
}
