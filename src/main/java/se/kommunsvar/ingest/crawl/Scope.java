package se.kommunsvar.ingest.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import se.kommunsvar.parse.PageFormat;

/** The part of a site a crawl stays in: the start address's scheme, host and port, and its folder path. */
record Scope(String scheme, String host, int port, String pathPrefix) {

    static Scope of(URI start) {
        String path = start.getRawPath() == null || start.getRawPath().isEmpty() ? "/" : start.getRawPath();
        return new Scope(start.getScheme().toLowerCase(Locale.ROOT), start.getHost().toLowerCase(Locale.ROOT),
                start.getPort(), path.substring(0, path.lastIndexOf('/') + 1));
    }

    boolean contains(String url) {
        return normalize(url).map(URI::create).filter(u -> u.getScheme().equalsIgnoreCase(scheme)
                && u.getHost().equalsIgnoreCase(host) && u.getPort() == port
                && (u.getRawPath().isEmpty() ? "/" : u.getRawPath()).startsWith(pathPrefix)).isPresent();
    }

    /** Whether the address is on the scope's scheme, host and port, in its folder or not. */
    boolean sameHost(String url) {
        return normalize(url).map(URI::create).filter(u -> u.getScheme().equalsIgnoreCase(scheme)
                && u.getHost().equalsIgnoreCase(host) && u.getPort() == port).isPresent();
    }

    /**
     * Whether the address is a document (a PDF, by its file name) linked from a page in scope that belongs to this
     * site: on the same host, in the scope's folder or not. Sitevision keeps them under {@code /download/18.…/},
     * EPiServer under {@code /globalassets/}, WordPress under {@code /wp-content/uploads/}.
     */
    boolean containsDocument(String url) {
        return sameHost(url) && normalize(url).map(URI::create).map(URI::getPath)
                .flatMap(PageFormat::ofFileName).filter(PageFormat::isDocument).isPresent();
    }

    /** The address without its fragment, with "/" for an empty path; empty when it is no http(s) address. */
    static Optional<String> normalize(String url) {
        try {
            URI u = URI.create(url.strip());
            if (u.getScheme() == null || u.getHost() == null
                    || !u.getScheme().equalsIgnoreCase("http") && !u.getScheme().equalsIgnoreCase("https")) {
                return Optional.empty();
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return Optional.of(u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getRawAuthority() + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String robotsUrl() {
        return origin() + "/robots.txt";
    }

    String sitemapUrl() {
        return origin() + "/sitemap.xml";
    }

    private String origin() {
        return scheme + "://" + host + (port > 0 ? ":" + port : "");
    }
}
