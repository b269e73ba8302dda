package se.kommunsvar.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * Writes a national-scale corpus of invented municipal pages to disk, one page at a time: page {@code i} belongs
 * to kommun {@code i mod 290} and is that kommun's page number {@code i / 290}. Writes {@code pages/<domain>/...html}
 * (ingestible with {@code ingest}) and {@code questions.tsv}, the question mix for the load generator.
 */
public final class CorpusGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusGenerator.class);

    private final long seed;
    private final List<Facts> facts;

    public CorpusGenerator(long seed, MunicipalityDirectory directory) {
        this.seed = seed;
        List<Municipality> kommuner = directory.all().stream().filter(Municipality::isKommun).toList();
        this.facts = java.util.stream.IntStream.range(0, kommuner.size())
                .mapToObj(i -> Facts.of(seed, kommuner.get(i), i)).toList();
    }

    /** The summary of one run. */
    public record Summary(int pages, int questions, long bytes) {
    }

    /** Writes {@code pages} pages and their questions under the folder (which should be empty). */
    public Summary generate(int pages, Path out) {
        Path pageDir = out.resolve("pages");
        long bytes = 0;
        int questions = 0;
        try {
            Files.createDirectories(pageDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + pageDir + ": " + e.getMessage(), e);
        }
        try (BufferedWriter tsv = Files.newBufferedWriter(out.resolve("questions.tsv"), StandardCharsets.UTF_8)) {
            tsv.write("# municipality\tquestion\texpected ('-' = must abstain)\turl\n");
            for (int i = 0; i < pages; i++) {
                GeneratedPage page = page(i);
                Path file = pageDir.resolve(page.file());
                Files.createDirectories(file.getParent());
                byte[] html = page.html().getBytes(StandardCharsets.UTF_8);
                Files.write(file, html);
                bytes += html.length;
                for (BenchQuestion q : page.questions()) {
                    tsv.write(q.toTsv());
                    tsv.write('\n');
                    questions++;
                }
                if ((i + 1) % 10_000 == 0) {
                    LOG.info("generated {} of {} pages", i + 1, pages);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus under " + out + ": " + e.getMessage(), e);
        }
        return new Summary(pages, questions, bytes);
    }

    /** Page number {@code i} of the corpus. */
    GeneratedPage page(int i) {
        Facts f = facts.get(i % facts.size());
        return PageTemplates.page(seed, f, i / facts.size());
    }

    int municipalities() {
        return facts.size();
    }
}
