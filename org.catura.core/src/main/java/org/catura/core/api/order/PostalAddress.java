package org.catura.core.api.order;

/** An address with the marketplace's own fields; {@code countryCode} is ISO 3166-1 alpha-2. */
public record PostalAddress(String name, String companyName, String addressLine1, String addressLine2,
        String addressLine3, String city, String districtOrCounty, String stateOrRegion, String postalCode,
        String countryCode, String phone, String addressType) {
}
