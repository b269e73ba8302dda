package se.kommunsvar.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Wrong admin tokens per client address in a sliding window. After {@link #MAX_FAILURES} within {@link #WINDOW} the
 * client is refused (429) until the oldest failure leaves the window — with the right token too, or a guesser would
 * learn when he hit it. Refusing costs no thread (nothing sleeps), unlike slowing the answer down.
 */
final class FailedTokens {

    /** An editor mistyping a token a few times is not stopped; a guesser gets 10 tries per quarter hour. */
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Clients remembered before those with no failure left in the window are dropped. */
    static final int MAX_CLIENTS = 10_000;

    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    FailedTokens(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** How long the client must wait before trying again, in nanoseconds; 0 when it may try now. */
    long waitNanos(String client) {
        Deque<Long> times = failures.get(client);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long now = nanoTime.getAsLong();
            forgetOld(times, now);
            return times.size() < MAX_FAILURES ? 0 : times.peekFirst() + WINDOW.toNanos() - now;
        }
    }

    void failed(String client) {
        long now = nanoTime.getAsLong();
        if (failures.size() > MAX_CLIENTS) {
            failures.values().removeIf(t -> {
                synchronized (t) {
                    forgetOld(t, now);
                    return t.isEmpty();
                }
            });
        }
        Deque<Long> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times, now);
            times.addLast(now);
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    void succeeded(String client) {
        failures.remove(client);
    }

    private static void forgetOld(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= WINDOW.toNanos()) {
            times.removeFirst();
        }
    }
}
