package org.catura.core.internal.outbox;

import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.Tx;
import org.catura.core.api.outbox.Outbox;
import org.catura.core.api.db.Sql;

/** {@link Outbox} on the catura_outbox table. */
public final class OutboxStore implements Outbox {

    @Override
    public boolean enqueue(Tx tx, String topic, String idempotencyKey, String payload) {
        try {
            return Sql.update(tx.connection(), """
                    insert into catura_outbox (topic, idempotency_key, payload) values (?, ?, ?)
                    on conflict (idempotency_key) do nothing""", topic, idempotencyKey, payload) == 1;
        } catch (DatabaseException e) {
            throw new DatabaseException("Queuing " + topic + " message " + idempotencyKey + " failed: "
                    + e.getMessage(), e);
        }
    }
}
