package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void plainNamesGetTheKeyTheFullFoldingGives() {
        for (String name : List.of("United Nations", "the United States", "The Kremlin", "G7", "Sergei Lavrov", "EU", "a", "")) {
            assertTrue(NameKey.plain(name), name + " should be plain");
            assertEquals(NameKey.folded(name).replaceFirst("^the ", ""), NameKey.of(name), name);
        }
    }

    @Test
    void namesWithMarksPunctuationOrLooseSpacesAreFoldedInFull() {
        for (String name : List.of("U.S.", "Co-operation", "Zelenskyy's", "S\u00e3o Tom\u00e9", " Iran", "Iran ", "North  Korea", "Dahl\u00f8")) {
            assertFalse(NameKey.plain(name), name + " should not be plain");
        }
        assertEquals("us", NameKey.of("U.S."));
        assertEquals("cooperation", NameKey.of("Co-operation"));
        assertEquals("sao tome", NameKey.of("S\u00e3o Tom\u00e9"));
        assertEquals("north korea", NameKey.of("North  Korea"));
        assertEquals("iran", NameKey.of(" Iran"));
    }
}
