package se.kommunsvar.municipality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which municipality or region a web address belongs to: by its known domains (any subdomain included), or else
 * by a {@code .se} host named after it ("hedemora-kommun.se", "regionkalmar.se"). Separately, on a host that
 * belongs to none, the kommun its path names ({@link PathNames}).
 */
final class Addresses {

    private final Map<String, Municipality> domains = new HashMap<>();
    private final Map<String, Municipality> slugs = new HashMap<>();

    /** Kommuner come first, so a host name that a kommun and a region could both claim is the kommun's. */
    private final PathNames paths;

    Addresses(List<Municipality> all, Set<Municipality> ambiguous) {
        this.paths = new PathNames(all, ambiguous);
        all.stream().filter(Municipality::isKommun).forEach(this::indexKommun);
        all.stream().filter(m -> !m.isKommun()).forEach(this::indexRegion);
    }

    /** The owner of the address; empty for unknown hosts and bad addresses. */
    Optional<Municipality> owner(String url) {
        return HostNames.host(url).flatMap(this::byHost);
    }

    /** The kommun the address's path names, when its host belongs to none; see {@link PathNames}. */
    Optional<Municipality> namedInPath(String url) {
        return HostNames.host(url).isPresent() && owner(url).isEmpty() ? paths.owner(url) : Optional.empty();
    }

    private void indexKommun(Municipality m) {
        String slug = NameText.key(m.name()).replace(' ', '-');
        for (String s : List.of(slug, slug.replace("-", ""))) {
            slugs.putIfAbsent(s, m);
            slugs.putIfAbsent(s + "kommun", m);
            slugs.putIfAbsent(s + "-kommun", m);
        }
        putDomains(m);
    }

    private void indexRegion(Municipality m) {
        for (String stem : NameText.regionStems(m)) {
            slugs.putIfAbsent("region" + stem.replace(" ", ""), m);
        }
        putDomains(m);
    }

    private void putDomains(Municipality m) {
        for (String domain : m.domains()) {
            String key = NameText.fold(domain);
            Municipality old = domains.putIfAbsent(key, m);
            if (old != null && !old.equals(m)) {
                throw new IllegalStateException("The domain '" + key + "' belongs to both " + old.name()
                        + " and " + m.name());
            }
        }
    }

    private Optional<Municipality> byHost(String host) {
        String h = NameText.fold(host);
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
}
