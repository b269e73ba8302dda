package se.kommunsvar.config;

import java.nio.file.Path;
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
 * @param rateLimit how many chat and search requests one client address may make
 */
public record Settings(Path indexDir, Path corpusDir, Path webDir, int port, Optional<String> adminToken,
                       boolean allowPrivateHosts, List<String> allowedOrigins,
                       RateLimit rateLimit) {

    public static final String ADMIN_TOKEN_ENV = "KOMMUNSVAR_ADMIN_TOKEN";
    public static final String ALLOWED_ORIGINS_ENV = "KOMMUNSVAR_ALLOWED_ORIGINS";
    public static final String RATE_LIMIT_ENV = "KOMMUNSVAR_RATE_LIMIT";

    public Settings {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** Settings with the default rate limit, for callers that predate it. */
    public Settings(Path indexDir, Path corpusDir, Path webDir, int port, Optional<String> adminToken,
                    boolean allowPrivateHosts, List<String> allowedOrigins) {
        this(indexDir, corpusDir, webDir, port, adminToken, allowPrivateHosts, allowedOrigins, RateLimit.DEFAULT);
    }

    /** Settings with the given folders and port, and the admin token and allowed origins read from the environment. */
    public static Settings of(Path indexDir, Path corpusDir, Path webDir, int port, boolean allowPrivateHosts,
                              Map<String, String> env) {
        Optional<String> token = Optional.ofNullable(env.get(ADMIN_TOKEN_ENV)).map(String::strip).filter(t -> !t.isEmpty());
        List<String> origins = Optional.ofNullable(env.get(ALLOWED_ORIGINS_ENV)).stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(String::strip).filter(o -> !o.isEmpty()).toList();
        return new Settings(indexDir, corpusDir, webDir, port, token, allowPrivateHosts, origins,
                RateLimit.parse(env.get(RATE_LIMIT_ENV)));
    }

    /** A one-line description for the start-up log; never prints the token. */
    public String describe() {
        return "index=" + indexDir + " corpus=" + corpusDir + " web=" + webDir + " port=" + port
                + " adminToken=" + (adminToken.isPresent() ? "set" : "unset (admin API disabled)")
                + " allowPrivateHosts=" + allowPrivateHosts + " allowedOrigins=" + allowedOrigins + " rateLimit=" + rateLimit;
    }
}
