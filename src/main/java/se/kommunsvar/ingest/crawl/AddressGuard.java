package se.kommunsvar.ingest.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses addresses a public crawler has no business fetching: loopback, private (site-local, ULA fc00::/7,
 * carrier-grade NAT 100.64/10), link-local, any-local and multicast. Every redirect hop is checked, so an
 * editor's re-index call cannot be turned into a probe of the internal network.
 */
public final class AddressGuard {

    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Throws unless the address is http(s) with a host that resolves only to public addresses (or private ones are allowed). */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused", "only http and https addresses are fetched: " + uri);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchException("refused", "the address has no host: " + uri);
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
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 || first == 169 && second == 254
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0 || first >= 240;
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc || isMappedPrivate(b);
        }
        return false;
    }

    /** An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as its IPv4 address. */
    private static boolean isMappedPrivate(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        if ((b[10] & 0xff) != 0xff || (b[11] & 0xff) != 0xff) {
            return false;
        }
        try {
            return isPrivate(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
