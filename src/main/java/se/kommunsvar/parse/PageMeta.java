package se.kommunsvar.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself in its head and page frame: its canonical address and its dates.
 * Swedish municipal CMSes write dates as Dublin Core ({@code DC.Date.Modified}, {@code dcterms.modified}),
 * Open Graph ({@code article:modified_time}, {@code og:updated_time} in epoch milliseconds) or as text
 * ("Senast uppdaterad 2023-12-18", "Sidan uppdaterades den 12 juni 2015").
 *
 * @param url the canonical address: {@code link rel=canonical}, else {@code og:url}, else {@code dcterms.identifier},
 *            else where the page was fetched from
 * @param updated when the page was last changed
 * @param published when the page was first published
 */
record PageMeta(String url, Optional<LocalDate> updated, Optional<LocalDate> published) {

    /** What CMSes put between a page's name and the site's name: "Bygglov - Hedemora kommun", "Bygglov | Hedemora". */
    private static final List<String> SEPARATORS = List.of(" - ", " | ", " – ", " — ", " :: ", " · ", " » ");
    /** A title cut shorter than this would be no name at all. */
    private static final int MIN_TITLE_CHARS = 3;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final List<String> UPDATED = List.of("DC.Date.Modified", "dcterms.modified", "article:modified_time",
            "og:updated_time", "last-modified", "moddate");
    private static final List<String> PUBLISHED = List.of("DC.Date.Created", "dcterms.created", "DC.Date.Issued",
            "dcterms.issued", "article:published_time", "pubdate");

    /**
     * Reads the page's facts.
     *
     * @param doc the parsed page
     * @param pageText the text of the whole page (frame included), where date lines such as "Senast uppdaterad" stand
     * @param fetchedFrom where the page came from
     */
    static PageMeta read(Document doc, String pageText, String fetchedFrom) {
        Optional<LocalDate> updated = metaDate(doc, UPDATED).or(() -> SwedishDates.pageUpdated(pageText));
        Optional<LocalDate> published = metaDate(doc, PUBLISHED).or(() -> SwedishDates.pagePublished(pageText));
        return new PageMeta(canonical(doc).orElse(fetchedFrom), updated, published);
    }

    /**
     * The page's own name for itself: {@code og:title}, {@code DC.Title}, else {@code <title>}, without the site's
     * name that CMSes add after a separator ("Bygglov - Hedemora kommun" → "Bygglov") when the page says what its
     * site is called ({@code og:site_name}, {@code application-name}) or the part names the site's host.
     */
    static String title(Document doc) {
        String title = meta(doc, List.of("og:title", "DC.Title", "dcterms.title")).orElseGet(() -> Text.fold(doc.title()));
        Optional<String> site = meta(doc, List.of("og:site_name", "application-name"));
        int cut = -1;
        String separator = "";
        for (String s : SEPARATORS) {
            int at = title.lastIndexOf(s);
            if (at > cut) {
                cut = at;
                separator = s;
            }
        }
        if (cut < MIN_TITLE_CHARS) {
            return title;
        }
        String tail = title.substring(cut + separator.length()).strip();
        String location = canonical(doc).orElse(doc.location());
        boolean siteName = site.isPresent() && sameName(tail, site.get()) || namesHost(tail, location);
        return siteName ? title.substring(0, cut).strip() : title;
    }

    /**
     * The page's one {@code h1} outside its header, menus and footer, if it has exactly one with text. A heading that
     * is only a link home is the site's logo line, not the page's headline.
     */
    static Optional<String> headline(Document doc) {
        List<String> found = new java.util.ArrayList<>();
        for (Element h1 : doc.select("h1")) {
            String text = Text.fold(h1.text());
            boolean linkOnly = h1.select("a").stream().mapToInt(a -> a.text().length()).sum() >= h1.text().length();
            boolean inFrame = h1.closest("nav, footer, [role=banner], [role=navigation], [role=contentinfo]") != null
                    || h1.closest("header") != null && h1.closest("article, main, [role=main]") == null;
            if (!text.isEmpty() && !linkOnly && !inFrame) {
                found.add(text);
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean sameName(String a, String b) {
        return Text.fold(a).equalsIgnoreCase(Text.fold(b));
    }

    /** True when a title part names the host ("Hedemora kommun" on www.hedemora.se, "Skatteverket" on skatteverket.se). */
    private static boolean namesHost(String part, String location) {
        String host;
        try {
            host = java.net.URI.create(location).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String site = host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "").replaceFirst("\\.[a-z]+$", "");
        String first = Text.fold(part).toLowerCase(java.util.Locale.ROOT).split("[ .]")[0];
        return !site.isEmpty() && first.length() >= 3 && (site.equals(first) || site.endsWith("." + first));
    }

    static Optional<String> canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && link.absUrl("href").startsWith("http")) {
            return Optional.of(link.absUrl("href"));
        }
        return meta(doc, List.of("og:url", "dcterms.identifier", "DC.Identifier")).filter(u -> u.startsWith("http"));
    }

    /**
     * A date as a meta tag writes it: ISO ("2018-03-20", "2018-03-20T15:10:00+01:00"), epoch milliseconds or seconds
     * ("1521561174000", as {@code og:updated_time} is written), or Swedish ("20 mars 2018").
     */
    static Optional<LocalDate> parseDate(String value) {
        String v = value.strip();
        if (v.matches("\\d{9,13}")) {
            long n = Long.parseLong(v);
            Instant instant = v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return Optional.of(instant.atZone(SWEDEN).toLocalDate());
        }
        return SwedishDates.all(v).stream().findFirst();
    }

    private static Optional<LocalDate> metaDate(Document doc, List<String> names) {
        for (String name : names) {
            Optional<LocalDate> date = meta(doc, List.of(name)).flatMap(PageMeta::parseDate);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document doc, List<String> names) {
        for (String name : names) {
            for (Element m : doc.select("meta[content]")) {
                if ((m.attr("name").equalsIgnoreCase(name) || m.attr("property").equalsIgnoreCase(name)
                        || m.attr("http-equiv").equalsIgnoreCase(name)) && !m.attr("content").isBlank()) {
                    return Optional.of(Text.fold(m.attr("content")));
                }
            }
        }
        return Optional.empty();
    }
}
