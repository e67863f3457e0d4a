package org.diplograph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

    private DataFiles() {
    }

    /** The non-blank lines of resource {@code file} beside {@code owner} that are not comments. */
    public static List<String> lines(Class<?> owner, String file) {
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("data file " + file + " of " + owner.getSimpleName()
                        + " is missing from the classpath");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + file + " of " + owner.getSimpleName(), e);
        }
    }
}
