package se.kommunsvar.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cap on the connections one client address holds open at once. A connection beyond the cap is closed as soon
 * as it opens, before a byte of it is read, so one address cannot fill the server with slow or idle connections.
 * The address is the TCP peer's (never a header a client can set).
 */
final class ConnectionsPerClient implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerClient.class);

    /** At most one warning a minute: a client knocking at the cap must not flood the log. */
    private static final long WARNING_INTERVAL_NANOS = 60_000_000_000L;

    private final int max;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL_NANOS - 1);
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** Each open connection's client: a closed socket no longer knows its peer, so it is kept from the opening. */
    private final Map<Connection, InetAddress> clients = new ConcurrentHashMap<>();

    ConnectionsPerClient(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("at least one connection per client must be allowed: " + max);
        }
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection);
        if (client == null) {
            return;
        }
        clients.put(connection, client);
        int now = open.merge(client, 1, Integer::sum);
        if (now > max) {
            long at = System.nanoTime();
            long last = lastWarning.get();
            if (at - last > WARNING_INTERVAL_NANOS && lastWarning.compareAndSet(last, at)) {
                LOG.warn("a client reached {} open connections; further ones are closed until some end", max);
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress client = clients.remove(connection);
        if (client != null) {
            open.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Connections the address holds now (closed ones over the cap included until their close is seen). */
    int openFrom(InetAddress client) {
        return open.getOrDefault(client, 0);
    }

    private static InetAddress client(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress socket ? socket.getAddress() : null;
    }
}
