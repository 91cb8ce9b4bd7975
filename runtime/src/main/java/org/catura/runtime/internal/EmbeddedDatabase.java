package org.catura.runtime.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's PostgreSQL: zonky's embedded server on a data folder that is kept between runs,
 * on a port chosen once and stored beside it. A second command on the same folder (say
 * {@code catura orders} while the demo runs) finds the server up and uses it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static EmbeddedDatabase open(Path folder) {
        return open(folder, Map.of());
    }

    /**
     * With extra server settings ({@code -c name=value}) for a server this call starts; a server
     * already running on the folder keeps the settings it was started with.
     */
    static EmbeddedDatabase open(Path folder, Map<String, String> serverSettings) {
        try {
            Files.createDirectories(folder);
            int port = port(folder);
            if (listening(port)) {
                return new EmbeddedDatabase(null, port);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            serverSettings.forEach(builder::setServerConfig);
            EmbeddedPostgres pg = builder
                    .setDataDirectory(folder.resolve("pgdata"))
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPgBinaryResolver(EmbeddedDatabase::binaries)
                    .start();
            return new EmbeddedDatabase(pg, port);
        } catch (IOException | RuntimeException e) {
            throw new FailureException("Cannot start the embedded PostgreSQL in " + folder + ": "
                    + DatabaseSettings.rootMessage(e), e);
        }
    }

    DatabaseSettings settings() {
        return new DatabaseSettings("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "", 10);
    }

    /** True when this process started the server (and stops it on close). */
    boolean owned() {
        return postgres != null;
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Stopping the embedded PostgreSQL failed: " + e.getMessage());
            }
        }
    }

    /** The binaries are inside this bundle; zonky's own class-path scan does not see bundle resources. */
    private static InputStream binaries(String system, String hardware) throws IOException {
        String name = "/postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware + ".txz";
        InputStream in = EmbeddedDatabase.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("no PostgreSQL binaries for " + system + " " + hardware + " in this runtime (" + name + ")");
        }
        return in;
    }

    private static int port(Path folder) throws IOException {
        Path file = folder.resolve("port");
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IOException(file + " should hold a port number, not '" + text + "'");
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.writeString(file, Integer.toString(port), StandardCharsets.US_ASCII);
        return port;
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
