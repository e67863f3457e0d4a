package org.diplograph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.diplograph.store.Store;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * What the browser tests share, as a JUnit extension of their class: a TDB2 store in a folder of
 * its own, filled by the test's loader, served by a real {@link Server} on loopback, and a headless
 * Chromium to look at it, all closed after the class. Where Chromium is missing each test is
 * skipped with the reason ({@link Chromium#assumeInstalled()}), and on CI the class fails.
 */
final class BrowsedServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final Consumer<Store> load;
    private Path dir;
    private Store store;
    private Server server;
    private WebDriver browser;

    /** @param load fills the store before it is served */
    BrowsedServer(Consumer<Store> load) {
        this.load = load;
    }

    Server server() {
        return server;
    }

    WebDriver browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Chromium.available()) {
            return;
        }
        dir = Files.createTempDirectory("diplograph-browser-");
        store = Store.connect(dir.resolve("store"));
        load.accept(store);
        server = Server.create().store(store).port(ServerTest.freePort()).build().start();
        browser = Chromium.start(dir.resolve("profile"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.assumeInstalled();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
            if (server != null) {
                server.stop();
            }
        } finally {
            if (store != null) {
                store.close();
            }
            if (dir != null) {
                delete(dir);
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
