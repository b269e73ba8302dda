package se.kommunsvar.ingest.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.PageOrigin;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.PageFormat;
import se.kommunsvar.parse.PageFormatException;
import se.kommunsvar.parse.PageReaders;
import se.kommunsvar.parse.Passages;

/**
 * Rebuilds an index from a corpus folder without the network: the page files at its top (through the
 * {@link FileIngester}) and the crawled pages under {@code crawl/} from their stored bytes and metadata, each read by
 * the {@link PageReaders} reader of its stored Content-Type. Everything is deleted and re-added under the write lock and committed once, so searches see the
 * old index until the new one is complete.
 */
public final class CorpusRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusRebuilder.class);

    private final FileIngester files;
    private final PageReaders readers;
    private final PageKeys keys;
    private final MunicipalityDirectory directory;

    public CorpusRebuilder(FileIngester files, PageReaders readers, MunicipalityDirectory directory) {
        this.files = files;
        this.readers = readers;
        this.keys = new PageKeys(directory);
        this.directory = directory;
    }

    public IngestSummary rebuild(Path corpusDir, PassageIndex index, IndexWrites writes) {
        IngestSummary summary = new IngestSummary();
        writes.run(() -> {
            index.deleteAll();
            files.add(pageFiles(corpusDir, summary), index, summary);
            Corpus corpus = new Corpus(corpusDir);
            for (Path json : corpus.entries()) {
                corpus.read(json).ifPresentOrElse(stored -> add(stored, index, summary), () -> {
                    LOG.warn("skipped {}: its bytes are missing or do not match its hash", json);
                    summary.failed("corpus");
                });
            }
            index.commit();
        });
        return summary;
    }

    private void add(Corpus.Stored stored, PassageIndex index, IngestSummary summary) {
        CorpusEntry e = stored.entry();
        FetchResult r = new FetchResult(e.url(), e.finalUrl(), e.redirects(), e.status(), e.contentType(), e.etag(),
                e.lastModified(), stored.bytes(), e.fetched());
        Optional<PageFormat> format = readers.formatOf(r.mediaType(), stored.bytes());
        if (format.isEmpty()) {
            LOG.warn("skipped {}: no reader for {}", e.finalUrl(), r.mediaType());
            summary.skipped(r.mediaType());
            return;
        }
        try {
            Page page = keys.keyed(readers.read(format.get(), stored.bytes(), r.charset(), e.finalUrl()), e.finalUrl(),
                    directory.byName(e.municipality()));
            var passages = Passages.of(page);
            index.replacePage(page, passages, e.fetched(),
                    new PageOrigin(page.url(), e.finalUrl(), e.sha256(), e.etag(), e.lastModified()));
            summary.added(passages.size());
        } catch (PageFormatException ex) {
            LOG.warn("skipped {}: {}", e.finalUrl(), ex.getMessage());
            if (ex.isKnownSkip()) {
                summary.skipped(ex.kind());
            } else {
                summary.failed(ex.kind());
            }
        }
    }

    /**
     * The page files and folders at the top of the corpus folder, but not the crawled pages' folder; other files
     * there (the corpus's README.md) are skipped, not failed pages.
     */
    private List<Path> pageFiles(Path corpusDir, IngestSummary summary) {
        if (!Files.isDirectory(corpusDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(corpusDir)) {
            List<Path> top = entries.filter(p -> !p.getFileName().toString().equals(Corpus.CRAWL_FOLDER)).sorted().toList();
            List<Path> pages = top.stream().filter(p -> Files.isDirectory(p) || files.isPageFile(p)).toList();
            for (int i = pages.size(); i < top.size(); i++) {
                summary.skipped();
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus " + corpusDir, e);
        }
    }
}
