package se.kommunsvar.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds a busy port before the slow start-up work (building the index) instead of after it. */
final class PortCheck {

    private PortCheck() {
    }

    /** Throws with a clear message when the port cannot be listened on; port 0 (any free port) always can. */
    static void requireFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            // as the server's own socket will: an old connection in TIME_WAIT does not make the port busy
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use (is a server already running?): stop it or "
                    + "choose another with --port (" + e.getMessage() + ")", e);
        }
    }
}
