package se.kommunsvar.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;
import se.kommunsvar.config.TrustedProxies;

/**
 * Makes {@link Context#ip()} the client's address: the TCP peer, or behind a trusted reverse proxy the address that
 * proxy forwarded. Everything keyed by client address (the rate limit, admin throttling) reads {@code ctx.ip()}.
 */
final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {
    }

    static void register(JavalinConfig config, TrustedProxies proxies) {
        config.contextResolver.ip = ctx -> of(ctx, proxies);
    }

    static String of(Context ctx, TrustedProxies proxies) {
        String peer = ctx.req().getRemoteAddr();
        if (proxies.isEmpty()) {
            return peer;
        }
        List<String> forwarded = Collections.list(ctx.req().getHeaders(FORWARDED_FOR));
        return proxies.clientAddress(peer, forwarded);
    }
}
