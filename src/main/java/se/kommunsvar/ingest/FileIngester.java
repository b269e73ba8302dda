package se.kommunsvar.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.PageFormat;
import se.kommunsvar.parse.PageFormatException;
import se.kommunsvar.parse.PageReaders;
import se.kommunsvar.parse.Passages;
import se.kommunsvar.parse.TextPageParser;

/**
 * Ingests local files of every format the {@link PageReaders} read, chosen by the file's name: {@code .txt} pages
 * ({@code source:} header, then text) and saved {@code .html} pages (address from the canonical link). Folders are
 * walked in name order. A file that cannot be read is counted
 * as failed and the rest go on; nothing is committed until every file was tried.
 */
public final class FileIngester {

    private static final Logger LOG = LoggerFactory.getLogger(FileIngester.class);

    private final PageReaders readers;

    public FileIngester(PageReaders readers) {
        this.readers = readers;
    }

    /** Reads text and HTML pages with the given parsers, other formats with the standard directory. */
    public FileIngester(TextPageParser text, HtmlPageParser html) {
        this(PageReaders.of(text, html, MunicipalityDirectory.standard()));
    }

    /** Parses and indexes every page file under the paths, then commits once. */
    public IngestSummary ingest(List<Path> paths, PassageIndex index) {
        IngestSummary summary = new IngestSummary();
        add(paths, index, summary);
        index.commit();
        return summary;
    }

    /** Parses and indexes every page file under the paths without committing (a rebuild commits once at its end). */
    public void add(List<Path> paths, PassageIndex index, IngestSummary summary) {
        for (Path file : pageFiles(paths, summary)) {
            ingestFile(file, index, summary);
        }
    }

    /** Parses one file into a page, or explains why it cannot. */
    public Page parse(Path file) throws IOException {
        String name = file.getFileName().toString();
        PageFormat format = readers.formatOfFile(name).orElseGet(() -> textOrUnknown(name));
        long size = Files.size(file);
        if (size > format.maxBytes()) {
            throw new PageFormatException("the page is " + size + " bytes, over the limit of " + format.maxBytes());
        }
        return readers.read(format, Files.readAllBytes(file), "", file.toUri().toString());
    }

    /** A file named on the command line is read as a text page unless its name says another format we cannot read. */
    private static PageFormat textOrUnknown(String name) {
        PageFormat.ofFileName(name).ifPresent(f -> {
            throw new PageFormatException(f + " files are not read");
        });
        return PageFormat.TEXT;
    }

    private void ingestFile(Path file, PassageIndex index, IngestSummary summary) {
        try {
            Page page = parse(file);
            var passages = Passages.of(page);
            boolean existed = index.page(page.url()).isPresent();
            index.replacePage(page, passages, Instant.now());
            if (existed) {
                summary.changed(passages.size());
            } else {
                summary.added(passages.size());
            }
        } catch (PageFormatException e) {
            LOG.warn("skipped {}: {}", file, e.getMessage());
            if (e.isKnownSkip()) {
                summary.skipped(e.kind());
            } else {
                summary.failed(e.kind());
            }
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", file, e.getMessage());
            summary.failed("io");
        }
    }

    private List<Path> pageFiles(List<Path> paths, IngestSummary summary) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(f -> {
                        if (isPageFile(f)) {
                            files.add(f);
                        } else {
                            summary.skipped();
                        }
                    });
                } catch (IOException e) {
                    LOG.warn("cannot list {}: {}", path, e.getMessage());
                    summary.failed("io");
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                LOG.warn("no such file or folder: {}", path);
                summary.failed("missing");
            }
        }
        return files;
    }

    /** A file in a folder is a page when we read its format; a folder's README is about the folder. */
    public boolean isPageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return readers.formatOfFile(name).isPresent() && !name.equals("readme.txt");
    }
}
