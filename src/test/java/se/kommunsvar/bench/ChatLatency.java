package se.kommunsvar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.config.RateLimit;
import se.kommunsvar.config.Settings;
import se.kommunsvar.eval.EvalQuestion;
import se.kommunsvar.http.HttpApp;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.TextPageParser;

/**
 * Chat latency benchmark (not a test): starts the real server on loopback over a temporary index of
 * {@code corpus/} and the real-dev pages, sends every question of both eval sets to {@code /api/chat} one at
 * a time, first as warm-up, then measured, and prints p50/p95/p99. Run from the repository root:
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) se.kommunsvar.bench.ChatLatency [rounds] [warm-up rounds]
 * </pre>
 */
public final class ChatLatency {

    private ChatLatency() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<EvalQuestion> questions = new ArrayList<>(EvalQuestion.read(Path.of("../shared/eval/questions.tsv")));
        questions.addAll(EvalQuestion.read(Path.of("../shared/eval/real-dev/questions.tsv")));
        Path folder = Files.createTempDirectory("chat-latency");
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        try (PassageIndex index = PassageIndex.open(folder.resolve("index"))) {
            new FileIngester(new TextPageParser(directory), new HtmlPageParser(directory))
                    .ingest(List.of(Path.of("corpus"), Path.of("../shared/eval/real-dev/pages")), index);
            Answerer answerer = new Answerer(index, directory, Conversations.standard());
            // One client sends every request: the per-client rate limit would answer 429, so it is off here.
            Settings settings = Settings.of(folder.resolve("index"), Path.of("corpus"), folder.resolve("no-web"), 0,
                    false, Map.of()).withRateLimit(RateLimit.OFF);
            Javalin app = HttpApp.create(settings, answerer, index, directory).start("127.0.0.1", 0);
            try {
                List<String> bodies = bodies(questions);
                URI chat = URI.create("http://127.0.0.1:" + app.port() + "/api/chat");
                HttpClient client = HttpClient.newHttpClient();
                measure(client, chat, bodies, warmUp);
                long[] nanos = measure(client, chat, bodies, rounds);
                report(index.stats().pages(), bodies.size(), rounds, warmUp, nanos);
            } finally {
                app.stop();
            }
        }
    }

    private static List<String> bodies(List<EvalQuestion> questions) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (EvalQuestion q : questions) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("message", q.question());
            if (!q.municipality().isEmpty()) {
                body.put("municipality", q.municipality());
            }
            out.add(mapper.writeValueAsString(body));
        }
        return out;
    }

    /** Sends every body once per round, one request at a time; returns each request's time in nanoseconds. */
    private static long[] measure(HttpClient client, URI chat, List<String> bodies, int rounds) throws Exception {
        long[] nanos = new long[bodies.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String body : bodies) {
                HttpRequest request = HttpRequest.newBuilder(chat).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                nanos[i++] = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("/api/chat answered " + response.statusCode() + ": " + response.body());
                }
            }
        }
        return nanos;
    }

    private static void report(int pages, int questions, int rounds, int warmUp, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "chat latency: %d pages, %d questions x %d rounds (after %d warm-up rounds), "
                        + "%d requests%n", pages, questions, rounds, warmUp, nanos.length);
        System.out.printf(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms%n",
                ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)),
                ms(nanos[nanos.length - 1]), ms((long) Arrays.stream(nanos).average().orElse(0)));
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
