package se.kommunsvar.answer;

import java.util.List;

/** A question back to the resident ("Vilken kommun gäller det?") with the municipalities to choose from. */
public record Clarification(String question, List<String> choices) {

    public Clarification {
        choices = List.copyOf(choices);
    }
}
