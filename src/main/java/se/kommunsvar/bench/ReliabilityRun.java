package se.kommunsvar.bench;

import io.javalin.Javalin;
import java.io.IOException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;

/**
 * The reliability run: the real HTTP app on a copy of a generated index, a chat load from a separate process, and
 * meanwhile an editor who re-indexes one whole site again and again and removes pages of other sites through the
 * admin API. Afterwards every logged answer is checked against the editor's log (see {@link #check}).
 */
public final class ReliabilityRun {

    private static final Logger LOG = LoggerFactory.getLogger(ReliabilityRun.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the run found. */
    public record Report(int requests, int failed, int answered, int citationViolations, int siteReindexes,
                         int pagesPerSite, int deletions, List<Double> freshnessMillis) {

        public String summary() {
            return "reliability: requests=" + requests + " failed=" + failed + " answered=" + answered
                    + " citationViolations=" + citationViolations + " siteReindexes=" + siteReindexes + " (x" + pagesPerSite
                    + " pages) deletions=" + deletions + " freshnessMs=" + freshnessMillis;
        }
    }

    private static final List<String> NEW_CHAIRS = List.of("Vendela Tallqvist", "Osvald Kärrgren", "Signe Myrberg",
            "Algot Fjällström", "Tyra Videlund");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, Long> deletedAtMicros = new ConcurrentHashMap<>();

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

    public Report run(Javalin app, PassageIndex index, FileIngester ingester, Path pages, Path questions,
                      String adminToken, Duration duration, int threads) throws Exception {
        URI base = URI.create("http://127.0.0.1:" + app.port());
        Set<String> indexed = new HashSet<>(index.urls());
        List<IndexedPage> all = index.pages(Optional.empty());
        Map<String, Long> perSite = all.stream().collect(Collectors.groupingBy(IndexedPage::municipality, Collectors.counting()));
        String site = perSite.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        IndexedPage first = all.stream().filter(p -> p.municipality().equals(site)).findFirst().orElseThrow();
        Path siteFolder = siteFolder(pages, first.url());
        List<String> toDelete = all.stream().filter(p -> !p.municipality().equals(site)).map(IndexedPage::url)
                .limit(300).toList();
        Path log = Files.createTempFile("reliability", ".log");
        Process load = startLoad(base, questions, log, duration, threads);
        int reindexes = 0;
        int deletions = 0;
        int sitePages = 0;
        long end = System.nanoTime() + duration.toNanos() - 2_000_000_000L;
        while (System.nanoTime() < end && load.isAlive()) {
            sitePages = ingester.ingest(List.of(siteFolder), index).indexed();
            reindexes++;
            for (int i = 0; i < 5 && deletions < toDelete.size(); i++) {
                delete(base, adminToken, toDelete.get(deletions++));
            }
        }
        load.waitFor();
        List<String> lines = Files.readAllLines(log);
        Files.deleteIfExists(log);
        int failed = (int) lines.stream().filter(l -> !l.split("\t", -1)[2].equals("200")).count();
        int answered = (int) lines.stream().filter(l -> !l.split("\t", -1)[3].isBlank()).count();
        return new Report(lines.size(), failed, answered, check(lines, indexed, deletedAtMicros), reindexes, sitePages,
                deletions, List.of());
    }

    private void delete(URI base, String token, String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(base.resolve("/api/admin/pages?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).DELETE().build();
        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("removing " + url + " gave HTTP " + r.statusCode() + ": " + r.body());
        }
        deletedAtMicros.put(url, LoadGenerator.micros(Instant.now()));
    }

    private static Process startLoad(URI base, Path questions, Path log, Duration duration, int threads) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "se.kommunsvar.cli.Main", "load",
                "--url", base.toString(), "--questions", questions.toString(), "--threads", String.valueOf(threads),
                "--requests", "1000000", "--seconds", String.valueOf(duration.toSeconds()), "--warmup", "0",
                "--log", log.toString()).inheritIO().start();
    }

    /** The folder of generated pages of the site the page belongs to. */
    static Path siteFolder(Path pages, String url) {
        String host = URI.create(url).getHost();
        Path folder = pages.resolve(host);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no generated pages for " + host + " under " + pages);
        }
        return folder;
    }

    /** Times from an editor's re-index of a changed page to the first answer quoting the new text. */
    public List<Double> freshness(URI base, PassageIndex index, FileIngester ingester, Path pages, int rounds)
            throws Exception {
        Optional<String> chairs = index.pages(Optional.empty()).stream().map(IndexedPage::url)
                .filter(u -> u.endsWith("/politisk-organisation.html")).findFirst();
        if (chairs.isEmpty()) {
            LOG.warn("the corpus is too small to have a page on the political organisation: no freshness figure");
            return List.of();
        }
        String url = chairs.get();
        Path file = siteFolder(pages, url).resolve("kommun-och-politik/politisk-organisation.html");
        String municipality = index.page(url).orElseThrow().municipality();
        String original = Files.readString(file);
        List<Double> out = new ArrayList<>();
        Path work = Files.createTempDirectory("freshness");
        try {
            for (int i = 0; i < rounds; i++) {
                String chair = NEW_CHAIRS.get(i % NEW_CHAIRS.size());
                String changed = original.replaceFirst("Kommunstyrelsens ordförande är [^(<]+ \\(", "Kommunstyrelsens ordförande är " + chair + " (");
                Path edited = Files.writeString(work.resolve("politisk-organisation.html"), changed);
                long t0 = System.nanoTime();
                ingester.ingest(List.of(edited), index);
                awaitAnswer(base, "Vem är kommunstyrelsens ordförande i " + municipality + "?", municipality, chair);
                out.add((System.nanoTime() - t0) / 1e6);
            }
        } finally {
            ingester.ingest(List.of(file), index);
            try (Stream<Path> s = Files.list(work)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(work);
        }
        return out;
    }

    private void awaitAnswer(URI base, String question, String municipality, String expected) throws Exception {
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
}
