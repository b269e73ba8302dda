package se.kommunsvar.ingest.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses addresses a public crawler has no business fetching: anything not http(s); loopback, private (site-local,
 * ULA fc00::/7, carrier-grade NAT 100.64/10), link-local, any-local, multicast and reserved addresses, and IPv6
 * addresses that embed one of those IPv4 addresses (IPv4-compatible, IPv4-mapped, NAT64, 6to4, Teredo). Every redirect hop is checked, so an
 * editor's re-index call cannot be turned into a probe of the internal network.
 */
public final class AddressGuard {

    /** The kind of refusal for an address that is not http(s) (a redirect to {@code file:}, say). */
    public static final String NOT_HTTP = "not http";

    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Throws unless the address is http(s) with a host that resolves only to public addresses (or private ones are allowed). */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(NOT_HTTP, "only http and https addresses are fetched: " + uri);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchException("address", "the address has no host: " + uri);
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException("dns", "unknown host " + uri.getHost(), e);
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                throw new FetchException("refused", uri.getHost() + " resolves to the non-public address "
                        + a.getHostAddress() + "; private hosts are fetched only with --allow-private-hosts");
            }
        }
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPrivateIpv4(b);
        }
        return a instanceof Inet6Address && isPrivateIpv6(b);
    }

    /**
     * "This network" 0/8, carrier-grade NAT 100.64/10, link-local 169.254/16, IETF protocol assignments 192.0.0/24,
     * benchmarking 198.18/15, and the reserved 240/4 (with broadcast), besides what {@link InetAddress} knows.
     */
    private static boolean isPrivateIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || first == 10 || first == 127 || first == 100 && second >= 64 && second < 128
                || first == 169 && second == 254 || first == 172 && second >= 16 && second < 32
                || first == 192 && second == 168 || first == 192 && second == 0 && (b[2] & 0xff) == 0
                || first == 198 && (second == 18 || second == 19) || first >= 224;
    }

    /**
     * Unique local fc00::/7, site-local fec0::/10, discard-only 100::/64, documentation 2001:db8::/32, local-use
     * NAT64 64:ff9b:1::/48, and every form that carries an IPv4 address judged as that address: IPv4-compatible
     * ::a.b.c.d, IPv4-mapped ::ffff:a.b.c.d, IPv4-translated ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16
     * (the address in bits 16–47) and Teredo 2001::/32 (the client's address, inverted, in the last 32 bits).
     * A crawler that let {@code [::127.0.0.1]} or {@code [64:ff9b::10.0.0.1]} through would reach the internal
     * network through a translating gateway or the host's own stack.
     */
    private static boolean isPrivateIpv6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc || (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return true;
        }
        if (startsWith(b, 0x01, 0x00, 0, 0, 0, 0, 0, 0) || startsWith(b, 0x20, 0x01, 0x0d, 0xb8)
                || startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
            return true;
        }
        if (allZero(b, 0, 10) && (allZero(b, 10, 12) || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)
                || startsWith(b, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0)
                || startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0)) {
            return isPrivateIpv4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        if (startsWith(b, 0x20, 0x02)) {
            return isPrivateIpv4(new byte[] {b[2], b[3], b[4], b[5]});
        }
        if (startsWith(b, 0x20, 0x01, 0x00, 0x00)) {
            return isPrivateIpv4(new byte[] {(byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]})
                    || isPrivateIpv4(new byte[] {b[4], b[5], b[6], b[7]});
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
