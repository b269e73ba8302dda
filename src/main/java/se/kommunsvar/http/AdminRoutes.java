package se.kommunsvar.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Optional;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;

/** The editors' API under {@code /api/admin/}: every route requires the admin token ({@link AdminAuth}). */
final class AdminRoutes {

    private AdminRoutes() {
    }

    static void register(JavalinConfig config, AdminAuth auth, PassageIndex index, MunicipalityDirectory directory) {
        config.routes.before("/api/admin/*", auth::require);
        config.routes.before("/api/admin", auth::require);
        config.routes.get("/api/admin/pages", ctx -> {
            Optional<String> municipality = Optional.ofNullable(ctx.queryParam("municipality"))
                    .filter(m -> !m.isBlank())
                    .map(m -> directory.byName(m).map(Municipality::name).orElse(m));
            ctx.json(Map.of("pages", index.pages(municipality)));
        });
        config.routes.delete("/api/admin/pages", ctx -> {
            String url = Optional.ofNullable(ctx.queryParam("url")).map(String::strip).orElse("");
            if (url.isEmpty()) {
                throw new BadRequestResponse("the query parameter \"url\" is missing");
            }
            if (index.page(url).isEmpty()) {
                throw new NotFoundResponse("no indexed page has the address " + url);
            }
            index.deletePage(url);
            index.commit();
            ctx.json(Map.of("removed", url));
        });
    }
}
