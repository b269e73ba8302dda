package se.kommunsvar.http;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kommunsvar.answer.Answer;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.privacy.UnansweredQuestion;
import se.kommunsvar.privacy.UnansweredQuestions;

/**
 * {@code GET /api/admin/unanswered}: the questions that got no answer, redacted, grouped and counted; and the same
 * list as CSV at {@code GET /api/admin/unanswered.csv}.
 */
final class UnansweredRoutes {

    private UnansweredRoutes() {
    }

    static void register(JavalinConfig config, AdminAuth auth, UnansweredQuestions unanswered) {
        config.routes.get("/api/admin/unanswered", ctx -> {
            auth.require(ctx);
            ctx.json(Map.of("questions", unanswered.list()));
        });
        config.routes.get("/api/admin/unanswered.csv", ctx -> {
            auth.require(ctx);
            FeedbackRoutes.csv(ctx, "obesvarade-fragor.csv", csv(unanswered.list()));
        });
    }

    static String csv(List<UnansweredQuestion> questions) {
        Csv csv = new Csv().row(List.of("Fråga", "Kommun", "Antal", "Först", "Senast"));
        for (UnansweredQuestion q : questions) {
            csv.row(List.of(q.question(), q.municipality(), String.valueOf(q.count()), q.firstSeen().toString(),
                    q.lastSeen().toString()));
        }
        return csv.toString();
    }

    /** Keeps a chat question that got no answer, with the site's municipality or the one it names. */
    static void recordIfUnanswered(UnansweredQuestions unanswered, ChatRequest request, Answer answer,
                                   MunicipalityDirectory directory) {
        if (!answer.abstained()) { // answers, questions back and replies to small talk are not unanswered questions
            return;
        }
        Optional<String> municipality = request.municipality()
                .map(m -> directory.byName(m).map(Municipality::name).orElse(m))
                .or(() -> directory.single(request.message()).map(Municipality::name));
        unanswered.record(request.message(), municipality);
    }
}
