package io.diplomatictimeline.projection.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the token that answers are tagged with changes, and when it stays. */
class VersioningTheReadModelsTest {

    private final ReadModelVersion version = new ReadModelVersion();

    @Test
    void aLogGrownBeyondWhatWasSeenChangesTheTokenOnceHoweverOftenItIsSeen() {
        version.logReaches(7);
        String at7 = version.current();

        version.logReaches(7);
        assertThat(version.current()).isEqualTo(at7);
        version.logReaches(9);
        String at9 = version.current();
        assertThat(at9).isNotEqualTo(at7);
        version.logReaches(8);
        assertThat(version.current()).isEqualTo(at9);
    }

    @Test
    void readModelsEmptiedChangeTheTokenThoughTheLogKeepsItsPosition() {
        version.logReaches(7);
        String before = version.current();

        version.changed();
        version.logReaches(7);

        assertThat(version.current()).isNotEqualTo(before);
    }

    @Test
    void anotherInstanceOrARestartHasTokensOfItsOwn() {
        assertThat(new ReadModelVersion().current()).isNotEqualTo(version.current());
    }
}
