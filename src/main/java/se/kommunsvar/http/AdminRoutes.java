package se.kommunsvar.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.AddressGuard;
import se.kommunsvar.ingest.crawl.CrawlStatus;
import se.kommunsvar.ingest.crawl.IndexEditor;
import se.kommunsvar.ingest.crawl.PageResult;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * The editors' API under {@code /api/admin/}: every route requires the admin token ({@link AdminAuth}).
 * Re-index one page ({@code POST /api/admin/reindex {"url"}}, answered when committed), crawl a site in the
 * background ({@code {"site"}}, then {@code GET /api/admin/crawl}; {@code DELETE /api/admin/crawl} cancels it), rebuild
 * from the corpus, list and remove pages.
 */
final class AdminRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);

    private AdminRoutes() {
    }

    static void register(JavalinConfig config, AdminAuth auth, PassageIndex index, MunicipalityDirectory directory,
                         IndexEditor editor, ObjectMapper mapper) {
        config.routes.before("/api/admin/*", auth::require);
        config.routes.before("/api/admin", auth::require);
        config.routes.get("/api/admin/pages", ctx -> {
            Optional<String> municipality = Optional.ofNullable(ctx.queryParam("municipality"))
                    .filter(m -> !m.isBlank())
                    .map(m -> directory.byName(m).map(Municipality::name).orElse(m));
            ctx.json(Map.of("pages", index.pages(municipality)));
        });
        // DELETE /api/admin/pages (a removal that lasts) is in EditorRoutes
        config.routes.post("/api/admin/reindex", ctx -> {
            ReindexRequest req = ReindexRequest.parse(ctx.body(), mapper);
            Optional<Municipality> siteOf = req.municipality().map(m -> directory.byName(m).orElseThrow(
                    () -> new BadRequestResponse("\"municipality\": no Swedish municipality or region is called '" + m + "'")));
            if (req.url().isPresent()) {
                PageResult result = editor.reindexPage(req.url().get(), siteOf);
                LOG.info("admin re-indexed {}: {} {}", result.url(), result.outcome(), result.detail());
                if (result.detail().equals(AddressGuard.NOT_HTTP)) {
                    throw new BadRequestResponse("refused to fetch " + result.url()
                            + ": it, or an address it redirects to, is not an http(s) address");
                }
                if (result.detail().equals("refused")) {
                    throw new BadRequestResponse("refused to fetch " + result.url()
                            + ": it, or an address it redirects to, is not a public address (the server runs without "
                            + "--allow-private-hosts)");
                }
                ctx.json(Map.of("result", result));
                return;
            }
            String site = req.site().orElseThrow();
            if (!editor.startCrawl(site, siteOf)) {
                throw new ConflictResponse("a crawl is already running; see GET /api/admin/crawl");
            }
            LOG.info("admin started a crawl of {}{}", site, siteOf.map(m -> " for " + m.name()).orElse(""));
            ctx.status(202).json(Map.of("crawl", crawlJson(editor.lastCrawl().orElseThrow())));
        });
        config.routes.get("/api/admin/crawl", ctx -> ctx.json(Map.of("crawl", editor.lastCrawl().map(AdminRoutes::crawlJson).orElse(Map.of()))));
        config.routes.delete("/api/admin/crawl", ctx -> {
            if (!editor.cancelCrawl()) {
                throw new NotFoundResponse("no crawl is running");
            }
            LOG.info("admin cancelled the crawl of {}", editor.lastCrawl().map(CrawlStatus::site).orElse(""));
            ctx.status(202).json(Map.of("crawl", crawlJson(editor.lastCrawl().orElseThrow())));
        });
        config.routes.post("/api/admin/rebuild", ctx -> {
            boolean force = "true".equals(ctx.queryParam("force"));
            IngestSummary summary;
            try {
                summary = editor.rebuild(force)
                        .orElseThrow(() -> new ConflictResponse("a crawl is running; rebuild when it has ended"));
            } catch (IndexEditor.CorpusBehindIndexException e) {
                throw new ConflictResponse(e.getMessage() + " (POST /api/admin/rebuild?force=true)");
            }
            LOG.info("admin rebuilt the index from the corpus: {}", summary);
            ctx.json(summaryJson(summary));
        });
    }

    /** A crawl's state with "finished" null while it runs (the mapper has no module for {@code Optional}). */
    static Map<String, Object> crawlJson(CrawlStatus c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("site", c.site());
        out.put("running", c.running());
        out.put("started", c.started());
        out.put("finished", c.finished().orElse(null));
        out.put("summary", c.summary());
        out.put("state", c.state().label());
        out.put("reason", c.reason());
        return out;
    }

    static Map<String, Object> summaryJson(IngestSummary s) {
        Map<String, Object> out = CrawlReport.pageCounts(s);
        out.put("failed", s.failures());
        out.put("passages", s.passages());
        out.put("summary", s.toString());
        return out;
    }
}
