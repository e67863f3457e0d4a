package org.diplograph;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared folder beside the repository (the evaluation set and the sources), which
 * CI provides. Tests that need it are skipped, with a reason, where it is missing.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("diplograph.shared", "../shared"));
        assumeTrue(Files.isDirectory(root), "shared folder not found at " + root.toAbsolutePath()
                + ": set the system property diplograph.shared");
        return root;
    }

    public static Path dev() {
        return root().resolve("eval").resolve("dev");
    }

    public static Path train() {
        return root().resolve("eval").resolve("train");
    }

    /**
     * Copies into {@code folder} the articles of the training corpus, text and gold, whose file
     * names start with one of {@code prefixes} ("100", "125_"): a slice small enough for a test.
     */
    public static Path trainSlice(Path folder, List<String> prefixes) throws IOException {
        try (Stream<Path> files = Files.list(train())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (prefixes.stream().anyMatch(name::startsWith)) {
                    Files.copy(file, folder.resolve(name));
                }
            }
        }
        return folder;
    }
}
