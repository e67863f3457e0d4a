package org.diplograph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists and tables that drive extraction and linking live as resource files
 * beside the class that reads them: UTF-8, one entry a line, {@code #} starting a
 * comment line.
 */
public final class DataFiles {

    /** A line of a data file that is neither blank nor a comment, with its number in the file (from 1). */
    public record Line(int number, String text) {
    }

    private DataFiles() {
    }

    /** The non-blank lines of resource {@code file} beside {@code owner} that are not comments. */
    public static List<String> lines(Class<?> owner, String file) {
        List<String> lines = new ArrayList<>();
        for (Line line : numberedLines(owner, file)) {
            lines.add(line.text());
        }
        return lines;
    }

    /** The non-blank lines of resource {@code file} beside {@code owner} that are not comments, with their numbers. */
    public static List<Line> numberedLines(Class<?> owner, String file) {
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("data file " + file + " of " + owner.getSimpleName()
                        + " is missing from the classpath");
            }
            return numberedLines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + file + " of " + owner.getSimpleName(), e);
        }
    }

    /** The non-blank lines of a data file's text that are not comments, with their numbers. */
    public static List<Line> numberedLines(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            number++;
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(new Line(number, line));
            }
        }
        return lines;
    }
}
