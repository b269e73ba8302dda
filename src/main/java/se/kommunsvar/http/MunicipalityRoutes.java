package se.kommunsvar.http;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import java.util.TreeSet;
import se.kommunsvar.index.PassageIndex;

/** {@code GET /api/municipalities}: the municipalities that have indexed pages, for the pages' filters. */
final class MunicipalityRoutes {

    private MunicipalityRoutes() {
    }

    static void register(JavalinConfig config, PassageIndex index) {
        config.routes.get("/api/municipalities",
                ctx -> ctx.json(Map.of("municipalities", new TreeSet<>(index.municipalities()))));
    }
}
