package org.catura.core.internal.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.outbox.ParkedMessage;
import org.catura.core.api.outbox.ParkedMessages;

/** {@link ParkedMessages} on the catura_outbox table. */
public class ParkedMessageStore implements ParkedMessages {

    private static final String PARKED = "parked and sent_at is null";

    @Override
    public List<ParkedMessage> list(Tx tx, int limit) {
        return Sql.query(tx, "select message_id, topic, idempotency_key, attempts, last_error, created_at, parked_at"
                + " from catura_outbox where " + PARKED + " order by message_id limit ?",
                ParkedMessageStore::parked, limit);
    }

    @Override
    public long count(Tx tx) {
        return Sql.query(tx, "select count(*) from catura_outbox where " + PARKED, rs -> rs.getLong(1)).get(0);
    }

    @Override
    public boolean retry(Tx tx, long messageId, String who) {
        return Sql.update(tx, "update catura_outbox set " + BACK + " where message_id = ? and " + PARKED,
                who, messageId) == 1;
    }

    @Override
    public int retryAll(Tx tx, String who) {
        return Sql.update(tx, "update catura_outbox set " + BACK + " where " + PARKED, who);
    }

    /** A fresh attempt budget, due now; the last error stays for the record until the next attempt. */
    private static final String BACK = "parked = false, attempts = 0, next_attempt_at = now(), parked_at = null,"
            + " lease_owner = null, lease_until = null, retried_at = now(), retried_by = ?";

    private static ParkedMessage parked(ResultSet rs) throws SQLException {
        return new ParkedMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
