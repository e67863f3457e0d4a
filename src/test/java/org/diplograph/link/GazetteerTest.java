package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplograph.link.gazetteer.TsvTable;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    private static Path shared() {
        return Path.of(System.getProperty("diplograph.shared", "../shared"));
    }

    private static void assertResolves(String name, String expectedKey) {
        List<String> keys = GAZETTEER.lookup(name).stream().map(GazetteerEntry::key).toList();
        assertTrue(keys.contains(expectedKey), "lookup(\"%s\") should contain %s, but gave %s".formatted(name, expectedKey, keys));
    }

    private static String holderLabels(String of, String title, LocalDate date) {
        return String.join(",", GAZETTEER.holdersOf(of, title, date).stream().map(GazetteerEntry::label).toList());
    }

    @Test
    void bundledIsLoadedOnceAndShared() {
        assertSame(GAZETTEER, Gazetteer.bundled());
        assertTrue(GAZETTEER.entries().size() > 600, "expected states, organisations and people, found " + GAZETTEER.entries().size());
    }

    @Test
    void namesMatchInsensitiveToCaseAccentsPunctuationAndThe() {
        for (String name : List.of("U.S.", "US", "u.s.", "the United States", "USA", "America", "United States of America")) {
            assertResolves(name, "Q30");
        }
        assertResolves("Britain", "Q145");
        assertResolves("UK", "Q145");
        assertResolves("Russian Federation", "Q159");
        assertResolves("Cote d'Ivoire", "Q1008");
        assertResolves("Türkiye", "Q43");
        assertResolves("turkiye", "Q43");
    }

    @Test
    void aHyphenAfterAPrefixIsOptional() {
        assertResolves("Organisation for Security and Cooperation in Europe", "Q81299");
        assertResolves("Organization for Security and Co-operation in Europe", "Q81299");
        assertEquals(NameKey.of("non-aligned movement"), NameKey.of("Nonaligned Movement"));
        assertNotEquals(NameKey.of("al-Qaeda"), NameKey.of("alQaeda"), "only prefixes lose their hyphen");
    }

    @Test
    void metonymsStandForTheirState() {
        Map<String, String> metonyms = Map.ofEntries(
                Map.entry("Kremlin", "Q159"), Map.entry("Moscow", "Q159"), Map.entry("Kyiv", "Q212"), Map.entry("Kiev", "Q212"),
                Map.entry("Bankova", "Q212"), Map.entry("Washington", "Q30"), Map.entry("White House", "Q30"),
                Map.entry("Foggy Bottom", "Q30"), Map.entry("State Department", "Q30"), Map.entry("Beijing", "Q148"),
                Map.entry("Zhongnanhai", "Q148"), Map.entry("Downing Street", "Q145"), Map.entry("Elysee", "Q142"),
                Map.entry("Élysée", "Q142"), Map.entry("Quai d'Orsay", "Q142"), Map.entry("Tehran", "Q794"));
        metonyms.forEach(GazetteerTest::assertResolves);
    }

    @Test
    void abbreviationsAndAliasesOfOrganisations() {
        for (String name : List.of("UNSC", "U.N. Security Council", "Security Council", "UN Security Council")) {
            assertResolves(name, "Q37470");
        }
        assertResolves("U.N.", "Q1065");
        assertResolves("NATO", "Q7184");
        assertResolves("North Atlantic Treaty Organization", "Q7184");
        assertResolves("EU", "Q458");
        assertResolves("OSCE", "Q81299");
        assertResolves("Ansar Allah", "name:Houthis");
        assertResolves("the Houthis", "name:Houthis");
        assertResolves("al Qaeda", "Q34490");
        assertResolves("Hezbollah", "name:Hezbollah");
        assertEquals(ActorType.ARMED_GROUP, GAZETTEER.byKey("name:Hamas").orElseThrow().type());
    }

    @Test
    void peopleByFullNameSurnameAndSpellingVariant() {
        for (String name : List.of("Sergei Lavrov", "Sergey Lavrov", "Lavrov")) {
            assertResolves(name, "Q80137");
        }
        for (String name : List.of("Zelensky", "Zelenskyy", "Volodymyr Zelenskyy")) {
            assertResolves(name, "Q3874799");
        }
        assertResolves("Witkoff", "name:Steve Witkoff");
        assertResolves("Tudjman", "name:Franjo Tuđman");
        assertResolves("Franjo Tudman", "name:Franjo Tuđman");
    }

    @Test
    void demonymsAreNotNamesButNameTheirState() {
        assertTrue(GAZETTEER.lookup("Russian").isEmpty(), "a demonym must not match as a name: " + GAZETTEER.lookup("Russian"));
        Map<String, String> demonyms = Map.of("Russian", "Q159", "Ukrainian", "Q212", "U.S.", "Q30", "American", "Q30",
                "British", "Q145", "Iranian", "Q794", "Turkish", "Q43", "South Korean", "Q884", "North Korean", "Q423",
                "Russians", "Q159");
        Map<String, String> wrong = new TreeMap<>();
        demonyms.forEach((adjective, key) -> {
            String found = GAZETTEER.stateOfDemonym(adjective).map(GazetteerEntry::key).orElse("nothing");
            if (!found.equals(key)) {
                wrong.put(adjective, "expected " + key + ", found " + found);
            }
        });
        assertEquals(Map.of(), wrong);
        assertTrue(GAZETTEER.stateOfDemonym("Martian").isEmpty());
    }

    @Test
    void holdersOfAnOfficeOnADate() {
        assertEquals("Sergei Lavrov", holderLabels("Q159", "foreign minister", LocalDate.of(2025, 8, 24)));
        assertEquals("Sergei Lavrov", holderLabels("Q159", "Minister of Foreign Affairs", LocalDate.of(2025, 8, 24)));
        assertEquals("Dmytro Kuleba", holderLabels("Q212", "foreign minister", LocalDate.of(2022, 1, 1)));
        assertEquals("Andrii Sybiha", holderLabels("Q212", "foreign minister", LocalDate.of(2025, 1, 1)),
                "Kuleba's term ended on 2024-09-05");
        assertEquals("Andrii Sybiha", holderLabels("Q212", "foreign minister", null));
        assertEquals("Antony Blinken", holderLabels("Q30", "foreign minister", LocalDate.of(2022, 1, 1)),
                "a secretary of state is the United States' foreign minister");
        assertEquals("Boris Yeltsin", holderLabels("Q159", "president", LocalDate.of(1994, 12, 5)));
        assertEquals("Bill Clinton", holderLabels("Q30", "president", LocalDate.of(1995, 11, 21)));
        assertEquals("Jens Stoltenberg", holderLabels("Q7184", "secretary-general", LocalDate.of(2022, 1, 10)));
        assertEquals("", holderLabels("Q212", "foreign minister", LocalDate.of(1980, 1, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GAZETTEER.holdersOf("Q159", "court jester", LocalDate.of(2020, 1, 1)));
        assertTrue(e.getMessage().contains("court jester"), e.getMessage());
    }

    @Test
    void openTermsFromTheDictionaryEndWhenASuccessorStarts() {
        GazetteerEntry kohler = GAZETTEER.lookup("Horst Kohler").stream().findFirst().orElseThrow();
        Role president = kohler.roles().stream().filter(r -> r.title().equals("president")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2010, 7, 2), president.to(), "Wulff's start ends Köhler's open term: " + president);
        assertFalse(GAZETTEER.holdersOf("Q183", "president", LocalDate.of(2020, 1, 1)).contains(kohler));
    }

    @Test
    void whomAPersonRepresents() {
        assertEquals(Optional.of("Q159"), GAZETTEER.representedOn("Q80137", LocalDate.of(2025, 8, 24)));
        assertEquals(Optional.of("Q159"), GAZETTEER.representedOn("Q80137", null));
        assertEquals(Optional.of("Q1065"), GAZETTEER.representedOn("name:Hans Grundberg", LocalDate.of(2022, 4, 1)));
        assertEquals(Optional.of("name:Taliban"), GAZETTEER.representedOn("name:Abdul Ghani Baradar", LocalDate.of(2020, 2, 29)));
        assertEquals(Optional.of("Q1246"), GAZETTEER.representedOn("name:Albin Kurti", LocalDate.of(2023, 3, 18)));
        assertEquals(Optional.empty(), GAZETTEER.representedOn("Q3874799", LocalDate.of(2010, 1, 1)));
        assertEquals(Optional.empty(), GAZETTEER.representedOn("name:Nobody At All", null));
        Actor lavrov = GAZETTEER.byKey("Q80137").orElseThrow().toActor();
        assertEquals("Q159", lavrov.represents());
        assertEquals("Q80137", lavrov.qid());
        assertEquals(ActorType.PERSON, lavrov.type());
        Actor russia = GAZETTEER.byKey("Q159").orElseThrow().toActor();
        assertTrue(russia.names().containsAll(List.of("Russian", "Kremlin", "Moscow")), russia.names().toString());
        assertEquals("RUS", russia.cameoCode());
    }

    @Test
    void rolePhrasesNormaliseToTheVocabulary() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("Foreign Minister", "foreign minister"), Map.entry("foreign secretary", "foreign minister"),
                Map.entry("minister of foreign affairs", "foreign minister"), Map.entry("top diplomat", "foreign minister"),
                Map.entry("defense minister", "defence minister"), Map.entry("defence secretary", "defence minister"),
                Map.entry("premier", "prime minister"), Map.entry("PM", "prime minister"),
                Map.entry("Secretary-General", "secretary-general"), Map.entry("secretary general", "secretary-general"),
                Map.entry("special envoy", "envoy"), Map.entry("acting president", "president"),
                Map.entry("Secretary of State", "secretary of state"), Map.entry("lead negotiator", "chief negotiator"));
        Map<String, String> wrong = new TreeMap<>();
        expected.forEach((phrase, title) -> {
            String found = GAZETTEER.normaliseRole(phrase).orElse("nothing");
            if (!found.equals(title)) {
                wrong.put(phrase, "expected " + title + ", found " + found);
            }
        });
        assertEquals(Map.of(), wrong);
        assertEquals(Optional.empty(), GAZETTEER.normaliseRole("deputy foreign minister"));
        assertTrue(GAZETTEER.roleTitles().containsAll(List.of("president", "prime minister", "chancellor", "foreign minister",
                "defence minister", "secretary of state", "secretary-general", "king", "emir", "supreme leader", "envoy",
                "negotiator", "chief negotiator", "ambassador", "vice president", "head of government")), GAZETTEER.roleTitles().toString());
    }

    @Test
    void everyStateOfCountryCoderWithAnIsoCodeIsPresent() throws IOException {
        Path regions = shared().resolve("sources/country-coder/regions.tsv");
        assumeTrue(Files.isRegularFile(regions), "country-coder table not found: " + regions);
        TsvTable table;
        try (Reader in = Files.newBufferedReader(regions, StandardCharsets.UTF_8)) {
            table = TsvTable.read(in, regions.toString());
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (TsvTable.Row row : table.rows()) {
            if (row.get("iso1A2").isEmpty() || List.of("union", "unitedNations").contains(row.get("level"))) {
                continue;
            }
            checked++;
            String qid = row.get("wikidata");
            Optional<GazetteerEntry> entry = GAZETTEER.byKey(qid);
            if (entry.isEmpty() || !qid.equals(entry.get().qid()) || !row.get("iso1A2").equals(entry.get().iso2())) {
                missing.add(qid + " " + row.get("nameEn"));
            }
        }
        assertEquals(List.of(), missing, "states of regions.tsv missing or without their QID and ISO code");
        assertTrue(checked > 250, "only " + checked + " rows with an ISO code read");
        long sovereign = GAZETTEER.entries().stream().filter(e -> e.type() == ActorType.STATE && e.iso2() != null).count();
        assertTrue(sovereign >= 197, "UN members and observer states should be typed STATE, found " + sovereign);
        List<String> withoutDemonym = GAZETTEER.entries().stream()
                .filter(e -> e.type() == ActorType.STATE && e.iso2() != null && e.demonyms().isEmpty())
                .map(GazetteerEntry::label).sorted().toList();
        assertTrue(withoutDemonym.size() <= 5, "states without a demonym: " + withoutDemonym);
    }

    @Test
    void atLeastSixtyOrganisationsIncludingTheNamedOnes() {
        long organisations = GAZETTEER.entries().stream()
                .filter(e -> e.type() == ActorType.ORGANIZATION || e.type() == ActorType.ARMED_GROUP).count();
        assertTrue(organisations >= 60, "found only " + organisations + " organisations");
        List<String> named = List.of("UN", "UN Security Council", "UN General Assembly", "NATO", "EU", "European Commission",
                "OSCE", "African Union", "Arab League", "ASEAN", "CSTO", "BRICS", "G7", "G20", "IAEA", "ICC", "ICJ", "OPEC",
                "GCC", "ECOWAS", "IGAD", "SCO", "CIS", "Council of Europe", "WHO", "World Bank", "IMF", "Hamas", "Hezbollah",
                "Houthis", "Ansar Allah", "RSF", "M23", "Taliban", "FARC", "ELN", "IRA", "PKK", "SDF", "HTS", "ISIS",
                "al-Shabaab", "Wagner", "Donetsk People's Republic", "Luhansk People's Republic", "Polisario", "PLO", "Fatah",
                "Palestinian Authority", "Quartet", "Minsk Group", "Normandy Four");
        List<String> missing = named.stream().filter(n -> GAZETTEER.lookup(n).stream()
                .noneMatch(e -> e.type() == ActorType.ORGANIZATION || e.type() == ActorType.ARMED_GROUP)).toList();
        assertEquals(List.of(), missing, "organisations not found by name");
        assertEquals("IGOWSTNAT", GAZETTEER.byKey("Q7184").orElseThrow().cameoCode());
    }

    @Test
    void everyActorKeyedByQidInTheDevelopmentGoldIsKnown() throws IOException {
        Path dev = shared().resolve("eval/dev");
        assumeTrue(Files.isDirectory(dev), "development set not found: " + dev);
        TreeSet<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(dev)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonObject gold = JSON.read(file.toString());
                for (JsonValue actor : gold.get("actors").getAsArray()) {
                    String key = actor.getAsObject().get("key").getAsString().value();
                    if (key.matches("Q[0-9]+")) {
                        checked++;
                        if (GAZETTEER.byKey(key).isEmpty()) {
                            missing.add(key + " in " + file.getFileName());
                        }
                    }
                }
            }
        }
        assertTrue(checked > 0, "no QID-keyed actor read from " + dev);
        assertEquals(new TreeSet<>(), missing, "gold actors whose QID the gazetteer lacks");
    }

    @Test
    void readingAMissingDirectoryFailsWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.read(Path.of("no/such/gazetteer")));
        assertTrue(e.getMessage().contains("no/such/gazetteer"), e.getMessage());
    }
}
