package se.kommunsvar.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose {@code X-Forwarded-For} header is believed ({@value #ENV}: comma-separated addresses or
 * CIDR ranges, such as {@code 127.0.0.1,10.0.0.0/8,::1}). A request from any other peer is that peer's; a request
 * from a trusted proxy is the right-most address in its forwarding chain that is not itself a trusted proxy, since
 * every address left of that one was written by the client and can be anything.
 *
 * <p>Addresses are parsed as literals only (never a DNS lookup): a header value is input.
 */
public final class TrustedProxies {

    public static final String ENV = "KOMMUNSVAR_TRUSTED_PROXIES";
    /** No proxy is trusted: the TCP peer is the client (the default, safe when the server faces the internet). */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private static final int IPV4_PARTS = 4;
    private static final int MAX_IPV4_PART_DIGITS = 3;
    /** Longer entries cannot be an address (the longest IPv6 text with an IPv4 tail is 45 characters). */
    private static final int MAX_ADDRESS_CHARS = 64;

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses the setting; blank or missing means {@link #NONE}. Bad entries are reported, never skipped. */
    public static TrustedProxies parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : value.split(",")) {
            String e = entry.strip();
            if (!e.isEmpty()) {
                ranges.add(Range.parse(e).orElseThrow(() -> new IllegalArgumentException(
                        ENV + " holds '" + e + "', which is neither an IP address nor a CIDR range such as 10.0.0.0/8")));
            }
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether this literal address belongs to a trusted proxy. */
    public boolean trusts(String address) {
        return literal(address).map(this::trusts).orElse(false);
    }

    private boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    /**
     * The client's address: the peer unless the peer is trusted; then, reading the forwarding headers (in the order
     * received, each a comma-separated list) from the right, the first address that is not a trusted proxy. An
     * entry that is not an address ends the walk at the last trusted hop, which is the one that passed it on.
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        if (ranges.isEmpty() || !trusts(peer)) {
            return peer;
        }
        List<String> chain = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                chain.add(hop.strip());
            }
        }
        String client = peer;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(chain.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get().getHostAddress();
            if (!trusts(hop.get())) {
                return client;
            }
        }
        return client;
    }

    @Override
    public String toString() {
        return ranges.isEmpty() ? "none" : ranges.toString();
    }

    /** An IP literal (IPv4 dotted quad, or IPv6 with colons, optionally in brackets); never resolved by DNS. */
    static Optional<InetAddress> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_ADDRESS_CHARS) {
            return Optional.empty();
        }
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!t.contains(":") && !isDottedQuad(t)) {
            return Optional.empty();
        }
        if (!t.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return Optional.empty();
        }
        try {
            // with a colon or a dotted quad of digits, getByName parses a literal and never asks DNS
            return Optional.of(InetAddress.getByName(t));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isDottedQuad(String t) {
        String[] parts = t.split("\\.", -1);
        if (parts.length != IPV4_PARTS) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > MAX_IPV4_PART_DIGITS || !p.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** An address with a prefix length: the network {@code 10.0.0.0/8}, or one host when no prefix is given. */
    private record Range(byte[] network, int prefix, String text) {

        static Optional<Range> parse(String entry) {
            int slash = entry.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int bits = bytes.length * Byte.SIZE;
            int prefix = bits;
            if (slash >= 0) {
                String p = entry.substring(slash + 1);
                if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                    return Optional.empty();
                }
                prefix = Integer.parseInt(p);
                if (prefix > bits) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(bytes, prefix, entry));
        }

        boolean contains(InetAddress address) {
            byte[] other = address.getAddress();
            if (other.length != network.length) {
                return false;
            }
            int full = prefix / Byte.SIZE;
            for (int i = 0; i < full; i++) {
                if (other[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % Byte.SIZE;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (Byte.SIZE - rest)) & 0xFF;
            return (other[full] & mask) == (network[full] & mask);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
