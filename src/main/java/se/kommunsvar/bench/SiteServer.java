package se.kommunsvar.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Generated municipal sites served over HTTP on 127.0.0.1, for crawling through the editors' API. Each site is
 * served under a path prefix named after its host ({@code /www.ale.se/kommun-och-politik/…}), because one loopback
 * server has one host and port; its {@code robots.txt} names one sitemap per served site. Pages keep their
 * canonical {@code https://www.ale.se/…} addresses, which are on another site than the loopback address, so the
 * crawler indexes them under the address they were fetched from (see docs/CRAWL.md).
 * Edits and removals are held in memory over the generated files, which are never changed.
 */
public final class SiteServer implements AutoCloseable {

    private final Path pages;
    private final Set<String> hosts;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "site-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, byte[]> edits = new ConcurrentHashMap<>();
    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    private final AtomicInteger edition = new AtomicInteger();

    private SiteServer(Path pages, Collection<String> hosts) throws IOException {
        this.pages = pages;
        this.hosts = Set.copyOf(hosts);
        for (String host : this.hosts) {
            if (!Files.isDirectory(pages.resolve(host))) {
                throw new IllegalArgumentException("no generated pages for " + host + " under " + pages);
            }
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    /** Serves the generated sites of the hosts (folders under {@code pages}) on a free loopback port. */
    public static SiteServer start(Path pages, Collection<String> hosts) throws IOException {
        SiteServer site = new SiteServer(pages, hosts);
        site.server.start();
        return site;
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The start address of a served site, for {@code POST /api/admin/reindex {"site"}}. */
    public String siteUrl(String host) {
        return base() + "/" + host + "/";
    }

    /** Where the page with this canonical address is served. */
    public String urlOf(String canonical) {
        URI u = URI.create(canonical);
        return base() + "/" + u.getHost() + u.getRawPath();
    }

    /** The served addresses of a site's pages, removed pages left out, in a stable order. */
    public List<String> pageUrls(String host) {
        Path root = pages.resolve(host);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted()
                    .map(f -> base() + "/" + host + "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(u -> !removed.contains(u)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pages under " + root, e);
        }
    }

    /** The page as served now: its edit, else the generated file. */
    public String text(String url) {
        return body(path(url)).map(b -> new String(b, StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalArgumentException("no page is served at " + url));
    }

    /** The page as generated, whatever its edit. */
    public String generated(String url) {
        return file(path(url)).map(b -> new String(b, StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalArgumentException("no page is generated for " + url));
    }

    /** Serves new text at the address from now on. */
    public void edit(String url, String html) {
        edits.put(path(url), html.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves the generated file at the address again. */
    public void restore(String url) {
        edits.remove(path(url));
    }

    /** Answers 404 at the address from now on, and leaves it out of the sitemap. */
    public void remove(String url) {
        removed.add(url);
    }

    /** Changes the bytes of every served page (a comment with a new edition number), as a site-wide redesign does. */
    public int newEdition() {
        return edition.incrementAndGet();
    }

    private String path(String url) {
        URI u = URI.create(url);
        if (!base().equals(u.getScheme() + "://" + u.getRawAuthority())) {
            throw new IllegalArgumentException(url + " is not served by " + base());
        }
        return u.getRawPath();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain", new byte[0]);
            } else if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain; charset=utf-8", robots().getBytes(StandardCharsets.UTF_8));
            } else if (path.endsWith("/sitemap.xml")) {
                sitemap(path).ifPresentOrElse(x -> send(ex, 200, "application/xml", x), () -> send(ex, 404, "text/plain", new byte[0]));
            } else {
                Optional<byte[]> page = removed.contains(base() + path) ? Optional.empty() : body(path);
                page.map(this::withEdition).ifPresentOrElse(b -> send(ex, 200, "text/html; charset=utf-8", b),
                        () -> send(ex, 404, "text/plain", new byte[0]));
            }
        }
    }

    private String robots() {
        StringBuilder out = new StringBuilder("User-agent: *\nAllow: /\n");
        hosts.stream().sorted().forEach(h -> out.append("Sitemap: ").append(siteUrl(h)).append("sitemap.xml\n"));
        return out.toString();
    }

    private Optional<byte[]> sitemap(String path) {
        int end = path.length() - "/sitemap.xml".length();
        if (end <= 1 || !hosts.contains(path.substring(1, end))) {
            return Optional.empty();
        }
        String host = path.substring(1, end);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pageUrls(host).forEach(u -> xml.append("<url><loc>").append(u).append("</loc></url>\n"));
        return Optional.of(xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of a page path ({@code /<host>/<file>}) of a served host; empty for anything else. */
    private Optional<byte[]> body(String path) {
        byte[] edited = edits.get(path);
        return edited != null ? Optional.of(edited) : file(path);
    }

    private Optional<byte[]> file(String path) {
        int slash = path.indexOf('/', 1);
        if (slash < 0 || !hosts.contains(path.substring(1, slash))) {
            return Optional.empty();
        }
        Path root = pages.resolve(path.substring(1, slash)).normalize();
        Path file = root.resolve(path.substring(slash + 1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private byte[] withEdition(byte[] html) {
        int n = edition.get();
        if (n == 0) {
            return html;
        }
        byte[] mark = ("<!-- edition " + n + " -->\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[html.length + mark.length];
        System.arraycopy(html, 0, out, 0, html.length);
        System.arraycopy(mark, 0, out, html.length, mark.length);
        return out;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) {
        try {
            ex.getResponseHeaders().set("Content-Type", type);
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot answer " + ex.getRequestURI(), e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
