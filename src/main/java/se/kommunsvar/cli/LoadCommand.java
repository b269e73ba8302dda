package se.kommunsvar.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.kommunsvar.bench.LoadGenerator;

@Command(name = "load", description = "Send a generated question mix to a server on loopback and print latency "
        + "percentiles, requests per second and errors.")
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--url", description = "server address (loopback only; default: ${DEFAULT-VALUE})")
    URI url = URI.create("http://127.0.0.1:7070");

    @Option(names = "--questions", required = true, description = "questions.tsv from generate-corpus")
    Path questions;

    @Option(names = "--mode", description = "CHAT, SEARCH or BM25 (default: ${DEFAULT-VALUE})")
    LoadGenerator.Mode mode = LoadGenerator.Mode.CHAT;

    @Option(names = "--threads", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int threads = 4;

    @Option(names = "--requests", description = "requests measured (default: ${DEFAULT-VALUE})")
    int requests = 2000;

    @Option(names = "--seconds", description = "stop after this long at the latest (default: ${DEFAULT-VALUE})")
    int seconds = 60;

    @Option(names = "--warmup", description = "requests sent first and not measured (default: ${DEFAULT-VALUE})")
    int warmup = 200;

    @Option(names = "--log", description = "write one line per request: sent and received (epoch µs), status, cited URLs")
    Path log;

    @Override
    public Integer call() {
        LoadGenerator.Plan plan = new LoadGenerator.Plan(url, mode, threads, requests, Duration.ofSeconds(seconds),
                warmup, Optional.ofNullable(log));
        LoadGenerator.Result r = new LoadGenerator(LoadGenerator.readQuestions(questions)).run(plan);
        System.out.println("load: " + r.summary());
        return 0;
    }
}
