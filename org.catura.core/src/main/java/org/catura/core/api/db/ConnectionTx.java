package org.catura.core.api.db;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Tx} every {@link Database} hands out: a connection and a name whose commit the
 * database drives, and the after-commit actions it runs once that commit succeeded.
 */
public final class ConnectionTx implements Tx {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionTx.class);

    private final Supplier<Connection> connection;
    private final String name;
    private final int clientId;
    private final List<Runnable> afterCommit = new ArrayList<>();

    /** @param connection asked on each use: an ERP's transaction may open its connection only when first used */
    public ConnectionTx(Supplier<Connection> connection, String name) {
        this(connection, name, STANDALONE_CLIENT_ID);
    }

    /** @param clientId the tenant the work is for */
    public ConnectionTx(Supplier<Connection> connection, String name, int clientId) {
        if (clientId < 0) {
            throw new IllegalArgumentException("A tenant (AD_Client_ID) is 0 or more, was " + clientId);
        }
        this.connection = connection;
        this.name = name;
        this.clientId = clientId;
    }

    @Override
    public Connection connection() {
        return connection.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int clientId() {
        return clientId;
    }

    @Override
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /**
     * Runs the after-commit actions in the order they were added; call it once, after the commit.
     * One failing action is logged and does not keep the others from running: the work is
     * committed already.
     */
    public void committed() {
        for (Runnable action : afterCommit) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("After-commit action of {} failed: {}", name, e.getMessage(), e);
            }
        }
    }
}
