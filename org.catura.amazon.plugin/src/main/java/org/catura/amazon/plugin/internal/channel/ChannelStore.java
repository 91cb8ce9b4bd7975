package org.catura.amazon.plugin.internal.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;

/**
 * The CAT_AmazonChannel table, in iDempiere's dictionary shape. Secrets arrive here sealed
 * already; {@code who} (a Catura user name) goes to ChangedBy. TIMESTAMP columns hold UTC wall
 * time: this class converts, in SQL, in both directions. Rows written here are made by SuperUser
 * (AD_User_ID 100) for all organisations (AD_Org_ID 0) of the channel's tenant.
 */
final class ChannelStore {

    static final String TABLE = "CAT_AmazonChannel";

    /** AD_User_ID recorded as CreatedBy/UpdatedBy: SuperUser, as the standalone runtime has no ERP users. */
    private static final int SUPER_USER = 100;

    private static final String SELECT = """
            select Name, SellerID, Endpoint, TokenURL, MarketplaceIDs, ClientKey, ClientSecretSealed,
                   RefreshTokenSealed, ImportIntervalSeconds, OverlapMinutes, TimeCompression, IsSyncEnabled,
                   ImportSince at time zone 'UTC' as ImportSince, RowVersion, AD_Client_ID
              from CAT_AmazonChannel""";

    Optional<StoredChannel> find(Tx tx, String name) {
        return Sql.one(tx.connection(), SELECT + " where Name = ?", ChannelStore::row, name);
    }

    Optional<StoredChannel> lock(Tx tx, String name) {
        return Sql.one(tx.connection(), SELECT + " where Name = ? for update", ChannelStore::row, name);
    }

    /** Every channel of every tenant: a node serves them all. */
    List<StoredChannel> all(Tx tx) {
        return Sql.query(tx.connection(), SELECT + " order by Name", ChannelStore::row);
    }

    /** @param id CAT_AmazonChannel_ID, drawn from the ERP's table-id sequence */
    void insert(Tx tx, int id, AmazonChannel c, String sealedSecret, String sealedRefresh, String who) {
        Sql.update(tx.connection(), """
                insert into CAT_AmazonChannel (CAT_AmazonChannel_ID, CAT_AmazonChannel_UU, AD_Client_ID, AD_Org_ID,
                       IsActive, Created, CreatedBy, Updated, UpdatedBy, Name, SellerID, Endpoint, TokenURL,
                       MarketplaceIDs, ClientKey, ClientSecretSealed, RefreshTokenSealed, ImportIntervalSeconds,
                       OverlapMinutes, TimeCompression, IsSyncEnabled, ImportSince, ChangedBy)
                values (?, gen_random_uuid()::text, ?, 0, 'Y', now() at time zone 'UTC', ?, now() at time zone 'UTC', ?,
                        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as timestamptz) at time zone 'UTC', ?)""",
                id, c.tenantId(), SUPER_USER, SUPER_USER, c.name(), c.sellerId(), c.endpoint(), c.tokenUrl(),
                String.join(",", c.marketplaceIds()), c.clientId(), Sql.text(sealedSecret), Sql.text(sealedRefresh),
                c.importIntervalSeconds(), c.overlapMinutes(), c.timeCompression(), flag(c.syncEnabled()),
                Sql.timestamp(c.importSince()), Sql.text(who));
    }

    /** Replaces the settings; a null sealed value keeps the stored one. The tenant stays the channel's. */
    void update(Tx tx, AmazonChannel c, String sealedSecret, String sealedRefresh, String who) {
        Sql.update(tx.connection(), """
                update CAT_AmazonChannel set SellerID = ?, Endpoint = ?, TokenURL = ?, MarketplaceIDs = ?,
                       ClientKey = ?, ClientSecretSealed = coalesce(?, ClientSecretSealed),
                       RefreshTokenSealed = coalesce(?, RefreshTokenSealed), ImportIntervalSeconds = ?,
                       OverlapMinutes = ?, TimeCompression = ?, IsSyncEnabled = ?,
                       ImportSince = cast(? as timestamptz) at time zone 'UTC', RowVersion = RowVersion + 1,
                       Updated = now() at time zone 'UTC', UpdatedBy = ?, ChangedBy = ?
                 where Name = ?""", c.sellerId(), c.endpoint(), c.tokenUrl(), String.join(",", c.marketplaceIds()),
                c.clientId(), Sql.text(sealedSecret), Sql.text(sealedRefresh), c.importIntervalSeconds(),
                c.overlapMinutes(), c.timeCompression(), flag(c.syncEnabled()), Sql.timestamp(c.importSince()),
                SUPER_USER, Sql.text(who), c.name());
    }

    private static String flag(boolean yes) {
        return yes ? "Y" : "N";
    }

    private static StoredChannel row(ResultSet rs) throws SQLException {
        String secret = rs.getString("ClientSecretSealed");
        String refresh = rs.getString("RefreshTokenSealed");
        String ids = rs.getString("MarketplaceIDs");
        AmazonChannel channel = new AmazonChannel(rs.getString("Name"), rs.getString("SellerID"),
                rs.getString("Endpoint"), rs.getString("TokenURL"),
                ids.isBlank() ? List.of() : Arrays.asList(ids.split(",")), rs.getString("ClientKey"),
                rs.getLong("ImportIntervalSeconds"), rs.getInt("OverlapMinutes"), rs.getDouble("TimeCompression"),
                "Y".equals(rs.getString("IsSyncEnabled")), Sql.instant(rs, "ImportSince"), secret != null,
                refresh != null, rs.getInt("AD_Client_ID"));
        return new StoredChannel(channel, rs.getLong("RowVersion"), secret, refresh);
    }
}
