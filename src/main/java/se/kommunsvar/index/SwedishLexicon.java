package se.kommunsvar.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.DictEntries;
import org.apache.lucene.analysis.hunspell.DictEntry;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Swedish hunspell dictionary "Den stora svenska ordlistan" (sv_SE, LGPL-3, Göran Andersson), as LanguageTool's
 * {@code language-sv} jar on Maven Central ships it, read with Lucene's hunspell. It knows which words may begin,
 * stand in the middle of, or end a compound, and the joining forms Swedish builds ("befolkning" → "befolknings",
 * "förskola" → "förskole"); {@link #split} uses exactly that to decompose a compound into its parts. See
 * docs/RESOURCES.md for the licence and docs/ANALYSIS.md for the measurements.
 */
final class SwedishLexicon {

    private static final String AFF = "/org/languagetool/resource/sv/hunspell/sv_SE.aff";
    private static final String DIC = "/org/languagetool/resource/sv/hunspell/sv_SE.dic";
    /** Shortest part: two-letter "parts" (ö, å, ek) cut nonsense out of ordinary words. */
    static final int MIN_PART = 3;
    /** Shortest word tried as a compound: two parts of three letters and a joining letter. */
    static final int MIN_COMPOUND = 7;

    private final Dictionary dictionary;
    private final ThreadLocal<Hunspell> hunspell;
    private final AffixRules rules;

    private SwedishLexicon(Dictionary dictionary, AffixRules rules) {
        this.dictionary = dictionary;
        this.rules = rules;
        this.hunspell = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
    }

    static SwedishLexicon standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final SwedishLexicon INSTANCE = load();
    }

    private static SwedishLexicon load() {
        try {
            byte[] aff = read(AFF);
            try (InputStream dic = resource(DIC)) {
                Dictionary d = new Dictionary(new ByteBuffersDirectory(), "sv_SE", new ByteArrayInputStream(aff),
                        List.of(dic), false);
                return new SwedishLexicon(d, AffixRules.parse(new String(aff, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Swedish hunspell dictionary", e);
        } catch (ParseException e) {
            throw new IllegalStateException("cannot parse the Swedish hunspell dictionary", e);
        }
    }

    /**
     * The parts of a compound, in order: each part as its dictionary base form ("befolknings" → "befolkning",
     * "målet" → "mål"), as the earlier hand-kept part list also gave them. Empty when the word is not a compound of dictionary words
     * that the dictionary allows in those places. The first part is taken as long as possible, so a compound is
     * cut into the fewest, most meaningful parts ("samhällsplanering|s|nämnden", not "sam|häll|s|…").
     */
    List<String> split(String word) {
        if (word.length() < MIN_COMPOUND) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        return split(word, 0, parts) && parts.size() > 1 ? List.copyOf(parts) : List.of();
    }

    private boolean split(String word, int from, List<String> parts) {
        if (from > 0 && word.length() - from >= MIN_PART) {
            Optional<String> last = endingLemma(word.substring(from));
            if (last.isPresent()) {
                parts.add(last.get());
                return true;
            }
        }
        for (int end = word.length() - MIN_PART; end - from >= MIN_PART; end--) {
            Optional<String> base = joiningForm(word.substring(from, end), from == 0);
            if (base.isPresent()) {
                parts.add(base.get());
                if (split(word, end, parts)) {
                    return true;
                }
                parts.remove(parts.size() - 1);
            }
        }
        return false;
    }

    /** The base form when the word is a form of a dictionary word that may end a compound ("skatten" → "skatt"). */
    Optional<String> endingLemma(String form) {
        for (AffixedWord w : hunspell.get().analyzeSimpleWord(form)) {
            if (w.getDictEntry().getFlags().indexOf(rules.end()) >= 0) {
                return Optional.of(w.getDictEntry().getStem());
            }
        }
        return Optional.empty();
    }

    /** The base form when {@code form} may stand first (or in the middle) of a compound, as written. */
    Optional<String> joiningForm(String form, boolean first) {
        String flags = first ? String.valueOf(rules.begin()) : "" + rules.begin() + rules.middle();
        if (hasFlag(form, flags)) {
            return Optional.of(form);
        }
        for (AffixRules.Rule r : rules.joining()) {
            if (!form.endsWith(r.add()) || !r.forms(flags)) {
                continue;
            }
            String stem = form.substring(0, form.length() - r.add().length()) + r.strip();
            if (r.condition().matcher(stem).find() && hasFlag(stem, String.valueOf(r.flag()))) {
                return Optional.of(stem);
            }
        }
        return Optional.empty();
    }

    /** Whether the dictionary knows the word form, also as a compound it allows ("kärnvärden"). */
    boolean knows(String form) {
        return hunspell.get().spell(form);
    }

    /** The dictionary base forms (lemmas) of a word form, empty when the dictionary does not know it. */
    List<String> lemmas(String form) {
        return hunspell.get().getRoots(form);
    }

    private boolean hasFlag(String stem, String anyOf) {
        DictEntries entries = dictionary.lookupEntries(stem);
        if (entries == null) {
            return false;
        }
        for (DictEntry e : entries) {
            String flags = e.getFlags();
            for (int i = 0; i < anyOf.length(); i++) {
                if (flags.indexOf(anyOf.charAt(i)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The compound flags of the .aff file and its suffix rules that build a joining form (those whose result
     * carries the compound-begin or compound-middle flag, e.g. {@code SFX v 0 s/WXZ [^a]}: "befolkning" →
     * "befolknings" may begin a compound).
     */
    record AffixRules(char begin, char middle, char end, List<Rule> joining) {

        record Rule(char flag, String strip, String add, String continuation, Pattern condition) {
            boolean forms(String compoundFlags) {
                for (int i = 0; i < compoundFlags.length(); i++) {
                    if (continuation.indexOf(compoundFlags.charAt(i)) >= 0) {
                        return true;
                    }
                }
                return false;
            }
        }

        static AffixRules parse(String aff) {
            char begin = 0;
            char middle = 0;
            char end = 0;
            List<String[]> suffixes = new ArrayList<>();
            for (String line : aff.split("\n")) {
                String[] f = line.strip().split("\\s+");
                switch (f[0]) {
                    case "COMPOUNDBEGIN" -> begin = f[1].charAt(0);
                    case "COMPOUNDMIDDLE" -> middle = f[1].charAt(0);
                    case "COMPOUNDEND" -> end = f[1].charAt(0);
                    case "SFX" -> {
                        if (f.length >= 5) {
                            suffixes.add(f);
                        }
                    }
                    default -> { }
                }
            }
            if (begin == 0 || end == 0) {
                throw new IllegalStateException("the .aff file names no COMPOUNDBEGIN/COMPOUNDEND flag");
            }
            List<Rule> joining = new ArrayList<>();
            for (String[] f : suffixes) {
                int slash = f[3].indexOf('/');
                String continuation = slash < 0 ? "" : f[3].substring(slash + 1);
                String add = slash < 0 ? f[3] : f[3].substring(0, slash);
                Rule r = new Rule(f[1].charAt(0), f[2].equals("0") ? "" : f[2], add.equals("0") ? "" : add,
                        continuation, Pattern.compile((f[4].equals(".") ? "" : f[4]) + "$"));
                if (r.forms("" + begin + middle)) {
                    joining.add(r);
                }
            }
            return new AffixRules(begin, middle == 0 ? begin : middle, end, List.copyOf(joining));
        }
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SwedishLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (org.languagetool:language-sv)");
        }
        return in;
    }
}
