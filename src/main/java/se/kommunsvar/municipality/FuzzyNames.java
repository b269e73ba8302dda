package se.kommunsvar.municipality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kommunsvar.municipality.NameForms.Form;
import se.kommunsvar.municipality.NameText.Token;

/**
 * Names matched despite a typo ("kalmr", "hedemra"): single-word forms of six letters or more, of kommuner whose
 * name is not also an ordinary word, and of regions whose stem no kommun carries.
 */
final class FuzzyNames {

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

    private final NameForms forms;
    private final Map<Character, List<Form>> byFirstChar = new HashMap<>();

    FuzzyNames(List<Municipality> all, Set<Municipality> ambiguous, NameForms forms) {
        this.forms = forms;
        all.stream().filter(m -> m.isKommun() && !ambiguous.contains(m)).forEach(this::indexKommun);
        all.stream().filter(m -> !m.isKommun()).forEach(this::indexRegion);
    }

    /** A lower-case word of letters, not itself a name nor a common word, that may be a misspelt name. */
    boolean candidate(Token t) {
        String w = t.folded();
        return t.lowerCase() && w.length() >= MIN_FUZZY_TOKEN && !NEVER_FUZZY.contains(w)
                && !forms.isKey(w) && w.chars().allMatch(Character::isLetter);
    }

    /**
     * The one name within a typo of the word: distance 1 up to 7 letters, 2 from 8. The first and last letters
     * must agree, since Swedish inflection changes endings ("salen", "orsak") while typos land inside a word.
     */
    Optional<Form> match(String word) {
        int limit = word.length() >= 8 ? 2 : 1;
        int best = limit + 1;
        Set<Municipality> bestOnes = new LinkedHashSet<>();
        Form bestForm = null;
        for (Form f : byFirstChar.getOrDefault(word.charAt(0), List.of())) {
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

    private void indexKommun(Municipality m) {
        String base = NameText.key(m.name());
        add(base, m);
        add(NameText.key(MunicipalityDirectory.genitive(m.name())), m);
        add(base.replace(" ", ""), m);
    }

    private void indexRegion(Municipality m) {
        for (String stem : NameText.regionStems(m)) {
            if (!forms.isKommunKey(stem)) {
                add(stem, m);
            }
        }
    }

    private void add(String form, Municipality m) {
        if (form.length() < MIN_FUZZY_NAME || form.contains(" ")) {
            return;
        }
        List<Form> list = byFirstChar.computeIfAbsent(form.charAt(0), c -> new ArrayList<>());
        if (list.stream().noneMatch(f -> f.exact().equals(form))) {
            list.add(new Form(m, form, false));
        }
    }
}
