package io.diplomatictimeline.projection.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingActorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Alexander Darchiev | alexander-darchiev",
            "  Sonata   Coulter  | sonata-coulter",
            "Sergéy Ryabkóv | sergey-ryabkov",
            "Ministry of Foreign Affairs (Russia) | ministry-of-foreign-affairs-russia",
            "Jean-Yves Le Drian | jean-yves-le-drian",
            "Łukasz Gößling-Ørsted | lukasz-gossling-orsted",
            "O'Brien, 2nd | o-brien-2nd",
            // Scripts with no ASCII folding keep their letters, without their accents (й is и with a breve).
            "Сергей Лавров | сергеи-лавров"})
    void anActorsIdIsTheirNameLowercaseWithoutAccentsAndWithDashesBetweenWords(String name, String id) {
        assertThat(ActorNaming.idOf(name)).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"Alexander Darchiev", "ALEXANDER DARCHIEV", "' alexander darchiev '"})
    void aNameMatchesWhateverItsCase(String name) {
        assertThat(ActorNaming.nameKey(name)).isEqualTo("alexander darchiev");
    }
}
