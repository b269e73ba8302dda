package se.kommunsvar.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A small municipal site on loopback for the editors' tests: a start page under {@code /kommun/} linking to three
 * pages, one address that answers 404 and one that answers 500. Every page answers after {@code delayMillis}, so a
 * crawl of it lasts long enough to be followed. No robots.txt and no sitemap: the crawl follows links.
 */
public final class TestSite implements AutoCloseable {

    public static final String[] PAGES = {"simhall.html", "bibliotek.html", "parkering.html"};

    private final HttpServer server;
    private final long delayMillis;

    public TestSite(long delayMillis) throws IOException {
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", this::answer);
        server.start();
    }

    /** The site's start address. */
    public String start() {
        return base() + "/kommun/";
    }

    public String page(String name) {
        return base() + "/kommun/" + name;
    }

    /** An address on the site that answers 404. */
    public String missing() {
        return page("saknas.html");
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.startsWith("/kommun/")) {
            pause();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.equals("/kommun/")) {
            StringBuilder links = new StringBuilder();
            for (String page : PAGES) {
                links.append("<li><a href=\"").append(page).append("\">").append(page).append("</a></li>");
            }
            links.append("<li><a href=\"saknas.html\">Saknas</a></li><li><a href=\"trasig.html\">Trasig</a></li>");
            send(ex, 200, page("Kommunen", "Välkommen till kommunens webbplats. Här finns allt om service.", links.toString()));
        } else if (name.equals("trasig.html")) {
            send(ex, 500, "<p>Internt fel</p>");
        } else if (java.util.Arrays.asList(PAGES).contains(name)) {
            String topic = name.replace(".html", "");
            send(ex, 200, page("Om " + topic, "Sidan om " + topic + " berättar när " + topic
                    + " har öppet. Öppettiderna gäller från den första januari.", ""));
        } else {
            send(ex, 404, "<p>Sidan finns inte</p>");
        }
    }

    private static String page(String title, String text, String links) {
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<main><h1>" + title + "</h1><p>" + text + "</p><ul>" + links + "</ul></main></body></html>";
    }

    private void pause() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
