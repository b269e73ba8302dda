package se.kommunsvar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServerTest {

    @TempDir
    Path dir;
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Path site() throws Exception {
        Path page = dir.resolve("pages/www.ale.se/kommun-och-politik/vision.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<html><body><main><p>Visionen.</p></main></body></html>");
        Files.writeString(dir.resolve("pages/secret.html"), "outside every site");
        return dir.resolve("pages");
    }

    @Test
    void serves_each_site_under_its_host_with_a_sitemap_named_in_robots_txt() throws Exception {
        try (SiteServer sites = SiteServer.start(site(), List.of("www.ale.se"))) {
            String page = sites.urlOf("https://www.ale.se/kommun-och-politik/vision.html");

            assertEquals(sites.base() + "/www.ale.se/kommun-och-politik/vision.html", page);
            assertTrue(get(page).body().contains("Visionen."));
            assertTrue(get(sites.base() + "/robots.txt").body().contains("Sitemap: " + sites.siteUrl("www.ale.se") + "sitemap.xml"));
            assertTrue(get(sites.siteUrl("www.ale.se") + "sitemap.xml").body().contains("<loc>" + page + "</loc>"));
        }
    }

    @Test
    void edits_removals_and_new_editions_change_what_is_served_but_not_the_files() throws Exception {
        try (SiteServer sites = SiteServer.start(site(), List.of("www.ale.se"))) {
            String page = sites.urlOf("https://www.ale.se/kommun-och-politik/vision.html");
            String generated = get(page).body();

            sites.newEdition();
            String edition = get(page).body();
            sites.edit(page, "<p>Ny vision.</p>");
            String edited = get(page).body();
            sites.remove(page);

            assertFalse(edition.equals(generated));
            assertTrue(edited.contains("Ny vision."));
            assertEquals(404, get(page).statusCode());
            assertFalse(get(sites.siteUrl("www.ale.se") + "sitemap.xml").body().contains(page));
            assertEquals(generated, sites.generated(page));
        }
    }

    @Test
    void nothing_outside_the_served_sites_is_served() throws Exception {
        try (SiteServer sites = SiteServer.start(site(), List.of("www.ale.se"))) {
            assertEquals(404, get(sites.base() + "/secret.html").statusCode());
            assertEquals(404, get(sites.base() + "/www.ale.se/%2e%2e/secret.html").statusCode());
            assertEquals(404, get(sites.base() + "/www.other.se/sitemap.xml").statusCode());
            assertEquals(404, get(sites.base() + "/sitemap.xml").statusCode());
        }
    }
}
