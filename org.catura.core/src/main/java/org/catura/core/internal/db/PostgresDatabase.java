package org.catura.core.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.api.db.TxWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The standalone runtime's database: a HikariCP pool on PostgreSQL. Only active when
 * configured; inside iDempiere the ERP port provides {@link Database} instead.
 */
@Component(service = Database.class, configurationPid = "org.catura.database",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DatabaseConfig.class)
public final class PostgresDatabase implements Database {

    private final HikariDataSource pool;
    private final JdbcDatabase database;

    /**
     * How long the pool waits for the server: to connect, for any answer on the socket (a server
     * or link that died without a word), and for one statement (a lock never released, a runaway
     * query; the server cancels it). {@link Duration#ZERO} switches one off. The socket timeout
     * should exceed the statement timeout, so that the server's cancel comes first and the
     * connection survives.
     */
    public record Timeouts(Duration connect, Duration socket, Duration statement) {

        /** 10 s to connect, 120 s on the socket, 60 s per statement: below the engine's 5-minute lease. */
        public static final Timeouts DEFAULTS = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(120),
                Duration.ofSeconds(60));

        public Timeouts {
            for (Duration d : new Duration[] {connect, socket, statement}) {
                if (d == null || d.isNegative()) {
                    throw new IllegalArgumentException("Database timeouts are zero (off) or positive, were "
                            + connect + ", " + socket + ", " + statement);
                }
            }
        }
    }

    @Activate
    public PostgresDatabase(DatabaseConfig config) {
        this.pool = open(config.url(), config.user(), config.password(), config.poolSize(),
                new Timeouts(Duration.ofSeconds(config.connectTimeoutSeconds()),
                        Duration.ofSeconds(config.socketTimeoutSeconds()),
                        Duration.ofSeconds(config.statementTimeoutSeconds())));
        this.database = new JdbcDatabase(pool, config.clientId());
    }

    /** With the {@link Timeouts#DEFAULTS default timeouts}. */
    public static HikariDataSource open(String url, String user, String password, int poolSize) {
        return open(url, user, password, poolSize, Timeouts.DEFAULTS);
    }

    /**
     * Opens a pool and checks a connection, failing with one line a person can act on. Every
     * connection has TCP keep-alive and the {@code timeouts}; the pool pings idle connections, so
     * that after a database restart broken ones are replaced before a worker gets them.
     */
    public static HikariDataSource open(String url, String user, String password, int poolSize, Timeouts timeouts) {
        // Hand Hikari a driver data source: it cannot load driver classes by name inside OSGi.
        PGSimpleDataSource driver = new PGSimpleDataSource();
        try {
            driver.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new DatabaseException("Not a PostgreSQL JDBC URL: " + url, e);
        }
        driver.setUser(user);
        driver.setPassword(password);
        driver.setTcpKeepAlive(true);
        driver.setConnectTimeout(seconds(timeouts.connect()));
        driver.setSocketTimeout(seconds(timeouts.socket()));
        // Set per session by the server itself: a cancelled statement leaves the connection usable.
        String options = driver.getOptions() == null ? "" : driver.getOptions().strip() + " ";
        driver.setOptions(options + "-c statement_timeout=" + timeouts.statement().toMillis());
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(driver);
        hc.setMaximumPoolSize(poolSize);
        hc.setPoolName("catura");
        hc.setInitializationFailTimeout(-1);
        hc.setConnectionTimeout(10_000);
        hc.setValidationTimeout(5_000);
        hc.setKeepaliveTime(60_000);
        HikariDataSource ds = new HikariDataSource(hc);
        try (var c = ds.getConnection()) {
            return ds;
        } catch (Exception e) {
            ds.close();
            throw new DatabaseException("Cannot connect to PostgreSQL at " + url + ": " + rootMessage(e), e);
        }
    }

    /** Whole seconds, at least 1 for anything above zero (the driver counts in seconds; 0 is off). */
    private static int seconds(Duration d) {
        return d.isZero() ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toSeconds()));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    @Deactivate
    void close() {
        pool.close();
    }

    @Override
    public <T> T inTransaction(TxWork<T> work) {
        return database.inTransaction(work);
    }

    @Override
    public <T> T inTransaction(int clientId, TxWork<T> work) {
        return database.inTransaction(clientId, work);
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }
}
