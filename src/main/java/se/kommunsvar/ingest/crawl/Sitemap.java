package se.kommunsvar.ingest.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.SkipLeadingWhiteSpaceInputStream;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.xml.sax.InputSource;

/**
 * One sitemap read by crawler-commons' {@link SiteMapParser}: the pages of a {@code <urlset>} (also a plain-text
 * list, an RSS or Atom feed, any of them gzip-compressed) or the child sitemaps of a {@code <sitemapindex>}, each with
 * its {@code lastmod}. Read leniently: a leading BOM or whitespace is skipped, a page need not lie under the sitemap's
 * folder (the crawl's own scope decides), a sitemap cut off half-way yields what was read. Refused: any DOCTYPE (so no
 * external entity is ever resolved), and more than {@value #MAX_ENTRIES} entries or {@value #MAX_UNPACKED_BYTES}
 * unpacked bytes from one sitemap (the protocol's own limits), so a hostile sitemap cannot fill the memory.
 *
 * @param url the sitemap's address
 * @param index whether it is a sitemap index (its entries are sitemaps) rather than a list of pages
 * @param entries the pages or child sitemaps, in document order
 */
public record Sitemap(String url, boolean index, List<Entry> entries) {

    /** The most entries one sitemap may hold (sitemaps.org: 50,000 URLs per file); the rest is not kept. */
    static final int MAX_ENTRIES = 50_000;
    /** The most bytes read after unpacking a gzip sitemap (sitemaps.org: 50 MB uncompressed per file). */
    static final long MAX_UNPACKED_BYTES = 52_428_800;

    /** A page or child sitemap and when the site says it last changed. */
    public record Entry(String loc, Optional<Instant> lastModified) {
    }

    /** How leniently to read; the crawler uses {@link #LENIENT}, the conformance test varies the rest. */
    record Options(boolean allowPartial, boolean strictNamespace, UnaryOperator<String> rewrite) {
    }

    static final Options LENIENT = new Options(true, false, UnaryOperator.identity());

    public Sitemap {
        entries = List.copyOf(entries);
    }

    /** Every entry's address. */
    public List<String> locs() {
        return entries.stream().map(Entry::loc).toList();
    }

    /** Reads a sitemap as the crawler does: leniently, every entry kept up to {@link #MAX_ENTRIES}. */
    public static Sitemap parse(String url, String contentType, byte[] bytes) throws FetchException {
        return parse(url, contentType, bytes, LENIENT, loc -> true);
    }

    /**
     * Reads a sitemap keeping only entries the filter accepts, at most {@link #MAX_ENTRIES} of them; the filter
     * runs while the parser streams, so refused entries are never held.
     *
     * @param contentType the Content-Type the server sent, or empty to detect it from the bytes
     */
    static Sitemap parse(String url, String contentType, byte[] bytes, Options options, Predicate<String> keep)
            throws FetchException {
        URL address = toUrl(url);
        int[] kept = {0};
        BoundedParser parser = new BoundedParser(options.allowPartial());
        parser.setStrictNamespace(options.strictNamespace());
        parser.setAllowDocTypeDefinitions(false);
        parser.setURLFilter((String loc) -> {
            String entry = options.rewrite().apply(loc.strip());
            if (entry == null || kept[0] >= MAX_ENTRIES || !keep.test(entry)) {
                return null;
            }
            kept[0]++;
            return entry;
        });
        // the media type without parameters: crawler-commons compares it whole, and detects from the bytes otherwise
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip();
        AbstractSiteMap parsed;
        try {
            parsed = mediaType.isEmpty() ? parser.parseSiteMap(bytes, address) : parser.parseSiteMap(mediaType, bytes, address);
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new FetchException("sitemap", "not a readable sitemap at " + url + ": " + e.getMessage(), e);
        }
        return parsed.isIndex() ? ofIndex(url, (SiteMapIndex) parsed) : ofPages(url, (SiteMap) parsed);
    }

    private static Sitemap ofIndex(String url, SiteMapIndex index) {
        List<Entry> out = new ArrayList<>();
        for (AbstractSiteMap child : index.getSitemaps()) {
            out.add(new Entry(child.getUrl().toString(), instant(child.getLastModified())));
        }
        return new Sitemap(url, true, out);
    }

    private static Sitemap ofPages(String url, SiteMap pages) {
        List<Entry> out = new ArrayList<>();
        for (SiteMapURL page : pages.getSiteMapUrls()) {
            out.add(new Entry(page.getUrl().toString(), instant(page.getLastModified())));
        }
        return new Sitemap(url, false, out);
    }

    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    private static URL toUrl(String url) throws FetchException {
        try {
            return new URI(url).toURL();
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new FetchException("address", "not a valid sitemap address: " + url, e);
        }
    }

    /** crawler-commons' parser with the unpacked bytes of gzip and text sitemaps bounded. */
    private static final class BoundedParser extends SiteMapParser {

        BoundedParser(boolean allowPartial) {
            super(false, allowPartial);
        }

        @Override
        protected AbstractSiteMap processGzippedXML(URL url, byte[] response) throws IOException, UnknownFormatException {
            InputStream unpacked = BoundedInputStream.builder()
                    .setInputStream(new GZIPInputStream(new ByteArrayInputStream(response)))
                    .setMaxCount(MAX_UNPACKED_BYTES).get();
            InputStream in = new SkipLeadingWhiteSpaceInputStream(BOMInputStream.builder().setInputStream(unpacked).get());
            InputSource source = new InputSource(in);
            source.setSystemId(url.toString().replaceFirst("\\.gz$", ""));
            return processXml(url, source);
        }

        @Override
        protected SiteMap processText(URL sitemapUrl, InputStream stream) throws IOException {
            return super.processText(sitemapUrl, BoundedInputStream.builder().setInputStream(stream)
                    .setMaxCount(MAX_UNPACKED_BYTES).get());
        }
    }
}
