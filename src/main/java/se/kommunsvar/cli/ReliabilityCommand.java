package se.kommunsvar.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.kommunsvar.bench.ReliabilityRun;
import se.kommunsvar.config.Settings;
import se.kommunsvar.http.HttpApp;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.crawl.CrawlSettings;
import se.kommunsvar.municipality.MunicipalityDirectory;

@Command(name = "reliability", description = "Serve a (copy of a) generated index on loopback with private hosts "
        + "allowed, serve the generated sites on a second loopback port, and run a chat load from a separate process "
        + "while an editor re-crawls one site, re-indexes edited pages and removes pages, all through the editors' API; "
        + "then check every answer's citations and time re-index-call-to-answer. Prints one summary line.")
final class ReliabilityCommand implements Callable<Integer> {

    @Option(names = "--index", required = true, description = "index folder (it is changed: use a copy)")
    Path index;

    @Option(names = "--corpus", required = true, description = "the generate-corpus output folder")
    Path corpus;

    @Option(names = "--seconds", description = "length of the load (default: ${DEFAULT-VALUE})")
    int seconds = 60;

    @Option(names = "--threads", description = "concurrent chat clients (default: ${DEFAULT-VALUE})")
    int threads = 4;

    @Option(names = "--crawl-rate", description = "requests per second the crawler sends to the loopback site server; "
            + "the polite default for real sites is " + CrawlSettings.DEFAULT_RATE + " (default: ${DEFAULT-VALUE})")
    double crawlRate = 50;

    @Option(names = "--freshness-pages", description = "pages edited to time re-index-to-answer (default: ${DEFAULT-VALUE})")
    int freshnessPages = 5;

    @Override
    public Integer call() throws Exception {
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path crawlCorpus = Files.createTempDirectory("reliability-corpus");
        Settings settings = Settings.of(index, crawlCorpus, Path.of("web"), 0, true,
                Map.of(Settings.ADMIN_TOKEN_ENV, token, Settings.RATE_LIMIT_ENV, "off"));
        CrawlSettings crawl = new CrawlSettings(100_000, crawlRate, CrawlSettings.DEFAULT_TIMEOUT,
                CrawlSettings.DEFAULT_MAX_BYTES, settings.allowPrivateHosts());
        try (PassageIndex passageIndex = PassageIndex.open(index)) {
            var app = HttpApp.create(settings, Components.answerer(passageIndex), passageIndex,
                    MunicipalityDirectory.standard(), crawl);
            app.start("127.0.0.1", 0);
            try {
                ReliabilityRun run = new ReliabilityRun(URI.create("http://127.0.0.1:" + app.port()), token);
                ReliabilityRun.Report report = run.run(passageIndex, corpus.resolve("pages"),
                        corpus.resolve("questions.tsv"), Duration.ofSeconds(seconds), threads, freshnessPages);
                System.out.println(report.summary());
                return report.failed() == 0 && report.citationViolations() == 0 ? 0 : 1;
            } finally {
                app.stop();
                deleteTree(crawlCorpus);
            }
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
