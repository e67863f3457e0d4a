package org.diplograph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a second JVM by {@link StoreTest}: opens the store at the folder {@code args[0]},
 * creates the file {@code args[1]} once it holds the store, and keeps the store open until its
 * standard input is closed.
 */
public final class HoldStore {

    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (Store store = Store.connect(Path.of(args[0]))) {
            Files.writeString(Path.of(args[1]), Long.toString(store.stats().graphs()));
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
