package se.kommunsvar.bench;

import java.util.List;

/** A generated page: its address, where it goes under the output folder, its HTML and the questions it answers. */
record GeneratedPage(String url, String file, String html, List<BenchQuestion> questions) {

    GeneratedPage {
        questions = List.copyOf(questions);
    }
}
