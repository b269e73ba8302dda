package se.kommunsvar.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import se.kommunsvar.config.RateLimit;

/**
 * A token bucket per client address on {@code /api/chat} and {@code /api/search}: a client that asks faster than
 * the limit gets HTTP 429 with {@code Retry-After}, while other clients keep their own full buckets. The address is
 * {@code ctx.ip()}: the TCP peer's, or behind a trusted proxy the address it forwarded (see {@link ClientAddress});
 * never a forwarding header from anyone else, since any client can set one.
 */
public final class RateLimiter {

    /** Buckets kept before idle (full) ones are dropped. */
    static final int MAX_CLIENTS = 10_000;

    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    static void register(JavalinConfig config, RateLimit limit) {
        if (!limit.enabled()) {
            return;
        }
        RateLimiter limiter = new RateLimiter(limit, System::nanoTime);
        config.routes.before("/api/chat", limiter::check);
        config.routes.before("/api/search", limiter::check);
        config.routes.before("/api/feedback", limiter::check);
    }

    private void check(Context ctx) {
        long waitNanos = acquire(ctx.ip());
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new HttpResponseException(429, "too many requests from this address; try again in " + seconds + " s");
        }
    }

    /** Takes a token for the client: 0 when granted, else how long until the next token, in nanoseconds. */
    long acquire(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(limit, now)).take(now);
    }

    /** One client's tokens. */
    private static final class Bucket {
        private final RateLimit limit;
        private double tokens;
        private long last;

        Bucket(RateLimit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.last = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / limit.perSecond() * 1e9);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(long now) {
            tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.perSecond());
            last = now;
        }
    }
}
