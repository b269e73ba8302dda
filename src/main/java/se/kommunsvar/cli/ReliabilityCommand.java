package se.kommunsvar.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.kommunsvar.bench.ReliabilityRun;
import se.kommunsvar.config.Settings;
import se.kommunsvar.http.HttpApp;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.municipality.MunicipalityDirectory;

@Command(name = "reliability", description = "Serve a (copy of a) generated index on loopback, run a chat load from a "
        + "separate process while one site is re-indexed and pages are removed, then check every answer's citations "
        + "and time re-index-to-answer. Prints one summary line.")
final class ReliabilityCommand implements Callable<Integer> {

    @Option(names = "--index", required = true, description = "index folder (it is changed: use a copy)")
    Path index;

    @Option(names = "--corpus", required = true, description = "the generate-corpus output folder")
    Path corpus;

    @Option(names = "--seconds", description = "length of the load (default: ${DEFAULT-VALUE})")
    int seconds = 60;

    @Option(names = "--threads", description = "concurrent chat clients (default: ${DEFAULT-VALUE})")
    int threads = 4;

    @Override
    public Integer call() throws Exception {
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Settings settings = Settings.of(index, corpus, Path.of("web"), 0, false,
                Map.of(Settings.ADMIN_TOKEN_ENV, token, Settings.RATE_LIMIT_ENV, "off"));
        FileIngester ingester = Components.fileIngester();
        try (PassageIndex passageIndex = PassageIndex.open(index)) {
            var app = HttpApp.create(settings, Components.answerer(passageIndex), passageIndex, MunicipalityDirectory.standard());
            app.start("127.0.0.1", 0);
            try {
                ReliabilityRun run = new ReliabilityRun();
                ReliabilityRun.Report report = run.run(app, passageIndex, ingester, corpus.resolve("pages"),
                        corpus.resolve("questions.tsv"), token, Duration.ofSeconds(seconds), threads);
                List<Double> fresh = run.freshness(java.net.URI.create("http://127.0.0.1:" + app.port()), passageIndex,
                        ingester, corpus.resolve("pages"), 5);
                System.out.println(new ReliabilityRun.Report(report.requests(), report.failed(), report.answered(),
                        report.citationViolations(), report.siteReindexes(), report.pagesPerSite(), report.deletions(),
                        fresh).summary());
                return report.failed() == 0 && report.citationViolations() == 0 ? 0 : 1;
            } finally {
                app.stop();
            }
        }
    }
}
