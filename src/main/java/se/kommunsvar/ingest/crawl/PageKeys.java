package se.kommunsvar.ingest.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.Page;

/**
 * Which address a fetched page is indexed under: its canonical address when that is on the site it was fetched
 * from ({@code www.} or not), else where it was fetched from — a page cannot claim another site's address.
 * The municipality comes from the fetched address, never from a canonical link to another host (a page on
 * 127.0.0.1 pointing at www.hedemora.se must not answer Hedemora's residents). An editor may say whose site a crawl
 * is ({@code ingest URL --municipality NAME}); that applies to pages fetched from a host of no municipality, never
 * to one that belongs to a municipality.
 */
final class PageKeys {

    private final MunicipalityDirectory directory;
    private final Optional<Municipality> siteOf;

    PageKeys(MunicipalityDirectory directory) {
        this(directory, Optional.empty());
    }

    PageKeys(MunicipalityDirectory directory, Optional<Municipality> siteOf) {
        this.directory = directory;
        this.siteOf = siteOf;
    }

    Page keyed(Page page, String fetchedFrom) {
        return keyed(page, fetchedFrom, siteOf);
    }

    /** The page keyed as fetched from the address, of a site an editor said is {@code siteOf}'s. */
    Page keyed(Page page, String fetchedFrom, Optional<Municipality> siteOf) {
        String key = sameSite(page.url(), fetchedFrom) ? page.url() : fetchedFrom;
        String municipality = directory.fromUrl(fetchedFrom).or(() -> siteOf).map(Municipality::name)
                .orElse(sameSite(page.url(), fetchedFrom) ? page.municipality() : "");
        if (key.equals(page.url()) && municipality.equals(page.municipality())) {
            return page;
        }
        return new Page(key, page.title(), municipality, page.dates(), page.contacts(), page.blocks());
    }

    static boolean sameSite(String a, String b) {
        try {
            URI x = URI.create(a);
            URI y = URI.create(b);
            return x.getHost() != null && y.getHost() != null && x.getPort() == y.getPort()
                    && bareHost(x).equals(bareHost(y));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String bareHost(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
