package se.kommunsvar.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a question set: {@code id, conversation, municipality, question, expected, url}, tab-separated.
 * {@code expected} holds alternatives separated by " | ", or "-" when the pages do not answer.
 */
public record EvalQuestion(String id, String conversation, String municipality, String question,
                           List<String> expected, String url) {

    public boolean expectsAbstention() {
        return expected.size() == 1 && expected.get(0).equals("-");
    }

    public static List<EvalQuestion> read(Path file) throws IOException {
        List<EvalQuestion> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new IOException(file + ":" + lineNo + ": expected 6 tab-separated columns, found " + f.length);
            }
            List<String> expected = List.of(f[4].split(" \\| ")).stream().map(String::strip).toList();
            out.add(new EvalQuestion(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), expected,
                    f.length > 5 ? f[5].strip() : ""));
        }
        return out;
    }
}
