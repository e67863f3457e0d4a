package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IngestBoilerplateTest {

    private final Boilerplate rules = Boilerplate.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "Published by Coastal Wire Daily",
        "Posted on March 3, 2024",
        "Posted at 10:42 GMT",
        "2 min read",
        "12 minute read",
        "4 min readLast updated: March 4, 2024",
        "Last updated: 11 June 2024 09:10",
        "Reading time: 3 minutes",
        "Share this article",
        "Share",
        "Share on Facebook",
        "SHARE ON X",
        "Explore more articles in the World category",
        "Explore more",
        "Read more",
        "Read more: Trawler crews wait for word from the coast guard",
        "Also read: Vesteria demands Norland halve its trawler fleet",
        "Related: Quota talks collapse in Port Ilya",
        "WATCH: Trawlers return to Port Ilya",
        "ALSO READ | Vesteria rejects Norland's proposal on the quota",
        "Edited by: Lise Marr",
        "(With inputs from agencies)",
        "With inputs from PTI",
        "First published: Mar 3, 2024 18:42 IST",
        "Sign up for our morning briefing",
        "Subscribe to the weekly digest",
        "Register now for free unlimited access to Coastal Wire",
        "The Morning Catch newsletter brings you the fisheries news of the day. Sign up here.",
        "Find more of AP's coverage of the fisheries dispute: https://example.org/hub/fisheries",
        "(Reporting by Tomas Ek; Editing by Lise Marr)",
        "By Ana Vel",
        "Associated Press writers Ona Vey in Port Ilya and Pim Dorr in Norland contributed to this report.",
        "Kai Lunt contributed reporting to this story",
        "Follow AP's coverage of the fisheries dispute at https://example.org/hub/fisheries",
        "BY ANA VEL AND TOMAS EK",
        "By Ana Vel, Pim Dorr and Kai Lunt",
        "By Ona Vey, Coastal Wire",
        "FILE PHOTO: Trawlers moored in the harbour of Port Ilya, March 3, 2024.",
        "The fisheries minister speaks to reporters in Port Ilya, March 3, 2024. REUTERS/Ona Vey/File Photo",
        "(Photo by Ona Vey/AFP via Getty Images)",
        "Photo by Ona Vey/Coastal Wire",
        "Trawlers moored in Port Ilya on March 3. Photograph: Pim Dorr/Coastal Wire",
        "The harbour of Port Ilya on March 3 (Kai Lunt/AFP via Getty Images)",
        "(Additional reporting by Ona Vey in Port Ilya; Writing by Pim Dorr; Editing by Kai Lunt)",
        "Reporting by Ona Vey in Port Ilya and Pim Dorr in Norland; Writing by Kai Lunt; Editing by Lise Marr",
        "Additional reporting by Ona Vey; editing by Tomas Ek.",
        "Editing by Lise Marr and Tomas Ek",
        "Our Standards: The Coastal Wire Trust Principles., opens new tab",
        "Copyright 2024 Coastal Wire. All rights reserved.",
        "\u00A9 2024 Coastal Wire Ltd. All Rights Reserved",
        "Advertisement",
        "  ADVERTISEMENT  ",
        "Story continues below advertisement",
        "We use cookies to improve your experience on this site.",
        "This website uses cookies. By continuing you agree to our policy.",
        "Accept all cookies",
    })
    void pageFurnitureIsBoilerplate(String line) {
        assertTrue(rules.isBoilerplate(line), "not recognised as boilerplate: " + line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Published by the ministry on Monday, the report says the truce held.",
        "Posted on the frontier since 2019, the brigade withdrew on Friday.",
        "Shares in the state fishing company fell 4 percent on the news.",
        "Advertisements for the referendum were banned by the electoral board.",
        "Last updated figures from 2023 show 40 trawlers were seized.",
        "The envoy said she would read more of the draft before signing it.",
        "Norland and Vesteria agree to resume fisheries talks",
        "By rejecting the quota deal, Vesteria risks a new trawler dispute",
        "Both sides contributed to this report's findings, the commission said.",
        "Follow-up talks on the quota are planned for May.",
        "Trawler owners must register their catch before leaving port, the ministry said.",
        "Crews were told to sign up here in Port Ilya for the new quota scheme, officials said, and many did so on Monday.",
        "By Sunday evening 40 trawlers had returned to Port Ilya.",
        "By March the two sides had agreed a truce on the fishing grounds",
        "The photo: a trawler seized by the coast guard, the ministry said.",
        "Related talks on the quota will follow in May, the ministry said.",
        "Watch crews will stay on the trawlers until the quota talks end.",
        "Read together, the two letters show the sides agreed in March.",
        "Edited by hand, the quota tables were sent to Port Ilya.",
        "With inputs from both ministries, the commission drafted the quota.",
        "First published in 2019, the quota rules were revised on Monday.",
        "A photo by a fisherman showed the coast guard boarding the trawler, the ministry said.",
        "Images by a satellite company showed trawlers massing near the fishing grounds.",
        "Photos by the coast guard showed the trawler in Port Ilya, the ministry said.",
        "Reporting by state television suggested the trawler talks had stalled.",
        "Editing by hand, the clerks changed the quota tables overnight.",
        "Our standards of fishing are higher than theirs, the minister said.",
        "The copyright of the charts, the ministry said, was never in dispute.",
        "",
    })
    void reportTextIsNotBoilerplate(String line) {
        assertFalse(rules.isBoilerplate(line), "report text taken for boilerplate: " + line);
    }

    @Test
    void cleanDropsWholeLinesOnlyCollapsesBlanksAndTrimsLineEnds() {
        String text = "\n\nTalks resume on the Grey Shelf\nPublished by Coastal Wire Daily\n\n\n"
                + "The envoys met on Monday; the statement said \"Share this article\" twice.   \n"
                + "Advertisement\n\n\nA second round is due in May.\t\n\n";
        assertEquals("Talks resume on the Grey Shelf\n\n"
                + "The envoys met on Monday; the statement said \"Share this article\" twice.\n\n"
                + "A second round is due in May.", rules.clean(text));
    }

    @Test
    void aBlankLineLeftBetweenTwoRemovedLinesCollapses() {
        assertEquals("First paragraph.\n\nSecond paragraph.",
                rules.clean("First paragraph.\n\nRead more\n\nSign up for alerts\n\nSecond paragraph."));
    }

    @Test
    void onlyBoilerplateLeavesNothing() {
        assertEquals("", rules.clean("Advertisement\n\n2 min read\nShare on Facebook\n"));
    }

    @Test
    void ruleFilesSkipCommentsAndBlankLines() {
        Boilerplate custom = Boilerplate.parse(List.of("# page counters of the archive", "", "page \\d+ of \\d+"));

        assertTrue(custom.isBoilerplate("Page 3 of 7"));
        assertFalse(custom.isBoilerplate("# page counters of the archive"));
        assertFalse(custom.isBoilerplate("Advertisement"), "custom rules replace the standard ones");
    }

    @Test
    void anInvalidRuleIsReportedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Boilerplate.parse(List.of("# why", "read more", "share (on")));
        assertTrue(e.getMessage().startsWith("boilerplate rule on line 3 is not a regular expression"), e.getMessage());
    }
}
