package se.kommunsvar.ingest.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import se.kommunsvar.parse.PageFormat;

/**
 * Fetches one address politely: the host checked by the {@link AddressGuard} on every redirect hop, at most
 * the configured rate per host, redirects followed by hand (at most {@value #MAX_REDIRECTS}), the body read
 * with a size cap and an overall deadline, and the index's validators sent as a conditional GET.
 */
public final class Fetcher implements AutoCloseable {

    static final int MAX_REDIRECTS = 5;

    /** Validators to send for an address, if the index holds the page fetched from it. */
    public record Validators(String etag, String lastModified) {
    }

    private final CrawlSettings settings;
    private final long maxPdfBytes;
    private final AddressGuard guard;
    private final HostRateLimiter limiter;
    private final HttpClient client;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-deadlines");
        t.setDaemon(true);
        return t;
    });

    public Fetcher(CrawlSettings settings) {
        this(settings, settings.maxPdfBytes());
    }

    /** A fetcher whose PDF documents have their own size limit (plans run to tens of megabytes, pages do not). */
    public Fetcher(CrawlSettings settings, long maxPdfBytes) {
        this.settings = settings;
        this.maxPdfBytes = maxPdfBytes;
        this.guard = new AddressGuard(settings.allowPrivateHosts());
        this.limiter = new HostRateLimiter(settings.requestsPerSecond());
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .build();
    }

    /** Applies a robots.txt Crawl-delay to one host. */
    void slowDown(String host, java.time.Duration delay) {
        limiter.slowDown(host, delay);
    }

    public FetchResult fetch(String url) throws FetchException, InterruptedException {
        return fetch(url, u -> Optional.empty());
    }

    /** Fetches a file the crawl reads itself (robots.txt, a sitemap, maybe gzip-compressed): its body whatever the type. */
    public FetchResult fetchDocument(String url) throws FetchException, InterruptedException {
        return fetch(url, u -> Optional.empty(), (type, uri) -> Optional.of(settings.maxBytes()));
    }

    /** Fetches the address, following redirects; conditional headers are sent for a hop the index knows. */
    public FetchResult fetch(String url, Function<String, Optional<Validators>> validators)
            throws FetchException, InterruptedException {
        return fetch(url, validators, this::bodyLimit);
    }

    private FetchResult fetch(String url, Function<String, Optional<Validators>> validators,
                              java.util.function.BiFunction<String, URI, Optional<Long>> readBody) throws FetchException, InterruptedException {
        List<String> hops = new ArrayList<>();
        String current = url;
        for (int i = 0; i <= MAX_REDIRECTS; i++) {
            URI uri = toUri(current);
            guard.check(uri);
            limiter.acquire(uri.getHost());
            HttpResponse<InputStream> response = send(uri, validators.apply(current));
            Optional<String> location = response.headers().firstValue("Location");
            if (isRedirect(response.statusCode()) && location.isPresent()) {
                closeQuietly(response.body());
                hops.add(current);
                current = resolve(uri, location.get());
                continue;
            }
            FetchResult head = new FetchResult(url, current, hops, response.statusCode(),
                    header(response, "Content-Type"), header(response, "ETag"), header(response, "Last-Modified"),
                    new byte[0], Instant.now());
            Optional<Long> limit = readBody.apply(head.mediaType(), uri);
            if (limit.isEmpty()) {
                closeQuietly(response.body());
                return head;
            }
            byte[] body = readBody(response, current, limit.get());
            return new FetchResult(url, current, hops, head.status(), head.contentType(), head.etag(),
                    head.lastModified(), body, head.fetched());
        }
        throw new FetchException("redirects", "more than " + MAX_REDIRECTS + " redirects from " + url);
    }

    private HttpResponse<InputStream> send(URI uri, Optional<Validators> validators)
            throws FetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.timeout())
                .header("User-Agent", CrawlSettings.USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5");
        validators.ifPresent(v -> {
            if (!v.etag().isEmpty()) {
                request.header("If-None-Match", v.etag());
            }
            if (!v.lastModified().isEmpty()) {
                request.header("If-Modified-Since", v.lastModified());
            }
        });
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException("timeout", "no answer from " + uri + " within " + settings.timeout().toMillis() + " ms", e);
        } catch (IOException e) {
            throw new FetchException("io", "cannot fetch " + uri + ": " + e, e);
        }
    }

    /** Reads at most maxBytes; a longer body or one slower than the timeout is refused. */
    private byte[] readBody(HttpResponse<InputStream> response, String url, long maxBytes) throws FetchException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            closeQuietly(response.body());
            throw new FetchException("too-large", url + " declares " + declared + " bytes, over the limit of " + maxBytes);
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            timedOut.set(true);
            closeQuietly(response.body());
        }, settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16_384];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new FetchException("too-large", url + " is over the size limit of " + maxBytes + " bytes");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new FetchException("timeout", "the body of " + url + " took longer than " + settings.timeout().toMillis() + " ms", e);
            }
            throw new FetchException("io", "cannot read " + url + ": " + e, e);
        } finally {
            deadline.cancel(false);
        }
    }

    private static URI toUri(String url) throws FetchException {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FetchException("address", "not a valid address: " + url, e);
        }
    }

    private static String resolve(URI base, String location) throws FetchException {
        try {
            return base.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new FetchException("redirects", base + " redirects to an invalid address: " + location, e);
        }
    }

    /**
     * How much of a body is read: text up to the page limit, a PDF (labelled so, or sent as a download under a
     * {@code .pdf} name) up to the PDF limit; other types (images, archives) are not downloaded, the crawl only counts them.
     */
    private Optional<Long> bodyLimit(String mediaType, URI uri) {
        if (isText(mediaType)) {
            return Optional.of(settings.maxBytes());
        }
        boolean pdfName = uri.getPath() != null && PageFormat.ofFileName(uri.getPath()).equals(Optional.of(PageFormat.PDF));
        boolean pdf = PageFormat.ofMediaType(mediaType).equals(Optional.of(PageFormat.PDF))
                || mediaType.equals("application/octet-stream") && pdfName;
        return pdf ? Optional.of(maxPdfBytes) : Optional.empty();
    }

    private static boolean isText(String mediaType) {
        return mediaType.isEmpty() || mediaType.startsWith("text/") || mediaType.endsWith("/xml")
                || mediaType.endsWith("+xml");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("").strip();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more to do with a body we are abandoning
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
