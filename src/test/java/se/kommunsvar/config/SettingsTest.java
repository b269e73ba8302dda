package se.kommunsvar.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Path P = Path.of("x");

    @Test
    void the_server_listens_on_every_interface_unless_a_host_is_given() {
        assertEquals(Optional.empty(), Settings.of(P, P, P, 0, false, Map.of()).host());
        assertEquals(Optional.empty(), Settings.of(P, P, P, 0, false, Map.of(Settings.HOST_ENV, "  ")).host());
        Settings local = Settings.of(P, P, P, 0, false, Map.of(Settings.HOST_ENV, " 127.0.0.1 "));
        assertEquals(Optional.of("127.0.0.1"), local.host());
        assertTrue(local.describe().contains("host=127.0.0.1"), local.describe());
        assertEquals(Optional.of("::1"), local.withHost(Optional.of("::1")).host(), "the command line wins");
    }

    @Test
    void the_connection_cap_per_client_is_read_from_the_environment_and_must_be_positive() {
        assertEquals(Settings.DEFAULT_MAX_CONNECTIONS_PER_CLIENT, Settings.of(P, P, P, 0, false, Map.of()).maxConnectionsPerClient());
        assertEquals(200, Settings.of(P, P, P, 0, false,
                Map.of(Settings.MAX_CONNECTIONS_PER_CLIENT_ENV, "200")).maxConnectionsPerClient());
        assertThrows(IllegalArgumentException.class, () -> Settings.of(P, P, P, 0, false,
                Map.of(Settings.MAX_CONNECTIONS_PER_CLIENT_ENV, "0")));
    }
}
