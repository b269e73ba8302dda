package se.kommunsvar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSetTest {

    @TempDir
    Path folder;

    @Test
    void a_set_folder_names_its_questions_and_pages() throws IOException {
        Path set = Files.createDirectories(folder.resolve("real-dev-9"));
        Files.writeString(set.resolve("questions.tsv"), "");
        Files.createDirectories(set.resolve("pages"));
        QuestionSet parsed = QuestionSet.parse(set.toString());
        assertEquals("real-dev-9", parsed.name());
        assertEquals(set.resolve("questions.tsv"), parsed.questions());
        assertEquals(Optional.of(set.resolve("pages")), parsed.source());
    }

    @Test
    void questions_with_a_source_after_an_equals_sign_use_that_source() throws IOException {
        Path questions = Files.writeString(folder.resolve("seed.tsv"), "");
        Path corpus = Files.createDirectories(folder.resolve("my=corpus"));
        QuestionSet parsed = QuestionSet.parse(questions + "=" + corpus);
        assertEquals("seed", parsed.name());
        assertEquals(Optional.of(corpus), parsed.source());
    }

    @Test
    void questions_alone_use_the_commands_index() throws IOException {
        Path questions = Files.writeString(folder.resolve("seed.tsv"), "");
        assertTrue(QuestionSet.parse(questions.toString()).source().isEmpty());
    }

    @Test
    void a_missing_file_or_source_is_a_clear_error_naming_it() throws IOException {
        Path questions = Files.writeString(folder.resolve("seed.tsv"), "");
        IllegalArgumentException noFile = assertThrows(IllegalArgumentException.class,
                () -> QuestionSet.parse(folder.resolve("nope.tsv").toString()));
        assertTrue(noFile.getMessage().contains("nope.tsv"), noFile.getMessage());
        IllegalArgumentException noSource = assertThrows(IllegalArgumentException.class,
                () -> QuestionSet.parse(questions + "=" + folder.resolve("missing")));
        assertTrue(noSource.getMessage().contains("missing"), noSource.getMessage());
        IllegalArgumentException noPages = assertThrows(IllegalArgumentException.class,
                () -> QuestionSet.parse(folder.toString()));
        assertTrue(noPages.getMessage().contains("questions.tsv"), noPages.getMessage());
    }
}
