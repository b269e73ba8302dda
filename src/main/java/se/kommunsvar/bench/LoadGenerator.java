package se.kommunsvar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends the question mix to a running server on loopback from a fixed pool of threads, bounded by a request
 * count and a deadline, and records latency percentiles, requests per second and errors (a non-2xx status or a
 * transport failure). For chat it also counts answers that contain the expected text and cite the expected page,
 * and can log every answer's send and receive time and cited addresses for the reliability check.
 */
public final class LoadGenerator {

    /** What is asked: the answerer, staff search (10 hits), or plain BM25 top passage (1 hit, no answering). */
    public enum Mode { CHAT, SEARCH, BM25 }

    /** What one run is asked to do. */
    public record Plan(URI base, Mode mode, int threads, int requests, Duration limit, int warmup, Optional<Path> log) {
        public Plan {
            if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
                throw new IllegalArgumentException("the load generator only talks to loopback, not " + base.getHost());
            }
        }
    }

    /** The figures of one run. */
    public record Result(Mode mode, int threads, int sent, int errors, Map<String, Integer> errorKinds, double seconds,
                         double requestsPerSecond, Latencies latency, int answered, int correct, int questionsWithTruth) {

        public String summary() {
            return String.format(Locale.ROOT, "%s threads=%d sent=%d errors=%d %s rps=%.1f p50=%.2fms p95=%.2fms p99=%.2fms "
                            + "max=%.1fms answered=%d correct=%d/%d", mode, threads, sent, errors, errorKinds, requestsPerSecond,
                    latency.p50(), latency.p95(), latency.p99(), latency.max(), answered, correct, questionsWithTruth);
        }
    }

    private final HttpClient client;
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<BenchQuestion> questions;

    public LoadGenerator(List<BenchQuestion> questions) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("the question mix is empty");
        }
        this.questions = List.copyOf(questions);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Reads a {@code questions.tsv} written by the corpus generator. */
    public static List<BenchQuestion> readQuestions(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(BenchQuestion::fromTsv).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the question mix " + file, e);
        }
    }

    public Result run(Plan plan) {
        for (int i = 0; i < plan.warmup(); i++) {
            send(plan, i);
        }
        long[] nanos = new long[plan.requests()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger recorded = new AtomicInteger();
        LongAdder answered = new LongAdder();
        LongAdder correct = new LongAdder();
        Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        List<String> logLines = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + plan.limit().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads());
        for (int t = 0; t < plan.threads(); t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < plan.requests() && System.nanoTime() < deadline;
                     i = next.getAndIncrement()) {
                    Outcome o = send(plan, plan.warmup() + i);
                    nanos[recorded.getAndIncrement()] = o.nanos();
                    o.error().ifPresent(kind -> errorKinds.merge(kind, 1, Integer::sum));
                    if (o.answered()) {
                        answered.increment();
                    }
                    if (o.correct()) {
                        correct.increment();
                    }
                    if (plan.log().isPresent()) {
                        logLines.add(o.logLine());
                    }
                }
            });
        }
        pool.shutdown();
        awaitQuietly(pool, plan.limit().plusSeconds(60));
        double seconds = (System.nanoTime() - start) / 1e9;
        int sent = recorded.get();
        plan.log().ifPresent(path -> write(path, logLines));
        int errors = errorKinds.values().stream().mapToInt(Integer::intValue).sum();
        return new Result(plan.mode(), plan.threads(), sent, errors, Map.copyOf(errorKinds), seconds, sent / seconds,
                Latencies.of(nanos, sent), answered.intValue(), correct.intValue(), plan.mode() == Mode.CHAT ? sent : 0);
    }

    /** What one request gave. */
    private record Outcome(long nanos, Optional<String> error, boolean answered, boolean correct, String logLine) {
    }

    private Outcome send(Plan plan, int i) {
        BenchQuestion q = questions.get(Math.floorMod(i * 7919L, questions.size()));
        HttpRequest request = request(plan, q);
        Instant sentAt = Instant.now();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - t0;
            Instant receivedAt = Instant.now();
            if (response.statusCode() / 100 != 2) {
                return new Outcome(nanos, Optional.of("http " + response.statusCode()), false, false,
                        log(sentAt, receivedAt, response.statusCode(), List.of()));
            }
            return judge(plan, q, response.body(), nanos, sentAt, receivedAt);
        } catch (IOException e) {
            return new Outcome(System.nanoTime() - t0, Optional.of(e.getClass().getSimpleName()), false, false,
                    log(sentAt, Instant.now(), 0, List.of()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(System.nanoTime() - t0, Optional.of("interrupted"), false, false, "");
        }
    }

    private Outcome judge(Plan plan, BenchQuestion q, String body, long nanos, Instant sentAt, Instant receivedAt)
            throws IOException {
        if (plan.mode() != Mode.CHAT) {
            return new Outcome(nanos, Optional.empty(), false, false, log(sentAt, receivedAt, 200, List.of()));
        }
        JsonNode json = mapper.readTree(body);
        boolean answered = json.path("answered").asBoolean(false);
        List<String> cited = new ArrayList<>();
        json.path("citations").forEach(c -> cited.add(c.path("url").asText()));
        boolean correct = q.mustAbstain() ? !answered
                : answered && json.path("answer").asText().toLowerCase(Locale.ROOT).contains(q.expected().toLowerCase(Locale.ROOT))
                && (q.url().isEmpty() ? !cited.isEmpty() : cited.contains(q.url()));
        return new Outcome(nanos, Optional.empty(), answered, correct, log(sentAt, receivedAt, 200, cited));
    }

    private HttpRequest request(Plan plan, BenchQuestion q) {
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
        if (plan.mode() == Mode.CHAT) {
            String body = mapper.createObjectNode().put("message", q.question()).put("municipality", q.municipality()).toString();
            return b.uri(plan.base().resolve("/api/chat")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
        int limit = plan.mode() == Mode.BM25 ? 1 : 10;
        return b.uri(plan.base().resolve("/api/search?q=" + enc(q.question()) + "&municipality=" + enc(q.municipality())
                + "&limit=" + limit)).GET().build();
    }

    /** One log line: sent and received (epoch microseconds), status, cited addresses separated by spaces. */
    private static String log(Instant sent, Instant received, int status, List<String> cited) {
        return micros(sent) + "\t" + micros(received) + "\t" + status + "\t" + String.join(" ", cited);
    }

    static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void write(Path path, List<String> lines) {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8))) {
            synchronized (lines) {
                lines.forEach(out::println);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the request log " + path, e);
        }
    }

    private static void awaitQuietly(ExecutorService pool, Duration limit) {
        try {
            if (!pool.awaitTermination(limit.toSeconds(), TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
