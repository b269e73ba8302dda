package se.kommunsvar.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.config.Sites;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.crawl.IndexEditor;
import se.kommunsvar.ingest.crawl.PageResult;

/**
 * {@code POST /api/publish {"url"}} with {@code Authorization: Bearer <site token>}: a municipality's CMS tells the
 * server that one page was published or changed, and it is re-indexed at once. The token is valid for its own site
 * only (the page must be on one of that site's start hosts); it opens nothing else of the API.
 */
final class PublishRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(PublishRoutes.class);

    private PublishRoutes() {
    }

    static void register(JavalinConfig config, Sites sites, IndexEditor editor, PassageIndex index) {
        config.routes.post("/api/publish", ctx -> {
            String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
            String token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
            List<Sites.Site> own = sites.sites().stream().filter(s -> s.publishes(token)).toList();
            if (own.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new UnauthorizedResponse("publishing needs the site's token: 'Authorization: Bearer <token>'");
            }
            String url = ReindexRequest.parse(ctx.body(), Json.mapper()).url()
                    .orElseThrow(() -> new BadRequestResponse("send {\"url\": \"<the published page>\"}"));
            Sites.Site publisher = own.stream().filter(s -> s.covers(url)).findFirst().orElseThrow(
                    () -> new ForbiddenResponse("this token publishes pages of " + own.get(0).start() + " only, not " + url));
            if (index.excluded(url)) {
                throw new ConflictResponse("an editor removed " + url + "; it stays out until an editor re-adds it");
            }
            // the site's own municipality (sites file), for a host that belongs to none; a CMS cannot name another
            PageResult result = editor.reindexPage(url, editor.municipalityNamed(publisher.municipality()));
            LOG.info("{} published {}: {} {}", publisher.municipality(), url, result.outcome(), result.detail());
            ctx.json(Map.of("result", result));
        });
    }
}
