package se.kommunsvar.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.Corpus;
import se.kommunsvar.ingest.crawl.CrawlSettings;
import se.kommunsvar.ingest.crawl.Crawler;
import se.kommunsvar.ingest.crawl.IndexWrites;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;

@Command(name = "ingest", description = "Ingest page files or folders (.txt with a source: line, saved .html, .pdf), "
        + "or crawl sites given by their http(s) address (their pages and the PDFs they link), into the index.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "files, folders or site addresses")
    List<String> paths;

    @Mixin
    IndexOptions folders;

    @Option(names = "--allow-private-hosts", description = "let the crawler fetch loopback and private addresses (tests only)")
    boolean allowPrivateHosts;

    @Option(names = "--max-pages", description = "most pages fetched per site (default: ${DEFAULT-VALUE})")
    int maxPages = CrawlSettings.DEFAULT_MAX_PAGES;

    @Option(names = "--rate", description = "most requests per second to one host (default: ${DEFAULT-VALUE})")
    double rate = CrawlSettings.DEFAULT_RATE;

    @Option(names = "--timeout", description = "seconds to wait for one response (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = (int) CrawlSettings.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--max-bytes", description = "largest page accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes = CrawlSettings.DEFAULT_MAX_BYTES;

    @Option(names = "--budget-minutes", description = "longest time one site's crawl may run (default: ${DEFAULT-VALUE})")
    long budgetMinutes = CrawlSettings.DEFAULT_BUDGET.toMinutes();

    @Option(names = "--max-pdf-bytes", description = "largest PDF document accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxPdfBytes = CrawlSettings.DEFAULT_MAX_PDF_BYTES;

    @Option(names = "--municipality", paramLabel = "NAME", description = "the municipality whose site is crawled: given to "
            + "pages from a host that belongs to no municipality (a host that does keeps its own)")
    String municipality;

    @Override
    public Integer call() throws InterruptedException {
        List<String> sites = paths.stream().filter(p -> p.matches("(?i)https?://.*")).toList();
        List<Path> files = paths.stream().filter(p -> !sites.contains(p)).map(Path::of).toList();
        CrawlSettings settings = new CrawlSettings(maxPages, rate, Duration.ofSeconds(timeoutSeconds), maxBytes, allowPrivateHosts,
                Duration.ofMinutes(budgetMinutes), maxPdfBytes);
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        Optional<Municipality> siteOf = Optional.ofNullable(municipality).map(String::strip).filter(m -> !m.isEmpty())
                .map(directory::expectByName);
        try (PassageIndex passageIndex = PassageIndex.open(folders.index)) {
            int indexed = 0;
            int failed = 0;
            if (!files.isEmpty()) {
                IngestSummary summary = Components.fileIngester().ingest(files, passageIndex);
                System.out.println("ingest: " + summary);
                indexed += summary.indexed();
                failed += summary.failedCount();
            }
            for (String site : sites) {
                try (Crawler crawler = new Crawler(settings, new HtmlPageParser(directory), directory, passageIndex,
                        new IndexWrites(), new Corpus(folders.corpus), siteOf)) {
                    IngestSummary summary = crawler.crawl(site);
                    System.out.println("crawl " + site + ": " + summary);
                    if (!crawler.ending().reason().isEmpty()) {
                        System.out.println("crawl " + site + " " + crawler.ending().state().label() + ": " + crawler.ending().reason());
                    }
                    indexed += summary.indexed() + summary.unchangedCount() + summary.removedCount();
                    failed += summary.failedCount();
                }
            }
            return indexed == 0 && failed > 0 ? 1 : 0;
        }
    }
}
