package se.kommunsvar.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.IndexEditor;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.store.CrawlHistory;
import se.kommunsvar.store.PageDecisions;

/**
 * The editors' decisions that last (all under the admin token): removing a page keeps it out of every crawl and
 * rebuild until it is re-added ({@code DELETE /api/admin/pages}, {@code GET/DELETE /api/admin/exclusions}); a page's
 * municipality set by hand ({@code PUT /api/admin/pages/municipality}); and site crawls to follow with their history
 * ({@code GET /api/admin/crawls}).
 */
final class EditorRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(EditorRoutes.class);

    private EditorRoutes() {
    }

    static void register(JavalinConfig config, PassageIndex index, MunicipalityDirectory directory, IndexEditor editor,
                         PageDecisions decisions, CrawlHistory history, ObjectMapper mapper) {
        config.routes.delete("/api/admin/pages", ctx -> {
            String url = queryUrl(ctx.queryParam("url"));
            IndexedPage page = index.page(url).orElseThrow(() -> new NotFoundResponse("no indexed page has the address " + url));
            decisions.exclude(url, page.title());
            editor.deletePage(url);
            LOG.info("admin removed {} until an editor re-adds it", url);
            ctx.json(Map.of("removed", url));
        });
        config.routes.get("/api/admin/exclusions", ctx -> ctx.json(Map.of("exclusions", decisions.exclusions())));
        config.routes.delete("/api/admin/exclusions", ctx -> {
            String url = queryUrl(ctx.queryParam("url"));
            if (!decisions.readd(url)) {
                throw new NotFoundResponse("no removed page has the address " + url);
            }
            LOG.info("admin re-added {}", url);
            ctx.json(Map.of("readded", url));
        });
        config.routes.before("/api/admin/reindex", ctx -> readdOnReindex(ctx.body(), decisions, mapper));
        config.routes.get("/api/admin/corrections", ctx -> ctx.json(Map.of("corrections", decisions.corrections(),
                "municipalities", directory.all().stream().map(Municipality::name).sorted().toList())));
        config.routes.put("/api/admin/pages/municipality", ctx -> {
            Correction c = Correction.parse(ctx.body(), mapper, directory);
            IndexedPage page = index.page(c.url())
                    .orElseThrow(() -> new NotFoundResponse("no indexed page has the address " + c.url()));
            decisions.setMunicipality(page.url(), c.municipality());
            Optional<IngestSummary> rebuilt = editor.rebuild();
            LOG.info("admin set the municipality of {} to {}; rebuilt: {}", page.url(), c.municipality().orElse("(guess)"),
                    rebuilt.isPresent());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("url", page.url());
            out.put("municipality", c.municipality().orElse(null));
            out.put("applied", rebuilt.isPresent());
            ctx.json(out);
        });
        config.routes.get("/api/admin/crawls", ctx -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("current", editor.lastCrawl().map(CrawlReport::of).orElse(null));
            out.put("history", history.list().stream().map(e -> read(e.report(), mapper)).toList());
            ctx.json(out);
        });
        editor.onCrawlEnded(status -> history.save(new CrawlHistory.Entry(status.site(), status.started(),
                status.finished().orElse(status.started()), write(CrawlReport.of(status), mapper))));
    }

    /**
     * Applies the decisions to an index built without them (the first start from the corpus, or an index copied
     * in): removed pages are deleted, and a corrected page that carries another municipality is re-indexed by a rebuild.
     */
    static void applyDecisions(PassageIndex index, IndexEditor editor, PageDecisions decisions) {
        boolean removed = false;
        for (PageDecisions.Exclusion e : decisions.exclusions()) {
            if (index.page(e.url()).isPresent()) {
                removed |= editor.deletePage(e.url());
            }
        }
        boolean stale = decisions.corrections().stream().anyMatch(c -> index.page(c.url())
                .map(p -> !p.municipality().equals(c.municipality())).orElse(false));
        if (stale) {
            editor.rebuild();
        }
        if (removed || stale) {
            LOG.info("applied the editors' decisions to the index: removed pages {}, corrections {}", removed, stale);
        }
    }

    /** An editor who re-indexes a removed page by its address wants it back: the removal is lifted first. */
    private static void readdOnReindex(String body, PageDecisions decisions, ObjectMapper mapper) {
        try {
            JsonNode json = body == null || body.isBlank() ? null : mapper.readTree(body);
            JsonNode url = json == null ? null : json.get("url");
            if (url != null && url.isTextual() && decisions.readd(url.asText().strip())) {
                LOG.info("admin re-added {} by re-indexing it", url.asText().strip());
            }
        } catch (JsonProcessingException e) {
            // the reindex route itself answers with the JSON error
        }
    }

    private static String queryUrl(String value) {
        String url = Optional.ofNullable(value).map(String::strip).orElse("");
        if (url.isEmpty()) {
            throw new BadRequestResponse("the query parameter \"url\" is missing");
        }
        return url;
    }

    private static String write(Map<String, Object> report, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a crawl report could not be written as JSON", e);
        }
    }

    private static JsonNode read(String report, ObjectMapper mapper) {
        try {
            return mapper.readTree(report);
        } catch (JsonProcessingException e) {
            return mapper.createObjectNode();
        }
    }

    /** A validated {@code PUT /api/admin/pages/municipality} body; an empty or null municipality clears the correction. */
    record Correction(String url, Optional<String> municipality) {

        static Correction parse(String body, ObjectMapper mapper, MunicipalityDirectory directory) {
            JsonNode json;
            try {
                json = body == null || body.isBlank() ? null : mapper.readTree(body);
            } catch (JsonProcessingException e) {
                throw new BadRequestResponse("the request body is not valid JSON: " + e.getOriginalMessage());
            }
            if (json == null || !json.isObject() || json.get("url") == null || !json.get("url").isTextual()
                    || json.get("url").asText().isBlank()) {
                throw new BadRequestResponse("send a JSON object with the page's \"url\" and its \"municipality\"");
            }
            JsonNode m = json.get("municipality");
            if (m != null && !m.isNull() && !m.isTextual()) {
                throw new BadRequestResponse("\"municipality\" must be a string or null");
            }
            String name = m == null || m.isNull() ? "" : m.asText().strip();
            if (name.isEmpty()) {
                return new Correction(json.get("url").asText().strip(), Optional.empty());
            }
            Municipality known = directory.byName(name)
                    .orElseThrow(() -> new BadRequestResponse("no municipality is called \"" + name + "\""));
            return new Correction(json.get("url").asText().strip(), Optional.of(known.name()));
        }
    }

}
