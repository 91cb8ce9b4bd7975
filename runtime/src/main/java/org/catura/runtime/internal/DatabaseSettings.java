package org.catura.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Hashtable;
import java.util.Properties;

/** Where the database is: becomes the configuration {@code org.catura.database}. */
record DatabaseSettings(String url, String user, String password, int poolSize) {

    static final String PID = "org.catura.database";

    Hashtable<String, Object> toConfiguration() {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("url", url);
        p.put("user", user);
        p.put("password", password);
        p.put("poolSize", poolSize);
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
        props.setProperty("connectTimeout", "10");
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
