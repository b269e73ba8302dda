package se.kommunsvar.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sites file ({@code sites.json}): per municipality its start addresses, how often the server re-crawls them,
 * the origins allowed to embed its widget, and the SHA-256 of the token its CMS uses to publish one page. Only the
 * token's hash is in the file, so the file can be read by anyone who deploys the server.
 *
 * <pre>{"sites": [{"municipality": "Hedemora", "start": ["https://www.hedemora.se/"], "every": "PT24H",
 *   "origins": ["https://www.hedemora.se"], "publishTokenSha256": "9f86d0…"}]}</pre>
 */
public record Sites(List<Site> sites) {

    public static final String SITES_FILE_ENV = "KOMMUNSVAR_SITES";
    /** The file's name in the data folder when {@value #SITES_FILE_ENV} does not name one. */
    public static final String DEFAULT_FILE = "sites.json";
    /**
     * The shortest schedule accepted: a conditional re-crawl of a few thousand pages at the polite rate takes tens of
     * minutes, so a shorter interval would keep a site's crawl running all the time.
     */
    public static final Duration MIN_EVERY = Duration.ofHours(1);

    public static final Sites NONE = new Sites(List.of());

    /**
     * One municipality's site.
     *
     * @param municipality the municipality the site belongs to
     * @param start the crawl's start addresses
     * @param every how often it is re-crawled (ISO-8601, e.g. {@code PT24H}); empty: only by hand
     * @param origins origins whose pages may embed the widget (added to the allowed origins)
     * @param publishTokenSha256 hex SHA-256 of the site's publish token; empty: no publish hook
     */
    public record Site(String municipality, List<String> start, Optional<Duration> every, List<String> origins,
                       String publishTokenSha256) {

        public Site {
            start = List.copyOf(start);
            origins = List.copyOf(origins);
        }

        /** True when the address is on one of the site's start hosts. */
        public boolean covers(String url) {
            Optional<String> host = host(url);
            return host.isPresent() && start.stream().map(Sites::host).flatMap(Optional::stream).anyMatch(host.get()::equals);
        }

        /** True when the token is this site's publish token (compared by hash, in constant time). */
        public boolean publishes(String token) {
            if (publishTokenSha256.isEmpty() || token.isEmpty()) {
                return false;
            }
            return MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.US_ASCII),
                    publishTokenSha256.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }
    }

    public Sites {
        sites = List.copyOf(sites);
    }

    /** Every origin the sites allow to embed the widget. */
    public List<String> origins() {
        return sites.stream().flatMap(s -> s.origins().stream()).distinct().toList();
    }

    /** The file named by the environment, else {@value #DEFAULT_FILE} in the data folder. */
    public static Path fileFor(Path dataFolder, java.util.Map<String, String> env) {
        return Optional.ofNullable(env.get(SITES_FILE_ENV)).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of)
                .orElse(dataFolder.resolve(DEFAULT_FILE));
    }

    /** Reads the file; a missing file is no sites, a bad one an {@link IllegalArgumentException} naming the problem. */
    public static Sites read(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the sites file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the sites file " + file + " is not usable: " + e.getMessage(), e);
        }
    }

    /** The file as it is written: JSON, every field checked. */
    static Sites parse(String json) {
        FileForm form;
        try {
            form = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json, FileForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
        if (form == null || form.sites() == null) {
            throw new IllegalArgumentException("it needs a \"sites\" list");
        }
        return new Sites(form.sites().stream().map(Sites::site).toList());
    }

    private record FileForm(List<SiteForm> sites) {
    }

    private record SiteForm(String municipality, List<String> start, String every, List<String> origins,
                            String publishTokenSha256) {
    }

    private static Site site(SiteForm f) {
        if (f == null || f.municipality() == null || f.municipality().isBlank()) {
            throw new IllegalArgumentException("every site needs a \"municipality\"");
        }
        String name = f.municipality().strip();
        List<String> start = f.start() == null ? List.of() : f.start().stream().map(String::strip).toList();
        if (start.isEmpty() || start.stream().anyMatch(s -> host(s).isEmpty())) {
            throw new IllegalArgumentException(name + ": \"start\" must list http or https addresses");
        }
        Optional<Duration> every = Optional.ofNullable(f.every()).map(String::strip).filter(s -> !s.isEmpty()).map(s -> every(name, s));
        String hash = f.publishTokenSha256() == null ? "" : f.publishTokenSha256().strip().toLowerCase(Locale.ROOT);
        if (!hash.isEmpty() && !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(name + ": \"publishTokenSha256\" must be 64 hex digits (sha256sum of the token)");
        }
        return new Site(name, start, every, f.origins() == null ? List.of() : f.origins(), hash);
    }

    private static Duration every(String name, String text) {
        Duration d;
        try {
            d = Duration.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": \"every\" must be an ISO-8601 duration such as PT24H, not " + text, e);
        }
        if (d.compareTo(MIN_EVERY) < 0) {
            throw new IllegalArgumentException(name + ": \"every\" must be at least " + MIN_EVERY + ", not " + text);
        }
        return d;
    }

    static Optional<String> host(String url) {
        try {
            URI u = URI.create(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return Optional.of(u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() > 0 ? ":" + u.getPort() : ""));
            }
        } catch (IllegalArgumentException e) {
            // not an address
        }
        return Optional.empty();
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
