package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;
import org.diplograph.nlp.Nlp;
import org.junit.jupiter.api.Test;

/**
 * One test per way news names an actor, each on an article written for it (beside this
 * class): every mention must resolve to the one entity of the gazetteer, or to one entity of
 * the article for an actor the gazetteer lacks.
 */
class LinkingPhenomenaTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final Linker LINKER = Linker.over(GAZETTEER);

    /** The fixture article beside this class, annotated and linked. */
    static LinkedArticle linked(String fixture) {
        URL url = LinkingPhenomenaTest.class.getResource(fixture);
        assertTrue(url != null, "fixture missing: " + fixture);
        IngestResult read;
        try {
            read = Ingest.readFile(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(read.errors().isEmpty(), () -> fixture + ": " + read.errors());
        Article article = read.articles().get(0);
        return LINKER.link(Nlp.annotate(article));
    }

    /** The key of the one gazetteer person, state or organisation with this label. */
    private static String key(String label) {
        List<GazetteerEntry> entries = GAZETTEER.lookup(label).stream().filter(e -> e.label().equals(label)).toList();
        assertEquals(1, entries.size(), () -> "the gazetteer should have one actor labelled " + label + ": " + entries);
        return entries.get(0).key();
    }

    private static List<Mention> mentions(LinkedArticle article) {
        List<Mention> all = new ArrayList<>();
        for (int s = 0; s < article.annotated().document().sentences().size(); s++) {
            all.addAll(article.mentions(s));
        }
        return all;
    }

    /** The keys the mentions with this surface text resolve to; fails when there is none. */
    private static Set<String> keysOf(LinkedArticle article, String surface) {
        Set<String> keys = mentions(article).stream().filter(m -> m.text().equals(surface)).map(Mention::key)
                .collect(Collectors.toSet());
        assertFalse(keys.isEmpty(), () -> "no mention '" + surface + "'; mentions: " + describe(article));
        return keys;
    }

    private static void assertLinked(LinkedArticle article, String surface, String key) {
        assertEquals(Set.of(key), keysOf(article, surface), () -> "'" + surface + "' should resolve to " + key
                + " alone; mentions: " + describe(article));
    }

    private static String describe(LinkedArticle article) {
        return mentions(article).stream().map(m -> m.text() + " -> " + m.key()).collect(Collectors.joining(", "));
    }

    @Test
    void fullNamesResolveToTheGazetteersPeople() {
        LinkedArticle article = linked("full-names.txt");
        assertLinked(article, "Sergei Lavrov", key("Sergei Lavrov"));
        assertLinked(article, "Antony Blinken", key("Antony Blinken"));
        assertLinked(article, "Jens Stoltenberg", key("Jens Stoltenberg"));
    }

    @Test
    void surnamesAfterAFirstMentionResolveToThatPerson() {
        LinkedArticle article = linked("surnames.txt");
        assertLinked(article, "Wang Yi", key("Wang Yi"));
        assertLinked(article, "Wang", key("Wang Yi"));
        assertLinked(article, "Lavrov", key("Sergei Lavrov"));
    }

    @Test
    void aSurnameSeveralPeopleShareResolvesOnlyFromAFullNameEarlierInTheArticle() {
        assertTrue(GAZETTEER.lookup("Carter").size() >= 2 && GAZETTEER.lookup("Rice").size() >= 2,
                "the gazetteer should know two Carters and two Rices: " + GAZETTEER.lookup("Carter") + GAZETTEER.lookup("Rice"));
        LinkedArticle alone = linked("ambiguous-surname.txt");
        assertLinked(alone, "Carter", "name:Carter");
        assertLinked(alone, "Rice", "name:Rice");
        LinkedArticle resolved = linked("ambiguous-surname-resolved.txt");
        assertLinked(resolved, "Jimmy Carter", key("Jimmy Carter"));
        assertLinked(resolved, "Carter", key("Jimmy Carter"));
        assertEquals(Set.of("Q30"), Set.of(resolved.entity(key("Jimmy Carter")).represents()),
                "Jimmy Carter was president of the United States in 1980");
    }

    @Test
    void anAcronymInBracketsAfterANameOrOfItsInitialsIsThatActorWhereverTheArticleUsesIt() {
        LinkedArticle article = linked("acronyms.txt");
        Set<String> front = keysOf(article, "Northern Valleys Liberation Front");
        assertEquals(front, keysOf(article, "NVLF"), () -> "the NVLF is the front; mentions: " + describe(article));
        Set<String> union = keysOf(article, "Highland Farmers Union");
        assertEquals(union, keysOf(article, "HFU"), () -> "the HFU is the union; mentions: " + describe(article));
        assertFalse(front.equals(union), () -> "two groups became one: " + describe(article));
        assertTrue(article.entities().stream().noneMatch(a -> a.label().equals("NVLF") || a.label().equals("HFU")),
                () -> "an acronym became an actor of its own: " + describe(article));
        assertTrue(article.entity(front.iterator().next()).names().contains("NVLF"),
                () -> "the acronym should be one of the front's names: " + article.entity(front.iterator().next()));
        assertEquals(keysOf(article, "Coastal Fishermen's Association"), keysOf(article, "CFA"),
                () -> "an acronym of the initials of a name the article gave, without brackets, is that actor: " + describe(article));
    }

    @Test
    void aPersonNamedAgainByGivenNameOrBySurnameWithoutSuffixOrArticleIsThatPerson() {
        LinkedArticle article = linked("short-names.txt");
        assertEquals(keysOf(article, "Tesfaye Alemu"), keysOf(article, "Tesfaye"),
                () -> "Tesfaye is Tesfaye Alemu; mentions: " + describe(article));
        assertEquals(keysOf(article, "Rodrigo Salcedo III"), keysOf(article, "Salcedo"),
                () -> "Salcedo is Rodrigo Salcedo III; mentions: " + describe(article));
        assertEquals(keysOf(article, "Omar al-Rashidi"), keysOf(article, "Rashidi"),
                () -> "Rashidi is Omar al-Rashidi; mentions: " + describe(article));
        assertEquals(3, article.entities().stream().filter(a -> a.type() == ActorType.PERSON).count(),
                () -> "three people, each once: " + article.entities());
    }

    @Test
    void titlesNameTheHolderOfTheOfficeOnTheArticlesDate() {
        LinkedArticle article = linked("titles.txt");
        assertLinked(article, "foreign minister", key("Sergei Lavrov"));
        assertLinked(article, "president", key("Volodymyr Zelensky"));
    }

    @Test
    void demonymPhrasesNameTheirState() {
        LinkedArticle article = linked("demonyms.txt");
        assertLinked(article, "Russian", key("Russia"));
        assertLinked(article, "Ukrainian", key("Ukraine"));
        assertLinked(article, "Turkish", key("Turkey"));
    }

    @Test
    void twoWordDemonymsTheTaggerTakesForOneNameNameTheirState() {
        assertResolved("two-word-demonyms.txt", Map.of("South Korean", "South Korea", "North Korean", "North Korea"));
    }

    @Test
    void capitalsSeatsOfGovernmentAndEpithetsNameTheirState() {
        LinkedArticle article = linked("metonyms.txt");
        assertLinked(article, "The Kremlin", key("Russia"));
        assertLinked(article, "Kyiv", key("Ukraine"));
        assertLinked(article, "Washington", key("United States"));
        assertLinked(article, "Downing Street", key("United Kingdom"));
        assertLinked(article, "The Islamic Republic", key("Iran"));
        assertLinked(article, "Jewish state", key("Israel"));
    }

    @Test
    void pronounsResolveToThePersonLastNamed() {
        LinkedArticle article = linked("pronouns.txt");
        assertLinked(article, "He", key("Jens Stoltenberg"));
        assertLinked(article, "his", key("Jens Stoltenberg"));
    }

    @Test
    void aPersonRepresentsTheStateOrOrganisationOfTheRoleHeldOnTheArticlesDate() {
        String solana = key("Javier Solana");
        LinkedArticle before = linked("dated-role-1997.txt");
        LinkedArticle after = linked("dated-role-2005.txt");
        assertEquals(key("NATO"), before.entity(solana).represents(), "in 1997 Javier Solana led NATO");
        assertEquals(key("European Union"), after.entity(solana).represents(), "in 2005 Javier Solana spoke for the EU, no longer for NATO");
        assertEquals(key("NATO"), before.stateOf(solana));
    }

    @Test
    void anActorTheGazetteerLacksIsOneEntityOfTheArticleWithAllItsNames() {
        LinkedArticle article = linked("unknown-actor.txt");
        assertTrue(GAZETTEER.lookup("Ingrid Solberg-Haug").isEmpty(), "the mediator must be unknown to the gazetteer");
        List<Actor> mediators = article.entities().stream().filter(a -> a.label().contains("Solberg-Haug")).toList();
        assertEquals(1, mediators.size(), () -> "one entity per article, not one per mention: " + mediators);
        Actor mediator = mediators.get(0);
        assertEquals("name:Ingrid Solberg-Haug", mediator.key());
        assertEquals(ActorType.PERSON, mediator.type());
        assertEquals(List.of("Mediator Ingrid Solberg-Haug", "Solberg-Haug"), mediator.names(), "the other names seen: " + mediator);
        assertEquals(4, mentions(article).stream().filter(m -> m.key().equals(mediator.key())).count(), describe(article));
    }

    @Test
    void aStateNamedAfterAPersonOrInAnAppositiveIsTheOneTheyRepresent() {
        LinkedArticle article = linked("appositive.txt");
        assertEquals(key("Moldova"), article.entity("name:Teodor Marinescu").represents(), describe(article));
        assertEquals(key("Portugal"), article.entity("name:Ana Quintela").represents(), describe(article));
        assertEquals(key("Belgium"), article.entity("name:Lucas Ferrand").represents(), describe(article));
    }

    @Test
    void compoundsArabicArticlesAndTitlesNameTheirActorsOnly() {
        LinkedArticle article = linked("name-forms.txt");
        assertLinked(article, "NATO-led", key("NATO"));
        assertLinked(article, "al Qaeda", key("al-Qaeda"));
        assertLinked(article, "Antony Blinken", key("Antony Blinken"));
        assertTrue(article.entities().stream().noneMatch(a -> a.label().equals("State")),
                () -> "the State of Secretary of State became an actor: " + describe(article));
    }

    /** Each surface text of the fixture resolves to the gazetteer actor labelled as given. */
    private static void assertResolved(String fixture, Map<String, String> labelBySurface) {
        LinkedArticle article = linked(fixture);
        labelBySurface.forEach((surface, label) -> assertLinked(article, surface, key(label)));
    }

    @Test
    void aPronounNamesTheLatestSubjectOrSpeakerNotThePersonLastNamedInPassing() {
        assertResolved("pronoun-subject.txt", Map.of("He", "Sergei Lavrov", "he", "Jens Stoltenberg"));
    }

    @Test
    void aPronounNamesTheSubjectOfTheSentenceNotOfAClauseItReports() {
        assertResolved("pronoun-main-clause.txt", Map.of("he", "Sergei Lavrov"));
    }

    @Test
    void inAQuoteTheFirstPersonIsTheSpeakerAndTheThirdPersonSomeoneElse() {
        assertResolved("quoted-pronouns.txt", Map.of("I", "Antony Blinken", "my", "Antony Blinken", "him", "Sergei Lavrov"));
    }

    @Test
    void aTitleAfterADemonymOrPossessiveNamesThatStatesHolderNamedEarlier() {
        String latvia = key("Latvia");
        LocalDate date = LocalDate.of(2024, 3, 5);
        assertTrue(GAZETTEER.holdersOf(latvia, "prime minister", date).isEmpty()
                        && GAZETTEER.holdersOf(key("Estonia"), "foreign minister", date).isEmpty(),
                "the gazetteer must not know who held these offices, so that the article's own names decide");
        LinkedArticle article = linked("state-titles.txt");
        assertEquals(latvia, article.entity("name:Ilze Kalnberga").represents(), describe(article));
        assertLinked(article, "prime minister", "name:Ilze Kalnberga");
        assertLinked(article, "foreign minister", "name:Kaarel Tamm");
    }

    @Test
    void aDefiniteTitleNamesTheLatestPersonWithThatTitleAcrossAParagraph() {
        assertResolved("nearer-title.txt", Map.of("The minister", "Sergei Lavrov", "The president", "Xi Jinping"));
    }

    @Test
    void aDefiniteNounNamesTheOrganisationWhoseNameEndsInIt() {
        assertResolved("organisation-nouns.txt", Map.of("the alliance", "NATO", "The alliance", "NATO", "the union", "European Union"));
        LinkedArticle other = linked("organisation-nouns-other-paragraph.txt");
        List<Mention> party = mentions(other).stream().filter(m -> m.text().equals("the party")).toList();
        assertTrue(party.stream().noneMatch(m -> m.key().equals("name:Unity Party")),
                () -> "the party of the second paragraph follows another organisation named there: " + describe(other));
    }

    @Test
    void theGovernmentNamesTheStateWhoseGovernmentWasNamed() {
        assertResolved("government-nouns.txt", Map.of("government", "Sudan", "The government", "Sudan", "the regime", "Sudan"));
    }

    @Test
    void theGovernmentOfAReportThatNeverSaysWhoseIsThatOfTheStateItNamesMost() {
        assertResolved("government-unnamed.txt", Map.of("The government", "Colombia"));
    }

    @Test
    void theNorthNamesTheDividedStateNamedInFull() {
        assertResolved("compass-halves.txt", Map.of("The North", "North Korea", "The South", "South Korea"));
    }

    @Test
    void aNounPutBeforeANameNamesItAgainAndTheGroupTheArmedGroupNamedLast() {
        LinkedArticle article = linked("descriptor-nouns.txt");
        String coalition = keysOf(article, "Syrian National Coalition").iterator().next();
        assertLinked(article, "The opposition", coalition);
        String hamas = keysOf(article, "Hamas").iterator().next();
        assertLinked(article, "the group", hamas);
    }

    @Test
    void theBlocAndTheKingdomNameTheOrganisationAndTheStateTheLatestSentenceNamedFirst() {
        LinkedArticle article = linked("described-actors.txt");
        assertLinked(article, "The bloc", GAZETTEER.lookup("Economic Community of West African States").get(0).key());
        assertLinked(article, "The kingdom", key("Saudi Arabia"));
    }

    @Test
    void aDatelineNamesNoActorWhateverFollowsThePlace() {
        LinkedArticle article = linked("datelines.txt");
        Set<String> surfaces = mentions(article).stream().map(Mention::text).collect(Collectors.toSet());
        for (String dateline : List.of("DOHA", "BEIJING", "KINGSTOWN", "St Vincent")) {
            assertFalse(surfaces.contains(dateline), () -> "the dateline place '" + dateline + "' names no actor; mentions: "
                    + describe(article));
        }
        assertLinked(article, "Egypt", key("Egypt"));
        assertLinked(article, "China", key("China"));
        assertLinked(article, "Guyana", key("Guyana"));
    }

    @Test
    void aCapitalTheTaggerTakesForAPersonNamesItsState() {
        LinkedArticle article = linked("capital-speaks.txt");
        assertLinked(article, "Kiev", key("Ukraine"));
        assertLinked(article, "Moscow", key("Russia"));
        assertTrue(article.entities().stream().noneMatch(a -> a.type() == ActorType.PERSON),
                () -> "no person is named: " + describe(article));
    }

    @Test
    void placesOutletsAndPeoplesOfANationAreNoActors() {
        LinkedArticle article = linked("places-and-outlets.txt");
        Set<String> surfaces = mentions(article).stream().map(Mention::text).collect(Collectors.toSet());
        assertEquals(ActorType.TERRITORY, article.entity(key("Austria")).type(),
                () -> "a state named only as the place of talks ('in Vienna') is no actor: " + describe(article));
        assertEquals(ActorType.STATE, article.entity(key("Iran")).type(), () -> describe(article));
        for (String none : List.of("Spanish", "Kommersant", "Xinhua news agency", "U.S. Defense")) {
            assertFalse(surfaces.contains(none), () -> "'" + none + "' names no actor; mentions: " + describe(article));
        }
        for (String people : List.of("Sudanese prisoners", "Yemeni civilians")) {
            assertEquals(Set.of(ActorType.POPULATION), mentions(article).stream().filter(m -> m.text().equals(people))
                    .map(Mention::type).collect(Collectors.toSet()), () -> "'" + people + "' is a population: " + describe(article));
        }
        assertLinked(article, "U.S.", key("United States"));
    }

    @Test
    void aTitleBeforeANameIsAnotherNameOfThePersonAndNoPartOfTheirLabel() {
        LinkedArticle article = linked("titled-names.txt");
        Actor brennan = article.entity(keysOf(article, "Brennan").iterator().next());
        assertEquals("Aoife Brennan", brennan.label(), () -> "the title the tagger took in is no part of the label: " + describe(article));
        for (String[] titled : new String[][] {{"Faris", "King Faris"}, {"Hamdan al-Rashid", "Sheikh Hamdan al-Rashid"}}) {
            Actor person = article.entity(keysOf(article, titled[0]).iterator().next());
            assertTrue(person.names().contains(titled[1]), () -> titled[1] + " should be a name of " + person);
        }
        Set<String> labels = article.entities().stream().map(Actor::label).collect(Collectors.toSet());
        for (String ranked : List.of("Idrissa Kone", "Tariq Malik")) {
            assertTrue(labels.contains(ranked), () -> "ranks, abbreviated or joined by a hyphen, are no part of the label "
                    + ranked + ": " + labels);
        }
    }

    @Test
    void aNameADemonymBeginsIsOneActorAtTheStartOfASentenceToo() {
        LinkedArticle article = linked("demonym-names.txt");
        for (String name : List.of("Chadian Patriotic Front", "Libyan National Army")) {
            Actor actor = article.entity(keysOf(article, name).iterator().next());
            assertEquals(name, actor.label(), () -> "the name a demonym begins is one actor: " + describe(article));
            assertEquals(ActorType.ORGANIZATION, actor.type(), () -> name + " is no population: " + describe(article));
        }
        assertLinked(article, "Chadian", key("Chad"));
    }

    @Test
    void aBodyOfAStateNamedWithItsDemonymOrNameIsAMentionOfThatState() {
        LinkedArticle article = linked("demonym-names.txt");
        assertLinked(article, "Chadian Armed Forces", key("Chad"));
        assertLinked(article, "Sudanese Defence Ministry", key("Sudan"));
        assertLinked(article, "Ghana Navy", key("Ghana"));
    }

    @Test
    void aPersonTheTextCallsAJournalistOrAClericIsNoActor() {
        LinkedArticle article = linked("bystanders.txt");
        Set<String> surfaces = mentions(article).stream().map(Mention::text).collect(Collectors.toSet());
        for (String bystander : List.of("Marta Kowalczyk", "Pavel Dremin", "Anwar Qadri")) {
            assertFalse(surfaces.contains(bystander), () -> "'" + bystander + "' is no diplomatic actor; mentions: " + describe(article));
        }
        assertLinked(article, "Poland", key("Poland"));
    }

    @Test
    void anIntelligenceServiceIsNoActorButThePersonWhoHeadsItIs() {
        LinkedArticle article = linked("intelligence-services.txt");
        assertTrue(article.entities().stream().noneMatch(a -> a.label().equals("CIA") || a.label().equals("Mossad")),
                () -> "an intelligence service became an actor: " + describe(article));
        for (String head : List.of("Walter Haines", "Eli Navon")) {
            Set<String> keys = keysOf(article, head);
            assertTrue(keys.size() == 1 && article.entity(keys.iterator().next()).type() == ActorType.PERSON,
                    () -> head + " should be one person; mentions: " + describe(article));
        }
        assertLinked(article, "Qatar", key("Qatar"));
    }

    @Test
    void aMonthIsNoSurnameWhereNoFullNameCameBefore() {
        LinkedArticle article = linked("month-names.txt");
        assertTrue(article.entities().stream().noneMatch(a -> a.type() == ActorType.PERSON),
                () -> "'May' is a month here, no person: " + describe(article));
        assertLinked(article, "Britain", key("United Kingdom"));
    }

    @Test
    void aQuestionWordInACapitalisedHeadingIsNoAcronym() {
        LinkedArticle article = linked("headings-and-ethnic-groups.txt");
        assertTrue(mentions(article).stream().noneMatch(m -> m.text().equals("WHO")),
                () -> "'WHO' asks a question in this heading: " + describe(article));
        assertLinked(article, "Kosovo", key("Kosovo"));
    }

    @Test
    void aDemonymAfterEthnicNamesAPeopleNotItsState() {
        LinkedArticle article = linked("headings-and-ethnic-groups.txt");
        Set<String> surfaces = mentions(article).stream().map(Mention::text).collect(Collectors.toSet());
        for (String people : List.of("Albanian", "Serb")) {
            assertFalse(surfaces.contains(people), () -> "'ethnic " + people + "' names a people, no state: " + describe(article));
        }
        assertLinked(article, "Serbia", key("Serbia"));
    }

    @Test
    void aBreakawayStateIsASide() {
        LinkedArticle article = linked("breakaway-states.txt");
        for (String state : List.of("Abkhazia", "South Ossetia", "Transnistria", "Somaliland")) {
            assertLinked(article, state, key(state));
            assertEquals(ActorType.STATE, article.entity(key(state)).type(), () -> state + " should be a state: " + describe(article));
        }
    }

    @Test
    void aCapitalisedPronounRightBeforeANameBeginsIt() {
        LinkedArticle article = linked("breakaway-states.txt");
        assertTrue(mentions(article).stream().anyMatch(m -> m.text().equals("He Junwei") && m.type() == ActorType.PERSON),
                () -> "'He Junwei' is a name, not a pronoun and a surname: " + describe(article));
    }

    @Test
    void aDemonymBeforeAnotherStatesNamesAPeopleOfThatState() {
        LinkedArticle article = linked("peoples-of-two-nations.txt");
        for (String people : List.of("Turkish Cypriots", "Greek Cypriot community")) {
            assertEquals(Set.of(ActorType.POPULATION), mentions(article).stream().filter(m -> m.text().equals(people))
                    .map(Mention::type).collect(Collectors.toSet()), () -> "'" + people + "' is a people: " + describe(article));
        }
        assertTrue(article.entities().stream().noneMatch(a -> a.key().equals(key("Turkey")) || a.key().equals(key("Cyprus"))),
                () -> "neither state acts here: " + describe(article));
        assertLinked(article, "British", key("United Kingdom"));
        assertLinked(article, "French", key("France"));
    }

    @Test
    void aPatronymicNameRunsToItsFamilyNameAndGoesOnByTheGivenName() {
        LinkedArticle article = linked("patronymic-names.txt");
        String premier = key("Mohammed bin Abdulrahman Al Thani");
        assertEquals(Set.of(premier), mentions(article).stream().filter(m -> m.text().contains("Mohammed bin Abdulrahman"))
                .map(Mention::key).collect(Collectors.toSet()), () -> "the full name is one person: " + describe(article));
        assertTrue(mentions(article).stream().noneMatch(m -> m.text().equals("Al Thani")),
                () -> "'Al Thani' ends the name before it: " + describe(article));
        for (String given : List.of("Khalid", "Fahad")) {
            Set<String> keys = mentions(article).stream().filter(m -> m.type() == ActorType.PERSON && m.text().contains(given))
                    .map(Mention::key).collect(Collectors.toSet());
            assertEquals(1, keys.size(), () -> "'Sheikh " + given + "' is the person named in full before: " + describe(article));
        }
    }

    @Test
    void aRoleTitleBeforeAnHonorificAndANameNamesThatPersonNotTheHolder() {
        LinkedArticle article = linked("patronymic-names.txt");
        String holder = key("Mohammed bin Abdulrahman Al Thani");
        assertTrue(mentions(article).stream().noneMatch(m -> m.key().equals(holder) && m.text().contains("Foreign Minister")),
                () -> "'Foreign Minister Sheikh Fahad ...' names Sheikh Fahad: " + describe(article));
        assertTrue(mentions(article).stream().filter(m -> m.key().equals(holder)).allMatch(m -> m.text().contains("Mohammed")),
                () -> "only his own name names the Qatari premier: " + describe(article));
    }

    @Test
    void aGroupCalledByACommonNounBeforeItsNameIsTheGroupNamedLater() {
        LinkedArticle article = linked("groups-named-later.txt");
        String group = key("M23");
        for (String surface : List.of("armed rebels", "rebels", "The M23")) {
            assertLinked(article, surface, group);
        }
    }

    @Test
    void aBodyNamedByItsLastWordIsTheOrganisationNamedBefore() {
        LinkedArticle article = linked("organisation-parts.txt");
        assertLinked(article, "Commission", key("Economic Community of West African States"));
    }
}
