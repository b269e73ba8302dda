package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every address form that reaches a private IPv4 address is refused (issue 13 §9); public ones pass. */
class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "::127.0.0.1", "::10.0.0.1", "::ffff:127.0.0.1", "::ffff:192.168.1.1", "::ffff:0:10.0.0.1",
            "64:ff9b::127.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b::10.1.2.3", "64:ff9b:1::8.8.8.8",
            "2002:7f00:1::", "2002:a00:1::1", "2002:c0a8:101::1", "2002:a9fe:a9fe::",
            "2001:0:4136:e378:8000:63bf:80ff:fffe", "2001:0:7f00:1::1",
            "fd00::1", "fc00::1", "fe80::1", "fec0::1", "ff02::1", "::", "::1", "100::1", "2001:db8::1",
            "127.0.0.1", "127.1.2.3", "0.0.0.0", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.0.1",
            "169.254.169.254", "100.64.0.1", "192.0.0.8", "198.18.0.1", "224.0.0.1", "240.0.0.1", "255.255.255.255"})
    void private_addresses_in_every_form_are_private(String address) throws Exception {
        assertTrue(AddressGuard.isPrivate(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "193.44.0.1", "100.128.0.1", "172.32.0.1", "2001:4860:4860::8888",
            "2a00:1450:400f:80c::200e", "64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8",
            "2001:0:4136:e378:8000:63bf:f7f7:f7f7"})
    void public_addresses_are_not(String address) throws Exception {
        assertFalse(AddressGuard.isPrivate(InetAddress.getByName(address)), address);
    }

    @Test
    void a_bracketed_ipv4_compatible_loopback_url_is_refused() {
        FetchException e = assertThrows(FetchException.class,
                () -> new AddressGuard(false).check(URI.create("http://[::127.0.0.1]:8080/")));
        assertEquals("refused", e.kind());
    }

    @Test
    void a_non_http_address_is_refused_as_such_even_when_private_hosts_are_allowed() {
        FetchException e = assertThrows(FetchException.class,
                () -> new AddressGuard(true).check(URI.create("file:///etc/passwd")));
        assertEquals(AddressGuard.NOT_HTTP, e.kind());
        assertFalse(e.getMessage().contains("allow-private-hosts"), e.getMessage());
    }
}
