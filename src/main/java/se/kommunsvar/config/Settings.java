package se.kommunsvar.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server needs to know, parsed once from the command line and the environment.
 *
 * @param indexDir the Lucene index folder
 * @param corpusDir the folder of bundled or fetched pages
 * @param webDir the folder of the web pages served at {@code /}
 * @param port HTTP port
 * @param adminToken the bearer token of the editors' API; empty means the admin API refuses everything
 * @param allowPrivateHosts whether ingest may fetch loopback and private addresses (tests only)
 * @param allowedOrigins origins allowed to call the API cross-origin (the widget's host sites)
 * @param unansweredRetention how long a question that got no answer is kept (redacted) for the editors
 * @param unansweredMaxEntries how many distinct unanswered questions are kept at most
 * @param rateLimit how many chat and search requests one client address may make
 * @param host the address the server listens on; empty means every interface
 * @param maxConnectionsPerClient how many connections one client address may hold open at once
 * @param trustedProxies the reverse proxies whose {@code X-Forwarded-For} names the client
 */
public record Settings(Path indexDir, Path corpusDir, Path webDir, int port, Optional<String> adminToken,
                       boolean allowPrivateHosts, List<String> allowedOrigins, Duration unansweredRetention,
                       int unansweredMaxEntries, RateLimit rateLimit, Optional<String> host,
                       int maxConnectionsPerClient, TrustedProxies trustedProxies) {

    public static final String ADMIN_TOKEN_ENV = "KOMMUNSVAR_ADMIN_TOKEN";
    public static final String ALLOWED_ORIGINS_ENV = "KOMMUNSVAR_ALLOWED_ORIGINS";
    public static final String UNANSWERED_DAYS_ENV = "KOMMUNSVAR_UNANSWERED_DAYS";
    public static final String UNANSWERED_MAX_ENV = "KOMMUNSVAR_UNANSWERED_MAX";
    public static final String RATE_LIMIT_ENV = "KOMMUNSVAR_RATE_LIMIT";
    public static final String HOST_ENV = "KOMMUNSVAR_HOST";
    public static final String MAX_CONNECTIONS_PER_CLIENT_ENV = "KOMMUNSVAR_MAX_CONNECTIONS_PER_CLIENT";
    /**
     * Connections one address may hold at once. A browser opens at most 6 to a host; 64 leaves room for an office
     * of staff behind one NAT address while one attacker cannot hold hundreds of slow connections.
     */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 64;
    public static final Duration DEFAULT_UNANSWERED_RETENTION = Duration.ofDays(30);
    public static final int DEFAULT_UNANSWERED_MAX_ENTRIES = 1000;

    public Settings {
        allowedOrigins = List.copyOf(allowedOrigins);
        if (unansweredRetention.isNegative() || unansweredRetention.isZero()) {
            throw new IllegalArgumentException("the retention of unanswered questions must be positive: " + unansweredRetention);
        }
        if (unansweredMaxEntries < 1) {
            throw new IllegalArgumentException("at least one unanswered question must be kept: " + unansweredMaxEntries);
        }
        host = host.map(String::strip).filter(h -> !h.isEmpty());
        if (maxConnectionsPerClient < 1) {
            throw new IllegalArgumentException("a client must be allowed at least one connection: " + maxConnectionsPerClient);
        }
    }

    /** Settings listening on every interface with the default cap of connections per client, trusting no proxy. */
    public Settings(Path indexDir, Path corpusDir, Path webDir, int port, Optional<String> adminToken,
                    boolean allowPrivateHosts, List<String> allowedOrigins, Duration unansweredRetention,
                    int unansweredMaxEntries, RateLimit rateLimit) {
        this(indexDir, corpusDir, webDir, port, adminToken, allowPrivateHosts, allowedOrigins, unansweredRetention,
                unansweredMaxEntries, rateLimit, Optional.empty(), DEFAULT_MAX_CONNECTIONS_PER_CLIENT, TrustedProxies.NONE);
    }

    /** Settings with the default retention and size of the unanswered-questions list and the default rate limit. */
    public Settings(Path indexDir, Path corpusDir, Path webDir, int port, Optional<String> adminToken,
                    boolean allowPrivateHosts, List<String> allowedOrigins) {
        this(indexDir, corpusDir, webDir, port, adminToken, allowPrivateHosts, allowedOrigins,
                DEFAULT_UNANSWERED_RETENTION, DEFAULT_UNANSWERED_MAX_ENTRIES);
    }

    /** Settings with the default rate limit, for callers that predate it. */
    public Settings(Path indexDir, Path corpusDir, Path webDir, int port, Optional<String> adminToken,
                    boolean allowPrivateHosts, List<String> allowedOrigins, Duration unansweredRetention,
                    int unansweredMaxEntries) {
        this(indexDir, corpusDir, webDir, port, adminToken, allowPrivateHosts, allowedOrigins, unansweredRetention,
                unansweredMaxEntries, RateLimit.DEFAULT);
    }

    /** These settings with another rate limit. */
    public Settings withRateLimit(RateLimit limit) {
        return new Settings(indexDir, corpusDir, webDir, port, adminToken, allowPrivateHosts, allowedOrigins,
                unansweredRetention, unansweredMaxEntries, limit, host, maxConnectionsPerClient, trustedProxies);
    }

    /** These settings listening on {@code address} (empty: every interface). */
    public Settings withHost(Optional<String> address) {
        return new Settings(indexDir, corpusDir, webDir, port, adminToken, allowPrivateHosts, allowedOrigins,
                unansweredRetention, unansweredMaxEntries, rateLimit, address, maxConnectionsPerClient, trustedProxies);
    }

    /** These settings with another cap of connections per client address. */
    public Settings withMaxConnectionsPerClient(int max) {
        return new Settings(indexDir, corpusDir, webDir, port, adminToken, allowPrivateHosts, allowedOrigins,
                unansweredRetention, unansweredMaxEntries, rateLimit, host, max, trustedProxies);
    }

    /** These settings trusting the given reverse proxies. */
    public Settings withTrustedProxies(TrustedProxies proxies) {
        return new Settings(indexDir, corpusDir, webDir, port, adminToken, allowPrivateHosts, allowedOrigins,
                unansweredRetention, unansweredMaxEntries, rateLimit, host, maxConnectionsPerClient, proxies);
    }

    /** Settings with the given folders and port, and the admin token and allowed origins read from the environment. */
    public static Settings of(Path indexDir, Path corpusDir, Path webDir, int port, boolean allowPrivateHosts,
                              Map<String, String> env) {
        Optional<String> token = Optional.ofNullable(env.get(ADMIN_TOKEN_ENV)).map(String::strip).filter(t -> !t.isEmpty());
        List<String> origins = Optional.ofNullable(env.get(ALLOWED_ORIGINS_ENV)).stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(String::strip).filter(o -> !o.isEmpty()).toList();
        int days = positiveInt(env, UNANSWERED_DAYS_ENV, (int) DEFAULT_UNANSWERED_RETENTION.toDays());
        int max = positiveInt(env, UNANSWERED_MAX_ENV, DEFAULT_UNANSWERED_MAX_ENTRIES);
        Optional<String> host = Optional.ofNullable(env.get(HOST_ENV));
        int connections = positiveInt(env, MAX_CONNECTIONS_PER_CLIENT_ENV, DEFAULT_MAX_CONNECTIONS_PER_CLIENT);
        return new Settings(indexDir, corpusDir, webDir, port, token, allowPrivateHosts, origins, Duration.ofDays(days), max,
                RateLimit.parse(env.get(RATE_LIMIT_ENV)), host, connections, TrustedProxies.parse(env.get(TrustedProxies.ENV)));
    }

    private static int positiveInt(Map<String, String> env, String name, int fallback) {
        String value = Optional.ofNullable(env.get(name)).map(String::strip).orElse("");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
    }

    /** A one-line description for the start-up log; never prints the token. */
    public String describe() {
        return "index=" + indexDir + " corpus=" + corpusDir + " web=" + webDir
                + " host=" + host.orElse("(all interfaces)") + " port=" + port
                + " adminToken=" + (adminToken.isPresent() ? "set" : "unset (admin API disabled)")
                + " allowPrivateHosts=" + allowPrivateHosts + " allowedOrigins=" + allowedOrigins
                + " unanswered=" + unansweredRetention.toDays() + "d/" + unansweredMaxEntries + " rateLimit=" + rateLimit
                + " maxConnectionsPerClient=" + maxConnectionsPerClient + " trustedProxies=" + trustedProxies;
    }
}
