package org.catura.amazon.plugin.api;

import java.util.Map;

/** Amazon's marketplace ids Catura knows, with the marketplace's country (ISO 3166-1 alpha-2). */
public final class AmazonMarketplaces {

    public static final String DE = "A1PA6795UKMFR9";
    public static final String FR = "A13V1IB3VIYZZH";
    public static final String IT = "APJ6JRA9NG5V4";
    public static final String ES = "A1RKKUPIHCS9HS";
    public static final String UK = "A1F83G8C2ARO7P";
    public static final String NL = "A1805IZSGTT6HS";
    public static final String PL = "A1C3SOZRARQ6R3";
    public static final String SE = "A2NODRKZP88ZB9";
    public static final String BE = "AMEN7PMS3EDWL";
    public static final String US = "ATVPDKIKX0DER";

    /** Marketplace id → country. */
    public static final Map<String, String> COUNTRIES = Map.of(DE, "DE", FR, "FR", IT, "IT", ES, "ES", UK, "GB",
            NL, "NL", PL, "PL", SE, "SE", BE, "BE", US, "US");

    private AmazonMarketplaces() {
    }

    public static boolean isKnown(String marketplaceId) {
        return marketplaceId != null && COUNTRIES.containsKey(marketplaceId);
    }
}
