package org.diplograph.ingest;

import static org.diplograph.ingest.IngestFixtures.evaluationTexts;
import static org.diplograph.ingest.IngestFixtures.single;
import static org.diplograph.ingest.IngestFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UTF-8 text once read as Windows-1252 (or Latin-1) and saved again is read as it was written;
 * text written right is left alone.
 */
class IngestMojibakeTest {

    /** What a mis-decoding makes of {@code text}: its UTF-8 bytes read as {@code charset}. */
    private static String misread(String text, String charset) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "windows-1252 | Norland\u2019s fisheries minister said \u201cno\u201d on Monday \u2014 twice.",
        "windows-1252 | Z\u00fcrich\u2019s caf\u00e9 owners met in K\u00f6ln, S\u00e3o Paulo and Ni\u0161.",
        "windows-1252 | The \u20ac5 million fund \u2026 and 20\u00b0C \u00bd a mile away \u00a9 Coastal Wire",
        "ISO-8859-1 | Norland\u2019s fisheries minister said \u201cno\u201d on Monday \u2014 twice.",
        "ISO-8859-1 | Vu\u010di\u0107 and Z\u00fcrich\u2019s caf\u00e9 owners met in K\u00f6ln, S\u00e3o Paulo and \u0141\u00f3d\u017a.",
    })
    void textMisreadIsReadAsWritten(String charset, String written) {
        assertEquals(written, Mojibake.repair(misread(written, charset)), "misread as " + charset);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Norland\u2019s fisheries minister said \u201cno\u201d on Monday \u2014 twice.",
        "Vu\u010di\u0107 and Z\u00fcrich\u2019s caf\u00e9 owners met in K\u00f6ln.",
        "Plain ASCII, with no character beyond it.",
        "\u00c2 \u00c3 \u00e2 alone, and na\u00efve \u00e9l\u00e8ve",
    })
    void textWrittenRightIsLeftAlone(String written) {
        assertEquals(written, Mojibake.repair(written));
    }

    @Test
    void aMisreadArticleFileIsReadAsWritten(@TempDir Path dir) {
        String written = "TITLE: Kyiv rejects plan\nDATE: 2025-03-02\n\n"
                + "Ukraine\u2019s foreign ministry rejected the plan. \u201cWe will not accept it,\u201d it said.\n";
        Path file = write(dir, "misread.txt", misread(written, "windows-1252"));
        assertEquals("Ukraine\u2019s foreign ministry rejected the plan. \u201cWe will not accept it,\u201d it said.",
                single(file).body().strip());
    }

    @Test
    void noArticleOfTheEvaluationSetsIsChanged() throws IOException {
        List<String> changed = evaluationTexts().entrySet().stream()
                .filter(article -> !Mojibake.repair(article.getValue()).equals(article.getValue())).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), changed, "articles written right, changed by the repair");
    }
}
