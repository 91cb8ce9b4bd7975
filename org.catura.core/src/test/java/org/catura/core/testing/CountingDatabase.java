package org.catura.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.JdbcDatabase;

/** A {@link Database} that counts the statements it sends to PostgreSQL (one per execute, one per batch). */
public final class CountingDatabase {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeBatch", "executeLargeUpdate", "executeLargeBatch");

    private final AtomicLong statements = new AtomicLong();
    private final Database database;

    public CountingDatabase(DataSource dataSource) {
        DataSource counting = proxy(DataSource.class, dataSource, (target, m, args) -> {
            Object result = m.invoke(target, args);
            return result instanceof Connection c ? proxy(Connection.class, c, this::statementsOf) : result;
        });
        this.database = new JdbcDatabase(counting);
    }

    public Database database() {
        return database;
    }

    public long statements() {
        return statements.get();
    }

    public void reset() {
        statements.set(0);
    }

    private Object statementsOf(Object target, java.lang.reflect.Method m, Object[] args) throws Exception {
        Object result = m.invoke(target, args);
        Call counted = (t, sm, sargs) -> {
            if (EXECUTIONS.contains(sm.getName())) {
                statements.incrementAndGet();
            }
            return sm.invoke(t, sargs);
        };
        if (result instanceof java.sql.PreparedStatement ps) {
            return proxy(java.sql.PreparedStatement.class, ps, counted);
        }
        if (result instanceof Statement s) {
            return proxy(Statement.class, s, counted);
        }
        return result;
    }

    @FunctionalInterface
    private interface Call {
        Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, m, args) -> {
            try {
                return call.invoke(target, m, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(CountingDatabase.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
