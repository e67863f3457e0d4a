package org.diplograph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved news page: metadata from the head, the body from the article element with the
 * page chrome dropped, one line a paragraph.
 */
final class HtmlFormat {

    /** Page parts that frame the report: navigation, site header and footer, sidebars, widgets. */
    private static final String CHROME = String.join(", ",
            "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "iframe",
            "svg", "button", "figcaption", "[hidden]", "[aria-hidden=true]",
            // Some sites wrap the whole page in one form; only forms without paragraphs are widgets.
            "form:not(:has(p))",
            "[class~=(?i)(^|[\\s_-])(share|sharing|social)([\\s_-]|$)]",
            "[id~=(?i)(^|[_-])(share|sharing|social)([_-]|$)]");

    /** Where the report sits, most specific first. */
    private static final List<String> CONTENT = List.of("[itemprop=articleBody]", "article", "main", "[role=main]");

    /** The blocks whose text is a line of the body. */
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote";

    private static final String CONTAINERS = "nav, header, footer, aside";

    private HtmlFormat() {
    }

    static Article read(String html, String source, long maxArticleBytes, Boilerplate boilerplate) throws Rejected {
        Document doc = Jsoup.parse(html);
        String title = first(
                attr(doc, "meta[property=og:title]", "content"),
                text(doc, "title"),
                text(doc, "h1"));
        String url = first(
                attr(doc, "link[rel=canonical]", "href"),
                attr(doc, "meta[property=og:url]", "content"));
        LocalDate date = Articles.date(source,
                attr(doc, "meta[property=article:published_time]", "content"),
                attr(doc, "article time[datetime]", "datetime"),
                attr(doc, "time[datetime]", "datetime"),
                attr(doc, "meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[name=dc.date],"
                        + " meta[name=dcterms.date], meta[name=dc.date.issued], meta[itemprop=datePublished]",
                        "content"));
        String rawBody = bodyText(doc);
        TextBytes.checkSize("article", TextBytes.utf8Length(rawBody), maxArticleBytes, "");
        return Articles.build(url, title, date, boilerplate.clean(rawBody), source);
    }

    private static String bodyText(Document doc) {
        Element root = content(doc);
        root.select(CHROME).remove();
        List<String> lines = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (block.select(BLOCKS).size() == 1) {
                String line = block.text();
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines.isEmpty() ? root.text() : String.join("\n", lines);
    }

    /** The content element with the most text, outside the page's navigation, header, footer and sidebars. */
    private static Element content(Document doc) {
        for (String selector : CONTENT) {
            Element best = doc.select(selector).stream()
                    .filter(el -> el.parents().stream().noneMatch(parent -> parent.is(CONTAINERS)))
                    .max(Comparator.comparingInt(el -> el.text().length()))
                    .orElse(null);
            if (best != null) {
                return best;
            }
        }
        return doc.body();
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element el = doc.selectFirst(selector);
        return el == null ? null : el.attr(attribute).strip();
    }

    private static String text(Document doc, String selector) {
        Element el = doc.selectFirst(selector);
        return el == null ? null : el.text().strip();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
