package org.catura.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Hashtable;
import java.util.Properties;

/**
 * Where the database is and how long to wait for it (seconds, 0: no limit): becomes the
 * configuration {@code org.catura.database}.
 */
record DatabaseSettings(String url, String user, String password, int poolSize, int connectTimeoutSeconds,
        int socketTimeoutSeconds, int statementTimeoutSeconds) {

    static final String PID = "org.catura.database";
    static final int CONNECT_TIMEOUT = 10;
    static final int SOCKET_TIMEOUT = 120;
    static final int STATEMENT_TIMEOUT = 60;

    /** With the default timeouts. */
    DatabaseSettings(String url, String user, String password, int poolSize) {
        this(url, user, password, poolSize, CONNECT_TIMEOUT, SOCKET_TIMEOUT, STATEMENT_TIMEOUT);
    }

    Hashtable<String, Object> toConfiguration() {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("url", url);
        p.put("user", user);
        p.put("password", password);
        p.put("poolSize", poolSize);
        p.put("connectTimeoutSeconds", connectTimeoutSeconds);
        p.put("socketTimeoutSeconds", socketTimeoutSeconds);
        p.put("statementTimeoutSeconds", statementTimeoutSeconds);
        return p;
    }

    /**
     * Connects once before the components start, so that an unreachable server is one clear
     * line instead of a component that fails to activate.
     */
    void checkReachable() {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", Integer.toString(connectTimeoutSeconds));
        try {
            Connection c = new org.postgresql.Driver().connect(url, props);
            if (c == null) {
                throw new FailureException("Not a PostgreSQL JDBC URL: " + url);
            }
            c.close();
        } catch (SQLException e) {
            throw new FailureException("Cannot connect to PostgreSQL at " + url + ": " + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
