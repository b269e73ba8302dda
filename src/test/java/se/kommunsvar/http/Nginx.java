package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx on a free loopback port as the municipality's reverse proxy in front of a test server: its own
 * configuration, logs and temp files in a temp folder ({@code nginx -p DIR -c FILE}, {@code daemon off}), the same
 * proxy settings as the site in {@code docs/DEPLOY.md}, stopped by {@link #close()}.
 * A missing nginx fails the test when {@code CI} is set and skips it otherwise.
 */
public final class Nginx implements AutoCloseable {

    public static final Path BINARY = Path.of(Optional.ofNullable(System.getenv("NGINX_BIN")).orElse("/usr/sbin/nginx"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    private static final int START_ATTEMPTS = 3;

    private final Process process;
    private final Path dir;
    private final int port;

    private Nginx(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** Fails (on CI) or skips (elsewhere) unless nginx is installed. */
    public static void requireInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String message = "the reverse-proxy tests need " + BINARY + ": install with 'apt-get install -y nginx'"
                + " (bash .ci/run does it)";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    /** Starts nginx on 127.0.0.1 forwarding everything to {@code backendPort} on 127.0.0.1. */
    public static Nginx start(int backendPort) throws IOException, InterruptedException {
        requireInstalled();
        IOException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            // the port is free when probed; another process may take it before nginx binds, hence the retries
            int port = freePort();
            Path dir = Files.createTempDirectory("kommunsvar-nginx");
            Files.createDirectories(dir.resolve("logs"));
            Files.createDirectories(dir.resolve("tmp"));
            Path conf = dir.resolve("nginx.conf");
            Files.writeString(conf, config(port, backendPort), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", conf.toString(),
                    "-e", dir.resolve("logs/error.log").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
            Nginx nginx = new Nginx(p, dir, port);
            if (nginx.awaitListening()) {
                return nginx;
            }
            last = new IOException("nginx did not start on port " + port + ": " + nginx.log());
            nginx.close();
        }
        throw last;
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The proxy part mirrors docs/DEPLOY.md; the rest keeps every file nginx writes inside {@code dir}. */
    static String config(int port, int backendPort) {
        return String.join("\n", List.of(
                "daemon off;",
                "worker_processes 1;",
                "pid nginx.pid;",
                "error_log logs/error.log warn;",
                "events { worker_connections 64; }",
                "http {",
                "  access_log logs/access.log;",
                "  client_body_temp_path tmp/body;",
                "  proxy_temp_path tmp/proxy;",
                "  fastcgi_temp_path tmp/fastcgi;",
                "  uwsgi_temp_path tmp/uwsgi;",
                "  scgi_temp_path tmp/scgi;",
                "  client_max_body_size 64k;",
                "  upstream kommunsvar { server 127.0.0.1:" + backendPort + "; keepalive 8; }",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    location / {",
                "      proxy_pass http://kommunsvar;",
                "      proxy_http_version 1.1;",
                "      proxy_set_header Connection \"\";",
                "      proxy_set_header Host $http_host;",
                "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                "      proxy_set_header X-Forwarded-Proto $scheme;",
                "      proxy_read_timeout 60s;",
                "    }",
                "  }",
                "}",
                ""));
    }

    private boolean awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    private String log() {
        try {
            Path log = dir.resolve("logs/error.log");
            Path out = dir.resolve("logs/stdout.log");
            return (Files.exists(log) ? Files.readString(log) : "") + (Files.exists(out) ? Files.readString(out) : "");
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove nginx's temp folder " + dir, e);
        }
    }
}
