package org.catura.core.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

    @Activate
    public PostgresDatabase(DatabaseConfig config) {
        this.pool = open(config.url(), config.user(), config.password(), config.poolSize());
        this.database = new JdbcDatabase(pool);
    }

    /** Opens a pool and checks a connection, failing with one line a person can act on. */
    public static HikariDataSource open(String url, String user, String password, int poolSize) {
        // Hand Hikari a driver data source: it cannot load driver classes by name inside OSGi.
        PGSimpleDataSource driver = new PGSimpleDataSource();
        try {
            driver.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new DatabaseException("Not a PostgreSQL JDBC URL: " + url, e);
        }
        driver.setUser(user);
        driver.setPassword(password);
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(driver);
        hc.setMaximumPoolSize(poolSize);
        hc.setPoolName("catura");
        hc.setInitializationFailTimeout(-1);
        hc.setConnectionTimeout(10_000);
        HikariDataSource ds = new HikariDataSource(hc);
        try (var c = ds.getConnection()) {
            return ds;
        } catch (Exception e) {
            ds.close();
            throw new DatabaseException("Cannot connect to PostgreSQL at " + url + ": " + rootMessage(e), e);
        }
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
    public DataSource dataSource() {
        return pool;
    }
}
