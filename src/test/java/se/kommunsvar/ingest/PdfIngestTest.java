package se.kommunsvar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.answer.Answer;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Citation;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.PageReaders;
import se.kommunsvar.parse.Passage;
import se.kommunsvar.parse.pdf.PdfPageReader;
import se.kommunsvar.parse.pdf.PlanPdfs;

/**
 * A folder of PDFs ingested from disk into a real index: the plan is read and answers with its page; an encrypted, a
 * scanned and a cut-off PDF are skipped, each counted under its reason, and leave nothing in the index.
 */
class PdfIngestTest {

    private static final MunicipalityDirectory DIRECTORY = MunicipalityDirectory.standard();

    @TempDir
    Path dir;

    private Path folder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("dokument"));
        Files.write(folder.resolve("plan.pdf"), PlanPdfs.budget());
        Files.write(folder.resolve("last.pdf"), PlanPdfs.encrypted());
        Files.write(folder.resolve("skannad.PDF"), PlanPdfs.scanned());
        Files.write(folder.resolve("trasig.pdf"), PlanPdfs.truncated());
        return folder;
    }

    @Test
    void a_folder_of_pdfs_indexes_the_readable_plan_and_counts_each_skipped_one_with_its_reason() throws IOException {
        Path folder = folder();
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"))) {
            IngestSummary summary = new FileIngester(PageReaders.standard(DIRECTORY)).ingest(List.of(folder), index);

            assertEquals(1, summary.addedCount(), summary.toString());
            assertEquals(0, summary.failedCount(), summary.toString());
            assertEquals(Map.of(PdfPageReader.ENCRYPTED, 1, PdfPageReader.NO_TEXT, 1, PdfPageReader.BROKEN, 1),
                    summary.skips(), summary.toString());
            assertTrue(summary.toString().contains("pdf encrypted 1"), summary.toString());
            assertEquals(1, index.stats().pages(), "nothing of the skipped files is in the index");

            String plan = folder.resolve("plan.pdf").toUri().toString();
            List<Passage> passages = index.passagesOf(plan);
            assertTrue(passages.stream().anyMatch(p -> p.page() == 4 && p.text().contains("Skattesats 2024: 22,09")),
                    passages.toString());
        }
    }

    @Test
    void a_question_over_the_plan_is_answered_from_its_budget_table_and_cites_the_page() throws IOException {
        Path folder = folder();
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"))) {
            new FileIngester(PageReaders.standard(DIRECTORY)).ingest(List.of(folder), index);
            Answerer answerer = new Answerer(index, DIRECTORY, Conversations.standard());

            Answer a = answerer.answer("Vad är skattesatsen 2024 enligt budgeten?", Optional.empty(), Optional.empty());

            assertTrue(a.answered(), a.answer());
            assertTrue(a.answer().contains("22,09"), a.answer());
            assertTrue(a.answer().contains("s. 4"), a.answer());
            Citation c = a.citations().get(0);
            assertEquals(4, c.page());
            assertEquals("s. 4", c.pageLabel());
            assertTrue(c.link().endsWith("/plan.pdf#page=4"), c.link());
            assertEquals("2023-11-27", c.updated(), "the decision date of the plan");
        }
    }
}
