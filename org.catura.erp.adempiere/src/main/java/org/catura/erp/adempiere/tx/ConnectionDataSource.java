package org.catura.erp.adempiere.tx;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource handing out connections the ERP creates (DB.createConnection), so Flyway
 * migrates the plugins' tables in the ERP's own database without a second pool. Each call gives
 * a new connection the caller closes.
 */
public final class ConnectionDataSource implements DataSource {

    private final Supplier<Connection> connections;
    private PrintWriter logWriter;
    private int loginTimeout;

    public ConnectionDataSource(Supplier<Connection> connections) {
        this.connections = connections;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c;
        try {
            c = connections.get();
        } catch (RuntimeException e) {
            throw new SQLException("The ERP could not open a database connection: " + e.getMessage(), e);
        }
        if (c == null) {
            throw new SQLException("The ERP could not open a database connection (is it connected?)");
        }
        return c;
    }

    /** The ERP's connections carry its own credentials; others cannot be asked for. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("Connections come from the ERP with its own credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
