package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordClassesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path FILE = RESOURCES.resolve("org/diplograph").resolve(WordClasses.FILE);
    /** A class named in Java code: a string literal that is only the name. */
    private static final Pattern NAMED_IN_CODE = Pattern.compile("\"(&[A-Z][A-Z0-9_]*)\"");
    private static final Pattern NAME = Pattern.compile("&[A-Z][A-Z0-9_]*(?![A-Za-z0-9_])");

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
            &B = y\\n&A =                   | test.txt:2: &A has no words
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

    /**
     * Every class of the file is used: named in Java code as a string of its own ("&TRUCE"), or
     * in a line of a rule file, or included by a class that is used; and every class the code
     * names is defined.
     */
    @Test
    void everyClassIsUsedAndEveryClassUsedIsDefined() throws IOException {
        Set<String> defined = WordClasses.bundled().names();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = NAMED_IN_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (literal.find()) {
                    named.add(literal.group(1));
                }
            }
        }
        Set<String> undefined = new TreeSet<>(named);
        undefined.removeAll(defined);
        assertEquals(Set.of(), undefined, "classes the code names that " + FILE + " does not define");
        Set<String> used = new TreeSet<>(named);
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(f -> !f.equals(FILE) && f.toString().matches(".*\\.(txt|tsv|rules)")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    used.addAll(namesIn(line));
                }
            }
        }
        Map<String, List<String>> includes = new HashMap<>();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            List<String> names = namesIn(line);
            if (!names.isEmpty()) {
                includes.put(names.get(0), names.subList(1, names.size()));
            }
        }
        Deque<String> open = new ArrayDeque<>(used);
        while (!open.isEmpty()) {
            for (String included : includes.getOrDefault(open.pop(), List.of())) {
                if (used.add(included)) {
                    open.push(included);
                }
            }
        }
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "classes of " + FILE + " that no code, rule file or class in use names");
    }

    /** The class names in a line that is not a comment, in order. */
    private static List<String> namesIn(String line) {
        List<String> names = new ArrayList<>();
        Matcher name = NAME.matcher(line);
        while (!line.startsWith("#") && name.find()) {
            names.add(name.group());
        }
        return names;
    }
}
