package org.catura.amazon.plugin.api;

import java.util.Map;
import java.util.Optional;

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

    /** Marketplace id → the country's English name, as a person picks a marketplace. */
    public static final Map<String, String> NAMES = Map.of(DE, "Germany", FR, "France", IT, "Italy", ES, "Spain",
            UK, "United Kingdom", NL, "Netherlands", PL, "Poland", SE, "Sweden", BE, "Belgium", US, "United States");

    private AmazonMarketplaces() {
    }

    /**
     * The marketplace of a country, by its English name or ISO code, any case ({@code Germany},
     * {@code de}; {@code UK} and {@code GB} both mean amazon.co.uk).
     */
    public static Optional<String> byCountry(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        String wanted = nameOrCode.strip();
        return COUNTRIES.keySet().stream().filter(id -> NAMES.get(id).equalsIgnoreCase(wanted)
                || COUNTRIES.get(id).equalsIgnoreCase(wanted) || (id.equals(UK) && wanted.equalsIgnoreCase("UK")))
                .findFirst();
    }

    /** The region whose SP-API endpoint serves the marketplace. */
    public static AmazonRegion region(String marketplaceId) {
        return US.equals(marketplaceId) ? AmazonRegion.NA : AmazonRegion.EU;
    }

    public static boolean isKnown(String marketplaceId) {
        return marketplaceId != null && COUNTRIES.containsKey(marketplaceId);
    }
}
