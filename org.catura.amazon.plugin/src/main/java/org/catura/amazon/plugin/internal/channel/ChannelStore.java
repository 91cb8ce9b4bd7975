package org.catura.amazon.plugin.internal.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;

/** The amazon_channel table. Secrets arrive here sealed already; {@code who} goes to updated_by. */
final class ChannelStore {

    private static final String SELECT = """
            select name, seller_id, endpoint, token_url, marketplace_ids, client_id, client_secret_sealed,
                   refresh_token_sealed, import_interval_seconds, overlap_minutes, time_compression, sync_enabled,
                   import_since, version
              from amazon_channel""";

    Optional<StoredChannel> find(Tx tx, String name) {
        return Sql.one(tx.connection(), SELECT + " where name = ?", ChannelStore::row, name);
    }

    Optional<StoredChannel> lock(Tx tx, String name) {
        return Sql.one(tx.connection(), SELECT + " where name = ? for update", ChannelStore::row, name);
    }

    List<StoredChannel> all(Tx tx) {
        return Sql.query(tx.connection(), SELECT + " order by name", ChannelStore::row);
    }

    void insert(Tx tx, AmazonChannel c, String sealedSecret, String sealedRefresh, String who) {
        Sql.update(tx.connection(), """
                insert into amazon_channel (name, seller_id, endpoint, token_url, marketplace_ids, client_id,
                       client_secret_sealed, refresh_token_sealed, import_interval_seconds, overlap_minutes,
                       time_compression, sync_enabled, import_since, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", c.name(), c.sellerId(), c.endpoint(), c.tokenUrl(),
                String.join(",", c.marketplaceIds()), c.clientId(), Sql.text(sealedSecret), Sql.text(sealedRefresh),
                c.importIntervalSeconds(), c.overlapMinutes(), c.timeCompression(), c.syncEnabled(),
                Sql.timestamp(c.importSince()), Sql.text(who));
    }

    /** Replaces the settings; a null sealed value keeps the stored one. */
    void update(Tx tx, AmazonChannel c, String sealedSecret, String sealedRefresh, String who) {
        Sql.update(tx.connection(), """
                update amazon_channel set seller_id = ?, endpoint = ?, token_url = ?, marketplace_ids = ?,
                       client_id = ?, client_secret_sealed = coalesce(?, client_secret_sealed),
                       refresh_token_sealed = coalesce(?, refresh_token_sealed), import_interval_seconds = ?,
                       overlap_minutes = ?, time_compression = ?, sync_enabled = ?, import_since = ?,
                       version = version + 1, updated_at = now(), updated_by = ?
                 where name = ?""", c.sellerId(), c.endpoint(), c.tokenUrl(), String.join(",", c.marketplaceIds()),
                c.clientId(), Sql.text(sealedSecret), Sql.text(sealedRefresh), c.importIntervalSeconds(),
                c.overlapMinutes(), c.timeCompression(), c.syncEnabled(), Sql.timestamp(c.importSince()), Sql.text(who),
                c.name());
    }

    private static StoredChannel row(ResultSet rs) throws SQLException {
        String secret = rs.getString("client_secret_sealed");
        String refresh = rs.getString("refresh_token_sealed");
        String ids = rs.getString("marketplace_ids");
        AmazonChannel channel = new AmazonChannel(rs.getString("name"), rs.getString("seller_id"),
                rs.getString("endpoint"), rs.getString("token_url"),
                ids.isBlank() ? List.of() : Arrays.asList(ids.split(",")), rs.getString("client_id"),
                rs.getLong("import_interval_seconds"), rs.getInt("overlap_minutes"), rs.getDouble("time_compression"),
                rs.getBoolean("sync_enabled"), Sql.instant(rs, "import_since"), secret != null, refresh != null);
        return new StoredChannel(channel, rs.getLong("version"), secret, refresh);
    }
}
