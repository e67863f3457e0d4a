package org.diplograph.link.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.diplograph.WordClasses;
import org.diplograph.link.ActorType;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.NameKey;
import org.diplograph.link.RoleVocabulary;

/**
 * Derives the gazetteer's TSV files from their sources: country-coder's regions.tsv
 * (states and territories, QIDs, ISO codes), the PETRARCH2 / Phoenix dictionaries
 * (CAMEO codes, people with dated roles) and the hand-curated tables of
 * {@code gazetteer/curated/} (demonyms, capitals, organisations, current office holders,
 * the role vocabulary). The output is deterministic: the same inputs give the same bytes.
 *
 * <pre>{@code
 * GazetteerDeriver.create().sources(Path.of("../shared/sources")).curated(Path.of("gazetteer/curated"))
 *         .build().derive().writeTo(Path.of("src/main/resources/org/diplograph/link"));
 * }</pre>
 */
public final class GazetteerDeriver {

    /** Roles that ended before this day are not kept: the news archive starts in 1990. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private static final String REGIONS = "country-coder/regions.tsv";
    private static final String PHOENIX = "petrarch2-dictionaries/";
    private static final Set<String> GENERIC_TITLES = WordClasses.bundled().get("&GENERIC_TITLE");
    private static final Set<String> HONORIFICS = WordClasses.bundled().get("&TITLE_WORD");
    /** Words that make a title someone else's: a deputy foreign minister is not a foreign minister. */
    private static final Set<String> SUBORDINATE = WordClasses.bundled().get("&SUBORDINATE");
    /** Countries whose people are named by their family name, which comes first (Chinese and Korean names). */
    private static final Set<String> SURNAME_FIRST = Set.of("CHN", "TWN", "HKG", "MAC", "PRK", "KOR");
    /**
     * Countries whose people the news name by a given name or whose last name is a father's
     * name (Vietnamese, Cambodian, Mongolian, Ethiopian, Eritrean, Icelandic names): no
     * surname is derived.
     */
    private static final Set<String> NO_SURNAME = Set.of("VNM", "KHM", "MNG", "ETH", "ERI", "ISL");
    private static final Set<String> NASAB = Set.of("bin", "bint", "ibn");

    private final Path sources;
    private final Path curated;

    private GazetteerDeriver(Path sources, Path curated) {
        this.sources = sources;
        this.curated = curated;
    }

    /** A builder; both folders must be given. */
    public static Builder create() {
        return new Builder();
    }

    /** Collects the folders a deriver reads. */
    public static final class Builder {
        private Path sources;
        private Path curated;

        private Builder() {
        }

        /** The shared sources folder, holding country-coder/ and petrarch2-dictionaries/. */
        public Builder sources(Path sources) {
            this.sources = Objects.requireNonNull(sources, "sources");
            return this;
        }

        /** The folder of hand-curated tables (gazetteer/curated). */
        public Builder curated(Path curated) {
            this.curated = Objects.requireNonNull(curated, "curated");
            return this;
        }

        /** @throws IllegalArgumentException when a folder is unset or missing */
        public GazetteerDeriver build() {
            if (sources == null || curated == null) {
                throw new IllegalArgumentException("both the sources and the curated folder must be set");
            }
            for (Path dir : List.of(sources, curated)) {
                if (!Files.isDirectory(dir)) {
                    throw new IllegalArgumentException("folder does not exist: " + dir.toAbsolutePath());
                }
            }
            return new GazetteerDeriver(sources, curated);
        }
    }

    /**
     * The derived files by name, and what was skipped in the sources.
     *
     * @param files    the text of each file of {@link Gazetteer#FILES}
     * @param warnings source lines that could not be used, with where they are
     */
    public record Derivation(SortedMap<String, String> files, List<String> warnings) {

        public Derivation {
            files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
            warnings = List.copyOf(warnings);
        }

        /** Writes every file into {@code directory}, creating it if needed. */
        public void writeTo(Path directory) throws IOException {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    private record State(String key, String type, String label, String qid, String iso2, String iso3, String cameo,
                         List<String> names, List<String> demonyms, List<String> metonyms, String source) {
    }

    private record Org(String key, String type, String label, String qid, String cameo, List<String> names,
                       List<String> metonyms, String source) {
    }

    private record RoleDraft(String holder, String of, String title, LocalDate from, LocalDate to, String source,
                             String code) {

        RoleDraft withHolder(String key) {
            return new RoleDraft(key, of, title, from, to, source, code);
        }
    }

    private static final class Person {
        String key;
        String label;
        String qid;
        final Set<String> names = new LinkedHashSet<>();
        final List<RoleDraft> roles = new ArrayList<>();
        final Set<String> sources = new TreeSet<>();
        String country;
    }

    /** Reads every source and derives the files. */
    public Derivation derive() throws IOException {
        List<String> warnings = new ArrayList<>();
        String vocabularyText = Files.readString(curated("roles-synonyms.tsv"), StandardCharsets.UTF_8);
        RoleVocabulary vocabulary = RoleVocabulary.read(new java.io.StringReader(vocabularyText), "roles-synonyms.tsv");
        PhoenixDictionary countries = PhoenixDictionary.read(sources.resolve(PHOENIX + "Phoenix.Countries.actors.txt"));
        PhoenixDictionary international = PhoenixDictionary.read(sources.resolve(PHOENIX + "Phoenix.International.actors.txt"));
        PhoenixDictionary nonState = PhoenixDictionary.read(sources.resolve(PHOENIX + "Phoenix.MilNonState.actors.txt"));
        for (PhoenixDictionary d : List.of(countries, international, nonState)) {
            warnings.addAll(d.warnings());
        }

        List<State> states = states(countries);
        List<Org> orgs = organizations(List.of(international, nonState, countries));
        Map<String, String> cameoOfKey = new HashMap<>();
        Map<String, String> stateOfCameo = new HashMap<>();
        Set<String> stateKeys = new TreeSet<>();
        for (State s : states) {
            stateKeys.add(s.key());
            if (s.cameo() != null) {
                cameoOfKey.put(s.key(), s.cameo() + "GOV");
                stateOfCameo.putIfAbsent(s.cameo(), s.key());
            }
        }
        Set<String> actorKeys = new TreeSet<>(stateKeys);
        for (Org o : orgs) {
            if (!actorKeys.add(o.key())) {
                throw new IllegalArgumentException("organisation key %s is also used by a state or another organisation".formatted(o.key()));
            }
            if (o.cameo() != null) {
                cameoOfKey.put(o.key(), o.cameo());
            }
        }

        Map<String, Set<String>> stateNames = new HashMap<>();
        for (State s : states) {
            Set<String> keys = new TreeSet<>();
            keys.add(NameKey.of(s.label()));
            s.names().forEach(n -> keys.add(NameKey.of(n)));
            stateNames.put(s.key(), keys);
        }
        Map<String, Person> phoenixPeople = phoenixPeople(countries, vocabulary, stateOfCameo, stateNames);
        Map<String, Person> people = curatedPeople(vocabulary, actorKeys, phoenixPeople);
        people.putAll(phoenixPeople);
        endBySuccessor(people.values(), vocabulary);
        addSurnames(people.values(), cameoOfKey);
        for (Person p : people.values()) {
            p.roles.removeIf(r -> !r.source().startsWith("curated") && r.to() != null && r.to().isBefore(EARLIEST));
        }
        people.values().removeIf(p -> p.roles.isEmpty() && !p.sources.contains("curated"));

        SortedMap<String, String> files = new TreeMap<>();
        files.put("states.tsv", statesFile(states));
        files.put("organizations.tsv", organizationsFile(orgs));
        files.put("people.tsv", peopleFile(people.values(), cameoOfKey));
        files.put("roles.tsv", rolesFile(people.values()));
        files.put("roles-synonyms.tsv", synonymsFile(vocabularyText));
        return new Derivation(files, warnings);
    }

    private Path curated(String file) {
        Path path = curated.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("curated table missing: " + path.toAbsolutePath());
        }
        return path;
    }

    private TsvTable curatedTable(String file, String... columns) throws IOException {
        TsvTable table;
        try (Reader in = Files.newBufferedReader(curated(file), StandardCharsets.UTF_8)) {
            table = TsvTable.read(in, file);
        }
        if (!table.columns().equals(List.of(columns))) {
            throw new IllegalArgumentException("%s: columns must be %s, but were %s".formatted(file, List.of(columns), table.columns()));
        }
        return table;
    }

    // ---- states

    private List<State> states(PhoenixDictionary countries) throws IOException {
        Map<String, String> countryNames = new HashMap<>();
        for (PhoenixDictionary.Entry e : countries.entries()) {
            e.currentCountryCode().ifPresent(code -> countryNames.putIfAbsent(code, PhoenixDictionary.display(e.name())));
        }
        Map<String, TsvTable.Row> curatedRows = new LinkedHashMap<>();
        for (TsvTable.Row row : curatedTable("states.tsv", "key", "type", "label", "names", "demonyms", "metonyms", "cameo").rows()) {
            if (curatedRows.put(row.get("key"), row) != null) {
                throw new IllegalArgumentException("%s: key %s listed twice".formatted(row.where(), row.get("key")));
            }
        }
        TsvTable regions;
        Path regionsPath = sources.resolve(REGIONS);
        if (!Files.isRegularFile(regionsPath)) {
            throw new IllegalArgumentException("country-coder table not found: " + regionsPath.toAbsolutePath());
        }
        try (Reader in = Files.newBufferedReader(regionsPath, StandardCharsets.UTF_8)) {
            regions = TsvTable.read(in, REGIONS);
        }
        List<State> states = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (TsvTable.Row row : regions.rows()) {
            String level = row.get("level");
            if (row.get("iso1A2").isEmpty() || level.equals("union") || level.equals("unitedNations")) {
                continue;
            }
            String qid = row.get("wikidata");
            TsvTable.Row cur = curatedRows.get(qid);
            String iso3 = row.getOrNull("iso1A3");
            String label = cur == null || cur.get("label").isEmpty() ? row.get("nameEn") : cur.get("label");
            String cameo = cur != null && !cur.get("cameo").isEmpty() ? cur.get("cameo")
                    : iso3 != null && countryNames.containsKey(iso3) ? iso3 : null;
            List<String> names = new ArrayList<>();
            names.add(row.get("nameEn"));
            // country-coder's aliases mix names with vehicle and subdivision codes; only names have lower case.
            row.list("aliases").stream().flatMap(a -> Arrays.stream(a.split(","))).map(String::strip)
                    .filter(a -> !a.equals(a.toUpperCase(java.util.Locale.ROOT))).forEach(names::add);
            Set<String> source = new TreeSet<>(List.of("country-coder"));
            if (cameo != null && countryNames.containsKey(cameo)) {
                names.add(countryNames.get(cameo));
                source.add("phoenix");
            }
            List<String> demonyms = List.of();
            List<String> metonyms = List.of();
            String type = ActorType.TERRITORY.name();
            if (cur != null) {
                names.addAll(cur.list("names"));
                demonyms = cur.list("demonyms");
                metonyms = cur.list("metonyms");
                type = type(cur, Set.of(ActorType.STATE, ActorType.TERRITORY));
                source.add("curated");
            }
            seen.add(qid);
            states.add(new State(qid, type, label, qid, row.get("iso1A2"), iso3, cameo, distinctNames(label, names),
                    demonyms, metonyms, String.join(";", source)));
        }
        for (TsvTable.Row cur : curatedRows.values()) {
            if (seen.contains(cur.get("key"))) {
                continue;
            }
            String key = cur.get("key");
            if (cur.get("label").isEmpty()) {
                throw new IllegalArgumentException("%s: %s is not in %s with an ISO code, so it needs a label".formatted(cur.where(), key, REGIONS));
            }
            String qid = key.matches("Q[0-9]+") ? key : null;
            if (qid == null && !key.equals("name:" + cur.get("label"))) {
                throw new IllegalArgumentException("%s: key must be a QID or 'name:' and the label, but was: %s".formatted(cur.where(), key));
            }
            states.add(new State(key, type(cur, Set.of(ActorType.STATE, ActorType.TERRITORY)), cur.get("label"), qid, null,
                    null, cur.getOrNull("cameo"), distinctNames(cur.get("label"), cur.list("names")), cur.list("demonyms"),
                    cur.list("metonyms"), qid == null ? "curated" : "curated;wikidata"));
        }
        Map<String, String> demonymOwner = new HashMap<>();
        for (State s : states) {
            for (String d : s.demonyms()) {
                String other = demonymOwner.put(NameKey.of(d), s.key());
                if (other != null && !other.equals(s.key())) {
                    throw new IllegalArgumentException("curated states.tsv: demonym '%s' is given to both %s and %s".formatted(d, other, s.key()));
                }
            }
        }
        states.sort(Comparator.comparing(State::key));
        return states;
    }

    private static String type(TsvTable.Row row, Set<ActorType> allowed) {
        String value = row.get("type");
        for (ActorType t : allowed) {
            if (t.name().equals(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException("%s: type must be one of %s, but was: '%s'".formatted(row.where(), allowed, value));
    }

    // ---- organisations

    private List<Org> organizations(List<PhoenixDictionary> dictionaries) throws IOException {
        Map<String, String> codeOfName = new HashMap<>();
        for (PhoenixDictionary d : dictionaries) {
            for (PhoenixDictionary.Entry e : d.entries()) {
                if (!e.codes().isEmpty()) {
                    String code = e.codes().stream().filter(c -> !c.dated()).findFirst().orElse(e.codes().get(0)).code();
                    codeOfName.putIfAbsent(NameKey.of(PhoenixDictionary.display(e.name())), code);
                }
            }
        }
        List<Org> orgs = new ArrayList<>();
        for (TsvTable.Row row : curatedTable("organizations.tsv", "qid", "type", "label", "names", "metonyms", "phoenix").rows()) {
            String qid = row.getOrNull("qid");
            if (qid != null && !qid.matches("Q[0-9]+")) {
                throw new IllegalArgumentException("%s: qid must be Q and digits, but was: %s".formatted(row.where(), qid));
            }
            String label = row.get("label");
            String cameo = null;
            Set<String> source = new TreeSet<>(List.of("curated"));
            if (qid != null) {
                source.add("wikidata");
            }
            String phoenix = row.getOrNull("phoenix");
            if (phoenix != null) {
                cameo = codeOfName.get(NameKey.of(phoenix));
                if (cameo == null) {
                    throw new IllegalArgumentException("%s: no PETRARCH2 entry with a code is named '%s'".formatted(row.where(), phoenix));
                }
                source.add("phoenix");
            }
            orgs.add(new Org(qid != null ? qid : "name:" + label, type(row, Set.of(ActorType.ORGANIZATION, ActorType.ARMED_GROUP)),
                    label, qid, cameo, distinctNames(label, row.list("names")), row.list("metonyms"), String.join(";", source)));
        }
        orgs.sort(Comparator.comparing(Org::key));
        return orgs;
    }

    // ---- people from the Phoenix country dictionary

    private static Map<String, Person> phoenixPeople(PhoenixDictionary countries, RoleVocabulary vocabulary,
                                                     Map<String, String> stateOfCameo, Map<String, Set<String>> stateNames) {
        Map<String, Person> people = new TreeMap<>();
        for (PhoenixDictionary.Entry e : countries.entries()) {
            List<PhoenixDictionary.Code> dated = e.codes().stream().filter(PhoenixDictionary.Code::dated).toList();
            if (dated.isEmpty()) {
                continue;
            }
            String label = PhoenixDictionary.display(e.name());
            String key = "name:" + label;
            Set<String> aliasTitles = new TreeSet<>();
            for (String alias : e.aliases()) {
                aliasTitles.addAll(titlesIn(alias, vocabulary));
            }
            aliasTitles.removeAll(GENERIC_TITLES);
            // A heading such as "Prime Ministers" runs on over the whole cabinet in these files, so it
            // names a person's title only when the person's own aliases name it too.
            Optional<String> headingTitle = e.section() == null ? Optional.empty() : sectionTitle(e.section(), vocabulary)
                    .filter(aliasTitles::contains);
            long governmentTerms = dated.stream().filter(c -> isGovernment(c) && c.comment().isEmpty()).count();
            List<RoleDraft> roles = new ArrayList<>();
            List<PhoenixDictionary.Code> untitled = new ArrayList<>();
            for (PhoenixDictionary.Code c : dated) {
                String of = c.code().length() >= 3 ? stateOfCameo.get(c.code().substring(0, 3)) : null;
                if (of == null) {
                    continue;
                }
                Optional<String> title = c.comment().isEmpty() ? Optional.empty() : vocabulary.normalise(c.comment());
                String how = "phoenix:comment";
                if (title.isEmpty() && !c.comment().isEmpty()) {
                    title = titleOfState(c.comment(), of, stateNames, vocabulary);
                }
                if (title.isEmpty() && isGovernment(c) && c.comment().isEmpty() && headingTitle.isPresent()
                        && governmentTerms == 1) {
                    title = headingTitle;
                    how = "phoenix:section";
                }
                if (title.isPresent()) {
                    roles.add(new RoleDraft(key, of, title.get(), c.from(), c.to(), how, c.code()));
                } else if (isGovernment(c) && c.comment().isEmpty()) {
                    untitled.add(c);
                }
            }
            // With several terms in government and no comment, nothing tells which term the title belongs to.
            if (roles.isEmpty() && untitled.size() == 1 && aliasTitles.size() == 1) {
                PhoenixDictionary.Code c = untitled.get(0);
                roles.add(new RoleDraft(key, stateOfCameo.get(c.code().substring(0, 3)), aliasTitles.iterator().next(),
                        c.from(), c.to(), "phoenix:alias", c.code()));
            }
            if (roles.isEmpty()) {
                continue;
            }
            Person p = people.computeIfAbsent(key, k -> new Person());
            p.key = key;
            p.label = label;
            p.sources.add("phoenix");
            p.country = roles.get(0).code().substring(0, 3);
            for (String alias : e.aliases()) {
                if (titlesIn(alias, vocabulary).isEmpty() && !hasHonorific(alias)) {
                    p.names.add(PhoenixDictionary.display(alias));
                }
            }
            for (RoleDraft r : roles) {
                if (!p.roles.contains(r)) {
                    p.roles.add(r);
                }
            }
        }
        return people;
    }

    /**
     * Every person, curated or from the dictionary, goes by their surname too: the last word
     * of the label, or the first where the family name comes first (Wang Yi is "Wang"). None
     * is derived where a single-word name of the row is already a word of the label (the
     * curated table names Abiy Ahmed "Abiy") or a name of the row is the label's end starting
     * with a particle ("von der Leyen", "Le Drian"), for a regnal number (Charles III), a name
     * with "bin" or "ibn", or where {@link #NO_SURNAME} says the last word is no surname. A
     * surname two people share is kept for both: the linker resolves it only from a full
     * name earlier in the article.
     */
    private static void addSurnames(Collection<Person> people, Map<String, String> cameoOfKey) {
        for (Person p : people) {
            String country = p.country;
            if (country == null && !p.roles.isEmpty()) {
                String cameo = cameoOfKey.get(p.roles.get(0).of());
                country = cameo == null || cameo.length() < 3 ? null : cameo.substring(0, 3);
            }
            List<String> words = List.of(p.label.split(" "));
            String last = words.get(words.size() - 1);
            boolean named = p.names.stream().anyMatch(n -> !n.contains(" ") ? words.contains(n)
                    : p.label.endsWith(" " + n) && Character.isLowerCase(n.charAt(0)) || n.startsWith("Le "));
            if (words.size() < 2 || named || last.matches("[IVX]+") || words.stream().anyMatch(NASAB::contains)
                    || (country != null && NO_SURNAME.contains(country))) {
                continue;
            }
            boolean first = country != null && SURNAME_FIRST.contains(country);
            String surname = first ? words.get(0) : last;
            if (surname.length() >= (first ? 2 : 3) && !surname.endsWith(".")) {
                p.names.add(surname);
            }
        }
    }

    /** The title of a comment such as "President of Germany", when it names the role's own state. */
    private static Optional<String> titleOfState(String comment, String state, Map<String, Set<String>> stateNames,
                                                 RoleVocabulary vocabulary) {
        String key = NameKey.of(comment);
        int of = key.lastIndexOf(" of ");
        if (of < 0 || !stateNames.getOrDefault(state, Set.of()).contains(key.substring(of + 4))) {
            return Optional.empty();
        }
        return vocabulary.normalise(key.substring(0, of));
    }

    private static boolean isGovernment(PhoenixDictionary.Code c) {
        return c.code().length() == 6 && c.code().endsWith("GOV");
    }

    /** The title a heading such as "U.S. Secretaries of State" or "Prime Ministers" names. */
    private static Optional<String> sectionTitle(String heading, RoleVocabulary vocabulary) {
        String h = NameKey.of(heading);
        for (String prefix : List.of("us ", "united states ")) {
            if (h.startsWith(prefix)) {
                h = h.substring(prefix.length());
            }
        }
        if (h.endsWith(" of the united states")) {
            h = h.substring(0, h.length() - " of the united states".length());
        }
        List<String> words = Arrays.stream(h.split(" ")).map(GazetteerDeriver::singular).collect(Collectors.toCollection(ArrayList::new));
        for (int drop = 0; drop <= 2 && drop < words.size(); drop++) {
            Optional<String> title = vocabulary.normalise(String.join(" ", words.subList(drop, words.size())));
            if (title.isPresent()) {
                return GENERIC_TITLES.contains(title.get()) ? Optional.empty() : title;
            }
        }
        return Optional.empty();
    }

    private static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The titles named anywhere in an alias, longest phrase first at each word. */
    private static Set<String> titlesIn(String alias, RoleVocabulary vocabulary) {
        String[] words = NameKey.of(alias.replace('_', ' ')).split(" ");
        Set<String> titles = new TreeSet<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(5, words.length - i); n >= 1; n--) {
                Optional<String> title = vocabulary.normalise(String.join(" ", Arrays.copyOfRange(words, i, i + n)));
                if (title.isPresent()) {
                    if (i == 0 || !SUBORDINATE.contains(words[i - 1])) {
                        titles.add(title.get());
                    }
                    i += n - 1;
                    break;
                }
            }
        }
        return titles;
    }

    private static boolean hasHonorific(String alias) {
        String key = NameKey.of(alias.replace('_', ' '));
        return key.length() < 3 || key.chars().anyMatch(Character::isDigit)
                || Arrays.stream(key.split(" ")).anyMatch(HONORIFICS::contains);
    }

    // ---- curated people and their merge with Phoenix's

    private Map<String, Person> curatedPeople(RoleVocabulary vocabulary, Set<String> actorKeys,
                                              Map<String, Person> phoenixPeople) throws IOException {
        Map<String, Person> byLabel = new LinkedHashMap<>();
        Map<String, Person> people = new TreeMap<>();
        for (TsvTable.Row row : curatedTable("people.tsv", "qid", "label", "names").rows()) {
            Person p = new Person();
            p.qid = row.getOrNull("qid");
            if (p.qid != null && !p.qid.matches("Q[0-9]+")) {
                throw new IllegalArgumentException("%s: qid must be Q and digits, but was: %s".formatted(row.where(), p.qid));
            }
            p.label = row.get("label");
            p.key = p.qid != null ? p.qid : "name:" + p.label;
            p.names.addAll(row.list("names"));
            p.sources.add("curated");
            if (p.qid != null) {
                p.sources.add("wikidata");
            }
            if (byLabel.put(p.label, p) != null || people.put(p.key, p) != null) {
                throw new IllegalArgumentException("%s: %s is listed twice".formatted(row.where(), p.label));
            }
        }
        for (TsvTable.Row row : curatedTable("roles.tsv", "person", "of", "title", "from", "to", "note").rows()) {
            Person p = byLabel.get(row.get("person"));
            if (p == null) {
                throw new IllegalArgumentException("%s: person '%s' is not in curated people.tsv".formatted(row.where(), row.get("person")));
            }
            String of = row.get("of");
            if (!actorKeys.contains(of)) {
                throw new IllegalArgumentException("%s: '%s' is neither a state nor an organisation of the gazetteer".formatted(row.where(), of));
            }
            String title = row.get("title");
            if (!vocabulary.titles().contains(title)) {
                throw new IllegalArgumentException("%s: title '%s' is not one of %s".formatted(row.where(), title, vocabulary.titles()));
            }
            LocalDate from = curatedDate(row, "from");
            LocalDate to = curatedDate(row, "to");
            if (from != null && to != null && !from.isBefore(to)) {
                throw new IllegalArgumentException("%s: role ends on %s, not after it starts on %s".formatted(row.where(), to, from));
            }
            p.roles.add(new RoleDraft(p.key, of, title, from, to, "curated", null));
        }
        Map<String, Set<String>> phoenixByName = new HashMap<>();
        for (Person ph : phoenixPeople.values()) {
            phoenixByName.computeIfAbsent(NameKey.of(ph.label), k -> new TreeSet<>()).add(ph.key);
            for (String alias : ph.names) {
                if (alias.contains(" ")) {
                    phoenixByName.computeIfAbsent(NameKey.of(alias), k -> new TreeSet<>()).add(ph.key);
                }
            }
        }
        Map<String, String> claimedBy = new HashMap<>();
        for (Person p : people.values()) {
            Set<String> matches = new TreeSet<>(phoenixByName.getOrDefault(NameKey.of(p.label), Set.of()));
            for (String name : p.names) {
                Person ph = phoenixPeople.get("name:" + name);
                if (ph != null) {
                    matches.add(ph.key);
                }
            }
            for (String match : matches) {
                String other = claimedBy.put(match, p.label);
                if (other != null) {
                    throw new IllegalArgumentException("curated people %s and %s both match PETRARCH2's %s: make their names distinct"
                            .formatted(other, p.label, match));
                }
                Person ph = phoenixPeople.get(match);
                p.names.add(ph.label);
                p.names.addAll(ph.names);
                p.sources.add("phoenix");
                p.country = ph.country;
                // Curated roles are reviewed; a PETRARCH2 term of the same person may be another office.
                if (p.roles.isEmpty()) {
                    ph.roles.forEach(r -> p.roles.add(r.withHolder(p.key)));
                }
            }
        }
        claimedBy.keySet().forEach(phoenixPeople::remove);
        return people;
    }

    private static LocalDate curatedDate(TsvTable.Row row, String column) {
        String value = row.getOrNull(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("%s: %s must be a date YYYY-MM-DD, but was: %s".formatted(row.where(), column, value), e);
        }
    }

    /**
     * A term the sources leave open ends when the next holder of the same single-holder
     * office starts: PETRARCH2's dictionaries end in 2014 and name no end for later terms.
     */
    private static void endBySuccessor(Collection<Person> people, RoleVocabulary vocabulary) {
        Map<String, List<RoleDraft>> offices = new TreeMap<>();
        for (Person p : people) {
            for (RoleDraft r : p.roles) {
                if (vocabulary.isSingleHolder(r.title()) && r.from() != null) {
                    offices.computeIfAbsent(r.of() + "\t" + r.title(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        Map<RoleDraft, RoleDraft> ended = new HashMap<>();
        for (List<RoleDraft> office : offices.values()) {
            for (RoleDraft r : office) {
                if (r.to() != null) {
                    continue;
                }
                office.stream().filter(o -> !o.holder().equals(r.holder()) && o.from().isAfter(r.from()))
                        .map(RoleDraft::from).min(Comparator.naturalOrder())
                        .ifPresent(next -> ended.put(r, new RoleDraft(r.holder(), r.of(), r.title(), r.from(), next,
                                r.source() + ";end-from-successor", r.code())));
            }
        }
        for (Person p : people) {
            p.roles.replaceAll(r -> ended.getOrDefault(r, r));
        }
    }

    // ---- output

    /** The names in order, each once, without the label; "U.S." and "US" are both kept, as articles write both. */
    private static List<String> distinctNames(String label, List<String> names) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String n : names) {
            if (!NameKey.of(n).isEmpty()) {
                distinct.add(n.strip());
            }
        }
        distinct.remove(label);
        return List.copyOf(distinct);
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains("\t") || value.contains("\n") || value.contains("\r")) {
            throw new IllegalArgumentException("a cell must not hold tabs or line breaks, but was: " + value);
        }
        return value;
    }

    private static String list(List<String> values) {
        for (String v : values) {
            if (v.contains(TsvTable.LIST_SEPARATOR)) {
                throw new IllegalArgumentException("a list item must not hold '%s', but was: %s".formatted(TsvTable.LIST_SEPARATOR, v));
            }
        }
        return cell(String.join(TsvTable.LIST_SEPARATOR, values));
    }

    private static String table(String comment, String header, List<String> rows) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.strip().split("\n")) {
            out.append("# ").append(line.strip()).append('\n');
        }
        out.append(header).append('\n');
        rows.forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    private static String row(String... cells) {
        return Arrays.stream(cells).map(GazetteerDeriver::cell).collect(Collectors.joining("\t"));
    }

    private static String statesFile(List<State> states) {
        List<String> rows = states.stream().map(s -> row(s.key(), s.type(), s.label(), s.qid(), s.iso2(), s.iso3(), s.cameo(),
                list(s.names()), list(s.demonyms()), list(s.metonyms()), s.source())).toList();
        return table("""
                States and territories of diplograph's gazetteer. Generated by GazetteerDeriver: do not edit, edit gazetteer/curated/.
                key, qid, iso2, iso3: Wikidata QID and ISO 3166-1 codes from country-coder regions.tsv (rows with an ISO code);
                  rows not in regions.tsv come from gazetteer/curated/states.tsv.
                type: STATE for the states listed in gazetteer/curated/states.tsv, TERRITORY otherwise.
                label: gazetteer/curated/states.tsv where given, else country-coder's English name.
                cameo: gazetteer/curated/states.tsv where given, else the ISO alpha-3 code when a PETRARCH2 country entry uses it.
                names: country-coder's name and aliases, the PETRARCH2 country entry's name, gazetteer/curated/states.tsv.
                demonyms, metonyms (capitals, seats of government): gazetteer/curated/states.tsv.
                source: the sources of the row. Lists are separated by |.""",
                "key\ttype\tlabel\tqid\tiso2\tiso3\tcameo\tnames\tdemonyms\tmetonyms\tsource", rows);
    }

    private static String organizationsFile(List<Org> orgs) {
        List<String> rows = orgs.stream().map(o -> row(o.key(), o.type(), o.label(), o.qid(), o.cameo(), list(o.names()),
                list(o.metonyms()), o.source())).toList();
        return table("""
                Organisations and armed groups of diplograph's gazetteer. Generated by GazetteerDeriver: do not edit, edit gazetteer/curated/.
                key: the QID, else name: and the label.
                type, label, names (aliases, abbreviations), metonyms: gazetteer/curated/organizations.tsv.
                qid: Wikidata, looked up by hand (source wikidata); empty where not certain.
                cameo: the code of the PETRARCH2 Phoenix entry named in gazetteer/curated/organizations.tsv.
                source: the sources of the row. Lists are separated by |.""",
                "key\ttype\tlabel\tqid\tcameo\tnames\tmetonyms\tsource", rows);
    }

    private static String peopleFile(Collection<Person> people, Map<String, String> cameoOfKey) {
        List<String> rows = people.stream().sorted(Comparator.comparing(p -> p.key)).map(p -> {
            RoleDraft latest = p.roles.stream().max(Comparator.comparing(RoleDraft::from,
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))).orElse(null);
            String cameo = latest == null ? null : latest.code() != null ? latest.code() : cameoOfKey.get(latest.of());
            return row(p.key, p.label, p.qid, cameo, list(distinctNames(p.label, new ArrayList<>(p.names))),
                    String.join(";", p.sources));
        }).toList();
        return table("""
                People of diplograph's gazetteer. Generated by GazetteerDeriver: do not edit, edit gazetteer/curated/.
                key: the QID, else name: and the label.
                label, names: gazetteer/curated/people.tsv, and PETRARCH2 Phoenix.Countries.actors.txt entries
                  (their names and aliases, title-prefixed aliases dropped), and for everyone the surname:
                  the last word, the first for Chinese and Korean names.
                qid: Wikidata, looked up by hand (source wikidata); empty where not certain.
                cameo: the PETRARCH2 code of the latest role, else the CAMEO code of the state (with GOV) or organisation of it.
                source: the sources of the row. Lists are separated by |.""",
                "key\tlabel\tqid\tcameo\tnames\tsource", rows);
    }

    private static String rolesFile(Collection<Person> people) {
        Comparator<RoleDraft> order = Comparator.comparing(RoleDraft::holder).thenComparing(RoleDraft::of)
                .thenComparing(RoleDraft::title)
                .thenComparing(RoleDraft::from, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(RoleDraft::to, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(RoleDraft::source);
        List<String> rows = people.stream().flatMap(p -> p.roles.stream()).distinct().sorted(order)
                .map(r -> row(r.holder(), r.of(), r.title(), Objects.toString(r.from(), null),
                        Objects.toString(r.to(), null), r.source())).toList();
        return table("""
                Roles of the people of diplograph's gazetteer. Generated by GazetteerDeriver: do not edit, edit gazetteer/curated/.
                person: a key of people.tsv; of: a key of states.tsv or organizations.tsv.
                title: a title of roles-synonyms.tsv. from: first day; to: the day the role ended (exclusive), empty while held.
                source: curated (gazetteer/curated/roles.tsv); phoenix:comment, phoenix:section or phoenix:alias for a dated code of
                  PETRARCH2 Phoenix.Countries.actors.txt whose title came from the code's comment, the heading it is under, or the
                  entry's title-prefixed aliases; end-from-successor where an open term was ended by the next holder's start.
                Roles ended before 1990 are left out.""",
                "person\tof\ttitle\tfrom\tto\tsource", rows);
    }

    private static String synonymsFile(String curatedText) {
        List<String> comment = new ArrayList<>();
        String header = null;
        List<String[]> rows = new ArrayList<>();
        for (String line : curatedText.split("\n")) {
            if (line.startsWith("#")) {
                comment.add(line.substring(1).strip());
            } else if (!line.isBlank()) {
                if (header == null) {
                    header = line;
                } else {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        Comparator<String[]> order = Comparator.comparing((String[] r) -> r[1])
                .thenComparing(r -> r[0].equals(r[1]) ? 0 : 1)
                .thenComparing(r -> r[0]);
        rows.sort(order);
        comment.add(0, "Copied from gazetteer/curated/roles-synonyms.tsv by GazetteerDeriver, rows sorted by title.");
        return table(String.join("\n", comment), header, rows.stream().map(r -> String.join("\t", r)).toList());
    }
}
