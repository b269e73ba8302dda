package se.kommunsvar.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.sv.SwedishMinimalStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The one analyzer used at index and query time: standard tokens, lower case, compounds split with a
 * dictionary of municipal word parts, Swedish stop words, a Swedish stemmer, then diacritics folded so
 * that "malen" finds "målen" and "gavle" finds "Gävle".
 */
public final class KommunAnalyzer extends Analyzer {

    /** The stemmers measured for Swedish (see docs/ANALYSIS.md). */
    public enum Stemmer { LIGHT, MINIMAL, SNOWBALL, NONE }

    private static final CharArraySet COMPOUND_PARTS = loadWords("compound-parts.txt");

    private final Stemmer stemmer;

    public KommunAnalyzer() {
        this(Stemmer.LIGHT);
    }

    public KommunAnalyzer(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new DictionaryCompoundWordTokenFilter(stream, COMPOUND_PARTS, 7, 3, 15, true);
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

    static CharArraySet loadWords(String resource) {
        CharArraySet words = new CharArraySet(256, true);
        try (InputStream in = KommunAnalyzer.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return CharArraySet.unmodifiableSet(words);
    }
}
