package org.catura.core.api.db;

import java.sql.Connection;

/** A transaction of a {@link Database} that knows no tenants, handed to work for another tenant. */
final class TenantTx implements Tx {

    private final Tx tx;
    private final int clientId;

    TenantTx(Tx tx, int clientId) {
        if (clientId < 0) {
            throw new IllegalArgumentException("A tenant (AD_Client_ID) is 0 or more, was " + clientId);
        }
        this.tx = tx;
        this.clientId = clientId;
    }

    @Override
    public Connection connection() {
        return tx.connection();
    }

    @Override
    public String name() {
        return tx.name();
    }

    @Override
    public void afterCommit(Runnable action) {
        tx.afterCommit(action);
    }

    @Override
    public int clientId() {
        return clientId;
    }
}
