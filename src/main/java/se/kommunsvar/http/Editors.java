package se.kommunsvar.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kommunsvar.config.Settings;
import se.kommunsvar.config.Sites;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.crawl.CrawlSchedule;
import se.kommunsvar.ingest.crawl.CrawlSettings;
import se.kommunsvar.ingest.crawl.IndexEditor;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.privacy.FeedbackLog;
import se.kommunsvar.privacy.UnansweredQuestions;
import se.kommunsvar.store.CrawlHistory;
import se.kommunsvar.store.PageDecisions;
import se.kommunsvar.store.Store;

/**
 * Everything the editors' side of the server keeps and runs, set up in one place for {@link HttpApp}: the store
 * in the data folder, the unanswered questions and feedback in it, the editors' decisions (applied to the index at
 * once and on every write), the crawl history, the sites file with its schedule and publish hook, and their routes.
 */
final class Editors implements AutoCloseable {

    private final Settings settings;
    private final PassageIndex index;
    private final MunicipalityDirectory directory;
    private final Store store;
    private final IndexEditor editor;
    private final UnansweredQuestions unanswered;
    private final PageDecisions decisions;
    private final CrawlHistory history;
    private final Sites sites;
    private final CrawlSchedule schedule;

    private Editors(Settings settings, PassageIndex index, MunicipalityDirectory directory, CrawlSettings crawl,
                    Map<String, String> env) {
        this.settings = settings;
        this.index = index;
        this.directory = directory;
        java.nio.file.Path data = Store.folderFor(settings.indexDir(), env);
        this.sites = Sites.read(Sites.fileFor(data, env));
        this.store = Store.open(data);
        this.unanswered = new UnansweredQuestions(settings.unansweredRetention(), settings.unansweredMaxEntries(),
                Clock.systemUTC(), store);
        this.decisions = new PageDecisions(store, Clock.systemUTC());
        this.history = new CrawlHistory(store);
        index.rules(decisions);
        this.editor = new IndexEditor(crawl, index, directory, settings.corpusDir());
        EditorRoutes.applyDecisions(index, editor, decisions);
        this.schedule = new CrawlSchedule(sites, editor, Clock.systemUTC(), lastCrawled(history));
    }

    /** Opens the store and applies the editors' decisions; the data folder and sites file come from {@code env}. */
    static Editors open(Settings settings, PassageIndex index, MunicipalityDirectory directory, CrawlSettings crawl,
                        Map<String, String> env) {
        return new Editors(settings, index, directory, crawl, env);
    }

    IndexEditor indexEditor() {
        return editor;
    }

    UnansweredQuestions unanswered() {
        return unanswered;
    }

    /** The configured origins and those the sites file allows to embed the widget. */
    List<String> allowedOrigins() {
        List<String> out = new ArrayList<>(settings.allowedOrigins());
        sites.origins().stream().filter(o -> !out.contains(o)).forEach(out::add);
        return out;
    }

    /** Registers the editors' and residents' feedback routes, starts the schedule and closes all when the server stops. */
    void register(JavalinConfig config, AdminAuth auth, ObjectMapper mapper) {
        UnansweredRoutes.register(config, auth, unanswered);
        EditorRoutes.register(config, index, directory, editor, decisions, history, mapper);
        FeedbackRoutes.register(config, auth, new FeedbackLog(settings.unansweredRetention(), Clock.systemUTC(), store),
                index, directory, mapper);
        PublishRoutes.register(config, sites, editor, index);
        config.routes.get("/api/admin/sites", ctx -> ctx.json(Map.of("sites", sites.sites().stream().map(this::siteJson).toList())));
        config.events.serverStarted(schedule::start);
        config.events.serverStopped(this::close);
    }

    /** A site as editors see it: never its token's hash, only whether it has a publish hook. */
    private Map<String, Object> siteJson(Sites.Site site) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("municipality", site.municipality());
        out.put("start", site.start());
        out.put("everyHours", site.every().map(d -> d.toMinutes() / 60.0).orElse(null));
        out.put("origins", site.origins());
        out.put("publishHook", !site.publishTokenSha256().isEmpty());
        return out;
    }

    private static Map<String, Instant> lastCrawled(CrawlHistory history) {
        Map<String, Instant> out = new HashMap<>();
        for (CrawlHistory.Entry e : history.list()) {
            out.merge(e.site(), e.started(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return out;
    }

    @Override
    public void close() {
        schedule.close();
        editor.close();
        store.close();
    }
}
