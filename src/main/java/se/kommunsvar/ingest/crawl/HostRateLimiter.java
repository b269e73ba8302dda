package se.kommunsvar.ingest.crawl;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Spaces requests to one host at least an interval apart; different hosts do not wait for each other. */
final class HostRateLimiter {

    private final long intervalNanos;
    private final Map<String, Long> next = new HashMap<>();
    private final Map<String, Long> hostInterval = new HashMap<>();

    HostRateLimiter(double requestsPerSecond) {
        this.intervalNanos = (long) (1_000_000_000L / requestsPerSecond);
    }

    /** A robots.txt Crawl-delay slows one host down, never speeds it up. */
    synchronized void slowDown(String host, Duration delay) {
        hostInterval.merge(host.toLowerCase(Locale.ROOT), Math.max(intervalNanos, delay.toNanos()), Math::max);
    }

    /** Waits until the host may be asked again, then books the next slot. */
    void acquire(String host) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, next.getOrDefault(key, now));
            next.put(key, slot + hostInterval.getOrDefault(key, intervalNanos));
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
