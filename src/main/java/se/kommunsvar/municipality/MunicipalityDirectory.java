package se.kommunsvar.municipality;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
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

    /**
     * Mentions a page must make of one municipality to be counted as its page: once or twice is a page that refers
     * to a place or a partner (a university's report naming "Uppsala kommun" and an "Uppsala-utvecklat" method); a
     * newsroom's release or a project page names its kommun again and again (the Söderköping release on mynewsdesk
     * names it 7 times).
     */
    static final int MIN_CONTENT_MENTIONS = 3;

    private final List<Municipality> all;
    private final Addresses addresses;
    private final MentionFinder mentions;

    private static final class Holder {
        static final MunicipalityDirectory STANDARD = DirectoryFile.load();
    }

    MunicipalityDirectory(List<Municipality> municipalities, Set<Municipality> ambiguous) {
        this.all = List.copyOf(municipalities);
        NameForms forms = new NameForms(all);
        this.addresses = new Addresses(all, ambiguous);
        this.mentions = new MentionFinder(forms, new FuzzyNames(all, ambiguous, forms), ambiguous);
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
        return mentions.named(name);
    }

    public Municipality expectByName(String name) {
        return byName(name).orElseThrow(
                () -> new IllegalArgumentException("No Swedish municipality or region is called '" + name + "'"));
    }

    /**
     * The municipality or region whose web site the address is on; empty for unknown hosts and bad addresses. This
     * is what a fetched page belongs to: a crawled page's own words (its canonical link, its path, its text) never
     * decide whose residents it answers.
     */
    public Optional<Municipality> fromUrl(String url) {
        return addresses.owner(url);
    }

    /**
     * For an address on a host that belongs to no municipality, the kommun its path names
     * ("mynewsdesk.com/se/soderkopings_kommun/…", "rvs112.se/kultur-i-lidkoping/…"); empty otherwise. For pages
     * an operator supplies as files, whose address is a record of where they came from.
     */
    public Optional<Municipality> namedInAddressPath(String url) {
        return addresses.namedInPath(url);
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
        return mentions.findIn(text);
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

    /**
     * The kommun or region a page's text is about, for a page whose address belongs to none (a newsroom, a
     * project site, an archive): the one named most often, at least {@link #MIN_CONTENT_MENTIONS} times and more
     * often than all others together, and at least once as the organisation ("Söderköpings kommun"). Only exact mentions count: a typo-tolerant match is for residents' questions,
     * not for deciding whose page this is.
     */
    public Optional<Municipality> mostNamed(String text) {
        Map<Municipality, Integer> counts = new HashMap<>();
        Set<Municipality> asOrganisation = new HashSet<>();
        for (Mention m : findIn(text)) {
            if (!m.fuzzy()) {
                counts.merge(m.municipality(), 1, Integer::sum);
                if (namesOrganisation(text, m)) {
                    asOrganisation.add(m.municipality());
                }
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= MIN_CONTENT_MENTIONS && 2 * e.getValue() > total)
                .map(Map.Entry::getKey)
                .filter(asOrganisation::contains);
    }

    /**
     * "Söderköpings kommun", "Lidingö stad", "Region Kalmar län": the organisation, not only the place. A page of the
     * organisation names it so at least once; a text that names the town only (a university's report, "Uppsala
     * universitet" seven times) is not its page.
     */
    private static boolean namesOrganisation(String text, Mention m) {
        String span = fold(text.substring(m.start(), m.end()));
        return span.endsWith(" kommun") || span.endsWith(" kommuns") || span.endsWith(" stad") || span.endsWith(" stads")
                || span.startsWith("region");
    }

    /** The genitive Swedes write: "Hedemoras", "Upplands Väsbys", but "Borås", "Kramfors", "Kalix". */
    public static String genitive(Municipality municipality) {
        return genitive(municipality.isKommun() ? municipality.name() : municipality.official());
    }

    static String genitive(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return last == 's' || last == 'x' || last == 'z' ? name : name + "s";
    }

    private static boolean namesRegion(String text, Mention m) {
        String span = fold(text.substring(m.start(), m.end()));
        return span.startsWith("region") || span.endsWith(" lan") || span.endsWith("regionen");
    }

    /** Lower-cases and strips diacritics one character at a time, so offsets are kept (see {@link NameText}). */
    static String fold(String s) {
        return NameText.fold(s);
    }
}
