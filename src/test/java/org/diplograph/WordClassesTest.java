package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordClassesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path FILE = RESOURCES.resolve("org/diplograph").resolve(WordClasses.FILE);

    @Test
    void aClassHasItsOwnWordsAndThoseOfTheClassesItIncludes() {
        WordClasses classes = WordClasses.parse("test.txt", """
                # a comment
                &TRUCE = truce ceasefire

                &DOCUMENT = deal &TRUCE plan
                &HALF = North South
                """);
        assertEquals(List.of("&TRUCE", "&DOCUMENT", "&HALF"), List.copyOf(classes.names()));
        assertEquals(List.of("deal", "truce", "ceasefire", "plan"), List.copyOf(classes.get("&DOCUMENT")));
        assertEquals(Set.of("North", "South"), classes.get("&HALF"), "case is kept");
    }

    @Test
    void anUndefinedClassIsNamedWithTheFile() {
        WordClasses classes = WordClasses.parse("test.txt", "&TRUCE = truce\n");
        IllegalArgumentException undefined = assertThrows(IllegalArgumentException.class, () -> classes.get("&DEAL"));
        assertEquals("word class &DEAL is not defined in test.txt", undefined.getMessage());
        IllegalArgumentException bare = assertThrows(IllegalArgumentException.class, () -> classes.get("TRUCE"));
        assertEquals("word class TRUCE is not defined in test.txt (class names start with '&')", bare.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            &A = x\\n&A = y                 | test.txt:2: &A is defined again; it is defined at line 1
            &A = &B x                       | test.txt:1: &A includes &B, which is not defined
            &A = &B\\n&B = x                | test.txt:1: &A includes &B, which is defined only below, at line 2; a class is defined above the classes that include it
            # empty\\n&A =                  | test.txt:2: &A has no words
            &A x y                          | test.txt:1: a line is '&NAME = words', but this one has no '='
            &a = x                          | test.txt:1: '&a' is not a class name: '&' and capital letters, digits or underscores
            A = x                           | test.txt:1: 'A' is not a class name: '&' and capital letters, digits or underscores
            &A = x\\n&B = &a                | test.txt:2: '&a' is not a class name: '&' and capital letters, digits or underscores
            &A = x = y                      | test.txt:1: '=' is not a word: a line is '&NAME = words'
            &A = x y x                      | test.txt:1: &A lists 'x' twice
            &A = x\\n&B = &A x              | test.txt:2: &B lists 'x', which a class it includes has already
            """)
    void aBadLineIsRejectedWithItsFileLineAndReason(String text, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordClasses.parse("test.txt", text.strip().replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
    }

    @Test
    void theBundledFileIsReadOnce() {
        assertSame(WordClasses.bundled(), WordClasses.bundled());
        assertTrue(WordClasses.bundled().names().size() > 1, "no classes in " + FILE);
    }
}
