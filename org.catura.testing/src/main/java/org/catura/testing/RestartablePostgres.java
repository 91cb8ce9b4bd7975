package org.catura.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL of its own that a test can stop and start again on the same port and
 * data directory, as a database server restarted under a running engine: what was committed is
 * there again, connections open at the stop are broken. Unlike {@link TestDatabase} it is not
 * shared; close it to stop it for good.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts a server on a free port with its data in {@code dataDirectory} (made by initdb when empty). */
    public static RestartablePostgres start(Path dataDirectory) {
        RestartablePostgres server = new RestartablePostgres(dataDirectory, freePort());
        server.start();
        return server;
    }

    /** Starts the server again on its port and data directory; a no-op while it runs. */
    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false).setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off").start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start on port " + port + " with "
                    + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server (fast shutdown: open transactions are rolled back, clients cut off); the data stays. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL on port " + port + " did not stop: "
                    + e.getMessage(), e);
        } finally {
            postgres = null;
        }
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of the {@code postgres} database, the same before and after a restart. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** The superuser, who signs in without a password. */
    public String user() {
        return "postgres";
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
