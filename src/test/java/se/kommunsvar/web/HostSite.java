package se.kommunsvar.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Another site on loopback that embeds the widget with only its script tag, under its own strict CSP (no
 * 'unsafe-inline'): {@code /embed.html} talks to the real API cross-origin; {@code /flaky.html} talks to this
 * site's {@code /flaky/api/chat}, whose first answer comes too late and whose later answers are quick.
 */
final class HostSite implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private volatile String api = "";
    private volatile boolean cookieSeen;

    HostSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/embed.html", ex -> page(ex, api, api));
        server.createContext("/flaky.html", ex -> page(ex, origin() + "/flaky", "'self'"));
        server.createContext("/flaky/api/chat", this::flaky);
        server.createContext("/kommun/nyheter.html", this::newsPage);
        server.start();
    }

    /** The page's origin: {@code localhost}, so it differs from the API's {@code 127.0.0.1} by host and port. */
    String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    void api(String base) {
        this.api = base;
    }

    /** A municipal news page this site serves, for editors to re-index; its address is on 127.0.0.1. */
    String newsPage() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/kommun/nyheter.html";
    }

    int flakyCalls() {
        return flakyCalls.get();
    }

    boolean cookieSeen() {
        return cookieSeen;
    }

    private void page(HttpExchange ex, String dataApi, String connect) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Värdsida</title></head>"
                + "<body><main><h1>En annan webbplats</h1><p>Widgeten är inbäddad med en enda rad.</p></main>"
                + "<script src=\"" + api + "/widget.js\" data-municipality=\"Hedemora\" data-api=\"" + dataApi
                + "\" data-timeout=\"1500\"></script></body></html>";
        ex.getResponseHeaders().add("Content-Security-Policy", "default-src 'none'; script-src " + api
                + "; connect-src " + connect + "; style-src 'self'; img-src 'self'; base-uri 'none'");
        send(ex, 200, "text/html; charset=utf-8", html);
    }

    private void newsPage(HttpExchange ex) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Nyheter</title>"
                + "<link rel=\"canonical\" href=\"" + newsPage() + "\"></head><body><main><h1>Ny simhall öppnar</h1>"
                + "<p>Den nya simhallen öppnar för allmänheten i september.</p></main></body></html>";
        send(ex, 200, "text/html; charset=utf-8", html);
    }

    private void flaky(HttpExchange ex) throws IOException {
        cookieSeen |= ex.getRequestHeaders().containsKey("Cookie");
        if (flakyCalls.incrementAndGet() == 1) {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        send(ex, 200, "application/json", "{\"conversationId\":\"0123456789abcdef01234567\",\"answered\":false,"
                + "\"answer\":\"<b>Svar i klartext</b>\",\"citations\":[]}");
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        try {
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the widget gave up waiting and closed the connection: expected for the slow answer
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
