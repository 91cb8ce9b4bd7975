package org.catura.amazon.plugin.api;

/**
 * The SP-API regions: each has its own endpoint; Login with Amazon is one token URL for all.
 * A seller account authorises an application per region.
 */
public enum AmazonRegion {
    /** Europe, including the United Kingdom, Turkey, the Middle East and India. */
    EU(AmazonChannel.EU_ENDPOINT),
    /** North and South America. */
    NA(AmazonChannel.NA_ENDPOINT),
    /** The Far East: Japan, Australia, Singapore. */
    FE(AmazonChannel.FE_ENDPOINT);

    private final String endpoint;

    AmazonRegion(String endpoint) {
        this.endpoint = endpoint;
    }

    public String endpoint() {
        return endpoint;
    }

    public String tokenUrl() {
        return AmazonChannel.AMAZON_TOKEN_URL;
    }

    /** The region of a name like {@code eu} or {@code EU}; null when there is none. */
    public static AmazonRegion of(String name) {
        for (AmazonRegion r : values()) {
            if (r.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return r;
            }
        }
        return null;
    }
}
