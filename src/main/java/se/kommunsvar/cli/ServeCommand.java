package se.kommunsvar.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.kommunsvar.config.Settings;
import se.kommunsvar.http.HttpApp;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.municipality.MunicipalityDirectory;

@Command(name = "serve", description = "Serve the assistant (builds the index from corpus/ when it is missing or empty).")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    IndexOptions folders;

    @Option(names = "--web", description = "web pages folder (default: ${DEFAULT-VALUE})")
    Path web = Main.DEFAULT_WEB;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port = 7070;

    @Option(names = "--host", description = "address to listen on, e.g. 127.0.0.1 (default: KOMMUNSVAR_HOST, else every interface)")
    String host;

    @Option(names = "--allow-private-hosts", description = "let ingest fetch loopback and private addresses (tests only)")
    boolean allowPrivateHosts;

    @Override
    public Integer call() {
        Settings settings = Settings.of(folders.index, folders.corpus, web, port, allowPrivateHosts, System.getenv());
        if (host != null) {
            settings = settings.withHost(Optional.of(host));
        }
        LOG.info("starting: {}", settings.describe());
        PortCheck.requireFree(settings.port());
        PassageIndex passageIndex = Components.openOrBuild(settings.indexDir(), settings.corpusDir());
        var app = HttpApp.create(settings, Components.answerer(passageIndex), passageIndex, MunicipalityDirectory.standard());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            passageIndex.close();
        }));
        if (settings.host().isPresent()) {
            app.start(settings.host().get(), settings.port());
        } else {
            app.start(settings.port());
        }
        LOG.info("serving {} pages on http://{}:{}", passageIndex.stats().pages(),
                settings.host().orElse("localhost"), app.port());
        return 0;
    }
}
