package se.kommunsvar.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * LanguageTool's list of the most common Swedish words ({@code org/languagetool/resource/sv/common_words.txt} in
 * {@code language-sv}, about 10 000 words, most common first; LGPL, see docs/RESOURCES.md): how common a word is,
 * and which common word a form without å, ä and ö stands for.
 */
final class CommonWords {

    private static final String RESOURCE = "/org/languagetool/resource/sv/common_words.txt";
    private static final Map<String, Integer> RANK = new HashMap<>();
    /** Each word's form without marks → the commonest word of that form ("ar" → "är"). */
    private static final Map<String, String> BY_FOLDED = new HashMap<>();

    static {
        try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the class path (org.languagetool:language-sv)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !w.startsWith("#") && !RANK.containsKey(w)) {
                    RANK.put(w, RANK.size());
                    BY_FOLDED.putIfAbsent(fold(w), w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the common Swedish words", e);
        }
    }

    private CommonWords() {
    }

    /** The word's place in the list (0 is the commonest), empty when it is not a common word. */
    static Optional<Integer> rank(String lower) {
        return Optional.ofNullable(RANK.get(lower));
    }

    /** The commonest word that, without its marks, is written {@code folded}. */
    static Optional<String> ofFolded(String folded) {
        return Optional.ofNullable(BY_FOLDED.get(folded));
    }

    /** Lower case without å, ä, ö and é: the letters a resident's keyboard may lack. */
    static String fold(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            out.append(switch (c) {
                case 'å', 'ä' -> 'a';
                case 'ö' -> 'o';
                case 'é' -> 'e';
                default -> c;
            });
        }
        return out.toString();
    }
}
