package org.catura.runtime.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Database;
import org.catura.core.api.process.OrderProcess;

/**
 * One command's connection to the database and the order process: starts the embedded
 * PostgreSQL or checks the external one, configures the components, waits for their services,
 * and takes it all down again in the right order.
 */
final class Session implements AutoCloseable {

    static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(90);
    private static final String SECRETS_PID = "org.catura.secrets";
    private static final String AMAZON_PID = "org.catura.amazon.import";
    private static final String RETENTION_PID = "org.catura.retention";
    /**
     * The host of the demo's SP-API sandbox, which binds loopback on a port of its choosing: channels
     * of an embedded (demo) database may sign in there. {@code catura run} allows only what its
     * configuration's {@code amazon.allowedHosts} names.
     */
    static final String SANDBOX_HOST = "127.0.0.1";

    private final Framework framework;
    private final EmbeddedDatabase embedded;
    private final Database database;
    private final OrderProcess process;
    private final String url;

    private Session(Framework framework, EmbeddedDatabase embedded, Database database, OrderProcess process,
            String url) {
        this.framework = framework;
        this.url = url;
        this.embedded = embedded;
        this.database = database;
        this.process = process;
    }

    /** On the embedded PostgreSQL in {@code dataFolder}. */
    static Session embedded(Framework framework, Path dataFolder, String node, int workers) {
        return embedded(framework, dataFolder, node, workers, Map.of());
    }

    /** On the embedded PostgreSQL, started with extra server settings if this call starts it. */
    static Session embedded(Framework framework, Path dataFolder, String node, int workers,
            Map<String, String> serverSettings) {
        return embedded(framework, dataFolder, node, workers, serverSettings, List.of());
    }

    /** ... and Amazon channels allowed to sign in to {@code allowedHosts} besides the sandbox's host. */
    static Session embedded(Framework framework, Path dataFolder, String node, int workers,
            Map<String, String> serverSettings, List<String> allowedHosts) {
        EmbeddedDatabase pg = EmbeddedDatabase.open(dataFolder, serverSettings);
        AmazonSettings amazon = new AmazonSettings(allowedHosts, AmazonSettings.DEFAULT_IMPORT_ERROR_HOLD_HOURS)
                .allowing(List.of(SANDBOX_HOST));
        try {
            return start(framework, pg, pg.settings(), node, workers, dataFolder.resolve("secret.key"), amazon,
                    RunConfiguration.DEFAULT_RETENTION_DAYS);
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** On the PostgreSQL of a {@code catura run} configuration, with the configured workers. */
    static Session external(Framework framework, RunConfiguration config) {
        return external(framework, config, config.workers());
    }

    /** On the PostgreSQL of a {@code catura run} configuration, with {@code workers} (0: reads only). */
    static Session external(Framework framework, RunConfiguration config, int workers) {
        config.database().checkReachable();
        return start(framework, null, config.database(), config.nodeName(), workers, config.secretKeyFile(),
                config.amazon(), config.retentionDays());
    }

    private static Session start(Framework framework, EmbeddedDatabase pg, DatabaseSettings db, String node,
            int workers, Path secretKeyFile, AmazonSettings amazon, int retentionDays) {
        framework.configure(SECRETS_PID, secretsConfiguration(secretKeyFile));
        framework.configure(RETENTION_PID, RunConfiguration.retentionConfiguration(retentionDays));
        // before the database: the Amazon component starts once, already knowing where it may sign in
        framework.configure(AMAZON_PID, amazon.toConfiguration());
        framework.configure("org.catura.process", RunConfiguration.processConfiguration(node, workers));
        framework.configure(DatabaseSettings.PID, db.toConfiguration());
        Database database = framework.await(Database.class, SERVICE_TIMEOUT);
        OrderProcess process = framework.await(OrderProcess.class, SERVICE_TIMEOUT);
        return new Session(framework, pg, database, process, db.url());
    }

    private static Hashtable<String, Object> secretsConfiguration(Path keyFile) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("keyFile", keyFile.toAbsolutePath().toString());
        return p;
    }

    Database database() {
        return database;
    }

    OrderProcess process() {
        return process;
    }

    Framework framework() {
        return framework;
    }

    String url() {
        return url;
    }

    /**
     * Stops the components before the database they use goes away, so nothing logs errors: an
     * embedded database outlives every bundle but this one (start level 1).
     */
    @Override
    public void close() {
        if (embedded != null) {
            framework.stopBundlesAboveStartLevel(1, Duration.ofSeconds(60));
            embedded.close();
        } else {
            framework.removeConfiguration(DatabaseSettings.PID);
            framework.awaitGone(Database.class, Duration.ofSeconds(30));
        }
    }
}
