package se.kommunsvar.ingest.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A web site on loopback for tests: each path answers with a {@link Response} that the test can change while the
 * server runs. Honours If-None-Match against the response's ETag with a 304, and records every request.
 */
final class FixtureSite implements AutoCloseable {

    /** What a path answers. */
    record Response(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {

        static Response html(byte[] body) {
            return new Response(200, "text/html; charset=UTF-8", body, Map.of(), 0);
        }

        static Response html(String body) {
            return html(body.getBytes(StandardCharsets.UTF_8));
        }

        static Response of(int status, String contentType, byte[] body) {
            return new Response(status, contentType, body, Map.of(), 0);
        }

        static Response redirect(String location) {
            return new Response(301, "text/html", new byte[0], Map.of("Location", location), 0);
        }

        Response withHeader(String name, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Response(status, contentType, body, h, delayMillis);
        }

        Response delayed(long millis) {
            return new Response(status, contentType, body, headers, millis);
        }
    }

    /** One request the site received. */
    record Request(String path, long nanoTime, Map<String, List<String>> headers) {
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FixtureSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void put(String path, Response response) {
        responses.put(path, response);
    }

    void remove(String path) {
        responses.remove(path);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Request(path, System.nanoTime(), Map.copyOf(exchange.getRequestHeaders())));
        Response r = responses.getOrDefault(path, Response.of(404, "text/html", "<h1>Sidan finns inte</h1>".getBytes(StandardCharsets.UTF_8)));
        try (exchange) {
            if (r.delayMillis() > 0) {
                Thread.sleep(r.delayMillis());
            }
            String etag = r.headers().get("ETag");
            if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", r.contentType());
            r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
