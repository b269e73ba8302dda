package se.kommunsvar.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.privacy.FeedbackLog;

/**
 * Residents' "Fick du svar på din fråga? Ja / Nej": {@code POST /api/feedback} (public, rate-limited and
 * cross-origin like the chat), and for editors {@code GET /api/admin/feedback} (per page, the "Nej" answers with
 * their questions) and its CSV export {@code GET /api/admin/feedback.csv}.
 */
final class FeedbackRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackRoutes.class);

    private FeedbackRoutes() {
    }

    static void register(JavalinConfig config, AdminAuth auth, FeedbackLog feedback, PassageIndex index,
                         MunicipalityDirectory directory, ObjectMapper mapper) {
        config.routes.post("/api/feedback", ctx -> {
            FeedbackRequest req = FeedbackRequest.parse(ctx.body(), mapper);
            feedback.record(given(req, index, directory));
            ctx.attribute(Metrics.HELPFUL, req.helpful());
            LOG.info("feedback: helpful={} on {}", req.helpful(), req.url().orElse("an answer without a source"));
            ctx.status(201).json(Map.of("recorded", true));
        });
        config.routes.get("/api/admin/feedback", ctx -> {
            auth.require(ctx);
            ctx.json(Map.of("pages", feedback.perPage()));
        });
        config.routes.get("/api/admin/feedback.csv", ctx -> {
            auth.require(ctx);
            csv(ctx, "aterkoppling.csv", feedbackCsv(feedback.perPage()));
        });
    }

    /** The stored verdict: the page's title and municipality come from the index, never from the request. */
    private static FeedbackLog.Given given(FeedbackRequest req, PassageIndex index, MunicipalityDirectory directory) {
        if (req.url().isEmpty()) {
            String municipality = req.municipality()
                    .map(m -> directory.byName(m).map(Municipality::name).orElse("")).orElse("");
            return new FeedbackLog.Given(req.helpful(), req.question(), "", "", municipality);
        }
        IndexedPage page = index.page(req.url().get())
                .orElseThrow(() -> new BadRequestResponse("no indexed page has the address " + req.url().get()));
        return new FeedbackLog.Given(req.helpful(), req.question(), page.url(), page.title(), page.municipality());
    }

    static String feedbackCsv(List<FeedbackLog.PageFeedback> pages) {
        Csv csv = new Csv().row(List.of("Sida", "Titel", "Kommun", "Ja", "Nej", "Fråga som inte fick svar", "Antal",
                "Senast"));
        for (FeedbackLog.PageFeedback p : pages) {
            List<String> page = List.of(p.url(), p.title(), p.municipality(), String.valueOf(p.yes()), String.valueOf(p.no()));
            if (p.questions().isEmpty()) {
                csv.row(concat(page, List.of("", "", "")));
            }
            for (FeedbackLog.Unhelped q : p.questions()) {
                csv.row(concat(page, List.of(q.question(), String.valueOf(q.count()), q.lastSeen().toString())));
            }
        }
        return csv.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Sends CSV as a download; never cached (it holds residents' questions). */
    static void csv(Context ctx, String fileName, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/csv; charset=utf-8").result(body);
    }
}
