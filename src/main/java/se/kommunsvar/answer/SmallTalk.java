package se.kommunsvar.answer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Greetings, thanks and goodbyes ("hej", "tack!", "hej då", "god morgon", "hi", "thanks") get a short friendly reply
 * instead of a search: they ask nothing. The phrases are closed-class vocabulary of Swedish and English politeness,
 * matched only as the whole message (punctuation, emoji and case aside), so a question that starts with "hej" is
 * still answered as a question.
 */
public final class SmallTalk {

    private enum Act { GREETING, THANKS, FAREWELL }

    private static final Map<Act, Set<String>> SWEDISH = Map.of(
            Act.GREETING, Set.of("hej", "hejsan", "hallå", "tjena", "tjenare", "hej hej", "god morgon", "god dag",
                    "goddag", "god eftermiddag", "god kväll", "morrn", "hallå där", "hej på dig"),
            Act.THANKS, Set.of("tack", "tack tack", "tack så mycket", "tusen tack", "stort tack", "tackar", "tack ska du ha",
                    "tack för hjälpen", "tack så hemskt mycket", "okej tack", "ok tack", "bra tack"),
            Act.FAREWELL, Set.of("hej då", "hejdå", "adjö", "vi hörs", "ha det bra", "ha en bra dag", "tack hej",
                    "tack och hej", "tack hej då"));
    private static final Map<Act, Set<String>> ENGLISH = Map.of(
            Act.GREETING, Set.of("hi", "hello", "hey", "hi there", "hello there", "good morning", "good afternoon",
                    "good evening"),
            Act.THANKS, Set.of("thanks", "thank you", "thanks a lot", "thank you very much", "many thanks", "cheers",
                    "thanks for your help", "ok thanks"),
            Act.FAREWELL, Set.of("bye", "goodbye", "bye bye", "see you", "have a nice day"));

    private static final Map<Act, String> REPLY_SV = Map.of(
            Act.GREETING, "Hej! Ställ gärna en fråga om kommunen, så svarar jag med vad kommunens webbsidor säger.",
            Act.THANKS, "Varsågod! Fråga gärna igen om du undrar något mer.",
            Act.FAREWELL, "Hej då, välkommen tillbaka!");
    private static final Map<Act, String> REPLY_EN = Map.of(
            Act.GREETING, "Hello! Ask a question about the municipality and I will answer from its web pages.",
            Act.THANKS, "You're welcome! Ask again if there is anything else.",
            Act.FAREWELL, "Goodbye, welcome back!");

    private SmallTalk() {
    }

    /** The reply to a message that is only a greeting, thanks or goodbye; empty for anything else. */
    public static Optional<String> reply(String message) {
        String said = normalised(message);
        for (Act act : Act.values()) {
            if (SWEDISH.get(act).contains(said)) {
                return Optional.of(REPLY_SV.get(act));
            }
            if (ENGLISH.get(act).contains(said)) {
                return Optional.of(REPLY_EN.get(act));
            }
        }
        return Optional.empty();
    }

    /** Lower case, letters and single spaces only: "Tack!! 😊" → "tack". A linear scan, no regex on input. */
    static String normalised(String message) {
        String text = Normalizer.normalize(message, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
