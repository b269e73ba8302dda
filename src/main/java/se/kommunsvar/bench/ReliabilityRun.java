package se.kommunsvar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.PassageIndex;

/**
 * The reliability run: the real HTTP app on a copy of a generated index, a chat load from a separate process, and
 * meanwhile an editor who, through the editors' API only, re-crawls one whole site again and again, re-indexes
 * single pages of it after their text changed, and removes pages of other sites. The sites are served by a
 * {@link SiteServer} on loopback. Afterwards every logged answer is checked against the editor's log (see
 * {@link #check}), and the time from a single-page re-index call to the first answer quoting the new text is measured.
 */
public final class ReliabilityRun {

    private static final Logger LOG = LoggerFactory.getLogger(ReliabilityRun.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CHAIRS_PAGE = "/kommun-och-politik/politisk-organisation.html";
    private static final int DELETIONS_PER_ROUND = 5;

    /** What the run found. */
    public record Report(int requests, int failed, int answered, int citationViolations, int siteReindexes,
                         int pagesPerSite, int pageReindexes, int deletions, List<Double> freshnessMillis) {

        public Report {
            freshnessMillis = List.copyOf(freshnessMillis);
        }

        public String summary() {
            return "reliability: requests=" + requests + " failed=" + failed + " answered=" + answered
                    + " citationViolations=" + citationViolations + " siteReindexes=" + siteReindexes + " (x" + pagesPerSite
                    + " pages) pageReindexes=" + pageReindexes + " deletions=" + deletions
                    + String.format(Locale.ROOT, " freshnessMedianMs=%.0f freshnessMaxMs=%.0f", median(freshnessMillis),
                    freshnessMillis.stream().mapToDouble(d -> d).max().orElse(0))
                    + " freshnessMs=" + freshnessMillis;
        }
    }

    private static final List<String> NEW_CHAIRS = List.of("Vendela Tallqvist", "Osvald Kärrgren", "Signe Myrberg",
            "Algot Fjällström", "Tyra Videlund");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, Long> deletedAtMicros = new ConcurrentHashMap<>();
    private final URI base;
    private final AdminClient admin;

    /** A run against the app at {@code base} (loopback), as an editor holding the admin token. */
    public ReliabilityRun(URI base, String adminToken) {
        this.base = base;
        this.admin = new AdminClient(base, adminToken);
    }

    /**
     * Checks a request log line by line. An answer is wrong when it cites an address that was never indexed, or one
     * whose removal had been committed (the DELETE call had returned) before the question was sent. A question sent
     * while the removal was under way may still see the page, which is the promise of a commit: it is visible to
     * requests that start after it.
     */
    static int check(List<String> logLines, Set<String> indexed, Map<String, Long> deletedAtMicros) {
        int violations = 0;
        for (String line : logLines) {
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f[3].isBlank()) {
                continue;
            }
            long sent = Long.parseLong(f[0]);
            for (String url : f[3].split(" ")) {
                Long deleted = deletedAtMicros.get(url);
                if (!indexed.contains(url) || deleted != null && deleted < sent) {
                    LOG.warn("answer sent at {} cites {} (deleted at {})", sent, url, deleted);
                    violations++;
                }
            }
        }
        return violations;
    }

    /**
     * Serves the site with the most pages and the political-organisation pages of {@code freshnessPages}
     * municipalities on loopback, moves them in the index to their loopback addresses through the API, then runs
     * the load while re-crawling, re-indexing and removing, and finally times {@code freshnessPages} edits.
     */
    public Report run(PassageIndex index, Path pages, Path questions, Duration duration, int threads, int freshnessPages)
            throws Exception {
        List<IndexedPage> all = index.pages(Optional.empty());
        String site = biggestSite(all);
        List<String> chairs = chairsPages(all, site, freshnessPages);
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(host(all.stream().filter(p -> p.municipality().equals(site)).findFirst().orElseThrow().url()));
        chairs.forEach(u -> hosts.add(host(u)));
        String siteHost = hosts.iterator().next();
        try (SiteServer sites = SiteServer.start(pages, hosts)) {
            moveSite(sites, siteHost, site, all.stream().filter(p -> p.municipality().equals(site)).map(IndexedPage::url).toList());
            Map<String, String> municipalityOf = all.stream()
                    .collect(Collectors.toMap(IndexedPage::url, IndexedPage::municipality, (a, b) -> a));
            List<String> served = moveChairs(sites, chairs, siteHost, municipalityOf);
            Set<String> indexed = new HashSet<>(index.urls());
            Set<String> movedMunicipalities = served.stream().map(u -> index.page(u).orElseThrow().municipality())
                    .collect(Collectors.toSet());
            List<String> toDelete = index.pages(Optional.empty()).stream()
                    .filter(p -> !p.municipality().equals(site) && !movedMunicipalities.contains(p.municipality()))
                    .map(IndexedPage::url).limit(400).toList();
            Report load = underLoad(sites, siteHost, site, toDelete, indexed, questions, duration, threads);
            List<Double> fresh = freshness(sites, index, served);
            return new Report(load.requests(), load.failed(), load.answered(), load.citationViolations(),
                    load.siteReindexes(), load.pagesPerSite(), load.pageReindexes(), load.deletions(), fresh);
        }
    }

    private Report underLoad(SiteServer sites, String siteHost, String site, List<String> toDelete, Set<String> indexed,
                             Path questions, Duration duration, int threads) throws Exception {
        List<String> sitePages = sites.pageUrls(siteHost);
        Path log = Files.createTempFile("reliability", ".log");
        Process load = startLoad(questions, log, duration, threads);
        int[] counts = new int[3]; // site crawls, single-page re-indexes, deletions
        long end = System.nanoTime() + duration.toNanos() - 2_000_000_000L;
        try {
            while (System.nanoTime() < end && load.isAlive()) {
                int edition = sites.newEdition();
                int deletionsBefore = counts[2];
                String summary = admin.crawlSite(sites.siteUrl(siteHost), site, () -> {
                    editAndReindex(sites, sitePages.get(counts[1] % sitePages.size()), edition);
                    counts[1]++;
                    if (counts[2] - deletionsBefore < DELETIONS_PER_ROUND && counts[2] < toDelete.size()) {
                        delete(toDelete.get(counts[2]++));
                    }
                });
                counts[0]++;
                LOG.info("crawl {} of {}: {}", counts[0], siteHost, summary);
            }
            load.waitFor();
        } finally {
            load.destroy();
        }
        List<String> lines = Files.readAllLines(log);
        Files.deleteIfExists(log);
        int failed = (int) lines.stream().filter(l -> !l.split("\t", -1)[2].equals("200")).count();
        int answered = (int) lines.stream().filter(l -> !l.split("\t", -1)[3].isBlank()).count();
        return new Report(lines.size(), failed, answered, check(lines, indexed, deletedAtMicros), counts[0],
                sitePages.size(), counts[1], counts[2], List.of());
    }

    /** Serves the page with an editor's note added and re-indexes it; the call returns when the change is committed. */
    private void editAndReindex(SiteServer sites, String url, int edition) throws IOException, InterruptedException {
        sites.edit(url, sites.generated(url).replace("</main>",
                "<p>Sidan granskades av redaktionen, version " + edition + ".</p>\n</main>"));
        String outcome = admin.reindexPage(url);
        if (!outcome.equals("changed") && !outcome.equals("unchanged")) {
            throw new IllegalStateException("re-indexing the edited page " + url + " gave " + outcome);
        }
    }

    private void delete(String url) throws IOException, InterruptedException {
        admin.deletePage(url);
        deletedAtMicros.put(url, LoadGenerator.micros(Instant.now()));
    }

    /**
     * Moves a site to its loopback address before the load: one crawl through the API indexes every page under the
     * address it is served at, as the municipality's (loopback belongs to none: the editor names it), then the pages
     * under their old addresses are removed through the API.
     */
    private void moveSite(SiteServer sites, String host, String municipality, List<String> oldUrls)
            throws IOException, InterruptedException {
        String summary = admin.crawlSite(sites.siteUrl(host), municipality, () -> { });
        LOG.info("moved {} to {}: {}", host, sites.siteUrl(host), summary);
        for (String url : oldUrls) {
            admin.deletePage(url);
        }
    }

    /** Moves each political-organisation page to its loopback address; returns those addresses. */
    private List<String> moveChairs(SiteServer sites, List<String> chairs, String siteHost,
                                    Map<String, String> municipalityOf) throws IOException, InterruptedException {
        List<String> served = new ArrayList<>();
        for (String url : chairs) {
            String loopback = sites.urlOf(url);
            if (!host(url).equals(siteHost)) {
                admin.reindexPage(loopback, municipalityOf.get(url));
                admin.deletePage(url);
            }
            served.add(loopback);
        }
        return served;
    }

    private Process startLoad(Path questions, Path log, Duration duration, int threads) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "se.kommunsvar.cli.Main", "load",
                "--url", base.toString(), "--questions", questions.toString(), "--threads", String.valueOf(threads),
                "--requests", "1000000", "--seconds", String.valueOf(duration.toSeconds()), "--warmup", "0",
                "--log", log.toString()).inheritIO().start();
    }

    /**
     * For each page: serves it with a new chair's name, calls {@code POST /api/admin/reindex {"url"}}, and asks
     * until an answer quotes the new name; the time from the call to that answer. The page is put back afterwards.
     */
    private List<Double> freshness(SiteServer sites, PassageIndex index, List<String> urls) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            String chair = NEW_CHAIRS.get(i % NEW_CHAIRS.size());
            String original = sites.generated(url);
            String changed = original.replaceFirst("Kommunstyrelsens ordförande är [^(<]+ \\(",
                    "Kommunstyrelsens ordförande är " + chair + " (");
            if (changed.equals(original)) {
                throw new IllegalStateException("the page " + url + " names no chair of the municipal board");
            }
            String municipality = index.page(url).orElseThrow().municipality();
            sites.edit(url, changed);
            long t0 = System.nanoTime();
            admin.reindexPage(url);
            awaitAnswer("Vem är kommunstyrelsens ordförande i " + municipality + "?", municipality, chair);
            out.add((System.nanoTime() - t0) / 1e6);
            sites.restore(url);
            admin.reindexPage(url);
        }
        return out;
    }

    private void awaitAnswer(String question, String municipality, String expected) throws Exception {
        String body = MAPPER.createObjectNode().put("message", question).put("municipality", municipality).toString();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/api/chat"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.body().contains(expected)) {
                return;
            }
        }
        throw new IllegalStateException("the re-indexed text \"" + expected + "\" was not answered within 30 s");
    }

    private static String biggestSite(List<IndexedPage> all) {
        Map<String, Long> perSite = all.stream().collect(Collectors.groupingBy(IndexedPage::municipality, Collectors.counting()));
        return perSite.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
    }

    /** The political-organisation pages: the big site's first, then other municipalities' in address order. */
    private static List<String> chairsPages(List<IndexedPage> all, String site, int count) {
        List<IndexedPage> chairs = all.stream().filter(p -> p.url().endsWith(CHAIRS_PAGE))
                .sorted((a, b) -> a.url().compareTo(b.url())).toList();
        List<String> out = new ArrayList<>();
        chairs.stream().filter(p -> p.municipality().equals(site)).map(IndexedPage::url).forEach(out::add);
        chairs.stream().filter(p -> !p.municipality().equals(site)).map(IndexedPage::url).forEach(out::add);
        if (out.isEmpty()) {
            LOG.warn("the corpus is too small to have a page on the political organisation: no freshness figure");
        }
        return out.stream().limit(count).toList();
    }

    private static String host(String url) {
        return URI.create(url).getHost();
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
