package org.diplograph.link.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.diplograph.link.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerDeriverTest {

    private static final Path CURATED = Path.of("gazetteer/curated");
    private static final Path COMMITTED = Path.of("src/main/resources/org/diplograph/link");

    private static Path sources() {
        Path sources = Path.of(System.getProperty("diplograph.shared", "../shared")).resolve("sources");
        assumeTrue(Files.isDirectory(sources), "shared sources not found: " + sources);
        return sources;
    }

    @Test
    void derivingReproducesTheCommittedFilesByteForByte() throws IOException {
        GazetteerDeriver deriver = GazetteerDeriver.create().sources(sources()).curated(CURATED).build();
        GazetteerDeriver.Derivation derivation = deriver.derive();
        assertEquals(Gazetteer.FILES.stream().sorted().toList(), List.copyOf(derivation.files().keySet()));
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> file : derivation.files().entrySet()) {
            String committed = Files.readString(COMMITTED.resolve(file.getKey()), StandardCharsets.UTF_8);
            if (!committed.equals(file.getValue())) {
                differing.add(file.getKey());
            }
        }
        assertEquals(List.of(), differing, "files that differ from a fresh derivation: run the gazetteer command and commit");
        assertEquals(derivation.files(), deriver.derive().files(), "two derivations differ");
    }

    @Test
    void writtenFilesLoadAsAGazetteer(@TempDir Path out) throws IOException {
        GazetteerDeriver.create().sources(sources()).curated(CURATED).build().derive().writeTo(out);
        Gazetteer gazetteer = Gazetteer.read(out);
        assertEquals("Russia", gazetteer.byKey("Q159").orElseThrow().label());
    }

    @Test
    void aCuratedRoleWithAnUnknownTitleIsRejectedWithItsLine(@TempDir Path curated) throws IOException {
        try (Stream<Path> files = Files.list(CURATED)) {
            for (Path f : files.toList()) {
                Files.copy(f, curated.resolve(f.getFileName()));
            }
        }
        Files.writeString(curated.resolve("roles.tsv"), "Sergei Lavrov\tQ159\tcourt jester\t2004-03-09\t\t\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        GazetteerDeriver deriver = GazetteerDeriver.create().sources(sources()).curated(curated).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, deriver::derive);
        assertTrue(e.getMessage().contains("roles.tsv:") && e.getMessage().contains("court jester"), e.getMessage());
    }

    @Test
    void missingFoldersAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GazetteerDeriver.create().sources(Path.of("no/such/sources")).curated(CURATED).build());
        assertTrue(e.getMessage().contains("no/such/sources"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GazetteerDeriver.create().curated(CURATED).build());
    }
}
