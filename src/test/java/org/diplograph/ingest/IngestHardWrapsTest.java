package org.diplograph.ingest;

import static org.diplograph.ingest.IngestFixtures.assertSameLines;
import static org.diplograph.ingest.IngestFixtures.evaluationTexts;
import static org.diplograph.ingest.IngestFixtures.fixture;
import static org.diplograph.ingest.IngestFixtures.lines;
import static org.diplograph.ingest.IngestFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body wrapped at a fixed width is joined back into its paragraphs, headings and short last
 * lines kept apart; a body with a paragraph a line, as the evaluation sets are written, is read
 * as it is.
 */
class IngestHardWrapsTest {

    @Test
    void aWrappedBodyIsJoinedIntoItsParagraphs() throws IOException {
        Article article = single(fixture("wrapped/wire-copy.txt"));
        String expected = Files.readString(fixture("wrapped/wire-copy-expected.txt"), StandardCharsets.UTF_8).strip();
        assertSameLines(lines(expected), lines(article.body().strip()), "the lines of the unwrapped body");
    }

    @Test
    void aBodyWithAParagraphALineIsNotWrapped() {
        String body = "Norland rejected the plan.\nIt said it would never accept it.\nTalks broke down in January.\n"
                + "the minister said on Monday that the fleets would stay in port";
        assertEquals(body, HardWraps.unwrap(body), "a body of four short paragraphs, one of them opening in lower case");
    }

    @Test
    void noArticleOfTheEvaluationSetsIsTakenForWrapped() throws IOException {
        List<String> wrapped = evaluationTexts().entrySet().stream()
                .filter(article -> HardWraps.wrapWidth(article.getValue().split("\n", -1)) > 0).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), wrapped, "articles written a paragraph a line, taken for wrapped");
    }
}
