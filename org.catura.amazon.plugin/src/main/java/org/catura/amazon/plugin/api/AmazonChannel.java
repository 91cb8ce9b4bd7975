package org.catura.amazon.plugin.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.catura.core.api.db.Tx;

/**
 * One seller account in one SP-API region, as configured. The LWA client secret and refresh
 * token are never part of it: {@link #clientSecretSet()} and {@link #refreshTokenSet()} only
 * tell whether they are stored (sealed). Order sync stays disabled until switched on.
 *
 * @param name                  channel name, stored with every order (e.g. {@code amazon-eu})
 * @param sellerId              the merchant token (seller id) of the account
 * @param endpoint              SP-API base URL, e.g. {@link #EU_ENDPOINT}, or a sandbox URL
 * @param tokenUrl              LWA token URL, {@link #AMAZON_TOKEN_URL} in production
 * @param marketplaceIds        the marketplaces whose orders are imported
 * @param clientId              LWA client id of the seller's application
 * @param importIntervalSeconds how often the import runs (at least 60 unless time-compressed)
 * @param overlapMinutes        how far each window reaches back behind the last one (late-indexed orders)
 * @param timeCompression       1 for real Amazon; larger for the sandbox in demos and benchmarks
 *                              (quotas and the two-minute rule shrink by this factor)
 * @param syncEnabled           whether the scheduled import runs
 * @param importSince           where the very first window starts; null: the configured look-back
 * @param tenantId              the tenant (AD_Client_ID) whose orders these are: the orders, and the ERP
 *                              documents made for them, belong to it; the standalone runtime has only
 *                              {@link Tx#STANDALONE_CLIENT_ID}
 */
public record AmazonChannel(String name, String sellerId, String endpoint, String tokenUrl,
        List<String> marketplaceIds, String clientId, long importIntervalSeconds, int overlapMinutes,
        double timeCompression, boolean syncEnabled, Instant importSince, boolean clientSecretSet,
        boolean refreshTokenSet, int tenantId) {

    public static final String EU_ENDPOINT = "https://sellingpartnerapi-eu.amazon.com";
    public static final String NA_ENDPOINT = "https://sellingpartnerapi-na.amazon.com";
    public static final String FE_ENDPOINT = "https://sellingpartnerapi-fe.amazon.com";
    public static final String AMAZON_TOKEN_URL = "https://api.amazon.com/auth/o2/token";

    public AmazonChannel {
        marketplaceIds = List.copyOf(Objects.requireNonNullElse(marketplaceIds, List.of()));
    }

    /** A channel of the standalone runtime's tenant ({@link Tx#STANDALONE_CLIENT_ID}). */
    public AmazonChannel(String name, String sellerId, String endpoint, String tokenUrl, List<String> marketplaceIds,
            String clientId, long importIntervalSeconds, int overlapMinutes, double timeCompression,
            boolean syncEnabled, Instant importSince, boolean clientSecretSet, boolean refreshTokenSet) {
        this(name, sellerId, endpoint, tokenUrl, marketplaceIds, clientId, importIntervalSeconds, overlapMinutes,
                timeCompression, syncEnabled, importSince, clientSecretSet, refreshTokenSet, Tx.STANDALONE_CLIENT_ID);
    }

    /** A new channel with the defaults: every 5 minutes, 10 minutes overlap, real time, sync disabled. */
    public static AmazonChannel of(String name, String sellerId, String endpoint, String tokenUrl,
            List<String> marketplaceIds, String clientId) {
        return new AmazonChannel(name, sellerId, endpoint, tokenUrl, marketplaceIds, clientId, 300, 10, 1.0, false,
                null, false, false);
    }

    public AmazonChannel withImportIntervalSeconds(long seconds) {
        return new AmazonChannel(name, sellerId, endpoint, tokenUrl, marketplaceIds, clientId, seconds,
                overlapMinutes, timeCompression, syncEnabled, importSince, clientSecretSet, refreshTokenSet, tenantId);
    }

    public AmazonChannel withOverlapMinutes(int minutes) {
        return new AmazonChannel(name, sellerId, endpoint, tokenUrl, marketplaceIds, clientId, importIntervalSeconds,
                minutes, timeCompression, syncEnabled, importSince, clientSecretSet, refreshTokenSet, tenantId);
    }

    public AmazonChannel withTimeCompression(double factor) {
        return new AmazonChannel(name, sellerId, endpoint, tokenUrl, marketplaceIds, clientId, importIntervalSeconds,
                overlapMinutes, factor, syncEnabled, importSince, clientSecretSet, refreshTokenSet, tenantId);
    }

    public AmazonChannel withSyncEnabled(boolean enabled) {
        return new AmazonChannel(name, sellerId, endpoint, tokenUrl, marketplaceIds, clientId, importIntervalSeconds,
                overlapMinutes, timeCompression, enabled, importSince, clientSecretSet, refreshTokenSet, tenantId);
    }

    public AmazonChannel withImportSince(Instant since) {
        return new AmazonChannel(name, sellerId, endpoint, tokenUrl, marketplaceIds, clientId, importIntervalSeconds,
                overlapMinutes, timeCompression, syncEnabled, since, clientSecretSet, refreshTokenSet, tenantId);
    }

    public AmazonChannel withEndpoint(String newEndpoint, String newTokenUrl) {
        return new AmazonChannel(name, sellerId, newEndpoint, newTokenUrl, marketplaceIds, clientId,
                importIntervalSeconds, overlapMinutes, timeCompression, syncEnabled, importSince, clientSecretSet,
                refreshTokenSet, tenantId);
    }

    public AmazonChannel withMarketplaceIds(List<String> ids) {
        return new AmazonChannel(name, sellerId, endpoint, tokenUrl, ids, clientId, importIntervalSeconds,
                overlapMinutes, timeCompression, syncEnabled, importSince, clientSecretSet, refreshTokenSet, tenantId);
    }

    /** The same channel for tenant {@code tenant} (AD_Client_ID). */
    public AmazonChannel withTenantId(int tenant) {
        return new AmazonChannel(name, sellerId, endpoint, tokenUrl, marketplaceIds, clientId, importIntervalSeconds,
                overlapMinutes, timeCompression, syncEnabled, importSince, clientSecretSet, refreshTokenSet,
                tenant);
    }
}
