package se.kommunsvar.ingest.crawl;

import java.time.Instant;
import java.util.List;

/**
 * What the corpus knows about one fetched page, stored beside its bytes as JSON.
 *
 * @param url the address asked for
 * @param finalUrl the address that answered, after redirects; the corpus key
 * @param redirects the hops before the final address
 * @param pageUrl the page's key in the index (its canonical address on the same site, else the final address)
 * @param fetched when it was fetched
 * @param status the HTTP status
 * @param contentType the Content-Type header, or empty
 * @param etag the ETag header, or empty
 * @param lastModified the Last-Modified header, or empty
 * @param sha256 SHA-256 of the stored bytes, hex
 * @param municipality the municipality an editor said the site is, for a host that belongs to none; else empty
 *                     (absent in entries written before it was kept)
 */
public record CorpusEntry(String url, String finalUrl, List<String> redirects, String pageUrl, Instant fetched,
                          int status, String contentType, String etag, String lastModified, String sha256,
                          String municipality) {

    public CorpusEntry {
        redirects = List.copyOf(redirects);
        municipality = municipality == null ? "" : municipality;
    }

    /** An entry of a page whose site no editor named. */
    public CorpusEntry(String url, String finalUrl, List<String> redirects, String pageUrl, Instant fetched, int status,
                       String contentType, String etag, String lastModified, String sha256) {
        this(url, finalUrl, redirects, pageUrl, fetched, status, contentType, etag, lastModified, sha256, "");
    }
}
