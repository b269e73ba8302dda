package se.kommunsvar.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One question set named on the command line, and where its pages are:
 * <ul>
 *   <li>{@code SET_FOLDER} — a folder holding {@code questions.tsv} and {@code pages/} (as {@code shared/eval/real-dev});</li>
 *   <li>{@code QUESTIONS.tsv=SOURCE} — the questions over {@code SOURCE}: an index folder, or page files / a corpus
 *       folder that is built into a temporary index;</li>
 *   <li>{@code QUESTIONS.tsv} — the questions over the command's {@code --index} (built from {@code --corpus}).</li>
 * </ul>
 *
 * @param name     short name printed on the set's line: the set folder's name, or the question file's name
 * @param questions the question file
 * @param source   where its pages are, or empty for the command's own index
 */
public record QuestionSet(String name, Path questions, Optional<Path> source) {

    /** The question file's name inside a set folder. */
    public static final String QUESTIONS_FILE = "questions.tsv";
    /** The pages folder's name inside a set folder. */
    public static final String PAGES_FOLDER = "pages";
    private static final String SEPARATOR = ".tsv=";

    /** Reads one command-line argument; throws {@link IllegalArgumentException} with the argument when it names nothing usable. */
    public static QuestionSet parse(String argument) {
        int at = argument.indexOf(SEPARATOR);
        if (at >= 0) {
            Path questions = Path.of(argument.substring(0, at + SEPARATOR.length() - 1));
            Path source = Path.of(argument.substring(at + SEPARATOR.length()));
            requireFile(questions, argument);
            if (!Files.exists(source)) {
                throw new IllegalArgumentException(argument + ": no such index or pages: " + source);
            }
            return new QuestionSet(nameOf(questions), questions, Optional.of(source));
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            Path questions = path.resolve(QUESTIONS_FILE);
            Path pages = path.resolve(PAGES_FOLDER);
            requireFile(questions, argument);
            if (!Files.isDirectory(pages)) {
                throw new IllegalArgumentException(argument + ": a set folder needs " + PAGES_FOLDER + "/ beside "
                        + QUESTIONS_FILE);
            }
            return new QuestionSet(folderName(path), questions, Optional.of(pages));
        }
        requireFile(path, argument);
        return new QuestionSet(nameOf(path), path, Optional.empty());
    }

    private static void requireFile(Path questions, String argument) {
        if (!Files.isRegularFile(questions)) {
            throw new IllegalArgumentException(argument + ": no question file " + questions);
        }
    }

    /** "real-dev-2" for .../real-dev-2/questions.tsv, "questions" for .../eval/questions.tsv. */
    private static String nameOf(Path questions) {
        String file = questions.getFileName().toString();
        String stem = file.endsWith(".tsv") ? file.substring(0, file.length() - ".tsv".length()) : file;
        Path parent = questions.toAbsolutePath().normalize().getParent();
        boolean inSetFolder = file.equals(QUESTIONS_FILE) && parent != null
                && Files.isDirectory(parent.resolve(PAGES_FOLDER));
        return inSetFolder ? folderName(parent) : stem;
    }

    private static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}
