package se.kommunsvar.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The CMS boilerplate of Swedish municipal pages, read from {@code boilerplate.txt}: lines to drop,
 * paragraphs to drop, and link decorations to cut out of the text.
 */
public final class Boilerplate {

    private static final Boilerplate STANDARD = load();

    private final List<Pattern> lines;
    private final List<Pattern> blocks;
    private final List<Pattern> inline;

    private Boilerplate(List<Pattern> lines, List<Pattern> blocks, List<Pattern> inline) {
        this.lines = List.copyOf(lines);
        this.blocks = List.copyOf(blocks);
        this.inline = List.copyOf(inline);
    }

    public static Boilerplate standard() {
        return STANDARD;
    }

    /** True when the whole line is boilerplate ("Fortsätt till huvudinnehållet", "Dela denna sidan", a breadcrumb). */
    public boolean isBoilerplateLine(String line) {
        String folded = Text.fold(line);
        if (folded.isEmpty()) {
            return true;
        }
        for (Pattern p : lines) {
            if (p.matcher(folded).matches()) {
                return true;
            }
        }
        return SwedishDates.isDateLine(folded);
    }

    /** True when a paragraph is a boilerplate blurb (GDPR notice, feedback-form help, cookie banner). */
    public boolean isBoilerplateBlock(String paragraph) {
        String folded = Text.fold(paragraph);
        for (Pattern p : blocks) {
            if (p.matcher(folded).find()) {
                return true;
            }
        }
        return false;
    }

    /** The text with link decorations such as "länk till annan webbplats" cut out. */
    public String clean(String text) {
        String out = text;
        for (Pattern p : inline) {
            out = p.matcher(out).replaceAll("");
        }
        return Text.fold(out);
    }

    private static Boilerplate load() {
        List<Pattern> lines = new ArrayList<>();
        List<Pattern> blocks = new ArrayList<>();
        List<Pattern> inline = new ArrayList<>();
        List<Pattern> current = lines;
        try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                switch (line.strip()) {
                    case "[line]" -> current = lines;
                    case "[block]" -> current = blocks;
                    case "[inline]" -> current = inline;
                    default -> current.add(Pattern.compile(line.strip(),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read boilerplate.txt", e);
        }
        return new Boilerplate(lines, blocks, inline);
    }
}
