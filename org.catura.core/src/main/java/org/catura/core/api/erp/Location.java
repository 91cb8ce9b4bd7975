package org.catura.core.api.erp;

/** A postal address as C_Location holds it; {@code countryCode} is ISO 3166-1 alpha-2. */
public record Location(String address1, String address2, String address3, String address4,
        String city, String postal, String region, String countryCode) {
}
