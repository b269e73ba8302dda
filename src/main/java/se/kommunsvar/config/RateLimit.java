package se.kommunsvar.config;

import java.util.Locale;

/**
 * How many questions one client may ask: a burst of {@code burst} requests, refilled at {@code perSecond}.
 * Read from {@code KOMMUNSVAR_RATE_LIMIT} as {@code "burst,perSecond"} (default {@code "20,10"}) or {@code "off"}.
 */
public record RateLimit(int burst, double perSecond) {

    public static final RateLimit DEFAULT = new RateLimit(20, 10);
    public static final RateLimit OFF = new RateLimit(Integer.MAX_VALUE, Double.POSITIVE_INFINITY);

    public RateLimit {
        if (burst < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("a rate limit needs a burst of at least 1 and a positive rate per second");
        }
    }

    public boolean enabled() {
        return !equals(OFF);
    }

    /** Parses {@code "20,10"}, {@code "off"}, or empty (the default). */
    public static RateLimit parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return DEFAULT;
        }
        if (v.equals("off")) {
            return OFF;
        }
        String[] parts = v.split(",");
        try {
            if (parts.length == 2) {
                return new RateLimit(Integer.parseInt(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("the rate limit \"" + value + "\" is neither \"off\" nor \"burst,perSecond\" "
                + "such as \"20,10\"");
    }

    @Override
    public String toString() {
        return enabled() ? burst + " burst, " + perSecond + "/s per client" : "off";
    }
}
