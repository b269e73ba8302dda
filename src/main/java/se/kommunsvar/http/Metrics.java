package se.kommunsvar.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.router.ParsedEndpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import se.kommunsvar.index.IndexStats;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.CrawlStatus;

/**
 * {@code /metrics} in the Prometheus text format (Micrometer): requests by route and status with latency
 * histograms, answered / abstained chats, residents' feedback, pages and passages in the index, crawl outcomes and
 * rate-limit refusals. Routes are the registered route patterns (never the raw path, which any client chooses), so
 * the number of series stays bounded.
 *
 * <p>Metrics need the admin token (as {@code Authorization: Bearer …}): they reveal how the service is used and
 * when the index changes, which is for operators, and a scraper can send a token. See docs/DEPLOY.md.
 */
final class Metrics {

    /** Set by the chat route: whether the answer quoted pages ({@code true}) or abstained. */
    static final String ANSWERED = "kommunsvar.answered";
    /** Set by the feedback route: the resident's "Ja" ({@code true}) or "Nej". */
    static final String HELPFUL = "kommunsvar.helpful";
    static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Requests not matched by a route: static files and not-found, each one label. */
    private static final String STATIC_ROUTE = "static";
    private static final String UNMATCHED_ROUTE = "unmatched";
    private static final int TOO_MANY_REQUESTS = 429;
    /** Latency buckets from 5 ms to 30 s: chats take tens of milliseconds, crawls started by editors longer. */
    private static final Duration MIN_EXPECTED = Duration.ofMillis(5);
    private static final Duration MAX_EXPECTED = Duration.ofSeconds(30);

    private final PrometheusMeterRegistry registry;

    Metrics(PassageIndex index) {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        Gauge.builder("kommunsvar.index.pages", index, i -> stats(i).pages())
                .description("pages in the index").register(registry);
        Gauge.builder("kommunsvar.index.passages", index, i -> stats(i).passages())
                .description("passages in the index").register(registry);
        Gauge.builder("kommunsvar.index.generation", index, i -> i.lastCommit().generation())
                .description("generation of the index's last commit").register(registry);
        Gauge.builder("kommunsvar.index.last.commit", index, i -> i.lastCommit().committed().toEpochMilli() / 1000.0)
                .description("time of the index's last commit, seconds since the epoch").register(registry);
    }

    MeterRegistry registry() {
        return registry;
    }

    /** Times every request and serves the scrape at {@value #PATH} to holders of the admin token. */
    void register(JavalinConfig config, AdminAuth auth) {
        JavalinState state = config.unsafe;
        config.requestLogger.http((ctx, ms) -> record(ctx, route(state, ctx), ms));
        config.routes.get(PATH, ctx -> {
            auth.require(ctx);
            ctx.contentType(CONTENT_TYPE).result(registry.scrape());
        });
    }

    /** Counts the end of a site crawl by how it ended and its pages by outcome. */
    void crawlEnded(CrawlStatus status) {
        var summary = status.progress().snapshot().summary();
        registry.counter("kommunsvar.crawls", "outcome", summary.isPresent() ? "completed" : "stopped").increment();
        summary.ifPresent(this::crawlPages);
    }

    private void crawlPages(IngestSummary s) {
        pages("new", s.addedCount());
        pages("changed", s.changedCount());
        pages("unchanged", s.unchangedCount());
        pages("removed", s.removedCount());
        pages("skipped", s.skippedCount());
        pages("failed", s.failedCount());
    }

    private void pages(String outcome, long n) {
        registry.counter("kommunsvar.crawl.pages", "outcome", outcome).increment(n);
    }

    private void record(Context ctx, String route, float ms) {
        int status = ctx.statusCode();
        Timer.builder("kommunsvar.http.requests")
                .description("HTTP requests by route, method and status")
                .tags("route", route, "method", ctx.method().name(), "status", String.valueOf(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(MIN_EXPECTED)
                .maximumExpectedValue(MAX_EXPECTED)
                .register(registry)
                .record((long) (ms * 1_000_000L), TimeUnit.NANOSECONDS);
        if (status == TOO_MANY_REQUESTS) {
            registry.counter("kommunsvar.rate.limited", "route", route).increment();
        }
        Boolean answered = ctx.attribute(ANSWERED);
        if (answered != null) {
            Counter.builder("kommunsvar.chat.answers").description("chat questions answered with quotations or abstained")
                    .tag("outcome", answered ? "answered" : "abstained").register(registry).increment();
        }
        Boolean helpful = ctx.attribute(HELPFUL);
        if (helpful != null) {
            Counter.builder("kommunsvar.feedback").description("residents' \"Fick du svar på din fråga?\"")
                    .tag("helpful", helpful ? "yes" : "no").register(registry).increment();
        }
    }

    private static String route(JavalinState state, Context ctx) {
        ParsedEndpoint endpoint = state.internalRouter.findFirstHttpHandlerEntry(ctx.method(), ctx.path());
        if (endpoint != null) {
            return endpoint.endpoint.path;
        }
        return ctx.statusCode() == 404 ? UNMATCHED_ROUTE : STATIC_ROUTE;
    }

    private static IndexStats stats(PassageIndex index) {
        return index.stats();
    }
}
