package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The surnames the derivation gives people: the right word, and shared where people share it. */
class GazetteerSurnamesTest {

    private static Set<String> people(String name) {
        return Gazetteer.bundled().lookup(name).stream().filter(e -> e.type() == ActorType.PERSON)
                .map(GazetteerEntry::label).collect(Collectors.toSet());
    }

    @Test
    void aSurnameSeveralPeopleShareNamesThemAll() {
        assertEquals(Set.of("Ash Carter", "Jimmy Carter"), people("Carter"));
        assertEquals(Set.of("Susan Rice", "Condoleezza Rice"), people("Rice"));
    }

    @Test
    void chineseAndKoreanNamesGoByTheirFirstWord() {
        assertEquals(Set.of("Wang Yi"), people("Wang"));
        assertEquals(true, people("Kim").contains("Kim Jong Un"), () -> "Kim: " + people("Kim"));
        assertEquals(Set.of(), people("Yi"));
        assertEquals(Set.of(), people("Ki-moon"));
    }

    @Test
    void particlesRegnalNumbersAndPatronymicsGiveNoSurname() {
        for (String word : List.of("Leyen", "Drian", "Mistura", "III", "Zayed", "Ahmed")) {
            assertEquals(Set.of(), people(word), "no one should go by '" + word + "' alone");
        }
        assertEquals(Set.of("Ursula von der Leyen"), people("von der Leyen"));
        assertEquals(Set.of("Abiy Ahmed"), people("Abiy"));
    }
}
