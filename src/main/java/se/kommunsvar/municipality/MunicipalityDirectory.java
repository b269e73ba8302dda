package se.kommunsvar.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every Swedish municipality and region, looked up by name, by web address, or by how people mention
 * them in a question ("i Hedemora", "Hedemoras kommun", "regionfullmäktige i Västerbotten", "kalmr").
 *
 * <p>All comparisons are case- and diacritics-insensitive: text is folded character by character
 * (å/ä→a, ö→o, é→e), so offsets in the folded text are offsets in the original.
 */
public final class MunicipalityDirectory {

    /** A municipality or region named in a text, at {@code [start, end)}; {@code fuzzy} when matched despite a typo. */
    public record Mention(Municipality municipality, int start, int end, boolean fuzzy) {}

    private static final String RESOURCE = "municipalities.tsv";
    private static final Set<String> KOMMUN_WORDS = Set.of("kommun", "kommuns", "stad", "stads");
    private static final Set<String> REGION_CONTEXT_PREFIXES = Set.of("region", "landsting");
    private static final int MIN_FUZZY_TOKEN = 4;
    private static final int MIN_FUZZY_NAME = 6;

    /** Words people use in questions that sit within a typo of a name ("vinden"/Vindeln, "salen"/Salem). */
    private static final Set<String> NEVER_FUZZY = Set.of(
            "vilka", "vilken", "vilket", "varfor", "finns", "kommer", "manga", "mycket", "mellan", "under",
            "efter", "sedan", "ocksa", "eller", "inte", "nagon", "nagot", "nagra", "alla", "andra", "annan",
            "andel", "andelen", "flera", "flest", "mera", "nara", "nuvarande", "kommun", "kommunen", "kommuner",
            "kommunens", "kommunerna", "kommunal", "kommunala", "region", "regionen", "regionens", "regioner",
            "staden", "stadens", "skatt", "skatten", "skatter", "skattesats", "skattesatsen", "mal", "malen",
            "malet", "vision", "visionen", "styr", "styra", "styrs", "styrde", "styret", "partier", "partierna",
            "parti", "partiet", "mandat", "mandaten", "budget", "budgeten", "ordforande", "invanare", "invanarna",
            "ledamot", "ledamoter", "ledamoterna", "namnd", "namnden", "namnder", "politik", "politiker",
            "politikerna", "fullmaktige", "styrelse", "styrelsen", "kommunstyrelsen", "kommunfullmaktige",
            "kommunalrad", "kommunalradet", "oppositionsrad", "beslut", "beslutet", "beslutade", "antogs",
            "antog", "rattvis", "rattvisa", "planen", "planer", "hamnen", "hamn", "vinden", "salen", "orsak", "orsaken", "nacke",
            "klart", "kostar", "plats", "platsen", "skola", "skolan", "skolor", "aldre", "omsorg", "omsorgen",
            "varden", "valet", "valen", "valda", "valdes", "rosta", "roster", "rosterna", "hogsta", "storsta",
            "minst", "mindre", "storre", "arbete", "arbetar", "heter", "hette", "borja", "borjar", "bygga",
            "byggas", "vilja", "kunna", "skulle", "ska", "what", "which", "where", "when", "does", "have",
            "municipal", "municipality", "board", "council", "chair", "chairs", "leads", "governs", "with",
            "there", "their", "about", "tax", "rate");

    private final List<Municipality> all;
    private final Set<Municipality> ambiguous;
    private final Map<String, List<Form>> kommunForms = new HashMap<>();
    private final Map<String, Form> regionForms = new HashMap<>();
    private final Map<String, Municipality> domains = new HashMap<>();
    private final Map<String, Municipality> slugs = new HashMap<>();
    private final Map<Character, List<Form>> fuzzyByFirstChar = new HashMap<>();
    private final int maxWords;

    /** One written form of a name: {@code exact} is lower-cased but not folded, to tell Habo from Håbo. */
    private record Form(Municipality municipality, String exact, boolean explicit) {}

    /** A word of the text, folded; {@code joined} when only spaces or hyphens separate it from the previous word. */
    private record Token(String folded, String lower, int start, int end, boolean joined,
                         boolean capitalised, boolean lowerCase, boolean sentenceStart) {}

    /** A mention under construction, over tokens {@code [first, last)}; {@code phrase} is what matched the name. */
    private record Match(Form form, String phrase, int first, int last, boolean fuzzy) {
        Match withLast(int newLast, boolean explicit) {
            Form f = new Form(form.municipality(), form.exact(), form.explicit() || explicit);
            return new Match(f, phrase, first, newLast, fuzzy);
        }
    }

    private static final class Holder {
        static final MunicipalityDirectory STANDARD = load();
    }

    MunicipalityDirectory(List<Municipality> municipalities, Set<Municipality> ambiguous) {
        this.all = List.copyOf(municipalities);
        this.ambiguous = Set.copyOf(ambiguous);
        all.stream().filter(Municipality::isKommun).forEach(this::index);
        all.stream().filter(m -> !m.isKommun()).forEach(this::index);
        this.maxWords = allKeys().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** The directory built from the bundled list, loaded once. */
    public static MunicipalityDirectory standard() {
        return Holder.STANDARD;
    }

    public List<Municipality> all() {
        return all;
    }

    /**
     * Looks a name up the way people write it: "Hedemora", "hedemora kommun", "Hedemoras", "Lidingö stad",
     * "Region Kalmar län", "Kalmar län" (the region), "Västerbotten" (the region: no kommun has that name).
     */
    public Optional<Municipality> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<Token> tokens = tokenize(name);
        return matchAt(tokens, 0, false)
                .filter(m -> m.last() == tokens.size())
                .map(m -> m.form().municipality());
    }

    public Municipality expectByName(String name) {
        return byName(name).orElseThrow(
                () -> new IllegalArgumentException("No Swedish municipality or region is called '" + name + "'"));
    }

    /** The municipality or region whose web site the address is on; empty for unknown hosts and bad addresses. */
    public Optional<Municipality> fromUrl(String url) {
        return Urls.host(url).flatMap(this::byHost);
    }

    /**
     * The municipalities and regions named in a text, in order of position. A bare name that both a kommun and
     * a region carry ("Kalmar") is the kommun, unless written "Region Kalmar", "Kalmar län", or in a text about
     * the region ("regionfullmäktige i Kalmar"). Lower-case words within a typo of a name match fuzzily.
     */
    public List<Mention> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Token> tokens = tokenize(text);
        boolean mixedCase = hasMixedCase(text);
        List<Match> matches = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); ) {
            Optional<Match> m = matchAt(tokens, i, true).filter(x -> acceptable(x, tokens, mixedCase));
            if (m.isPresent()) {
                matches.add(m.get());
                markCovered(covered, m.get());
                i = m.get().last();
            } else {
                i++;
            }
        }
        addFuzzy(tokens, covered, matches);
        return toMentions(tokens, regionContext(tokens, covered), matches);
    }

    /**
     * The one municipality a text is about: exact mentions win over fuzzy ones, and a kommun wins over a region
     * named only by its landscape ("Hedemora ... i Dalarna"). Empty when none or several are named.
     */
    public Optional<Municipality> single(String text) {
        List<Mention> mentions = findIn(text);
        List<Mention> exact = mentions.stream().filter(m -> !m.fuzzy()).toList();
        List<Mention> pool = exact.isEmpty() ? mentions : exact;
        Set<Municipality> distinct = new LinkedHashSet<>();
        pool.forEach(m -> distinct.add(m.municipality()));
        if (distinct.size() <= 1) {
            return distinct.stream().findFirst();
        }
        List<Municipality> kommuner = distinct.stream().filter(Municipality::isKommun).toList();
        boolean explicitRegion = pool.stream().anyMatch(m -> !m.municipality().isKommun() && namesRegion(text, m));
        return kommuner.size() == 1 && !explicitRegion ? Optional.of(kommuner.get(0)) : Optional.empty();
    }

    /** The genitive Swedes write: "Hedemoras", "Upplands Väsbys", but "Borås", "Kramfors", "Kalix". */
    public static String genitive(Municipality municipality) {
        return genitive(municipality.isKommun() ? municipality.name() : municipality.official());
    }

    static String genitive(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return last == 's' || last == 'x' || last == 'z' ? name : name + "s";
    }

    // ---- building the indexes ----

    private void index(Municipality m) {
        if (m.isKommun()) {
            indexKommun(m);
        } else {
            indexRegion(m);
        }
        m.domains().forEach(d -> putUnique(domains, fold(d), m, "domain"));
    }

    private void indexKommun(Municipality m) {
        String base = key(m.name());
        String gen = key(genitive(m.name()));
        String official = key(m.official());
        addKommunForm(base, m, lowerKey(m.name()), false);
        addKommunForm(gen, m, lowerKey(genitive(m.name())), false);
        addKommunForm(official, m, lowerKey(m.official()), true);
        addKommunForm(stripOrganisationWords(official), m, stripOrganisationWords(lowerKey(m.official())), false);
        if (base.contains(" ")) {
            addKommunForm(base.replace(" ", ""), m, lowerKey(m.name()).replace(" ", ""), false);
            addKommunForm(gen.replace(" ", ""), m, lowerKey(genitive(m.name())).replace(" ", ""), false);
        }
        String slug = base.replace(' ', '-');
        for (String s : List.of(slug, slug.replace("-", ""))) {
            slugs.putIfAbsent(s, m);
            slugs.putIfAbsent(s + "kommun", m);
            slugs.putIfAbsent(s + "-kommun", m);
        }
        if (!ambiguous.contains(m)) {
            addFuzzy(base, m);
            addFuzzy(gen, m);
            addFuzzy(base.replace(" ", ""), m);
        }
    }

    private void indexRegion(Municipality m) {
        regionForms.put(key(m.official()), new Form(m, lowerKey(m.official()), true));
        regionForms.put(key(m.county()), new Form(m, lowerKey(m.county()), true));
        for (String stem : regionStems(m)) {
            String gen = genitive(stem);
            putRegion(stem, m, false);
            putRegion(gen, m, false);
            for (String explicit : List.of("region " + stem, "region " + gen + " lan", "region " + stem + " lan",
                    stem + " lan", gen + " lan")) {
                putRegion(explicit, m, true);
            }
            slugs.putIfAbsent("region" + stem.replace(" ", ""), m);
            if (!kommunForms.containsKey(stem)) {
                addFuzzy(stem, m);
            }
        }
    }

    /** "Kalmar län" → kalmar; county "Västerbottens län" → vasterbotten; "Jämtland Härjedalen" also → jamtland. */
    private static Set<String> regionStems(Municipality m) {
        Set<String> stems = new LinkedHashSet<>();
        stems.add(stripSuffix(key(m.name()), " lan"));
        String county = stripSuffix(key(m.county()), " lan");
        stems.add(county.endsWith("s") ? county.substring(0, county.length() - 1) : county);
        return stems;
    }

    private void putRegion(String key, Municipality m, boolean explicit) {
        regionForms.merge(key, new Form(m, key, explicit), (old, neu) -> old.explicit() ? old : neu);
    }

    private void addKommunForm(String key, Municipality m, String exact, boolean explicit) {
        if (key.isEmpty()) {
            return;
        }
        List<Form> forms = kommunForms.computeIfAbsent(key, k -> new ArrayList<>());
        if (forms.stream().noneMatch(f -> f.municipality().equals(m))) {
            forms.add(new Form(m, exact, explicit));
        }
    }

    private void addFuzzy(String form, Municipality m) {
        if (form.length() < MIN_FUZZY_NAME || form.contains(" ")) {
            return;
        }
        List<Form> list = fuzzyByFirstChar.computeIfAbsent(form.charAt(0), c -> new ArrayList<>());
        if (list.stream().noneMatch(f -> f.exact().equals(form))) {
            list.add(new Form(m, form, false));
        }
    }

    private Set<String> allKeys() {
        Set<String> keys = new HashSet<>(kommunForms.keySet());
        keys.addAll(regionForms.keySet());
        return keys;
    }

    private static String stripOrganisationWords(String key) {
        String k = stripSuffix(stripSuffix(key, " kommun"), " stad");
        return k.startsWith("region ") ? k.substring("region ".length()) : k;
    }

    private static String stripSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    private static <K> void putUnique(Map<K, Municipality> map, K key, Municipality m, String what) {
        Municipality old = map.putIfAbsent(key, m);
        if (old != null && !old.equals(m)) {
            throw new IllegalStateException("The " + what + " '" + key + "' belongs to both " + old.name()
                    + " and " + m.name());
        }
    }

    // ---- matching names in text ----

    /** The longest name starting at token {@code i}, with a following "kommun"/"stad" taken into the mention. */
    private Optional<Match> matchAt(List<Token> tokens, int i, boolean strict) {
        for (int words = Math.min(maxWords, tokens.size() - i); words >= 1; words--) {
            Optional<String> phrase = phrase(tokens, i, words, false);
            if (phrase.isEmpty()) {
                continue;
            }
            Optional<Match> m = matchPhrase(tokens, i, words, phrase.get());
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private Optional<Match> matchPhrase(List<Token> tokens, int i, int words, String phrase) {
        Form region = regionForms.get(phrase);
        List<Form> kommun = kommunForms.get(phrase);
        if (region != null && (region.explicit() || kommun == null)) {
            return Optional.of(new Match(region, phrase, i, i + words, false));
        }
        if (kommun == null) {
            return Optional.empty();
        }
        String exact = phrase(tokens, i, words, true).orElse(phrase);
        Form form = kommun.stream().filter(f -> f.exact().equals(exact)).findFirst().orElse(kommun.get(0));
        return Optional.of(withKommunWord(tokens, new Match(form, phrase, i, i + words, false)));
    }

    private static Match withKommunWord(List<Token> tokens, Match m) {
        int next = m.last();
        if (next < tokens.size() && tokens.get(next).joined() && KOMMUN_WORDS.contains(tokens.get(next).folded())) {
            return m.withLast(next + 1, true);
        }
        return m;
    }

    /** Words {@code [i, i+words)} joined by single spaces, if only spaces or hyphens separate them in the text. */
    private static Optional<String> phrase(List<Token> tokens, int i, int words, boolean exact) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + words; k++) {
            Token t = tokens.get(k);
            if (k > i && !t.joined()) {
                return Optional.empty();
            }
            b.append(k > i ? " " : "").append(exact ? t.lower() : t.folded());
        }
        return Optional.of(b.toString());
    }

    /** A name that is also an ordinary word ("vara", "mark") counts only capitalised mid-sentence or before "kommun". */
    private boolean acceptable(Match m, List<Token> tokens, boolean mixedCase) {
        if (!ambiguous.contains(m.form().municipality()) || m.form().explicit()) {
            return true;
        }
        Token first = tokens.get(m.first());
        return mixedCase && first.capitalised() && !first.sentenceStart();
    }

    private void addFuzzy(List<Token> tokens, boolean[] covered, List<Match> matches) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!covered[i] && fuzzyCandidate(t)) {
                final int at = i;
                fuzzyMatch(t.folded()).ifPresent(f -> {
                    Match m = withKommunWord(tokens, new Match(f, f.exact(), at, at + 1, true));
                    matches.add(m);
                    markCovered(covered, m);
                });
            }
        }
        matches.sort(Comparator.comparingInt(Match::first));
    }

    private boolean fuzzyCandidate(Token t) {
        String w = t.folded();
        return t.lowerCase() && w.length() >= MIN_FUZZY_TOKEN && !NEVER_FUZZY.contains(w)
                && !kommunForms.containsKey(w) && !regionForms.containsKey(w) && w.chars().allMatch(Character::isLetter);
    }

    /**
     * The one name within a typo of the word: distance 1 up to 7 letters, 2 from 8. The first and last letters
     * must agree, since Swedish inflection changes endings ("salen", "orsak") while typos land inside a word.
     */
    private Optional<Form> fuzzyMatch(String word) {
        int limit = word.length() >= 8 ? 2 : 1;
        int best = limit + 1;
        Set<Municipality> bestOnes = new LinkedHashSet<>();
        Form bestForm = null;
        for (Form f : fuzzyByFirstChar.getOrDefault(word.charAt(0), List.of())) {
            String name = f.exact();
            if (Math.abs(name.length() - word.length()) > limit
                    || name.charAt(name.length() - 1) != word.charAt(word.length() - 1)) {
                continue;
            }
            int d = Typos.distance(word, name, limit);
            if (d > limit) {
                continue;
            }
            if (d < best) {
                best = d;
                bestOnes.clear();
                bestForm = f;
            }
            if (d == best) {
                bestOnes.add(f.municipality());
            }
        }
        return bestOnes.size() == 1 ? Optional.of(bestForm) : Optional.empty();
    }

    /** Whether the text speaks of a region ("regionfullmäktige", "regionen", "landstinget"; not "regional") outside any name. */
    private static boolean regionContext(List<Token> tokens, boolean[] covered) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).folded();
            if (!covered[i] && !w.startsWith("regional") && REGION_CONTEXT_PREFIXES.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private List<Mention> toMentions(List<Token> tokens, boolean regionContext, List<Match> matches) {
        List<Mention> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            Municipality who = m.form().municipality();
            Form region = regionForms.get(m.phrase());
            if (regionContext && who.isKommun() && !m.form().explicit() && region != null) {
                who = region.municipality();
            }
            out.add(new Mention(who, tokens.get(m.first()).start(), tokens.get(m.last() - 1).end(), m.fuzzy()));
        }
        return List.copyOf(out);
    }

    private static boolean namesRegion(String text, Mention m) {
        String span = fold(text.substring(m.start(), m.end()));
        return span.startsWith("region") || span.endsWith(" lan") || span.endsWith("regionen");
    }

    private static void markCovered(boolean[] covered, Match m) {
        for (int k = m.first(); k < m.last(); k++) {
            covered[k] = true;
        }
    }

    // ---- addresses ----

    private Optional<Municipality> byHost(String host) {
        String h = fold(host);
        for (String suffix = h; suffix.contains("."); suffix = suffix.substring(suffix.indexOf('.') + 1)) {
            Municipality m = domains.get(suffix);
            if (m != null) {
                return Optional.of(m);
            }
        }
        String[] labels = h.split("\\.");
        if (labels.length < 2 || !labels[labels.length - 1].equals("se")) {
            return Optional.empty();
        }
        return Optional.ofNullable(slugs.get(labels[labels.length - 2]));
    }

    // ---- text ----

    /** A name as a lookup key: folded words joined by single spaces ("Upplands-Väsby" → "upplands vasby"). */
    static String key(String name) {
        return String.join(" ", tokenize(name).stream().map(Token::folded).toList());
    }

    private static String lowerKey(String name) {
        return String.join(" ", tokenize(name).stream().map(Token::lower).toList());
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        boolean sentenceStart = true;
        boolean joinable = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                sentenceStart |= startsSegment(c);
                joinable &= Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011';
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            String raw = s.substring(start, i);
            String lower = raw.toLowerCase(Locale.ROOT);
            out.add(new Token(fold(raw), lower, start, i, joinable, Character.isUpperCase(raw.charAt(0)),
                    raw.equals(lower), sentenceStart));
            sentenceStart = false;
            joinable = true;
        }
        return out;
    }

    /** After punctuation, quotes, brackets or a line break a capital letter says nothing about a name. */
    private static boolean startsSegment(char c) {
        return c == '\n' || !(Character.isWhitespace(c) || c == ',' || c == '-');
    }

    private static boolean hasMixedCase(String text) {
        return text.chars().anyMatch(Character::isUpperCase) && text.chars().anyMatch(Character::isLowerCase);
    }

    /** Lower-cases and strips diacritics one character at a time, so offsets are kept. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    private static char fold(char c) {
        char l = Character.toLowerCase(c);
        if (l < 128) {
            return l;
        }
        return switch (l) {
            case 'å', 'ä', 'à', 'á', 'â', 'æ' -> 'a';
            case 'ö', 'ø', 'ó', 'ò', 'ô' -> 'o';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'ü', 'ú', 'ù', 'û' -> 'u';
            default -> Normalizer.normalize(String.valueOf(l), Normalizer.Form.NFD).charAt(0);
        };
    }

    // ---- loading ----

    private static MunicipalityDirectory load() {
        try (InputStream in = MunicipalityDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " next to MunicipalityDirectory");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    static MunicipalityDirectory parse(BufferedReader reader) throws IOException {
        List<Municipality> list = new ArrayList<>();
        Set<Municipality> ambiguous = new HashSet<>();
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 6) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 6 columns, got " + c.length);
            }
            Municipality m = new Municipality(c[0].strip(), Municipality.Kind.valueOf(c[1].strip().toUpperCase(Locale.ROOT)),
                    c[2].strip(), List.of(c[3].strip().split("\\s*,\\s*")), c[4].strip());
            list.add(m);
            if (c[5].strip().equals("yes")) {
                ambiguous.add(m);
            }
        }
        return new MunicipalityDirectory(list, ambiguous);
    }

    /** Host names out of addresses people and crawlers write, without ever throwing. */
    private static final class Urls {
        private Urls() {}

        static Optional<String> host(String url) {
            if (url == null || url.isBlank()) {
                return Optional.empty();
            }
            String s = stripScheme(url.strip());
            s = cut(s, "/?#\\ ");
            s = s.substring(s.lastIndexOf('@') + 1);
            if (s.startsWith("[")) {
                return Optional.empty();
            }
            s = cut(s, ":");
            s = IDN.toUnicode(percentDecode(s), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            s = stripSuffix(s, ".");
            return s.contains(".") && s.chars().noneMatch(Character::isWhitespace) ? Optional.of(s) : Optional.empty();
        }

        private static String stripScheme(String s) {
            int colon = s.indexOf("://");
            if (colon > 0 && s.substring(0, colon).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+'
                    || c == '.' || c == '-')) {
                return s.substring(colon + 3);
            }
            return s.startsWith("//") ? s.substring(2) : s;
        }

        private static String cut(String s, String stops) {
            for (int i = 0; i < s.length(); i++) {
                if (stops.indexOf(s.charAt(i)) >= 0) {
                    return s.substring(0, i);
                }
            }
            return s;
        }

        private static String percentDecode(String s) {
            if (s.indexOf('%') < 0) {
                return s;
            }
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s;
            }
        }
    }

    /**
     * Optimal-string-alignment (restricted Damerau-Levenshtein) distance, cut off above a limit. Swapping in a
     * letter costs 1 only when the two keys are neighbours on the keyboard; "bostad" is not a typo of "båstad".
     */
    private static final class Typos {
        private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

        private Typos() {}

        static int substitution(char a, char b) {
            return a == b ? 0 : neighbours(a, b) ? 1 : 2;
        }

        private static boolean neighbours(char a, char b) {
            int ra = row(a);
            int rb = row(b);
            if (ra < 0 || rb < 0 || Math.abs(ra - rb) > 1) {
                return false;
            }
            int ia = ROWS[ra].indexOf(a);
            int ib = ROWS[rb].indexOf(b);
            if (ra == rb) {
                return Math.abs(ia - ib) == 1;
            }
            int upper = ra < rb ? ia : ib;
            int lower = ra < rb ? ib : ia;
            return lower == upper || lower == upper - 1;
        }

        private static int row(char c) {
            for (int r = 0; r < ROWS.length; r++) {
                if (ROWS[r].indexOf(c) >= 0) {
                    return r;
                }
            }
            return -1;
        }

        static int distance(String a, String b, int limit) {
            int[][] d = new int[a.length() + 1][b.length() + 1];
            for (int i = 0; i <= a.length(); i++) {
                d[i][0] = i;
            }
            for (int j = 0; j <= b.length(); j++) {
                d[0][j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                int rowMin = Integer.MAX_VALUE;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = substitution(a.charAt(i - 1), b.charAt(j - 1));
                    int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                    if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                        v = Math.min(v, d[i - 2][j - 2] + 1);
                    }
                    d[i][j] = v;
                    rowMin = Math.min(rowMin, v);
                }
                if (rowMin > limit) {
                    return limit + 1;
                }
            }
            return d[a.length()][b.length()];
        }
    }
}
