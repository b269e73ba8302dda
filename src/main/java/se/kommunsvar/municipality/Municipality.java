package se.kommunsvar.municipality;

import java.util.List;

/**
 * A Swedish municipality (kommun) or region.
 *
 * @param name     the short name people use, e.g. "Hedemora", "Upplands-Bro", "Västerbotten"
 * @param kind     whether this is a kommun or a region (Gotland is a kommun with the duties of a region)
 * @param county   the county (län), e.g. "Dalarnas län"
 * @param domains  the usual web domains, most used first, e.g. "hedemora.se"
 * @param official the official name, e.g. "Hedemora kommun", "Lidingö stad", "Region Kalmar län"
 */
public record Municipality(String name, Kind kind, String county, List<String> domains, String official) {

    /** The two kinds of self-governing organisation. */
    public enum Kind { KOMMUN, REGION }

    public Municipality {
        domains = List.copyOf(domains);
    }

    public boolean isKommun() {
        return kind == Kind.KOMMUN;
    }
}
