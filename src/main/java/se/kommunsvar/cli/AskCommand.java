package se.kommunsvar.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.kommunsvar.answer.Answer;
import se.kommunsvar.answer.Citation;
import se.kommunsvar.index.PassageIndex;

@Command(name = "ask", description = "Ask one question and print the cited answer.")
final class AskCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUESTION")
    String question;

    @Option(names = "--municipality", description = "the municipality whose site the question is asked on")
    String municipality;

    @Mixin
    IndexOptions folders;

    @Override
    public Integer call() {
        try (PassageIndex passageIndex = folders.openForReading()) {
            Answer a = Components.answerer(passageIndex).answer(question, Optional.ofNullable(municipality), Optional.empty());
            System.out.println(a.answer());
            for (Citation c : a.citations()) {
                System.out.println("  källa: " + c.title() + (c.page() > 0 ? ", " + c.pageLabel() : "") + " — " + c.link()
                        + (c.updated().isEmpty() ? "" : " (uppdaterad " + c.updated() + ")"));
            }
            a.related().forEach(r -> System.out.println("  sida som kan handla om detta: " + r.title() + " — " + r.url()));
            return 0;
        }
    }
}
