package se.kommunsvar.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.sv.SwedishMinimalStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The one analyzer used at index and query time: standard tokens, lower case, old spellings mapped to today's
 * ("innevånare" → "invånare"), compounds split into their parts when the whole word decomposes into words of
 * a dictionary of municipal word parts, Swedish stop words, a Swedish stemmer, then diacritics folded so that
 * "malen" finds "målen" and "gavle" finds "Gävle".
 */
public final class KommunAnalyzer extends Analyzer {

    /** The stemmers measured for Swedish (see docs/ANALYSIS.md). */
    public enum Stemmer { LIGHT, MINIMAL, SNOWBALL, NONE }

    /**
     * Where compound parts come from: the hand-kept list of municipal word parts, or the Swedish hunspell
     * dictionary ({@link SwedishLexicon}). The list stays the default until the lexicon's extra recall stops
     * costing wrong answers (measured on all four sets in docs/ANALYSIS.md, 2026-12-06).
     */
    public enum Compounds { MUNICIPAL_PARTS, LEXICON }

    private static final CharArraySet COMPOUND_PARTS = loadWords("compound-parts.txt");
    private static final CharArrayMap<String> SPELLINGS = loadSpellings("spelling-variants.txt");
    /** Endings a compound's last part may carry: "skatt|en", "mål|et", "styrelse|ns", "väg|nät|et". */
    private static final List<String> ENDINGS = List.of("", "n", "t", "s", "r", "en", "et", "er", "ar", "or", "na", "ns",
            "ts", "es", "ne", "ens", "ets", "ers", "ars", "ors", "nas", "ernas", "arnas", "ornas", "erna", "arna", "orna",
            "ena", "rna", "ande", "ade", "ad", "at", "ade");
    /** Letters that join parts: "befolkning|s|mål", "skatt|e|sats"; "skol|a" drops its vowel in "skolgård". */
    private static final List<String> LINKS = List.of("", "s", "e");
    private static final int MIN_COMPOUND = 7;
    private static final int MIN_PART = 3;

    private final Stemmer stemmer;
    private final Compounds compounds;

    public KommunAnalyzer() {
        this(Stemmer.LIGHT);
    }

    public KommunAnalyzer(Stemmer stemmer) {
        this(stemmer, defaultCompounds());
    }

    public KommunAnalyzer(Stemmer stemmer, Compounds compounds) {
        this.stemmer = stemmer;
        this.compounds = compounds;
    }

    /** The measured default, or the one named by the system property {@code kommunsvar.compounds} (for measuring). */
    private static Compounds defaultCompounds() {
        return Compounds.valueOf(System.getProperty("kommunsvar.compounds", Compounds.MUNICIPAL_PARTS.name()));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new SpellingFilter(stream);
        stream = compounds == Compounds.LEXICON ? new LexiconSplitter(stream) : new CompoundSplitter(stream);
        stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
        stream = switch (stemmer) {
            case LIGHT -> new SwedishLightStemFilter(stream);
            case MINIMAL -> new SwedishMinimalStemFilter(stream);
            case SNOWBALL -> new SnowballFilter(stream, new SwedishStemmer());
            case NONE -> stream;
        };
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The base forms (lemmas) the Swedish dictionary gives for a word form, empty when it does not know it. */
    public static List<String> lemmas(String word) {
        return SwedishLexicon.standard().lemmas(word);
    }

    /** The terms this analyzer produces for the text, in order (compound parts follow their compound). */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis failed", e);
        }
        return out;
    }

    /**
     * Splits a compound only when the whole word decomposes into dictionary parts (with joining letters and an
     * ending on the last part), so "kommunalskatten" gives "kommunal", "skatt" but "samhällsplaneringsnämnden"
     * does not give a stray "plan", nor "kommungemensamma" a stray "kommun". The parts follow the compound at
     * the same position.
     */
    private static final class CompoundSplitter extends CompoundWordTokenFilterBase {

        CompoundSplitter(TokenStream input) {
            super(input, COMPOUND_PARTS, MIN_COMPOUND, MIN_PART, 30, true);
        }

        @Override
        protected void decompose() {
            String word = termAtt.toString();
            List<int[]> parts = new ArrayList<>();
            if (split(word, 0, parts) && parts.size() > 1) {
                for (int[] part : parts) {
                    tokens.add(new CompoundToken(part[0], part[1]));
                }
            }
        }

        /** Parts of word[from..] as (offset, length), longest first; true when the rest decomposes fully. */
        private static boolean split(String word, int from, List<int[]> parts) {
            for (int end = word.length(); end - from >= MIN_PART; end--) {
                if (!isPart(word, from, end)) {
                    continue;
                }
                parts.add(new int[] {from, end - from});
                if (ENDINGS.contains(word.substring(end)) && !parts.isEmpty()) {
                    return true;
                }
                for (String link : LINKS) {
                    if (word.startsWith(link, end) && split(word, end + link.length(), parts)) {
                        return true;
                    }
                }
                parts.remove(parts.size() - 1);
            }
            return false;
        }

        /** A dictionary word, or one whose final "a" or "e" is dropped, or "a" turned into "e" ("skol", "samhäll", "förskole"). */
        private static boolean isPart(String word, int from, int end) {
            String part = word.substring(from, end);
            return COMPOUND_PARTS.contains(part) || COMPOUND_PARTS.contains(part + "a") || COMPOUND_PARTS.contains(part + "e")
                    || part.endsWith("e") && COMPOUND_PARTS.contains(part.substring(0, part.length() - 1) + "a");
        }
    }

    /**
     * Splits a compound only when the whole word decomposes into words of the Swedish dictionary in the places
     * the dictionary allows them ({@link SwedishLexicon#split}), so "kommunalskatten" gives "kommunal", "skatten"
     * but "verksamhet" does not give a stray "het" (the dictionary does not let "het" end a compound). The parts
     * follow the compound at the same position.
     */
    private static final class LexiconSplitter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final Deque<String> parts = new ArrayDeque<>();
        private State compound;

        LexiconSplitter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!parts.isEmpty()) {
                restoreState(compound);
                term.setEmpty().append(parts.removeFirst());
                position.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            List<String> split = SwedishLexicon.standard().split(term.toString());
            if (!split.isEmpty()) {
                parts.addAll(split);
                compound = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            parts.clear();
            compound = null;
        }
    }

    /** Replaces old or variant spellings by the one the index uses ("innevånare" → "invånare"). */
    private static final class SpellingFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        SpellingFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String replacement = SPELLINGS.get(term.buffer(), 0, term.length());
            if (replacement != null) {
                term.setEmpty().append(replacement);
            }
            return true;
        }
    }

    static CharArrayMap<String> loadSpellings(String resource) {
        CharArrayMap<String> map = new CharArrayMap<>(64, true);
        for (String line : lines(resource)) {
            String[] parts = line.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalStateException(resource + ": expected 'variant = spelling', found: " + line);
            }
            map.put(parts[0].strip(), parts[1].strip());
        }
        return CharArrayMap.unmodifiableMap(map);
    }

    static CharArraySet loadWords(String resource) {
        CharArraySet words = new CharArraySet(256, true);
        lines(resource).forEach(words::add);
        return CharArraySet.unmodifiableSet(words);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        CharArraySet words = new CharArraySet(256, true);
        try (InputStream in = KommunAnalyzer.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return out;
    }
}
