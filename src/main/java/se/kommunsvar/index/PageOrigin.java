package se.kommunsvar.index;

/**
 * Where an indexed page's bytes came from, kept on its page document so that "unchanged" is judged against
 * what the index really holds.
 *
 * @param url the page's key in the index
 * @param source the address the bytes were fetched from (after redirects)
 * @param contentHash SHA-256 of the bytes, hex
 * @param etag the server's ETag, or empty
 * @param lastModified the server's Last-Modified, or empty
 */
public record PageOrigin(String url, String source, String contentHash, String etag, String lastModified) {
}
