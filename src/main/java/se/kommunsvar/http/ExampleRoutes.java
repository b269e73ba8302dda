package se.kommunsvar.http;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import java.util.Optional;
import se.kommunsvar.answer.ExampleQuestions;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;

/** {@code GET /api/examples?municipality=X}: questions the loaded pages answer, for the empty chat. */
final class ExampleRoutes {

    private ExampleRoutes() {
    }

    static void register(JavalinConfig config, ExampleQuestions examples, MunicipalityDirectory directory) {
        config.routes.get("/api/examples", ctx -> {
            Optional<String> municipality = Optional.ofNullable(ctx.queryParam("municipality"))
                    .map(String::strip).filter(m -> !m.isEmpty() && m.length() <= 200)
                    .map(m -> directory.byName(m).map(Municipality::name).orElse(m));
            ctx.json(Map.of("examples", examples.examples(municipality)));
        });
    }
}
