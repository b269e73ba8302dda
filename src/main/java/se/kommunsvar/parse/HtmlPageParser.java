package se.kommunsvar.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * Parses a saved or fetched HTML page: the address from the canonical link (else og:url, else where it came
 * from), the title, and the main content as blocks with navigation, footers, forms and scripts dropped.
 */
public final class HtmlPageParser {

    private static final String DROP = "script, style, noscript, template, nav, header, footer, form, aside, iframe, svg, "
            + "button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden], "
            + ".breadcrumb, .breadcrumbs, .cookie, .cookies, .cookie-banner, .share, .skip-link";

    private final Boilerplate boilerplate = Boilerplate.standard();
    private final MunicipalityDirectory directory;

    public HtmlPageParser(MunicipalityDirectory directory) {
        this.directory = directory;
    }

    /**
     * Parses HTML bytes.
     *
     * @param bytes the page as fetched or saved
     * @param charset the charset the server declared, or empty to use the page's own {@code <meta>} (else UTF-8)
     * @param fetchedFrom where the bytes came from; used when the page names no canonical address
     */
    public Page parse(byte[] bytes, String charset, String fetchedFrom) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset.isEmpty() ? null : charset, fetchedFrom);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HTML from " + fetchedFrom, e);
        }
        String url = canonical(doc).orElse(fetchedFrom);
        String pageText = doc.text();
        Element main = mainContent(doc);
        main.select(DROP).remove();
        List<Block> blocks = blocks(main);
        String title = title(doc, blocks);
        PageDates dates = new PageDates(meta(doc, "dcterms.modified", "DC.Date.Modified", "article:modified_time")
                .flatMap(v -> SwedishDates.all(v).stream().findFirst()).or(() -> SwedishDates.updated(pageText)),
                meta(doc, "article:published_time", "dcterms.created").flatMap(v -> SwedishDates.all(v).stream().findFirst())
                        .or(() -> SwedishDates.published(pageText)),
                SwedishDates.decided(main.text()));
        String municipality = directory.fromUrl(url).map(Municipality::name).orElse("");
        List<Contact> contacts = new ArrayList<>(Contacts.find(blocks));
        Contacts.findInText(pageText).stream()
                .filter(c -> contacts.stream().noneMatch(k -> k.phone().equals(c.phone()) && k.email().equals(c.email())))
                .forEach(contacts::add);
        return new Page(url, title, municipality, dates, contacts, blocks);
    }

    private static Optional<String> canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.attr("abs:href").isBlank()) {
            return Optional.of(link.attr("abs:href"));
        }
        return meta(doc, "og:url").filter(u -> u.startsWith("http"));
    }

    private static Optional<String> meta(Document doc, String... names) {
        for (String name : names) {
            Element m = doc.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
            if (m != null && !m.attr("content").isBlank()) {
                return Optional.of(m.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    private static Element mainContent(Document doc) {
        for (String selector : List.of("main", "[role=main]", "article", "#content", ".content", "body")) {
            Element e = doc.selectFirst(selector);
            if (e != null && e.text().length() > 40) {
                return e.clone();
            }
        }
        return doc.body() == null ? new Element("body") : doc.body().clone();
    }

    private List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        for (Element e : root.select("h1, h2, h3, h4, h5, h6, p, li, tr, dt, dd")) {
            if (e.tagName().equals("li") && !e.select("p, li").isEmpty()) {
                continue;
            }
            String text = boilerplate.clean(e.text());
            if (text.isEmpty() || boilerplate.isBoilerplateLine(text) || boilerplate.isBoilerplateBlock(text)) {
                continue;
            }
            switch (e.tagName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> out.add(Block.heading(text, e.tagName().charAt(1) - '0'));
                case "li" -> out.add(Block.listItem(text));
                case "tr" -> out.add(Block.tableRow(text));
                default -> out.add(Block.paragraph(text));
            }
        }
        return out;
    }

    private static String title(Document doc, List<Block> blocks) {
        return blocks.stream().filter(b -> b.isHeading() && b.level() == 1).map(Block::text).findFirst()
                .orElseGet(() -> Text.fold(doc.title()));
    }
}
