package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parse cascade changes nothing the build loads: examples/ and the dev set built with and
 * without it give the same N-Quads, byte for byte.
 */
class CascadeBuildTest {

    @TempDir
    Path folder;

    @Test
    void theCascadeLoadsTheSameNQuadsAsParsingEverySentence() {
        List<String> inputs = new ArrayList<>(List.of("examples", SharedFolder.dev().toString()));
        CliRun all = build(inputs, folder.resolve("all"), "--no-cascade");
        CliRun cascade = build(inputs, folder.resolve("cascade"), "--cascade");
        assertEquals(0, all.code(), all::toString);
        assertEquals(0, cascade.code(), cascade::toString);
        String allQuads = CliRun.nquads(folder.resolve("all"));
        assertTrue(allQuads.lines().count() > 1000, "the build must load the articles' graphs");
        assertEquals(allQuads, CliRun.nquads(folder.resolve("cascade")), "the cascade must load the N-Quads of a full parse");
    }

    private static CliRun build(List<String> inputs, Path store, String cascade) {
        List<String> args = new ArrayList<>(inputs);
        args.add("--loc=" + store);
        args.add(cascade);
        args.add("--no-progress");
        return CliRun.run(new BuildCommand(), args.toArray(String[]::new));
    }

}
