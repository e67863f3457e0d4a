package org.diplograph;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
