package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.act;
import static org.diplograph.extract.ExtractedActs.conditions;
import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who does an act together, on invented articles extracted with the bundled models. */
class JointActsTest {

    @Test
    void demonymsCoordinatedBeforeTheAgentsNounNameASideEach() {
        String body = "Georgian and Armenian negotiators agreed on Monday to open a second border crossing.\n\n"
                + "Kenyan and Tanzanian officials rejected the tariff plan put forward by Uganda.";
        List<String> acts = extract("joint", body).statements().stream().map(ExtractedActs::act).sorted().toList();
        assertEquals(List.of("Acceptance by [Georgia, Armenia]", "Proposal by [Uganda]", "Rejection by [Kenya, Tanzania]"), acts,
                "the acts of the article, by kind and agents");
    }

    @Test
    void whatTwoSidesSayTheyWillDoIsAnActOfBoth() {
        String body = "OSLO - Norway and Iceland said on Friday that they were ready to host a third round of talks on the fishing "
                + "dispute in Bergen next month.";
        List<String> acts = extract("they", body).statements().stream().map(ExtractedActs::act).sorted().toList();
        assertEquals(List.of("Offer by [Norway, Iceland]"), acts, "the acts of the article, by kind and agents");
    }

    @Test
    void anAppealTwoSidesMakeTogetherBindsTheSidesTheArticleIsAbout() {
        String body = "ADDIS ABABA - Ethiopia and Eritrea traded artillery fire along their border for a third day on Monday. "
                + "Ethiopia accused Eritrea of shelling the town of Zalambessa, and Eritrea denied the charge.\n\n"
                + "Kenya and Tanzania urged both sides to agree to an immediate ceasefire.";
        // the term the appeal names; whether the condition model adds an Other beside it is the model's to weigh
        List<String> terms = conditions(extract("appeal", body).statements().stream()).stream()
                .filter(term -> !term.startsWith("Other ")).toList();
        assertEquals(List.of("Ceasefire on Eritrea", "Ceasefire on Ethiopia"), terms,
                "the typed conditions of the article's acts (Kenya and Tanzania's appeal alone), by type and party");
    }

    @Test
    void anOutsidersAppealToBothCountriesBindsTheSidesTheArticleIsAbout() {
        String body = "LIMA - Peru and Ecuador exchanged protest notes on Tuesday over a road that Ecuador is building "
                + "near the Cenepa valley. Peru said the works broke the 1998 border accord, and Ecuador rejected the charge.\n\n"
                + "Brazil urged both countries to withdraw their engineers from the valley.";
        // the term the appeal names; whether the condition model adds an Other beside it is the model's to weigh
        List<String> terms = conditions(extract("outsider", body).statements().stream()
                .filter(s -> act(s).equals("Proposal by [Brazil]"))).stream()
                .filter(term -> term.startsWith("TroopWithdrawal ")).toList();
        assertEquals(List.of("TroopWithdrawal on Ecuador", "TroopWithdrawal on Peru"), terms,
                "the withdrawal terms of Brazil's appeal, by party");
    }
}
