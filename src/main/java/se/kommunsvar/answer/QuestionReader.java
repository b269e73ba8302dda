package se.kommunsvar.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kommunsvar.index.Diacritics;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.municipality.MunicipalityDirectory.Mention;

/** Reads a resident's question: which municipality, what kind of answer, which words carry the subject. */
public final class QuestionReader {

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern ROLE = Pattern.compile(
            "ordf[oö]rande|kommun(?:al)?r[aå]d|oppositionsr[aå]d|kommundirekt[oö]r|kommunchef|\\bkso\\b|ks-ordf|"
                    + "\\w+chef\\b|ledare\\b|\\bleder\\b(?![^?]*\\btill\\b)", Pattern.UNICODE_CASE);
    private static final Pattern PARTIES = Pattern.compile(
            "\\bpartier|\\bparti\\b|\\bstyr\\b|\\bstyra\\b|\\bstyret\\b|\\bstyre\\b|\\bmakten|majoritet|koalition|regerar",
            Pattern.UNICODE_CASE);
    private static final Pattern CONTACT = Pattern.compile(
            "telefon|\\bnummer\\b|nummer$|\\bringa|e-?post|mejl|\\bmail|kontakta(?!s)|adress", Pattern.UNICODE_CASE);
    /** "När antogs ...", "..., när ska ..."; not "när det gäller" nor a condition inside a yes/no question. */
    private static final Pattern DATE = Pattern.compile(
            "(?:^|[,;]\\s*|^(?:och|men) )n[aä]r\\b(?! det g[aä]ller)|vilket (?:[aå]r|datum)|vilka [aå]r\\b|vilken (?:period|mandatperiod)|vilken dag|vilken m[aå]nad",
            Pattern.UNICODE_CASE);
    /** A question after a cause or reason: "Varför ...", "Vad avgör ...", "Vad beror ... på". */
    private static final Pattern CAUSE = Pattern.compile(
            "^(?:och |men )?varf[oö]r\\b|\\bvad (?:avg[oö]r|best[aä]mmer|beror|p[aå]verkar|styr)\\b|av vilken anledning|"
                    + "hur kommer det sig", Pattern.UNICODE_CASE);
    /** A question after a share: "Hur stor del ...", "Vilken andel ...", "Hur många procent ...". */
    private static final Pattern SHARE = Pattern.compile(
            "hur stor (?:del|andel)|vilken andel|hur m[aå]nga procent|hur mycket av\\b", Pattern.UNICODE_CASE);
    /**
     * A question after a price: "Vad kostar ...", "Hur mycket kostar ...", "Vad är avgiften för ...". "Vad får man
     * betala för" asks what is paid for, not how much, so "betala" alone is no price question.
     */
    private static final Pattern PRICE = Pattern.compile(
            "^(?:och |men )?kostar\\b|vad kostar|mycket kostar|kostar det\\b|vad (?:[aä]r|blir) (?:avgiften|priset|kostnaden|taxan)\\b|vilken avgift|"
                    + "hur h[oö]g [aä]r avgiften|hur dyr", Pattern.UNICODE_CASE);
    /** A figure, also of time ("Hur snabbt/länge/tidigt ...", "Hur gammal ..."): answered by a number or number word. */
    private static final Pattern NUMBER = Pattern.compile(
            "hur (?:m[aå]nga|mycket|stor|stora|h[oö]g|h[oö]gt|l[aå]g|ofta|l[aå]ng|snabbt|l[aä]nge|tidigt|gammal|gamla)|\\bantal|vilket belopp|vilken summa|"
                    + "hur m[aå]nga procent|vilken andel", Pattern.UNICODE_CASE);
    private static final Pattern TAX = Pattern.compile("skatt", Pattern.UNICODE_CASE);
    private static final Pattern TAX_SHARE = Pattern.compile(
            "\\bdel\\b|andel|g[aå]r till|anv[aä]nds|anv[aä]nder|int[aä]kt|hundralapp|skattepengar", Pattern.UNICODE_CASE);
    private static final Pattern VISION = Pattern.compile("vision", Pattern.UNICODE_CASE);
    private static final Pattern LIST = Pattern.compile(
            "\\bvilka (?:[aä]r )?(?:\\w+ )?(?:m[aå]l|omr[aå]den|perspektiv|v[aä]rdeord|fokusomr[aå]den|m[aå]lomr[aå]den|"
                    + "strategiska|delar|prioriteringar|ledord|v[aä]rden)|\\bm[aå]len\\b|\\bm[aå]l\\b|v[aä]rdeord|v[aä]rdegrund",
            Pattern.UNICODE_CASE);
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^(?:och|[aä]n|men|samt|what about|and|how about)\\b|\\b(?:deras|dess|d[aä]r|dom|de har)\\b", Pattern.UNICODE_CASE);
    /** Words that say nothing of the subject once stop words are gone: question verbs and fillers. */
    private static final Set<String> FILLER = Set.of(
            "många", "manga", "mycket", "ska", "skall", "finns", "heter", "får", "gör", "göra", "kommun",
            "kommuns", "kommunen", "kommunens", "stad", "staden", "år", "ar", "och", "vad", "vilken", "vilket",
            "vilka", "vem", "när", "hur", "är", "om", "about", "sin", "sina", "sitt", "ha", "har", "planerar",
            "vill", "egentligen", "just", "nu", "idag", "the", "det", "den", "de", "in", "gäller", "sorts", "sort",
            "slags", "typ", "gällde", "ens", "man", "sitter", "fick", "hade", "blev", "går", "stor", "stora", "del", "andel", "avgör", "beror", "påverkar", "varför",
            // "kostar" asks for a price (Kind.PRICE), as "hur många" asks for a count: it says what kind of fact, not what about
            "kostar", "kosta");

    /**
     * Frames residents put around a subject to ask what becomes of it: "Vad händer med skatten?", "Hur blir det
     * med bygget?", "Vad är planen för skolan?". The frame says nothing of the subject, so its words are not
     * subject words.
     */
    private static final Pattern FRAME = Pattern.compile(
            "\\b(?:vad|hur)\\s+(?:händer|hände|sker|blir det)\\s+(?:med|för|kring)\\b"
                    + "|\\bvad\\s+(?:är|blir)\\s+(?:planen|planerna|tanken)\\s+(?:för|med|kring)\\b",
            Pattern.UNICODE_CASE);

    /**
     * The measure a "hur" question asks for ("Hur lång är handläggningstiden?", "Hur hög är skatten?", "Hur ofta
     * ...?"): the adjective says what kind of figure is sought, not what it is about, so it is no subject word; so
     * is "Hur lång tid tar …", which asks for a duration as "Hur länge" does.
     * Elsewhere ("lång väntetid", "höga avgifter") the same words stay subject words.
     */
    private static final Pattern MEASURE = Pattern.compile(
            "\\bhur\\s+l[aå]ng\\s+tid\\s+tar\\b|\\bhur\\s+(?:l[aå]ng[at]?|l[aä]nge|h[oö]g[at]?|l[aå]g[at]?|ofta|gammal|gamla|dyr[at]?|billig[at]?|bra|d[aå]lig[at]?)\\b",
            Pattern.UNICODE_CASE);

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final MunicipalityDirectory directory;
    private final Vocabulary vocabulary;
    private final UnaryOperator<String> spelling;

    public QuestionReader(MunicipalityDirectory directory, Vocabulary vocabulary) {
        this(directory, vocabulary, UnaryOperator.identity());
    }

    /** @param spelling a word of the question put right against the pages' words ({@code PassageSearch::spellChecked}) */
    public QuestionReader(MunicipalityDirectory directory, Vocabulary vocabulary, UnaryOperator<String> spelling) {
        this.directory = directory;
        this.vocabulary = vocabulary;
        this.spelling = spelling;
    }

    public Question read(String asked) {
        boolean english = vocabulary.isEnglish(asked);
        // a Swedish question is read in its Swedish words: å, ä and ö put back when it has none, slips of common words
        // put right (see reword); its kind, stop words, related words and compound parts are those of these words
        String text = english ? asked : reword(asked, directory.findIn(asked));
        String swedish = english ? vocabulary.toSwedish(text) : text;
        List<Mention> mentions = new ArrayList<>(directory.findIn(swedish));
        if (english) {
            mentions.addAll(directory.findIn(text));
        }
        Optional<Municipality> municipality = choose(mentions);
        List<Mention> own = (english ? directory.findIn(swedish) : mentions).stream()
                .filter(m -> municipality.isPresent() && m.municipality().equals(municipality.get())).toList();
        String subject = removeMentions(swedish, own);
        String lower = subject.toLowerCase(Locale.ROOT);
        Kind kind = kindOf(lower);
        List<String> years = new ArrayList<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            years.add(y.group());
        }
        // a year alone asks nothing new: "Och 1981 då?" asks the previous question for another year
        boolean elliptic = contentWords(lower).stream().allMatch(w -> YEAR.matcher(w).matches());
        boolean followUp = elliptic || FOLLOW_UP.matcher(text.toLowerCase(Locale.ROOT).strip()).find();
        return new Question(text, subject, municipality, kind, kind == Kind.PERSON && ROLE.matcher(lower).find(),
                english, years, elliptic, followUp);
    }

    /**
     * The question with each word in its Swedish form: its marks put back when the question has no å, ä or ö at all
     * ({@link Diacritics}), then a slip of a common word put right ({@code spelling}). Names of municipalities stay as
     * written (the directory finds them without their marks: "are" is Åre, not "äre"), and so does a capitalised word
     * inside the question (a name of a school, a district or a party).
     */
    private String reword(String asked, List<Mention> names) {
        boolean restore = !Diacritics.hasMarks(asked);
        Matcher m = WORD.matcher(asked);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            int start = m.start();
            int end = m.end();
            boolean name = names.stream().anyMatch(n -> start < n.end() && end > n.start())
                    || !first && Character.isUpperCase(w.charAt(0));
            String r = name ? w : spelling.apply(restore ? Diacritics.word(w) : w);
            m.appendReplacement(out, Matcher.quoteReplacement(r));
            first = false;
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True for a word that asks for a contact channel ("telefonnummer", "mejl") rather than whose it is. */
    static boolean isContactWord(String word) {
        return CONTACT.matcher(word.toLowerCase(Locale.ROOT)).find();
    }

    /** Words of the subject that are not question words or fillers. */
    public static List<String> contentWords(String lower) {
        List<String> out = new ArrayList<>();
        for (String w : MEASURE.matcher(FRAME.matcher(lower).replaceAll(" ")).replaceAll(" ").split("[^\\p{L}\\p{N}-]+")) {
            if (w.length() > 1 && !FILLER.contains(w) && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static Kind kindOf(String lower) {
        String folded = fold(lower);
        if (CONTACT.matcher(lower).find() && !lower.contains("vem ")) {
            return Kind.CONTACT;
        }
        boolean role = ROLE.matcher(lower).find();
        if (CAUSE.matcher(lower.strip()).find()) {
            return Kind.CAUSE;
        }
        if (PARTIES.matcher(lower).find() && !role && !NUMBER.matcher(lower).find()) {
            return Kind.PARTIES;
        }
        if (role || lower.matches("(?s).*\\bvem\\b.*")) {
            return Kind.PERSON;
        }
        if (DATE.matcher(lower.strip()).find()) {
            return Kind.DATE;
        }
        if (SHARE.matcher(lower).find()) {
            return Kind.SHARE;
        }
        if (TAX.matcher(lower).find() && !TAX_SHARE.matcher(lower).find()) {
            return Kind.TAX;
        }
        if (PRICE.matcher(lower).find() || PRICE.matcher(folded).find()) {
            return Kind.PRICE;
        }
        if (NUMBER.matcher(lower).find()) {
            return Kind.NUMBER;
        }
        if (VISION.matcher(lower).find()) {
            return Kind.VISION;
        }
        if (LIST.matcher(lower).find() || LIST.matcher(folded).find()
                || folded.matches("(?s).*\\bmal(en|et)?\\b.*")) {
            return Kind.LIST;
        }
        return Kind.GENERAL;
    }

    private static Optional<Municipality> choose(List<Mention> mentions) {
        Comparator<Mention> preference = Comparator
                .comparing((Mention m) -> m.fuzzy())
                .thenComparing(m -> !m.municipality().isKommun())
                .thenComparingInt(Mention::start);
        return mentions.stream().sorted(preference).map(Mention::municipality).findFirst();
    }

    private static String removeMentions(String text, List<Mention> mentions) {
        StringBuilder out = new StringBuilder(text);
        mentions.stream().sorted(Comparator.comparingInt(Mention::start).reversed())
                .filter(m -> m.end() <= out.length())
                .forEach(m -> out.replace(m.start(), m.end(), " "));
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static final Set<String> STOP = Set.of(
            "och", "det", "att", "i", "en", "jag", "som", "på", "den", "med", "var", "för", "så", "till", "är",
            "men", "ett", "om", "de", "av", "du", "då", "nu", "har", "inte", "där", "man", "vid", "från", "när",
            "vi", "vara", "vad", "över", "kan", "här", "ha", "mot", "alla", "under", "eller", "hur", "vilken",
            "vilka", "vilket", "vem", "deras", "dess", "min", "mitt", "mina", "er", "era", "what", "who", "is",
            "the", "of", "a", "an", "to", "do", "does", "are", "which", "how", "when", "and", "many", "much",
            "in", "for", "about", "its");
}
