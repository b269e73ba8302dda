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
import se.kommunsvar.parse.Charsets;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.PageFormatException;
import se.kommunsvar.parse.Passages;
import se.kommunsvar.parse.TextPageParser;

/**
 * Ingests local files: {@code .txt} pages ({@code source:} header, then text) and saved {@code .html} pages
 * (address from the canonical link). Folders are walked in name order. A file that cannot be read is counted
 * as failed and the rest go on; nothing is committed until every file was tried.
 */
public final class FileIngester {

    private static final Logger LOG = LoggerFactory.getLogger(FileIngester.class);

    private final TextPageParser textParser;
    private final HtmlPageParser htmlParser;

    public FileIngester(TextPageParser textParser, HtmlPageParser htmlParser) {
        this.textParser = textParser;
        this.htmlParser = htmlParser;
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
        long size = Files.size(file);
        if (size > Charsets.MAX_BYTES) {
            throw new PageFormatException("the page is " + size + " bytes, over the limit of " + Charsets.MAX_BYTES);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (isHtml(file)) {
            return htmlParser.parse(bytes, "", file.toUri().toString());
        }
        return textParser.parse(Charsets.decode(bytes, ""));
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
            summary.failed("format");
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", file, e.getMessage());
            summary.failed("io");
        }
    }

    private static List<Path> pageFiles(List<Path> paths, IngestSummary summary) {
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

    /** Whether a file in a pages folder is a page (not a README or other notes beside the pages). */
    public static boolean isPageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") && !name.equals("readme.txt") || isHtml(file);
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
