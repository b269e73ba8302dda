package se.kommunsvar.municipality;

import static se.kommunsvar.municipality.NameText.key;
import static se.kommunsvar.municipality.NameText.lowerKey;
import static se.kommunsvar.municipality.NameText.stripSuffix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every way a name is written, as lookup keys: a kommun's name, genitive and official name, with and without
 * spaces ("upplandsvasby"); a region's name, county and "region X"/"X län" forms. Several kommuner may share a key
 * (Habo, Håbo), a region key belongs to one region.
 */
final class NameForms {

    /** One written form of a name: {@code exact} is lower-cased but not folded, to tell Habo from Håbo. */
    record Form(Municipality municipality, String exact, boolean explicit) {}

    private final Map<String, List<Form>> kommunForms = new HashMap<>();
    private final Map<String, Form> regionForms = new HashMap<>();
    private final int maxWords;

    NameForms(List<Municipality> all) {
        all.stream().filter(Municipality::isKommun).forEach(this::indexKommun);
        all.stream().filter(m -> !m.isKommun()).forEach(this::indexRegion);
        this.maxWords = allKeys().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** The kommun forms written so (several for "habo"); empty when no kommun is. */
    List<Form> kommun(String key) {
        return kommunForms.getOrDefault(key, List.of());
    }

    Optional<Form> region(String key) {
        return Optional.ofNullable(regionForms.get(key));
    }

    boolean isKommunKey(String key) {
        return kommunForms.containsKey(key);
    }

    boolean isKey(String key) {
        return kommunForms.containsKey(key) || regionForms.containsKey(key);
    }

    /** The most words any form has. */
    int maxWords() {
        return maxWords;
    }

    private void indexKommun(Municipality m) {
        String base = key(m.name());
        String gen = key(MunicipalityDirectory.genitive(m.name()));
        String official = key(m.official());
        addKommunForm(base, m, lowerKey(m.name()), false);
        addKommunForm(gen, m, lowerKey(MunicipalityDirectory.genitive(m.name())), false);
        addKommunForm(official, m, lowerKey(m.official()), true);
        addKommunForm(stripOrganisationWords(official), m, stripOrganisationWords(lowerKey(m.official())), false);
        if (base.contains(" ")) {
            addKommunForm(base.replace(" ", ""), m, lowerKey(m.name()).replace(" ", ""), false);
            addKommunForm(gen.replace(" ", ""), m, lowerKey(MunicipalityDirectory.genitive(m.name())).replace(" ", ""),
                    false);
        }
    }

    private void indexRegion(Municipality m) {
        regionForms.put(key(m.official()), new Form(m, lowerKey(m.official()), true));
        regionForms.put(key(m.county()), new Form(m, lowerKey(m.county()), true));
        for (String stem : NameText.regionStems(m)) {
            String gen = MunicipalityDirectory.genitive(stem);
            putRegion(stem, m, false);
            putRegion(gen, m, false);
            for (String explicit : List.of("region " + stem, "region " + gen + " lan", "region " + stem + " lan",
                    stem + " lan", gen + " lan")) {
                putRegion(explicit, m, true);
            }
        }
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

    private Set<String> allKeys() {
        Set<String> keys = new HashSet<>(kommunForms.keySet());
        keys.addAll(regionForms.keySet());
        return keys;
    }

    private static String stripOrganisationWords(String key) {
        String k = stripSuffix(stripSuffix(key, " kommun"), " stad");
        return k.startsWith("region ") ? k.substring("region ".length()) : k;
    }
}
