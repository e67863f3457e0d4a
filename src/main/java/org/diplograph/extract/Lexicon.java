package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.DataFiles;

/**
 * The extractor's word lists and cue patterns, read from the resource files beside
 * this class. Immutable once loaded, so one instance serves every thread.
 */
public final class Lexicon {

    /** A speech-act trigger: the head lemma, an optional particle, and what it makes. */
    record Trigger(String source, String lemma, String particle, String pos, StatementKind kind, String cameoCode) {

        /** The trigger of a clause rule's match: the rule stands where a lexicon entry's lemma would. */
        static Trigger of(ClauseRules.Rule rule) {
            return new Trigger(ClauseRules.SOURCE, rule.name(), null, "VERB", rule.kind(), rule.kind().defaultCameoCode());
        }

        /** The rule's id: its file, phrase and part of speech ("speech-acts:call_for/VERB"), or a clause rule's own. */
        String ruleId() {
            if (source.equals(ClauseRules.SOURCE)) {
                return source + ":" + lemma;
            }
            return source + ":" + lemma + (particle == null ? "" : "_" + particle) + "/" + pos;
        }
    }

    /** A modal marker: the modality it gives, and the statement kind it makes in reported speech, if any. */
    record ModalEntry(Modality modality, StatementKind kind) {
    }

    /**
     * A typed cue pattern (a condition type or an attribution).
     *
     * @param refused whether the pattern marks its type only in a term the act refuses: the type
     *                says what the refusing side wants instead (a membership of the alliance
     *                rejected: the side stays out)
     */
    record Cue(String type, CuePattern pattern, boolean refused) {
    }

    /** The third column of a condition cue that holds only in a refused term. */
    private static final String REFUSED = "refused";

    /**
     * A named group and the keys of its members.
     *
     * @param key the key of the actor that names the group, where the gazetteer has one; else null
     */
    record Group(CuePattern pattern, List<String> members, String key) {
    }

    private static volatile Lexicon bundled;

    private final Map<String, List<Trigger>> triggers;
    /** Triggers learned from a corpus: they make candidates, never decide how the curated rules read a sentence. */
    private final Map<String, List<Trigger>> learned;
    private final Set<String> reportingVerbs;
    private final Map<String, ModalEntry> modals;
    private final CueIndex conditionCues;
    /** The condition types the cues name, and {@code Other}, sorted. */
    private final List<String> conditionTypes;
    private final List<Cue> attributionCues;
    private final List<Group> groups;
    private final List<List<String>> exchangeMarkers;
    private final Set<String> guaranteeCues;

    private Lexicon() {
        Map<String, List<Trigger>> triggerMap = new HashMap<>();
        for (String[] row : rows("speech-acts.tsv", 4)) {
            String[] phrase = row[0].split(" ");
            Trigger trigger = new Trigger("speech-acts", phrase[0], phrase.length > 1 ? phrase[1] : null, row[1],
                    StatementKind.fromLocalName(row[2]), row[3]);
            triggerMap.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(trigger);
        }
        triggers = Map.copyOf(triggerMap);
        learned = Map.of();
        reportingVerbs = Set.copyOf(words("reporting-verbs.txt"));
        Map<String, ModalEntry> modalMap = new HashMap<>();
        for (String[] row : rows("modals.tsv", 2)) {
            StatementKind kind = row.length > 2 && !row[2].isBlank() ? StatementKind.fromLocalName(row[2]) : null;
            modalMap.put(row[0], new ModalEntry(modality(row[1]), kind));
        }
        modals = Map.copyOf(modalMap);
        List<Cue> cueList = cues("condition-cues.tsv");
        conditionCues = CueIndex.of(cueList);
        Set<String> types = new TreeSet<>();
        cueList.forEach(cue -> types.add(cue.type()));
        types.add("Other");
        conditionTypes = List.copyOf(types);
        attributionCues = cues("attribution-cues.tsv");
        List<Group> groupList = new ArrayList<>();
        for (String[] row : rows("groups.tsv", 2)) {
            groupList.add(new Group(CuePattern.parse(row[0]), List.of(row[1].split(",")), row.length > 2 ? row[2] : null));
        }
        groups = List.copyOf(groupList);
        List<List<String>> markers = new ArrayList<>();
        for (String phrase : words("exchange-markers.txt")) {
            markers.add(List.of(phrase.split(" ")));
        }
        exchangeMarkers = List.copyOf(markers);
        guaranteeCues = Set.copyOf(words("guarantee-cues.txt"));
    }

    private Lexicon(Lexicon base, Map<String, List<Trigger>> learned) {
        this.triggers = base.triggers;
        this.learned = Map.copyOf(learned);
        this.reportingVerbs = base.reportingVerbs;
        this.modals = base.modals;
        this.conditionCues = base.conditionCues;
        this.conditionTypes = base.conditionTypes;
        this.attributionCues = base.attributionCues;
        this.groups = base.groups;
        this.exchangeMarkers = base.exchangeMarkers;
        this.guaranteeCues = base.guaranteeCues;
    }

    /**
     * This lexicon with the triggers learned from a corpus added: a learned lemma and part of
     * speech that a curated trigger already has is left to the curated one.
     */
    Lexicon withLearned(List<LearnedTrigger> learned) {
        if (learned.isEmpty()) {
            return this;
        }
        Map<String, List<Trigger>> all = new HashMap<>();
        for (LearnedTrigger trigger : learned) {
            if (!hasTrigger(trigger.lemma(), trigger.pos())) {
                all.computeIfAbsent(trigger.lemma(), k -> new ArrayList<>()).add(new Trigger(LearnedTrigger.SOURCE, trigger.lemma(),
                        null, trigger.pos(), trigger.kind(), trigger.kind().defaultCameoCode()));
            }
        }
        return new Lexicon(this, all);
    }

    /** Whether a curated trigger has this lemma and part of speech. */
    public boolean hasTrigger(String lemma, String pos) {
        return triggers(lemma).stream().anyMatch(t -> t.pos().equals(pos));
    }

    /** The lexicon bundled with diplograph, loaded once. */
    public static Lexicon bundled() {
        Lexicon result = bundled;
        if (result == null) {
            synchronized (Lexicon.class) {
                result = bundled;
                if (result == null) {
                    result = new Lexicon();
                    bundled = result;
                }
            }
        }
        return result;
    }

    /** The curated triggers of a lemma: what the rules consult when they read a sentence. */
    List<Trigger> triggers(String lemma) {
        return triggers.getOrDefault(lemma, List.of());
    }

    /** The curated triggers of a lemma, then the learned ones: what makes candidates. */
    List<Trigger> candidateTriggers(String lemma) {
        List<Trigger> extra = learned.get(lemma);
        if (extra == null) {
            return triggers(lemma);
        }
        List<Trigger> all = new ArrayList<>(triggers(lemma));
        all.addAll(extra);
        return all;
    }

    /** Whether a lemma may tell of one side securing another (guarantee-cues.txt). */
    boolean isGuaranteeCue(String lemma) {
        return guaranteeCues.contains(lemma);
    }

    boolean isReportingVerb(String lemma) {
        return reportingVerbs.contains(lemma);
    }

    Optional<ModalEntry> modal(String lemma) {
        return Optional.ofNullable(modals.get(lemma));
    }

    /**
     * The condition cues that may match tokens of this vocabulary ({@link CuePattern#vocabulary}),
     * in the order of the cue file: every one that matches them is among these.
     */
    List<Cue> conditionCues(Set<String> vocabulary) {
        return conditionCues.mayMatch(vocabulary);
    }

    /** The condition types: those the cues name, and {@code Other}, sorted. */
    List<String> conditionTypes() {
        return conditionTypes;
    }

    List<Cue> attributionCues() {
        return attributionCues;
    }

    List<Group> groups() {
        return groups;
    }

    /** The members of the group an actor of this key names, or an empty list if it names none. */
    List<String> members(String key) {
        for (Group group : groups) {
            if (key.equals(group.key())) {
                return group.members();
            }
        }
        return List.of();
    }

    /** Phrases that open the other side's part of a bargain, each as its words. */
    List<List<String>> exchangeMarkers() {
        return exchangeMarkers;
    }

    private static Modality modality(String name) {
        for (Modality modality : Modality.values()) {
            if (modality.localName().equals(name)) {
                return modality;
            }
        }
        throw new IllegalArgumentException("modality must be one of Obligation, Recommendation, Possibility, Intention, Assertion, but was: " + name);
    }

    private static List<Cue> cues(String file) {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : rows(file, 2)) {
            if (row.length > 2 && !row[2].equals(REFUSED)) {
                throw new IllegalStateException("lexicon file " + file + ": the third column may only be '" + REFUSED
                        + "', but was: " + row[2]);
            }
            cues.add(new Cue(row[0], CuePattern.parse(row[1]), row.length > 2));
        }
        return List.copyOf(cues);
    }

    private static List<String> words(String file) {
        List<String> words = new ArrayList<>();
        for (String line : lines(file)) {
            words.add(line.trim());
        }
        return words;
    }

    private static List<String[]> rows(String file, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(file)) {
            String[] columns = line.split("\t");
            if (columns.length < minColumns) {
                throw new IllegalStateException("lexicon file " + file + " needs " + minColumns
                        + " tab-separated columns, but this line has " + columns.length + ": " + line);
            }
            rows.add(columns);
        }
        return rows;
    }

    private static List<String> lines(String file) {
        return DataFiles.lines(Lexicon.class, file);
    }
}
