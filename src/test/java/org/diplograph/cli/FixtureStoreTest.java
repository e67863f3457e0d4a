package org.diplograph.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of the command tests that read one store of the fixture articles, made once per class. */
abstract class FixtureStoreTest {

    @TempDir
    static Path dir;

    /** The {@code --loc} option naming that store. */
    static String loc;

    @BeforeAll
    static void loadFixtureStore() {
        loc = "--loc=" + CliRun.fixtureStore(dir.resolve("data"));
    }
}
