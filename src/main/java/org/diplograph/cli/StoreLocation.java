package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.diplograph.store.Store;
import org.diplograph.store.StoreException;

import picocli.CommandLine.Option;

/** The {@code --loc=DIR} option of the commands that read a store, and the check that it is there. */
final class StoreLocation {

    @Option(names = "--loc", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the TDB2 store (default: ${DEFAULT-VALUE}).")
    Path location;

    /**
     * The folder, checked to hold a store already: reading commands must not leave an empty
     * store behind where the user mistyped a path.
     */
    Path existing() {
        if (!Files.isDirectory(location)) {
            throw new StoreException(String.format(
                    "no store at %s: build one first, or give its folder with --loc=DIR", location));
        }
        return location;
    }

    /** Opens the store, which must exist. */
    Store open() {
        return Store.connect(existing());
    }
}
