package org.catura.shipping.internal.confirmation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;

/**
 * The confirmation side of CAT_Carrier as the readers need it: read here directly, so the
 * confirmations do not wait for the {@code Carriers} service (and its caches) to exist.
 */
public final class ReturnChannels {

    /** One carrier's return channel; {@code secretSealed} as stored, opened only by the reader that logs in. */
    public record ReturnChannel(int carrierId, String carrier, String name, String channel, String host, Integer port,
            String path, String user, String secretSealed, String hostKey, String trackingNoPattern,
            String trackingUrl) {
    }

    private static final String COLUMNS = """
            CAT_Carrier_ID, Value, Name, ReturnChannel, ReturnHost, ReturnPort, ReturnPath, ReturnUser,
            ReturnSecretSealed, ReturnHostKey, TrackingNoPattern, TrackingURL from CAT_Carrier""";

    public Optional<ReturnChannel> find(Tx tx, String carrier) {
        return Sql.one(tx, "select " + COLUMNS + " where AD_Client_ID = ? and lower(Value) = lower(?)",
                ReturnChannels::row, tx.clientId(), carrier);
    }

    public Optional<ReturnChannel> get(Tx tx, int carrierId) {
        return Sql.one(tx, "select " + COLUMNS + " where CAT_Carrier_ID = ?", ReturnChannels::row, carrierId);
    }

    /** The active carriers of the tenant whose confirmations come back through {@code channel}. */
    public List<ReturnChannel> byChannel(Tx tx, String channel) {
        return Sql.query(tx, "select " + COLUMNS + " where AD_Client_ID = ? and IsActive = 'Y' and ReturnChannel = ?"
                + " order by Value", ReturnChannels::row, tx.clientId(), channel);
    }

    private static ReturnChannel row(ResultSet rs) throws SQLException {
        return new ReturnChannel(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.integer(rs, "ReturnPort"), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12));
    }
}
