package org.diplograph.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.DataFiles;
import org.diplograph.WordClasses;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Datelines;
import org.diplograph.nlp.Nlp;

/**
 * Resolves every mention of an entity in an article to one canonical entity: names
 * from the gazetteer, surnames after a first mention, titles, demonyms, metonyms and
 * personal pronouns. An entity the gazetteer lacks becomes one entity per article,
 * keyed by its fullest name. Thread-safe: all per-article state lives in a run.
 */
public final class Linker {

    private static final int MAX_NAME_TOKENS = 7;
    /** Entity classes of a capitalised word that cannot be a surname ("May" as a month). */
    private static final Set<String> NUMERIC_NER = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");
    /** "al Qaeda", "al-Shabaab": a lowercase article that begins a name. */
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el");
    private static final Set<String> COMPOUND_SUFFIXES = WordClasses.bundled().get("&SPONSORED");
    private static final Set<String> MALE_FEMALE_PRONOUNS = WordClasses.bundled().get("&HE_SHE");
    /** "the North", "the South": the half of a divided country the article names in full. */
    private static final Set<String> COMPASS_WORDS = WordClasses.bundled().get("&COMPASS_HALF");
    /** "the group", "the movement": the armed group named last. */
    private static final Set<String> GROUP_NOUNS = WordClasses.bundled().get("&MOVEMENT");
    /**
     * "the government", "the regime": the government of a state named before as governing ("Assad's
     * government"), else of the state the article has named most.
     */
    private static final Set<String> GOVERNMENT_NOUNS = WordClasses.bundled().get("&GOVERNMENT");
    /** "the bloc", "the organisation": an organisation named just before. Words as written, lower-cased. */
    private static final Set<String> BLOC_NOUNS = WordClasses.bundled().get("&BLOC");
    /** "the kingdom", "the country": a state named just before. Words as written, lower-cased. */
    private static final Set<String> REALM_NOUNS = WordClasses.bundled().get("&REALM");
    /** Inside a quotation these name whoever is quoted. */
    private static final Set<String> SPEAKER_PRONOUNS = WordClasses.bundled().get("&I");
    private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201c", "\u201d");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    private static final Set<String> DOCUMENT_WORDS = WordClasses.bundled().get("&DOCUMENT_TITLE");
    /** The generic title a minister's title contains ("foreign minister"). */
    private static final Set<String> MINISTER = WordClasses.bundled().get("&MINISTER");
    private static final Set<String> PLACE_NOUNS = WordClasses.bundled().get("&PLACE_NOUN");
    private static final Set<String> VENUE = WordClasses.bundled().get("&VENUE");
    private static final Set<String> ETHNIC = WordClasses.bundled().get("&ETHNIC");
    private static final Set<String> QUESTION_WORDS = WordClasses.bundled().get("&QUESTION_WORD");
    private static final Set<String> MEDIA = WordClasses.bundled().get("&MEDIA");
    private static final Set<String> NEWS = WordClasses.bundled().get("&NEWS");
    private static final Set<String> BYSTANDERS = WordClasses.bundled().get("&BYSTANDER");
    /** The article of a family name written apart ("Al Thani", "El Sayed"). */
    private static final Set<String> FAMILY_ARTICLES = WordClasses.bundled().get("&FAMILY_ARTICLE");
    /** "of", "the": the words that join the parts of an organisation's name, which its acronym may skip. */
    private static final Set<String> NAME_JOINERS = WordClasses.bundled().get("&NAME_JOINER");
    /** "Jr.", "III": a generational suffix after a surname. */
    private static final Set<String> NAME_SUFFIXES = WordClasses.bundled().get("&NAME_SUFFIX");
    /** Bodies of an organisation that the news names by the body's word alone ("the Commission"). */
    private static final Set<String> BODIES = WordClasses.bundled().get("&BODY");
    /** The most words a patronymic name has after each particle ("Hamad Al Thani"). */
    private static final int MAX_PATRONYMIC_PARTS = 4;
    /** Particles of a patronymic name, after which the news names a person by the given name. */
    private static final Set<String> PATRONYMIC = WordClasses.bundled().get("&PATRONYMIC");
    /** "May", "June": full month names, as written. */
    private static final Set<String> MONTHS = Arrays.stream(Month.values())
            .map(month -> month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.toUnmodifiableSet());

    private final Gazetteer gazetteer;
    private final Set<String> nonActors;
    private final Set<String> agentNouns;
    private final Set<String> populationNouns;
    private final Set<String> honorifics;
    private final Set<String> armedGroupNouns;

    private Linker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.nonActors = lowerCase(words("non-actors.txt"));
        this.agentNouns = Set.copyOf(words("agent-nouns.txt"));
        this.populationNouns = Set.copyOf(words("population-nouns.txt"));
        this.honorifics = Set.copyOf(words("honorifics.txt"));
        this.armedGroupNouns = Set.copyOf(words("armed-group-nouns.txt"));
    }

    /** A linker over the given gazetteer. */
    public static Linker over(Gazetteer gazetteer) {
        if (gazetteer == null) {
            throw new IllegalArgumentException("gazetteer must not be null");
        }
        return new Linker(gazetteer);
    }

    /** True for news organisations and programmes, which are never actors. */
    public boolean isNonActor(String name) {
        return nonActors.contains(name.toLowerCase(Locale.ROOT));
    }

    /** True for nouns naming people or bodies acting for a state ("negotiators", "side"). */
    public boolean isAgentNoun(String lemma) {
        return agentNouns.contains(lemma);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Links the mentions of one article. */
    public LinkedArticle link(AnnotatedArticle annotated) {
        return new Run(annotated).link();
    }

    /** The state of linking one article. */
    private final class Run {
        private final AnnotatedArticle annotated;
        private final String body;
        private final LocalDate date;
        private final Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        private final Map<String, String> surnames = new LinkedHashMap<>();
        /** The armed groups of the article's own made of a common noun ("the rebels"), no name. */
        private final Set<String> commonNounGroups = new LinkedHashSet<>();
        /** The people named so far, in order, with whether each was a subject or a speaker there. */
        private final List<Seen> people = new ArrayList<>();
        /** The mentions of the sentences already linked, in order. */
        private final List<Mention> earlier = new ArrayList<>();
        /** The role titles the article gives a person by their name ("Foreign Minister X"). */
        private final Map<String, Set<String>> titlesNamed = new LinkedHashMap<>();
        private final List<Integer> paragraphBreaks = new ArrayList<>();
        private final List<Integer> paragraphOfSentence = new ArrayList<>();
        private List<CoreSentence> sentences;
        /** Whether the sentence being linked is a heading set in capitals. */
        private boolean inCapitals;
        private int paragraph;
        /** The state whose government the article last named ("Syria's government", "Assad's government"). */
        private String lastGoverned;
        /** Common nouns the article has put before a name ("the opposition National Coalition"), by noun. */
        private final Map<String, String> descriptors = new LinkedHashMap<>();
        /** Each acronym the article has put in brackets after a name ("the Free Aceh Movement (GAM)"), as written, to its actor's key. */
        private final Map<String, String> acronyms = new LinkedHashMap<>();
        /** Entities found to be one actor by such an acronym: the key of each to the key it is folded into. */
        private final Map<String, String> sameByAcronym = new LinkedHashMap<>();

        Run(AnnotatedArticle annotated) {
            this.annotated = annotated;
            this.body = annotated.article().body();
            this.date = annotated.article().date();
            Matcher breaks = PARAGRAPH_BREAK.matcher(body);
            while (breaks.find()) {
                paragraphBreaks.add(breaks.end());
            }
        }

        LinkedArticle link() {
            List<List<Mention>> all = new ArrayList<>();
            sentences = annotated.document().sentences();
            for (int s = 0; s < sentences.size(); s++) {
                all.add(linkSentence(s, sentences.get(s)));
            }
            mergeByAcronym(all);
            mergeSurnamesNamedInFullLater(all);
            mergeGroupsNamedLater(all);
            Set<String> places = onlyPlaces(all, sentences);
            Map<String, Actor> built = new LinkedHashMap<>();
            for (Map.Entry<String, EntityBuilder> entry : entities.entrySet()) {
                Actor actor = entry.getValue().build();
                if (places.contains(entry.getKey())) {
                    actor = new Actor(actor.key(), ActorType.TERRITORY, actor.label(), actor.names(), actor.qid(), null, null);
                }
                built.put(entry.getKey(), actor);
            }
            if (!places.isEmpty()) {
                for (int s = 0; s < all.size(); s++) {
                    all.set(s, all.get(s).stream().map(m -> places.contains(m.key())
                            ? new Mention(m.sentence(), m.begin(), m.end(), m.key(), ActorType.TERRITORY, m.text(), m.indirect()) : m).toList());
                }
            }
            return new LinkedArticle(annotated, all, built);
        }

        /**
         * A headline or lead often names a person by surname before the full name ("Kim
         * commits ..." before "Kim Jong Un"): a one-word person of the article's own whose
         * word is the surname of exactly one other person of the article is that person.
         */
        private void mergeSurnamesNamedInFullLater(List<List<Mention>> all) {
            Map<String, String> merged = new LinkedHashMap<>();
            for (Map.Entry<String, EntityBuilder> entry : entities.entrySet()) {
                Actor alone = entry.getValue().peek();
                if (alone.type() != ActorType.PERSON || !alone.key().startsWith("name:") || alone.label().contains(" ")) {
                    continue;
                }
                List<String> fuller = otherPeopleNamedInFull(alone, person -> surnameForms(person.label())
                        .contains(alone.label().toLowerCase(Locale.ROOT)) || person.names().stream().anyMatch(n -> n.equalsIgnoreCase(alone.label())));
                if (fuller.isEmpty()) {
                    // "Getachew" after "Getachew Reda", "Kim" after "Kim Young-sam": where no one has
                    // the word for a surname, the one person whose name begins with it
                    fuller = otherPeopleNamedInFull(alone,
                            person -> person.label().substring(0, person.label().indexOf(' ')).equalsIgnoreCase(alone.label()));
                }
                if (fuller.size() == 1) {
                    merged.put(alone.key(), fuller.get(0));
                }
            }
            merge(merged, all);
        }

        /** The keys of the people other than {@code alone} named with several words whom {@code named} accepts. */
        private List<String> otherPeopleNamedInFull(Actor alone, Predicate<Actor> named) {
            List<String> keys = new ArrayList<>();
            for (EntityBuilder other : entities.values()) {
                Actor person = other.peek();
                if (person.type() == ActorType.PERSON && !person.key().equals(alone.key()) && person.label().contains(" ")
                        && named.test(person)) {
                    keys.add(person.key());
                }
            }
            return keys;
        }

        /**
         * "The rebels" before the article names the group ("rebels attacked a base ... The National
         * Liberation Army said ..."): a group of the article's own, made of a common noun before any
         * armed group was named, is the one armed group the article goes on to name.
         */
        private void mergeGroupsNamedLater(List<List<Mention>> all) {
            List<String> named = entities.values().stream().map(EntityBuilder::peek)
                    .filter(actor -> actor.type() == ActorType.ARMED_GROUP && !commonNounGroups.contains(actor.key()))
                    .map(Actor::key).toList();
            if (named.size() != 1) {
                return;
            }
            Map<String, String> merged = new LinkedHashMap<>();
            commonNounGroups.stream().filter(entities::containsKey).forEach(key -> merged.put(key, named.get(0)));
            merge(merged, all);
        }

        /** Folds each entity of the map's keys into the entity of its value, its names and its mentions. */
        private void merge(Map<String, String> merged, List<List<Mention>> all) {
            for (Map.Entry<String, String> merge : merged.entrySet()) {
                EntityBuilder from = entities.remove(merge.getKey());
                EntityBuilder into = entities.get(merge.getValue());
                into.names.addAll(from.names);
                if (into.represents == null) {
                    into.represents = from.represents;
                }
                for (List<Mention> sentence : all) {
                    sentence.replaceAll(m -> m.key().equals(merge.getKey())
                            ? new Mention(m.sentence(), m.begin(), m.end(), merge.getValue(), into.peek().type(), m.text(), m.indirect())
                            : m);
                }
            }
        }

        private List<Mention> linkSentence(int s, CoreSentence sentence) {
            List<CoreLabel> tokens = sentence.tokens();
            paragraph = paragraphOf(tokens.isEmpty() ? 0 : tokens.get(0).beginPosition());
            paragraphOfSentence.add(paragraph);
            List<Mention> mentions = new ArrayList<>();
            boolean dateline = !tokens.isEmpty() && Datelines.isDateline(
                    body.substring(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition()));
            inCapitals = tokens.size() > 1 && tokens.stream().map(CoreLabel::word)
                    .allMatch(word -> word.equals(word.toUpperCase(Locale.ROOT)));
            int i = dateline ? tokens.size() : 0;
            while (i < tokens.size()) {
                int next = linkAt(s, tokens, i, mentions);
                i = next > i ? next : i + 1;
            }
            resolveQuotedPronouns(s, tokens, mentions);
            mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            aliasAcronyms(s, tokens, mentions);
            for (Mention mention : mentions) {
                if (mention.type() == ActorType.PERSON) {
                    people.add(seen(mention));
                }
            }
            earlier.addAll(mentions);
            governmentNamed(tokens, mentions, tokens.size()).ifPresent(state -> lastGoverned = state);
            for (Mention mention : mentions) {
                int noun = mention.begin() - 1;
                boolean described = noun > 0 && tokens.get(noun).tag().equals("NN")
                        && tokens.get(noun - 1).word().equalsIgnoreCase("the");
                if (described && (mention.type() == ActorType.ORGANIZATION || mention.type() == ActorType.ARMED_GROUP)) {
                    descriptors.put(tokens.get(noun).word().toLowerCase(Locale.ROOT), mention.key());
                }
            }
            return mentions;
        }

        /**
         * "the Free Aceh Movement (GAM)", "the Rapid Support Forces (RSF)": an acronym in brackets
         * right after an actor's name is another name of that actor, by which the article goes on.
         * A mention the acronym got of its own becomes one of that actor (folded at the end, the
         * gazetteer's actor kept where only one of the two is known to it); an acronym the tagger
         * passed over becomes a mention of it.
         */
        private void aliasAcronyms(int s, List<CoreLabel> tokens, List<Mention> mentions) {
            for (int m = 0; m < mentions.size(); m++) {
                Mention named = mentions.get(m);
                int at = named.end() + 1;
                if (named.indirect() || !named.type().isActor() || named.type() == ActorType.PERSON || at + 1 >= tokens.size()
                        || !isOpeningBracket(tokens.get(at - 1).word()) || !isClosingBracket(tokens.get(at + 1).word())) {
                    continue;
                }
                String acronym = tokens.get(at).word();
                if (!isAcronym(acronym) || acronym.equals(named.text())) {
                    continue;
                }
                Optional<Mention> own = mentions.stream().filter(x -> x.covers(at)).findFirst();
                String key = named.key();
                if (own.isEmpty()) {
                    mentions.add(m + 1, add(s, at, at + 1, entities.get(key).peek(), acronym, false));
                } else if (!own.get().key().equals(key) && own.get().type().isActor()) {
                    Optional<Map.Entry<String, String>> fold = foldOf(own.get().key(), key);
                    if (fold.isEmpty()) {
                        continue;
                    }
                    sameByAcronym.put(fold.get().getKey(), fold.get().getValue());
                    key = fold.get().getValue();
                }
                acronyms.put(acronym, key);
            }
        }

        /**
         * Folds the entities an acronym in brackets showed to be one actor, an entity named by such an
         * acronym alone into its actor, and an acronym of a name's initials into that name's actor.
         */
        private void mergeByAcronym(List<List<Mention>> all) {
            Map<String, String> merged = new LinkedHashMap<>();
            sameByAcronym.forEach((from, into) -> {
                String target = into;
                for (int hop = 0; hop < sameByAcronym.size() && sameByAcronym.containsKey(target); hop++) {
                    target = sameByAcronym.get(target);
                }
                if (!from.equals(target) && entities.containsKey(from) && entities.containsKey(target)) {
                    merged.put(from, target);
                }
            });
            acronyms.forEach((acronym, key) -> {
                String alone = "name:" + acronym;
                String target = merged.getOrDefault(key, key);
                if (!alone.equals(target) && entities.containsKey(alone) && entities.containsKey(target) && !merged.containsKey(alone)) {
                    merged.put(alone, target);
                }
            });
            mergeInitials(merged);
            merge(merged, all);
        }

        /**
         * "IRGC" after "Iran's Islamic Revolutionary Guard Corps", with no brackets to say so: an
         * acronym the article uses as a name of its own, whose letters are the initials of the
         * name of exactly one other actor of the article ("of", "the" and the like counted or
         * not: "ECOWAS", "GNA"), is that actor; where the gazetteer knows only one of the two, its
         * actor is kept, and where it knows both they stay apart.
         */
        private void mergeInitials(Map<String, String> merged) {
            for (EntityBuilder builder : entities.values()) {
                Actor acronym = builder.peek();
                String letters = acronym.label();
                if (merged.containsKey(acronym.key()) || merged.containsValue(acronym.key()) || !acronym.type().isActor()
                        || acronym.type() == ActorType.PERSON || !isAcronym(letters) || !letters.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                List<Actor> named = new ArrayList<>();
                for (EntityBuilder other : entities.values()) {
                    Actor full = other.peek();
                    if (full != acronym && full.type().isActor() && full.type() != ActorType.PERSON
                            && !merged.containsKey(full.key()) && initials(full.label()).contains(letters)) {
                        named.add(full);
                    }
                }
                if (named.size() == 1) {
                    foldOf(acronym.key(), named.get(0).key()).ifPresent(fold -> merged.put(fold.getKey(), fold.getValue()));
                }
            }
        }

        /**
         * Which of an acronym's entity and its name's entity folds into the other, as the key of the
         * one folded to the key of the one kept: the gazetteer's actor is kept where it knows only one
         * of the two, the name's where it knows neither; where it knows both, they stay apart (empty).
         */
        private static Optional<Map.Entry<String, String>> foldOf(String acronymKey, String nameKey) {
            boolean acronymKnown = !acronymKey.startsWith("name:");
            if (acronymKnown && !nameKey.startsWith("name:")) {
                return Optional.empty();
            }
            return Optional.of(acronymKnown ? Map.entry(nameKey, acronymKey) : Map.entry(acronymKey, nameKey));
        }

        /** The state of the last "X's government" or "the Syrian government" before token {@code upTo}. */
        private Optional<String> governmentNamed(List<CoreLabel> tokens, List<Mention> mentions, int upTo) {
            Optional<String> found = Optional.empty();
            for (int g = 1; g < upTo; g++) {
                Optional<String> state = governing(tokens, mentions, g);
                if (state.isPresent()) {
                    found = state;
                }
            }
            return found;
        }

        /**
         * When token {@code g} is "government" or "regime" owned by a mention just before it
         * ("Syria's government", "Assad's government", "the Syrian regime"), the state it governs: a
         * state, or the state the person represents.
         */
        private Optional<String> governing(List<CoreLabel> tokens, List<Mention> mentions, int g) {
            if (g == 0 || !GOVERNMENT_NOUNS.contains(tokens.get(g).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            int ownerEnd = tokens.get(g - 1).word().equals("'s") ? g - 1 : g;
            for (Mention mention : mentions) {
                if (mention.end() == ownerEnd) {
                    String state = mention.type() == ActorType.STATE ? mention.key() : entities.get(mention.key()).represents;
                    if (state != null && entities.containsKey(state)) {
                        return Optional.of(state);
                    }
                }
            }
            return Optional.empty();
        }

        private int paragraphOf(int offset) {
            int count = 0;
            while (count < paragraphBreaks.size() && paragraphBreaks.get(count) <= offset) {
                count++;
            }
            return count;
        }

        /**
         * The people named before a token, the latest first: those of this sentence before it,
         * then those of the sentences before.
         */
        private List<Seen> peopleBefore(List<Mention> current, int token) {
            List<Seen> before = new ArrayList<>();
            for (int m = current.size() - 1; m >= 0; m--) {
                Mention mention = current.get(m);
                if (mention.type() == ActorType.PERSON && mention.end() <= token) {
                    before.add(seen(mention));
                }
            }
            for (int p = people.size() - 1; p >= 0; p--) {
                before.add(people.get(p));
            }
            return before;
        }

        /**
         * Who "he" or "she" is: the latest person of this paragraph who was a subject or a
         * speaker, else the latest person of this paragraph, else the latest subject or speaker
         * before it, else the latest person; never one the filter refuses.
         */
        private Optional<String> antecedent(List<Seen> candidates, Predicate<String> allowed) {
            List<Predicate<Seen>> preferences = List.of(
                    seen -> seen.paragraph() == paragraph && seen.salient(),
                    seen -> seen.paragraph() == paragraph,
                    Seen::salient,
                    seen -> true);
            for (Predicate<Seen> preference : preferences) {
                for (Seen seen : candidates) {
                    if (preference.test(seen) && allowed.test(seen.mention().key()) && entities.containsKey(seen.mention().key())) {
                        return Optional.of(seen.mention().key());
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * A person named in this paragraph; whether as a subject is asked of the parse only when
         * a pronoun needs it, so that a sentence the cascade put off is parsed only then.
         */
        private Seen seen(Mention mention) {
            return new Seen(mention, paragraph, () -> isSubject(mention));
        }

        /**
         * Whether a mention is the subject of a clause that is not reported or added below another
         * ({@link #embedded}), the speaker of "according to", or in apposition to a subject ("Ana
         * Quintela, the envoy, said").
         */
        private boolean isSubject(Mention mention) {
            SemanticGraph graph = Nlp.dependencyParse(sentences.get(mention.sentence()));
            if (graph == null) {
                return false;
            }
            int begin = mention.begin();
            int end = mention.end();
            for (int t = begin; t < end; t++) {
                IndexedWord node = graph.getNodeByIndexSafe(t + 1);
                if (node == null) {
                    continue;
                }
                for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
                    int governor = edge.getGovernor().index() - 1;
                    if (governor >= begin && governor < end) {
                        continue;
                    }
                    String relation = edge.getRelation().toString();
                    if (relation.startsWith("nsubj") && embedded(graph, edge.getGovernor())) {
                        continue;
                    }
                    if (relation.startsWith("nsubj") || relation.equals("obl:according_to")) {
                        return true;
                    }
                    if (relation.equals("appos")) {
                        for (SemanticGraphEdge up : graph.incomingEdgeIterable(edge.getGovernor())) {
                            if (up.getRelation().toString().startsWith("nsubj")) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        /**
         * Whether a clause hangs below another clause as what is reported, argued or added
         * ("arguing that the president had no mandate"): its subject is not the one a later
         * "he" goes on with.
         */
        private boolean embedded(SemanticGraph graph, IndexedWord head) {
            for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
                String relation = edge.getRelation().toString();
                if (relation.startsWith("ccomp") || relation.startsWith("advcl") || relation.startsWith("acl")) {
                    return true;
                }
            }
            return false;
        }

        /** The token positions inside quotation marks; an unclosed quote runs to the sentence's end. */
        private boolean[] quoted(List<CoreLabel> tokens) {
            boolean[] inside = new boolean[tokens.size()];
            boolean open = false;
            for (int t = 0; t < tokens.size(); t++) {
                String word = tokens.get(t).word();
                if (QUOTES.contains(word)) {
                    boolean opening = word.equals("``") || word.equals("\u201c")
                            || (!word.equals("''") && !word.equals("\u201d") && !open);
                    open = opening;
                    continue;
                }
                inside[t] = open;
            }
            return inside;
        }

        /**
         * In a quotation, "I" and "my" are whoever is quoted, and "he" is someone else: the
         * speaker is the person outside the quote who is the subject of its clause ("'...,' he
         * said"), else the latest subject or speaker before the sentence.
         */
        private void resolveQuotedPronouns(int s, List<CoreLabel> tokens, List<Mention> mentions) {
            boolean[] inside = quoted(tokens);
            boolean any = false;
            for (boolean b : inside) {
                any |= b;
            }
            if (!any) {
                return;
            }
            Optional<String> speaker = Optional.empty();
            for (Mention mention : mentions) {
                if (mention.type() == ActorType.PERSON && !inside[mention.begin()] && isSubject(mention)) {
                    speaker = Optional.of(mention.key());
                    break;
                }
            }
            if (speaker.isEmpty()) {
                speaker = antecedent(peopleBefore(List.of(), 0), key -> true);
            }
            if (speaker.isEmpty()) {
                return;
            }
            String quotedPerson = speaker.get();
            for (int t = 0; t < tokens.size(); t++) {
                String lower = tokens.get(t).word().toLowerCase(Locale.ROOT);
                if (inside[t] && SPEAKER_PRONOUNS.contains(lower)) {
                    mentions.add(add(s, t, t + 1, entities.get(quotedPerson).peek(), tokens.get(t).word(), true));
                }
            }
            for (int m = 0; m < mentions.size(); m++) {
                Mention mention = mentions.get(m);
                if (inside[mention.begin()] && mention.indirect() && mention.key().equals(quotedPerson)
                        && MALE_FEMALE_PRONOUNS.contains(mention.text().toLowerCase(Locale.ROOT))) {
                    Optional<String> other = antecedent(peopleBefore(mentions, mention.begin()), key -> !key.equals(quotedPerson));
                    if (other.isPresent()) {
                        mentions.set(m, new Mention(s, mention.begin(), mention.end(), other.get(), ActorType.PERSON, mention.text(), true));
                    }
                }
            }
        }

        /** Links what starts at token i; returns the index after what it consumed. */
        private int linkAt(int s, List<CoreLabel> tokens, int i, List<Mention> mentions) {
            CoreLabel token = tokens.get(i);
            String word = token.word();
            int nerEnd = nerEnd(tokens, i);
            String ner = token.ner();
            // "U.S. Defense Secretary": the tagger took the title's first word into the organisation
            if ("ORGANIZATION".equals(ner) && nerEnd < tokens.size()
                    && gazetteer.normaliseRole(text(tokens, nerEnd - 1, nerEnd + 1)).isPresent()) {
                if (nerEnd - i == 1) {
                    return nerEnd;
                }
                nerEnd--;
            }
            if (nerEnd > i && ("PERSON".equals(ner) || "ORGANIZATION".equals(ner))
                    && (isNonActor(text(tokens, i, nerEnd)) || namedAsMedia(tokens, i, nerEnd))) {
                return nerEnd;
            }
            String alias = acronyms.get(word);
            if (alias != null && entities.containsKey(alias)) {
                mentions.add(add(s, i, i + 1, entities.get(alias).peek(), word, false));
                return i + 1;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (inCapitals && QUESTION_WORDS.contains(lower)) {
                return i + 1;
            }
            if (MALE_FEMALE_PRONOUNS.contains(lower)) {
                // a pronoun never stands right before a name: a capitalised one that does is a
                // name's first word (the Chinese surname He)
                if (isCapitalised(word) && i + 1 < tokens.size() && "PERSON".equals(tokens.get(i + 1).ner())) {
                    return linkPerson(s, tokens, i, nerEnd(tokens, i + 1), mentions);
                }
                Optional<String> person = antecedent(peopleBefore(mentions, i), key -> true);
                if (person.isPresent()) {
                    mentions.add(add(s, i, i + 1, entities.get(person.get()).peek(), word, true));
                }
                return i + 1;
            }
            if (isCapitalised(word)) {
                int spanEnd = Math.max(nerEnd, i + 1);
                String known = surnames.get(text(tokens, i, spanEnd).toLowerCase(Locale.ROOT));
                if (known != null && entities.containsKey(known) && entities.get(known).peek().type() == ActorType.PERSON) {
                    return linkPerson(s, tokens, i, spanEnd, mentions);
                }
                if ("PERSON".equals(ner)) {
                    // "journalist X", "the cleric X": named, but no diplomatic actor
                    if (i > 0 && BYSTANDERS.contains(lemma(tokens.get(i - 1)))) {
                        return nerEnd;
                    }
                    return linkPerson(s, tokens, i, nerEnd, mentions);
                }
                int gazEnd = -1;
                GazetteerEntry found = null;
                for (int end = Math.min(tokens.size(), i + MAX_NAME_TOKENS); end > i; end--) {
                    Optional<GazetteerEntry> entry = choose(gazetteer.lookup(text(tokens, i, end)));
                    if (entry.isPresent()) {
                        gazEnd = end;
                        found = entry.get();
                        break;
                    }
                }
                boolean nerLonger = nerEnd > gazEnd && "ORGANIZATION".equals(ner);
                if (found != null && found.type() == ActorType.PERSON && !entities.containsKey(found.key())
                        && (gazEnd == i + 1 && !(token.tag().equals("NNP") && !NUMERIC_NER.contains(String.valueOf(ner)))
                        || MONTHS.contains(word) && label(text(tokens, i, gazEnd)).equals(word))) {
                    // "In May, Britain signed": a month alone is no surname where no full name came before
                    found = null;
                }
                if (found != null && nerLonger && found.type() == ActorType.STATE) {
                    int end = stateBody(s, tokens, i, gazEnd, nerEnd, found, mentions);
                    if (end >= 0) {
                        return end;
                    }
                }
                if (found != null && !nerLonger) {
                    if (found.type() == ActorType.PERSON) {
                        return linkPerson(s, tokens, i, gazEnd, mentions);
                    }
                    int end = gazEnd;
                    Mention mention = add(s, i, end, found.toActor(), text(tokens, i, end), false);
                    mentions.add(mention);
                    return roleAfter(s, tokens, end, mention, mentions);
                }
                Optional<GazetteerEntry> leader = compoundHead(word);
                if (leader.isPresent()) {
                    mentions.add(add(s, i, i + 1, leader.get().toActor(), word, true));
                    return i + 1;
                }
                Optional<GazetteerEntry> demonym = demonymAt(tokens, i);
                // the tagger makes "North Korean" one entity: a demonym still, unlike a name it begins
                if (demonym.isPresent() && (nerEnd <= i + demonymWidth(tokens, i) || nerEnd <= peopleEnd(tokens, i, demonym.get()))) {
                    return linkDemonym(s, tokens, i, demonym.get(), mentions);
                }
                if (demonym.isPresent()) {
                    int end = stateBody(s, tokens, i, i + demonymWidth(tokens, i), nerEnd, demonym.get(), mentions);
                    if (end >= 0) {
                        return end;
                    }
                }
                if (nerEnd > i && endsRoleTitle(tokens, i, nerEnd)) {
                    return nerEnd;
                }
                if (nerEnd > i && "ORGANIZATION".equals(ner)) {
                    String name = label(text(tokens, i, nerEnd));
                    Optional<String> whole = nerEnd == i + 1 && BODIES.contains(lower) ? organisationOfPart(word, mentions)
                            : Optional.empty();
                    if (whole.isPresent()) {
                        mentions.add(add(s, i, nerEnd, entities.get(whole.get()).peek(), word, true));
                    } else if (!isDocument(tokens, i, nerEnd)) {
                        Actor actor = unknown(name, ActorType.ORGANIZATION);
                        mentions.add(add(s, i, nerEnd, actor, name, false));
                    }
                    return nerEnd;
                }
                if (nerEnd > i && "LOCATION".equals(ner)) {
                    String name = label(text(tokens, i, nerEnd));
                    Actor place = unknown(name, ActorType.TERRITORY);
                    mentions.add(add(s, i, nerEnd, place, name, false));
                    return nerEnd;
                }
                if (lower.equals("the") && i + 1 < tokens.size()) {
                    return linkDefiniteTitle(s, tokens, i, mentions);
                }
                return i + 1;
            }
            if (ARABIC_ARTICLES.contains(word) && i + 1 < tokens.size() && isCapitalised(tokens.get(i + 1).word())) {
                for (int end = Math.min(tokens.size(), i + MAX_NAME_TOKENS); end > i + 1; end--) {
                    Optional<GazetteerEntry> entry = choose(gazetteer.lookup(text(tokens, i, end)))
                            .filter(e -> e.type() != ActorType.PERSON);
                    if (entry.isPresent()) {
                        mentions.add(add(s, i, end, entry.get().toActor(), text(tokens, i, end), false));
                        return end;
                    }
                }
            }
            Optional<String> governed = governing(tokens, mentions, i);
            if (governed.isPresent()) {
                mentions.add(add(s, i, i + 1, entities.get(governed.get()).peek(), word, true));
                return i + 1;
            }
            if (token.tag().startsWith("NNS") && armedGroupNouns.contains(lemma(token))) {
                return linkArmedGroup(s, tokens, i, mentions);
            }
            if (lower.equals("the") && i + 1 < tokens.size()) {
                return linkDefiniteTitle(s, tokens, i, mentions);
            }
            return i + 1;
        }

        /**
         * "the rebels", "pro-Russian separatists": the armed group the article names, else
         * one group of its own, named by its first mention.
         */
        private int linkArmedGroup(int s, List<CoreLabel> tokens, int i, List<Mention> mentions) {
            int begin = i;
            while (begin > 0 && tokens.get(begin - 1).tag().startsWith("JJ") && !tokens.get(begin - 1).word().isEmpty()
                    && begin > i - 2) {
                begin--;
            }
            Actor group = null;
            for (EntityBuilder entity : entities.values()) {
                if (entity.peek().type() == ActorType.ARMED_GROUP) {
                    group = entity.peek();
                    break;
                }
            }
            String surface = text(tokens, begin, i + 1);
            if (group == null) {
                String name = label(surface);
                group = unknown(name, ActorType.ARMED_GROUP);
                commonNounGroups.add(group.key());
            }
            for (int m = mentions.size() - 1; m >= 0 && mentions.get(m).end() > begin; m--) {
                mentions.remove(m);
            }
            mentions.add(add(s, begin, i + 1, group, surface, false));
            return i + 1;
        }

        private int linkPerson(int s, List<CoreLabel> tokens, int begin, int taggedEnd, List<Mention> mentions) {
            int end = patronymicEnd(tokens, begin, taggedEnd);
            int nameBegin = pastHonorifics(tokens, begin, end - 1);
            List<GazetteerEntry> whole = gazetteer.lookup(text(tokens, nameBegin, end));
            int titled = nameBegin;
            // "Taoiseach Leo Varadkar": a title the tagger took into the name is no part of it
            if (whole.stream().noneMatch(e -> e.type() == ActorType.PERSON)) {
                for (int w = Math.min(3, end - nameBegin - 1); w >= 1; w--) {
                    if (gazetteer.normaliseRole(text(tokens, nameBegin, nameBegin + w)).isPresent()) {
                        nameBegin += w;
                        break;
                    }
                }
            }
            String name = text(tokens, nameBegin, end);
            List<GazetteerEntry> named = nameBegin == titled ? whole : gazetteer.lookup(name);
            String surname = tokens.get(end - 1).word();
            String key = surnames.get(surname.toLowerCase(Locale.ROOT));
            if (key == null && nameBegin == begin && !named.isEmpty() && named.stream().noneMatch(e -> e.type() == ActorType.PERSON)) {
                // the tagger calls a capital that speaks ("Kyiv said") a person
                Mention place = add(s, begin, end, named.get(0).toActor(), name, false);
                mentions.add(place);
                return roleAfter(s, tokens, end, place, mentions);
            }
            Actor actor;
            if (key != null && entities.containsKey(key) && (end - nameBegin == 1 || sameFirstName(entities.get(key).peek().label(), name))) {
                actor = entities.get(key).peek();
            } else {
                Optional<GazetteerEntry> entry = end - nameBegin == 1 ? chooseSurname(name) : choose(named);
                if (entry.isEmpty() && end - nameBegin > 1) {
                    entry = choose(gazetteer.lookup(surname)).filter(e -> e.type() == ActorType.PERSON
                            && sameFirstName(e.label(), name));
                }
                actor = entry.filter(e -> e.type() == ActorType.PERSON).map(this::withDatedRole)
                        .orElseGet(() -> unknown(label(name), ActorType.PERSON));
            }
            Mention mention = add(s, begin, end, actor, text(tokens, begin, end), false);
            titleBefore(tokens, begin).ifPresent(title -> titlesNamed.computeIfAbsent(mention.key(), k -> new LinkedHashSet<>()).add(title));
            titledName(tokens, begin, end).ifPresent(entities.get(mention.key()).names::add);
            surnames.put(surname.toLowerCase(Locale.ROOT), mention.key());
            surnameForms(name).forEach(form -> surnames.put(form, mention.key()));
            if (end - nameBegin > 1) {
                for (String other : actor.names()) {
                    if (!other.contains(" ")) {
                        surnames.putIfAbsent(other.toLowerCase(Locale.ROOT), mention.key());
                    }
                }
                givenName(tokens, nameBegin, end).ifPresent(given -> surnames.putIfAbsent(given, mention.key()));
            }
            mentions.add(mention);
            if (entities.get(mention.key()).represents == null) {
                representedFromContext(s, tokens, begin, mentions)
                        .or(() -> representedAfter(tokens, end))
                        .ifPresent(state -> entities.get(mention.key()).represents = state);
            }
            return end;
        }

        /**
         * "the China Coast Guard", "the Turkish Defence Ministry": where the tagger's entity from
         * token i goes on, after its state's name or demonym (up to {@code body}), with words that
         * name a body of a state, the whole is a mention of that state, as a body named with its
         * state is. Returns the entity's end, or -1 where its other words are no such body.
         */
        private int stateBody(int s, List<CoreLabel> tokens, int i, int body, int nerEnd, GazetteerEntry state,
                              List<Mention> mentions) {
            if (nerEnd <= body || !isNonActor(text(tokens, body, nerEnd))) {
                return -1;
            }
            mentions.add(add(s, i, nerEnd, state.toActor(), text(tokens, i, nerEnd), true));
            return nerEnd;
        }

        /** The first token from {@code from} that is no honorific ("Sheikh", "Mr"), at most {@code limit}. */
        private int pastHonorifics(List<CoreLabel> tokens, int from, int limit) {
            int t = from;
            while (t < limit && isHonorific(tokens.get(t).word())) {
                t++;
            }
            return t;
        }

        /** "Sheikh", "Gen.", and ranks joined by a hyphen ("Colonel-Major"). */
        private boolean isHonorific(String word) {
            for (String part : word.toLowerCase(Locale.ROOT).split("-", -1)) {
                if (!honorifics.contains(part)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The given name of a patronymic name ("Hamad" in "Hamad bin Khalid Al Rashid"), lower-cased:
         * the name by which the article goes on ("Sheikh Hamad said"), where a surname would be.
         */
        private Optional<String> givenName(List<CoreLabel> tokens, int nameBegin, int end) {
            return hasPatronymic(tokens, nameBegin + 1, end - 1)
                    ? Optional.of(tokens.get(nameBegin).word().toLowerCase(Locale.ROOT)) : Optional.empty();
        }

        /**
         * "King Hussein", "Sheikh Tamim": the name with the capitalised title or honorific written
         * before it, another name the article gives the person, by which readers know them.
         */
        private Optional<String> titledName(List<CoreLabel> tokens, int begin, int end) {
            for (int w = Math.min(3, begin); w >= 1; w--) {
                String before = text(tokens, begin - w, begin);
                boolean title = gazetteer.normaliseRole(before).isPresent() || w == 1 && honorifics.contains(before.toLowerCase(Locale.ROOT));
                if (isCapitalised(tokens.get(begin - w).word()) && title) {
                    return Optional.of(label(text(tokens, begin - w, end)));
                }
            }
            return Optional.empty();
        }

        /** The role title right before a name: "Prime Minister" in "Latvian Prime Minister Ilze Kalnberga". */
        private Optional<String> titleBefore(List<CoreLabel> tokens, int begin) {
            for (int w = Math.min(3, begin); w >= 1; w--) {
                Optional<String> title = gazetteer.normaliseRole(text(tokens, begin - w, begin));
                if (title.isPresent()) {
                    return title;
                }
            }
            return Optional.empty();
        }

        /**
         * A surname alone: the person of that name met earlier in the article, else the one
         * person of the gazetteer with it. A surname several people share ("Carter") names none
         * of them without an earlier full name.
         */
        private Optional<GazetteerEntry> chooseSurname(String name) {
            List<GazetteerEntry> people = gazetteer.lookup(name).stream().filter(e -> e.type() == ActorType.PERSON).toList();
            for (GazetteerEntry person : people) {
                if (entities.containsKey(person.key())) {
                    return Optional.of(person);
                }
            }
            return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
        }

        /**
         * The state or organisation named right after a person: "President Anwar Sadat of
         * Egypt", or an appositive "Zarif, Iran's foreign minister," and "Ruiz, the Peruvian
         * envoy,".
         */
        private Optional<String> representedAfter(List<CoreLabel> tokens, int end) {
            if (end + 1 >= tokens.size()) {
                return Optional.empty();
            }
            String next = tokens.get(end).word();
            if (next.equals("of")) {
                return stateNamedAt(tokens, end + 1).map(GazetteerEntry::key);
            }
            if (!next.equals(",")) {
                return Optional.empty();
            }
            int j = end + 1;
            String article = tokens.get(j).word().toLowerCase(Locale.ROOT);
            if (article.equals("the") || article.equals("a") || article.equals("an")) {
                j++;
            }
            int width = 0;
            Optional<GazetteerEntry> state = Optional.empty();
            for (int w = Math.min(3, tokens.size() - j); w >= 1 && state.isEmpty(); w--) {
                state = stateOrOrganisation(text(tokens, j, j + w));
                width = w;
            }
            if (state.isEmpty() && j < tokens.size()) {
                state = demonymAt(tokens, j);
                width = state.isPresent() ? demonymWidth(tokens, j) : 0;
            }
            if (state.isEmpty()) {
                return Optional.empty();
            }
            int role = j + width;
            if (role < tokens.size() && tokens.get(role).word().equals("'s")) {
                role++;
            }
            for (int w = Math.min(3, tokens.size() - role); w >= 1; w--) {
                if (gazetteer.normaliseRole(text(tokens, role, role + w)).isPresent()
                        || (w == 1 && isAgentNoun(lemma(tokens.get(role))))) {
                    return state.map(GazetteerEntry::key);
                }
            }
            return Optional.empty();
        }

        private Optional<GazetteerEntry> stateNamedAt(List<CoreLabel> tokens, int j) {
            for (int w = Math.min(4, tokens.size() - j); w >= 1; w--) {
                Optional<GazetteerEntry> state = stateOrOrganisation(text(tokens, j, j + w));
                if (state.isPresent()) {
                    return state;
                }
            }
            return Optional.empty();
        }

        private Optional<GazetteerEntry> stateOrOrganisation(String name) {
            return gazetteer.lookup(name).stream()
                    .filter(e -> e.type() == ActorType.STATE || e.type() == ActorType.ORGANIZATION)
                    .findFirst();
        }

        private Actor withDatedRole(GazetteerEntry entry) {
            Actor actor = entry.toActor();
            String represents = gazetteer.representedOn(entry.key(), date).orElse(actor.represents());
            return new Actor(actor.key(), actor.type(), actor.label(), actor.names(), actor.qid(), represents, actor.cameoCode());
        }

        /** A state or organisation named just before a person ("Russian Foreign Minister Sergei Lavrov"). */
        private Optional<String> representedFromContext(int s, List<CoreLabel> tokens, int begin, List<Mention> mentions) {
            int limit = Math.max(0, begin - 6);
            for (int j = begin - 1; j >= limit; j--) {
                String tag = tokens.get(j).tag();
                String word = tokens.get(j).word();
                if (tag.startsWith("VB") || word.equals(".") || word.equals("\"") || word.equals("''") || word.equals("``")) {
                    break;
                }
                for (Mention m : mentions) {
                    if (m.covers(j) && (m.type() == ActorType.STATE || m.type() == ActorType.ORGANIZATION
                            || m.type() == ActorType.ARMED_GROUP)) {
                        return Optional.of(m.key());
                    }
                }
                Optional<GazetteerEntry> demonym = gazetteer.stateOfDemonym(word);
                if (demonym.isPresent()) {
                    return Optional.of(demonym.get().key());
                }
            }
            return Optional.empty();
        }

        /**
         * "Turkish Cypriots", "the Bosnian Serb community": a demonym before another state's names
         * a people of that state, neither state acting. The end of such a name (with a noun of
         * the population nouns after it), or -1.
         */
        private int peopleEnd(List<CoreLabel> tokens, int i, GazetteerEntry state) {
            int after = i + demonymWidth(tokens, i);
            // "British, Saudi and French": with a comma between, a list of two states
            Optional<GazetteerEntry> people = after < tokens.size() && isCapitalised(tokens.get(after).word())
                    ? demonymAt(tokens, after) : Optional.empty();
            if (people.isEmpty() || people.get().key().equals(state.key())) {
                return -1;
            }
            int end = after + demonymWidth(tokens, after);
            return end < tokens.size() && populationNouns.contains(lemma(tokens.get(end))) ? end + 1 : end;
        }

        private int linkDemonym(int s, List<CoreLabel> tokens, int i, GazetteerEntry state, List<Mention> mentions) {
            int width = demonymWidth(tokens, i);
            int after = i + width;
            int people = peopleEnd(tokens, i, state);
            if (people > after) {
                String name = label(text(tokens, i, people));
                mentions.add(add(s, i, people, unknown(name, ActorType.POPULATION), name, false));
                return people;
            }
            if (after < tokens.size() && populationNouns.contains(lemma(tokens.get(after)))) {
                String name = label(text(tokens, i, after + 1));
                Actor population = unknown(name, ActorType.POPULATION);
                mentions.add(add(s, i, after + 1, population, name, false));
                return after + 1;
            }
            if (after < tokens.size() && PLACE_NOUNS.contains(lemma(tokens.get(after)))
                    || i > 0 && ETHNIC.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                return after;
            }
            Mention mention = add(s, i, after, state.toActor(), text(tokens, i, after), true);
            mentions.add(mention);
            return roleAfter(s, tokens, after, mention, mentions);
        }

        /**
         * After a state ("Russia's", "Russian"), a role title with no name following it names
         * the holder of that role on the article's date, if the gazetteer knows them.
         */
        private int roleAfter(int s, List<CoreLabel> tokens, int from, Mention state, List<Mention> mentions) {
            if (state.type() != ActorType.STATE && state.type() != ActorType.ORGANIZATION) {
                return from;
            }
            int start = from;
            if (start < tokens.size() && tokens.get(start).word().equals("'s")) {
                start++;
            }
            for (int end = Math.min(tokens.size(), start + 3); end > start; end--) {
                Optional<String> role = gazetteer.normaliseRole(text(tokens, start, end));
                if (role.isEmpty()) {
                    continue;
                }
                // "Qatari Prime Minister Sheikh Hamad ...": the name may follow an honorific
                int name = pastHonorifics(tokens, end, tokens.size() - 1);
                if (name < tokens.size() && "PERSON".equals(tokens.get(name).ner())) {
                    return from;
                }
                List<GazetteerEntry> holders = gazetteer.holdersOf(state.key(), role.get(), date);
                if (holders.size() == 1) {
                    Actor holder = withDatedRole(holders.get(0));
                    Mention mention = add(s, start, end, holder, text(tokens, start, end), true);
                    mentions.add(mention);
                    surnames.putIfAbsent(lastWord(holder.label()), holder.key());
                    return end;
                }
                String title = role.get();
                Optional<String> named = peopleBefore(mentions, from).stream().map(seen -> seen.mention().key())
                        .filter(key -> state.key().equals(entities.get(key).represents) && hasTitle(key, title))
                        .findFirst();
                if (named.isPresent()) {
                    mentions.add(add(s, start, end, entities.get(named.get()).peek(), text(tokens, start, end), true));
                    return end;
                }
                return from;
            }
            return from;
        }

        /**
         * "talks in Vienna", "a summit in Jakarta": the states the article names only by their
         * capital after a preposition of place (word class &VENUE), where the city is the place of
         * an event and not a side of it. A country's own name stays a side ("the war in Ukraine").
         */
        private Set<String> onlyPlaces(List<List<Mention>> all, List<CoreSentence> sentences) {
            Map<String, Boolean> placeOnly = new LinkedHashMap<>();
            for (List<Mention> mentions : all) {
                for (Mention mention : mentions) {
                    if (mention.type() != ActorType.STATE) {
                        continue;
                    }
                    List<CoreLabel> tokens = sentences.get(mention.sentence()).tokens();
                    boolean venue = mention.begin() > 0
                            && VENUE.contains(tokens.get(mention.begin() - 1).word().toLowerCase(Locale.ROOT))
                            && gazetteer.byKey(mention.key()).map(GazetteerEntry::metonyms).orElse(List.of()).stream()
                                    .anyMatch(place -> place.equalsIgnoreCase(label(mention.text())));
                    placeOnly.merge(mention.key(), venue, Boolean::logicalAnd);
                }
            }
            return placeOnly.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet());
        }

        /**
         * "the daily Kommersant", "the broadcaster TRT", "the Xinhua news agency", "the Qatar News
         * Agency": a name the text calls a news outlet (word classes &MEDIA and &NEWS).
         */
        private boolean namedAsMedia(List<CoreLabel> tokens, int begin, int end) {
            boolean before = begin > 0 && MEDIA.contains(tokens.get(begin - 1).word().toLowerCase(Locale.ROOT));
            boolean after = end < tokens.size() && (MEDIA.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
                    || NEWS.contains(tokens.get(end).word().toLowerCase(Locale.ROOT)));
            boolean named = end - begin >= 2 && NEWS.contains(tokens.get(end - 2).word().toLowerCase(Locale.ROOT));
            return before || after || named;
        }

        /**
         * "the minister", "the president": the latest person this article or the gazetteer gives
         * that title, else the latest person whose titles are unknown. "the alliance", "the
         * union": the latest organisation named earlier whose name ends in that noun, but not
         * one of an earlier paragraph when this paragraph has named another organisation first.
         */
        private int linkDefiniteTitle(int s, List<CoreLabel> tokens, int i, List<Mention> mentions) {
            for (int end = Math.min(tokens.size(), i + 4); end > i + 1; end--) {
                Optional<String> role = gazetteer.normaliseRole(text(tokens, i + 1, end));
                boolean bareMinister = end == i + 2 && MINISTER.contains(lemma(tokens.get(i + 1)));
                if ((role.isPresent() || bareMinister)
                        && (end >= tokens.size() || !"PERSON".equals(tokens.get(end).ner()))
                        && (end >= tokens.size() || !tokens.get(end).word().equals("of"))) {
                    boolean anyMinister = bareMinister || MINISTER.contains(role.get());
                    Predicate<String> fits = anyMinister
                            ? key -> titlesOf(key).stream().anyMatch(t -> MINISTER.stream().anyMatch(t::contains))
                            : key -> hasTitle(key, role.get());
                    List<Seen> before = peopleBefore(mentions, i);
                    Optional<String> person = before.stream().map(seen -> seen.mention().key()).filter(fits).findFirst()
                            .or(() -> antecedent(before, key -> titlesOf(key).isEmpty()));
                    if (person.isEmpty()) {
                        return end;
                    }
                    mentions.add(add(s, i + 1, end, entities.get(person.get()).peek(), text(tokens, i, end), true));
                    return end;
                }
            }
            return linkDefiniteOrganisation(s, tokens, i, mentions);
        }

        private int linkDefiniteOrganisation(int s, List<CoreLabel> tokens, int i, List<Mention> mentions) {
            CoreLabel noun = tokens.get(i + 1);
            if (GOVERNMENT_NOUNS.contains(noun.word().toLowerCase(Locale.ROOT))) {
                Optional<String> state = governmentNamed(tokens, mentions, i).or(() -> Optional.ofNullable(lastGoverned))
                        .or(() -> mostNamedState(mentions));
                state.ifPresent(key -> theNoun(s, tokens, i, key, mentions));
                return i + 2;
            }
            boolean alone = i + 2 >= tokens.size() || !tokens.get(i + 2).tag().startsWith("NN");
            boolean bare = i + 2 >= tokens.size() || !isCapitalised(tokens.get(i + 2).word());
            Optional<String> half = COMPASS_WORDS.contains(noun.word()) && bare ? stateNamedBy(noun.word()) : Optional.empty();
            if (half.isPresent()) {
                return theNoun(s, tokens, i, half.get(), mentions);
            }
            boolean headNoun = noun.tag().equals("NN") && alone;
            if (!headNoun) {
                return i + 1;
            }
            String described = descriptors.get(noun.word().toLowerCase(Locale.ROOT));
            if (described != null) {
                return theNoun(s, tokens, i, described, mentions);
            }
            List<Mention> before = mentionsSoFar(mentions);
            if (GROUP_NOUNS.contains(noun.word().toLowerCase(Locale.ROOT))) {
                for (int m = before.size() - 1; m >= 0; m--) {
                    Mention mention = before.get(m);
                    if (mention.type() == ActorType.ARMED_GROUP) {
                        return theNoun(s, tokens, i, mention.key(), mentions);
                    }
                }
            }
            String lower = noun.word().toLowerCase(Locale.ROOT);
            ActorType kindNamed = BLOC_NOUNS.contains(lower) ? ActorType.ORGANIZATION : REALM_NOUNS.contains(lower) ? ActorType.STATE : null;
            if (kindNamed != null) {
                Optional<String> latest = latestNearby(before, kindNamed);
                return latest.map(key -> theNoun(s, tokens, i, key, mentions)).orElse(i + 1);
            }
            boolean otherInParagraph = false;
            for (int m = before.size() - 1; m >= 0; m--) {
                Mention mention = before.get(m);
                boolean inParagraph = paragraphOfSentence.get(mention.sentence()) == paragraph;
                if (!inParagraph && otherInParagraph) {
                    break;
                }
                if (mention.type() != ActorType.ORGANIZATION) {
                    continue;
                }
                otherInParagraph |= inParagraph;
                if (endsWithNoun(entities.get(mention.key()), noun.word())) {
                    return theNoun(s, tokens, i, mention.key(), mentions);
                }
            }
            return i + 1;
        }

        /**
         * "the bloc", "the kingdom": of the latest sentence, in this paragraph or the one before,
         * that names an actor of that type, the first it names: a report names first what its
         * sentence is about ("Saudi Arabia has held talks with Washington. The kingdom ...").
         */
        private Optional<String> latestNearby(List<Mention> before, ActorType type) {
            Mention found = null;
            for (int m = before.size() - 1; m >= 0; m--) {
                Mention mention = before.get(m);
                boolean earlierSentence = found != null && mention.sentence() != found.sentence();
                if (earlierSentence || paragraphOfSentence.get(mention.sentence()) < paragraph - 1) {
                    break;
                }
                if (mention.type() == type) {
                    found = mention;
                }
            }
            return Optional.ofNullable(found).map(Mention::key);
        }

        /** "the North" after "North Korea": the state named so far whose name begins with that word. */
        private Optional<String> stateNamedBy(String compass) {
            return entities.values().stream().map(EntityBuilder::peek)
                    .filter(actor -> actor.type() == ActorType.STATE && actor.label().startsWith(compass + " "))
                    .map(Actor::key).findFirst();
        }

        /** Links "the X" at token i ("the government", "the North") to the entity {@code key}, indirectly; returns the token after it. */
        private int theNoun(int s, List<CoreLabel> tokens, int i, String key, List<Mention> mentions) {
            mentions.add(add(s, i + 1, i + 2, entities.get(key).peek(), text(tokens, i, i + 2), true));
            return i + 2;
        }

        /**
         * The state the article has named most so far, the first named of those named as often:
         * whose "the government" is in a report that never says whose, as reports of a state's
         * war or talks with its rebels write it ("Colombia will send a team ... The government
         * wants a ceasefire first").
         */
        private Optional<String> mostNamedState(List<Mention> current) {
            Map<String, Integer> named = new LinkedHashMap<>();
            for (Mention mention : mentionsSoFar(current)) {
                if (mention.type() == ActorType.STATE) {
                    named.merge(mention.key(), 1, Integer::sum);
                }
            }
            return named.entrySet().stream().reduce((most, next) -> next.getValue() > most.getValue() ? next : most)
                    .map(Map.Entry::getKey);
        }

        /** The mentions of the article so far: those of the sentences before, then the current sentence's. */
        private List<Mention> mentionsSoFar(List<Mention> current) {
            List<Mention> all = new ArrayList<>(earlier);
            all.addAll(current);
            return all;
        }

        /**
         * "The Commission" after "the ECOWAS Commission" or "the European Commission": the word of
         * a body (&BODY) alone, which the article wrote, or the gazetteer knows, as the last word of
         * an organisation's name, names that organisation, the latest such.
         */
        private Optional<String> organisationOfPart(String word, List<Mention> mentions) {
            List<Mention> before = mentionsSoFar(mentions);
            for (int m = before.size() - 1; m >= 0; m--) {
                Mention mention = before.get(m);
                if (mention.type() != ActorType.ORGANIZATION) {
                    continue;
                }
                List<CoreLabel> tokens = annotated.document().sentences().get(mention.sentence()).tokens();
                boolean followed = mention.end() < tokens.size() && tokens.get(mention.end()).word().equals(word);
                if (followed || endsWithNoun(entities.get(mention.key()), word)) {
                    return Optional.of(mention.key());
                }
            }
            return Optional.empty();
        }

        private boolean endsWithNoun(EntityBuilder entity, String noun) {
            Actor actor = entity.peek();
            List<String> names = new ArrayList<>(actor.names());
            names.add(actor.label());
            gazetteer.byKey(actor.key()).ifPresent(entry -> names.addAll(entry.names()));
            return names.stream().anyMatch(name -> name.contains(" ") && lastWord(name).equals(noun.toLowerCase(Locale.ROOT)));
        }

        /** The titles a person holds on the article's date by the gazetteer, and those the article gives them. */
        private Set<String> titlesOf(String key) {
            Set<String> titles = new LinkedHashSet<>(titlesNamed.getOrDefault(key, Set.of()));
            gazetteer.byKey(key).ifPresent(entry -> entry.roles().stream()
                    .filter(r -> date == null ? r.to() == null : r.heldOn(date))
                    .forEach(r -> titles.add(r.title())));
            return titles;
        }

        private boolean hasTitle(String key, String title) {
            return titlesOf(key).stream().anyMatch(t -> gazetteer.roleVocabulary().isA(t, title));
        }

        /** "State" in "Secretary of State": the last words of a role title, which name no actor. */
        private boolean endsRoleTitle(List<CoreLabel> tokens, int begin, int end) {
            for (int from = Math.max(0, begin - 3); from < begin; from++) {
                if (gazetteer.normaliseRole(text(tokens, from, end)).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "NATO-led", "Iran-aligned", "U.S.-brokered", "Russian-brokered": one token naming the
         * state or organisation that leads, backs or brokers something.
         */
        private Optional<GazetteerEntry> compoundHead(String word) {
            int hyphen = word.lastIndexOf('-');
            if (hyphen <= 0 || !COMPOUND_SUFFIXES.contains(word.substring(hyphen + 1).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            String head = word.substring(0, hyphen);
            return stateOrOrganisation(head).or(() -> gazetteer.stateOfDemonym(head));
        }

        private Optional<GazetteerEntry> demonymAt(List<CoreLabel> tokens, int i) {
            if (twoWords(tokens, i)) {
                Optional<GazetteerEntry> two = gazetteer.stateOfDemonym(text(tokens, i, i + 2));
                if (two.isPresent()) {
                    return two;
                }
            }
            return gazetteer.stateOfDemonym(tokens.get(i).word());
        }

        private int demonymWidth(List<CoreLabel> tokens, int i) {
            if (twoWords(tokens, i) && gazetteer.stateOfDemonym(text(tokens, i, i + 2)).isPresent()) {
                return 2;
            }
            return 1;
        }

        /**
         * Whether tokens i and i + 1 could be a two-word demonym ("North Korean"): the
         * gazetteer's keys drop punctuation, and "Saudi," or "British, Saudi" are no such name;
         * nor is a determiner and a demonym ("The Libyan" opening "The Libyan National Army
         * said"), which the keys would read as the demonym alone.
         */
        private boolean twoWords(List<CoreLabel> tokens, int i) {
            return i + 1 < tokens.size() && isCapitalised(tokens.get(i + 1).word()) && !"DT".equals(tokens.get(i).tag());
        }

        private Optional<GazetteerEntry> choose(List<GazetteerEntry> entries) {
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            for (GazetteerEntry entry : entries) {
                if (entities.containsKey(entry.key())) {
                    return Optional.of(entry);
                }
            }
            for (GazetteerEntry entry : entries) {
                if (entry.type() != ActorType.PERSON || gazetteer.representedOn(entry.key(), date).isPresent()) {
                    return Optional.of(entry);
                }
            }
            return Optional.of(entries.get(0));
        }

        private Mention add(int s, int begin, int end, Actor actor, String surface, boolean indirect) {
            EntityBuilder builder = entities.computeIfAbsent(actor.key(), k -> new EntityBuilder(actor));
            if (!indirect) {
                builder.names.add(label(surface));
            }
            return new Mention(s, begin, end, actor.key(), actor.type(), surface, indirect);
        }

        private String text(List<CoreLabel> tokens, int begin, int end) {
            return body.substring(tokens.get(begin).beginPosition(), tokens.get(end - 1).endPosition());
        }

        private boolean isDocument(List<CoreLabel> tokens, int begin, int end) {
            for (int j = begin; j < end; j++) {
                if (DOCUMENT_WORDS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A person named in an article: where, whether as a subject or speaker, in which paragraph. */
    private static final class Seen {
        private final Mention mention;
        private final int paragraph;
        private BooleanSupplier subject;
        private boolean salient;

        Seen(Mention mention, int paragraph, BooleanSupplier subject) {
            this.mention = mention;
            this.paragraph = paragraph;
            this.subject = subject;
        }

        Mention mention() {
            return mention;
        }

        int paragraph() {
            return paragraph;
        }

        /** Whether the person was a subject or a speaker there: asked of the parse once, when first needed. */
        boolean salient() {
            if (subject != null) {
                salient = subject.getAsBoolean();
                subject = null;
            }
            return salient;
        }
    }

    /** An entity being gathered over an article: its gazetteer form and the names seen. */
    private static final class EntityBuilder {
        private final Actor base;
        private final Set<String> names = new LinkedHashSet<>();
        private String represents;

        EntityBuilder(Actor base) {
            this.base = base;
            this.represents = base.represents();
        }

        Actor peek() {
            return base;
        }

        Actor build() {
            Set<String> all = new LinkedHashSet<>(names);
            all.remove(base.label());
            return new Actor(base.key(), base.type(), base.label(), new ArrayList<>(all), base.qid(), represents, base.cameoCode());
        }
    }

    /** An actor or place the gazetteer does not know, keyed by the name the article gives it. */
    private static Actor unknown(String name, ActorType type) {
        return new Actor("name:" + name, type, name, List.of(), null, null, null);
    }

    /**
     * A name as a label: without the punctuation and quotes of the text around it ("USA,",
     * "Moscow.", "Russia)", "\u201cUkraine", "ALGIERS:"), which a span can take in because
     * names are looked up with punctuation folded. An abbreviation's full stop ("U.S.", "George
     * W.") and a closing bracket that has its opening one ("Kurdistan Workers' Party (PKK)")
     * stay.
     */
    static String label(String surface) {
        int begin = 0;
        int end = surface.length();
        while (begin < end && !Character.isLetterOrDigit(surface.codePointAt(begin))) {
            begin += Character.charCount(surface.codePointAt(begin));
        }
        while (end > begin) {
            int last = surface.codePointBefore(end);
            if (Character.isLetterOrDigit(last)
                    || last == '.' && isAbbreviation(surface.substring(begin, end))
                    || last == ')' && surface.substring(begin, end).chars().filter(c -> c == '(').count()
                            >= surface.substring(begin, end).chars().filter(c -> c == ')').count()) {
                break;
            }
            end -= Character.charCount(last);
        }
        return begin < end ? surface.substring(begin, end) : surface;
    }

    /** "U.S.", "D.C.", "W.": a last word ending in a full stop that also has one inside, or an initial. */
    private static boolean isAbbreviation(String name) {
        String word = name.substring(name.lastIndexOf(' ') + 1, name.length() - 1);
        return word.indexOf('.') >= 0 || word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    private static int nerEnd(List<CoreLabel> tokens, int i) {
        String ner = tokens.get(i).ner();
        if (ner == null || ner.equals("O")) {
            return i;
        }
        int j = i;
        while (j < tokens.size() && ner.equals(tokens.get(j).ner())) {
            j++;
        }
        return j;
    }

    /**
     * Where a person's name ends that goes on past the tagger's entity through a patronymic
     * ("Tamim" + "bin Hamad Al Thani", which the tagger often cuts at the particle): through the
     * particle and the capitalised words after it ("al-Thani" among them); and where a patronymic
     * name stops before its family name ("Hamad bin Khalid" + "Al Thani"), through that name.
     */
    private static int patronymicEnd(List<CoreLabel> tokens, int begin, int end) {
        int j = end;
        while (j + 1 < tokens.size() && hasPatronymic(tokens, j, j + 1) && isNamePart(tokens.get(j + 1).word())) {
            j++;
            for (int part = 0; part < MAX_PATRONYMIC_PARTS && j < tokens.size() && isNamePart(tokens.get(j).word()); part++) {
                j++;
            }
        }
        if (hasPatronymic(tokens, begin, j) && j + 1 < tokens.size() && FAMILY_ARTICLES.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
                && isCapitalised(tokens.get(j + 1).word())) {
            return j + 2;
        }
        return j;
    }

    /** Whether a token from {@code from} up to {@code to} (exclusive) is the particle of a patronymic ("bin"). */
    private static boolean hasPatronymic(List<CoreLabel> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (PATRONYMIC.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A word of a name: capitalised, or a lower-case article joined to a capitalised word ("al-Thani"). */
    private static boolean isNamePart(String word) {
        int hyphen = word.indexOf('-');
        return isCapitalised(word) || hyphen > 0 && hyphen + 1 < word.length() && isCapitalised(word.substring(hyphen + 1));
    }

    /**
     * The initials of a name of several words, upper-cased, with and without the words that join
     * a name's parts (&NAME_JOINER: "Government of National Accord" gives "GONA" and "GNA");
     * none for a name of one word.
     */
    private static Set<String> initials(String name) {
        String[] words = name.split("[ -]+");
        if (words.length < 2) {
            return Set.of();
        }
        StringBuilder every = new StringBuilder();
        StringBuilder main = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            String initial = new String(Character.toChars(Character.toUpperCase(word.codePointAt(0))));
            every.append(initial);
            if (!NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                main.append(initial);
            }
        }
        return Set.copyOf(List.of(every.toString(), main.toString()));
    }

    /** "GAM", "M23", "SPLM-IO": two to eight capitals, digits or hyphens, beginning with a capital. */
    private static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 8 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-');
    }

    private static boolean isOpeningBracket(String word) {
        return word.equals("(") || word.equals("-LRB-");
    }

    private static boolean isClosingBracket(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean sameFirstName(String label, String name) {
        String[] a = label.split(" ");
        String[] b = name.split(" ");
        if (a.length == 1 || b.length == 1) {
            return a[a.length - 1].equalsIgnoreCase(b[b.length - 1]);
        }
        String firstA = a[0].toLowerCase(Locale.ROOT);
        String firstB = b[0].toLowerCase(Locale.ROOT);
        return a[a.length - 1].equalsIgnoreCase(b[b.length - 1])
                && (firstA.startsWith(firstB) || firstB.startsWith(firstA)
                || firstA.substring(0, Math.min(4, firstA.length())).equals(firstB.substring(0, Math.min(4, firstB.length())))
                || label.toLowerCase(Locale.ROOT).contains(firstB) || name.toLowerCase(Locale.ROOT).contains(firstA));
    }

    /**
     * The words by which the news names a person again, lower-cased: the last word of the name
     * before any generational suffix ("Aquino" of "Benigno Aquino III"), and that word without
     * an article joined to it ("Burhan" of "al-Burhan").
     */
    private static List<String> surnameForms(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        while (words.size() > 1 && NAME_SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        int hyphen = last.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < last.length() && FAMILY_ARTICLES.contains(last.substring(0, hyphen))) {
            return List.of(last, last.substring(hyphen + 1));
        }
        return List.of(last);
    }

    private static String lastWord(String label) {
        String[] parts = label.split(" ");
        return parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }

    private static String lemma(CoreLabel token) {
        String lemma = token.lemma();
        return (lemma == null ? token.word() : lemma).toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerCase(List<String> words) {
        Set<String> set = new HashSet<>();
        for (String word : words) {
            set.add(word.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }

    private static List<String> words(String file) {
        return DataFiles.lines(Linker.class, file).stream().map(String::trim).toList();
    }
}
