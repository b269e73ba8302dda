package se.kommunsvar.municipality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.kommunsvar.municipality.MunicipalityDirectory.Mention;
import se.kommunsvar.municipality.NameForms.Form;
import se.kommunsvar.municipality.NameText.Token;

/**
 * Finds names in a text: the longest written form at each word, a following "kommun"/"stad" taken in, names that
 * are also ordinary words only where written as names, not a town's name that names an institution ("Uppsala
 * universitet"), then lower-case words within a typo of a name.
 */
final class MentionFinder {

    private static final Set<String> KOMMUN_WORDS = Set.of("kommun", "kommuns", "stad", "stads");
    /** Words that, right after a town's name, make it the name of an institution (see {@link #namesInstitution}). */
    private static final Set<String> INSTITUTION_WORDS = Set.of("universitet", "universitets", "universitetet",
            "hogskola", "hogskolas", "hogskolan", "tingsratt", "tingsratts", "hovratt", "stift", "stifts",
            "universitetssjukhus", "lasarett", "domkyrka");
    private static final Set<String> REGION_CONTEXT_PREFIXES = Set.of("region", "landsting");

    /** A mention under construction, over tokens {@code [first, last)}; {@code phrase} is what matched the name. */
    private record Match(Form form, String phrase, int first, int last, boolean fuzzy) {
        Match withLast(int newLast, boolean explicit) {
            Form f = new Form(form.municipality(), form.exact(), form.explicit() || explicit);
            return new Match(f, phrase, first, newLast, fuzzy);
        }
    }

    private final NameForms forms;
    private final FuzzyNames fuzzy;
    private final Set<Municipality> ambiguous;

    MentionFinder(NameForms forms, FuzzyNames fuzzy, Set<Municipality> ambiguous) {
        this.forms = forms;
        this.fuzzy = fuzzy;
        this.ambiguous = Set.copyOf(ambiguous);
    }

    /** The municipality or region the whole of {@code name} is a written form of. */
    Optional<Municipality> named(String name) {
        List<Token> tokens = NameText.tokenize(name);
        return matchAt(tokens, 0)
                .filter(m -> m.last() == tokens.size())
                .map(m -> m.form().municipality());
    }

    List<Mention> findIn(String text) {
        List<Token> tokens = NameText.tokenize(text);
        boolean mixedCase = NameText.hasMixedCase(text);
        List<Match> matches = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); ) {
            Optional<Match> m = matchAt(tokens, i).filter(x -> acceptable(x, tokens, mixedCase));
            if (m.isPresent() && namesInstitution(m.get(), tokens)) {
                markCovered(covered, m.get());
                i = m.get().last();
            } else if (m.isPresent()) {
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

    /** The longest name starting at token {@code i}, with a following "kommun"/"stad" taken into the mention. */
    private Optional<Match> matchAt(List<Token> tokens, int i) {
        for (int words = Math.min(forms.maxWords(), tokens.size() - i); words >= 1; words--) {
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
        Optional<Form> region = forms.region(phrase);
        List<Form> kommun = forms.kommun(phrase);
        if (region.isPresent() && (region.get().explicit() || kommun.isEmpty())) {
            return Optional.of(new Match(region.get(), phrase, i, i + words, false));
        }
        if (kommun.isEmpty()) {
            return Optional.empty();
        }
        String exact = phrase(tokens, i, words, true).orElse(phrase);
        Form form = kommun.stream().filter(f -> f.exact().equals(exact)).findFirst().orElse(kommun.get(0));
        return Optional.of(withKommunWord(tokens, new Match(form, phrase, i, i + words, false)));
    }

    /**
     * "Uppsala universitet", "Lunds universitet", "Malmö högskola", "Göteborgs tingsrätt", "Linköpings stift": an
     * institution named after its town, which is not the kommun. A question about the university is not a question
     * to Uppsala kommun, and a university's text naming itself is not the kommun's page.
     */
    private static boolean namesInstitution(Match m, List<Token> tokens) {
        int next = m.last();
        return next < tokens.size() && tokens.get(next).joined() && INSTITUTION_WORDS.contains(tokens.get(next).folded());
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
            if (!covered[i] && fuzzy.candidate(t)) {
                final int at = i;
                fuzzy.match(t.folded()).ifPresent(f -> {
                    Match m = withKommunWord(tokens, new Match(f, f.exact(), at, at + 1, true));
                    matches.add(m);
                    markCovered(covered, m);
                });
            }
        }
        matches.sort(Comparator.comparingInt(Match::first));
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
            Optional<Form> region = forms.region(m.phrase());
            if (regionContext && who.isKommun() && !m.form().explicit() && region.isPresent()) {
                who = region.get().municipality();
            }
            out.add(new Mention(who, tokens.get(m.first()).start(), tokens.get(m.last() - 1).end(), m.fuzzy()));
        }
        return List.copyOf(out);
    }

    private static void markCovered(boolean[] covered, Match m) {
        for (int k = m.first(); k < m.last(); k++) {
            covered[k] = true;
        }
    }
}
